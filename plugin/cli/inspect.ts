/**
 * `news-archive inspect`: what the archive will make of each raw file, before
 * building. Prints derived front matter as YAML (or one JSON array) and every
 * diagnostic with file:line:col.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { parseArticle, DEFAULT_ZONE } from "../core/parse-article.ts";
import { formatDiagnostic } from "../core/diagnostics.ts";
import type { Diagnostic, ParseResult } from "../core/types.ts";

interface Writable { write(s: string): unknown }

export interface InspectEntry {
  file: string;
  data: ParseResult["data"];
  body: { kind: string; line: number }[];
  diagnostics: Diagnostic[];
}

interface InspectArgs {
  json: boolean;
  zone: string;
  paths: string[];
}

export function parseInspectArgs(args: readonly string[]): InspectArgs {
  const out: InspectArgs = { json: false, zone: DEFAULT_ZONE, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") out.json = true;
    else if (a === "--zone") {
      const z = args[++i];
      if (!z) throw new Error("--zone needs an IANA time zone, e.g. --zone Asia/Ho_Chi_Minh");
      out.zone = z;
    } else if (a.startsWith("--zone=")) out.zone = a.slice(7);
    else if (a.startsWith("-")) throw new Error(`unknown option "${a}" for inspect`);
    else out.paths.push(a);
  }
  if (out.paths.length === 0) throw new Error("inspect needs at least one file or folder");
  if (!isValidZone(out.zone)) throw new Error(`--zone "${out.zone}" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  return out;
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every .txt file under the given paths, in a stable order. */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith(".") || name === "node_modules") continue;
        const child = join(p, name);
        if (statSync(child).isDirectory()) walk(child);
        else if (name.toLowerCase().endsWith(".txt")) files.push(child);
      }
    } else {
      files.push(p);
    }
  };
  for (const p of paths) walk(p);
  return files;
}

export function inspectFiles(files: readonly string[], zone: string): InspectEntry[] {
  return files.map((file) => {
    const shown = relative(process.cwd(), file) || file;
    const result = parseArticle(readFileSync(file), shown, { zone });
    return {
      file: shown,
      data: result.data,
      body: result.body.map((b) => ({ kind: b.kind, line: b.line })),
      diagnostics: result.diagnostics,
    };
  });
}

export function runInspect(args: readonly string[], out: Writable, err: Writable): number {
  const opts = parseInspectArgs(args);
  const entries = inspectFiles(collectFiles(opts.paths), opts.zone);
  if (opts.json) {
    out.write(JSON.stringify(entries.map(({ file, data, diagnostics }) => ({ file, data, diagnostics })), null, 2) + "\n");
  } else {
    for (const e of entries) {
      const captions = e.body.filter((b) => b.kind === "caption").length;
      out.write(`# ${e.file}\n---\n${stringify({ ...e.data, paragraphs: e.body.length - captions, captions }, { lineWidth: 0 })}---\n`);
      for (const d of e.diagnostics) out.write(formatDiagnostic(d) + "\n");
      out.write("\n");
    }
  }
  const errors = entries.reduce((n, e) => n + e.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = entries.reduce((n, e) => n + e.diagnostics.filter((d) => d.severity === "warning").length, 0);
  err.write(`news-archive inspect: ${entries.length} files, ${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}

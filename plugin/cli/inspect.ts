/**
 * `news-archive inspect`: what the archive will make of each raw file, before
 * building. Prints derived front matter as YAML (or one JSON array) and every
 * diagnostic with file:line:col.
 */
import { readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { DEFAULT_ZONE } from "../core/parse-article.ts";
import { readArticle } from "../core/read-article.ts";
import { isUsableZone } from "../core/parse-date.ts";
import { formatDiagnostic } from "../core/diagnostics.ts";
import type { Diagnostic, ParseResult } from "../core/types.ts";
import { termKey } from "../core/archive-index.ts";
import { keepCommonTags } from "../core/tags/archive-tags.ts";
import { createTagger, explainTag, TAG_MODES, type TagMode, type TagReason, type Tagger } from "../core/tags/derive-tags.ts";
import { resolveTagSettings } from "../tag-settings.ts";
import { filesUnder, isArticleFile } from "../news-files.ts";

interface Writable { write(s: string): unknown }

export interface InspectEntry {
  file: string;
  data: ParseResult["data"];
  body: { kind: string; line: number }[];
  diagnostics: Diagnostic[];
  tagReasons: TagReason[];
}

interface InspectArgs {
  json: boolean;
  explain: boolean;
  zone: string;
  tagsMode: TagMode;
  dataDir: string;
  /** As `tags.minArticles`: counted over the inspected files, as a build counts over the news folder. */
  minArticles: number;
  paths: string[];
}

export function parseInspectArgs(args: readonly string[]): InspectArgs {
  const out: InspectArgs = { json: false, explain: false, zone: DEFAULT_ZONE, tagsMode: "auto", dataDir: "_data", minArticles: 2, paths: [] };
  const value = (i: number, name: string) => {
    const v = args[i];
    if (!v) throw new Error(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") out.json = true;
    else if (a === "--explain") out.explain = true;
    else if (a === "--tags") {
      const mode = value(++i, "--tags") as TagMode;
      if (!TAG_MODES.includes(mode)) throw new Error(`--tags must be one of ${TAG_MODES.join(", ")}; received "${mode}"`);
      out.tagsMode = mode;
    } else if (a === "--data") out.dataDir = value(++i, "--data");
    else if (a === "--min-articles") {
      const n = Number(value(++i, "--min-articles"));
      if (!Number.isInteger(n) || n < 0) throw new Error(`--min-articles must be a whole number; received "${args[i]}"`);
      out.minArticles = n;
    }
    else if (a === "--zone") {
      const z = args[++i];
      if (!z) throw new Error("--zone needs an IANA time zone, e.g. --zone Asia/Ho_Chi_Minh");
      out.zone = z;
    } else if (a.startsWith("--zone=")) out.zone = a.slice(7);
    else if (a.startsWith("-")) throw new Error(`unknown option "${a}" for inspect`);
    else out.paths.push(a);
  }
  if (out.paths.length === 0) throw new Error("inspect needs at least one file or folder");
  if (!isUsableZone(out.zone)) throw new Error(`--zone "${out.zone}" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  return out;
}

/** Every .txt file under the given paths, in a stable order. */
export function collectFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p).filter(isArticleFile).map((n) => join(p, n)) : [p]));
}

export function inspectFiles(files: readonly string[], zone: string, tagger: Tagger): InspectEntry[] {
  return files.map((file) => {
    const shown = relative(process.cwd(), file) || file;
    const result = readArticle(readFileSync(file), shown, { zone }, tagger);
    return {
      file: shown,
      data: result.data,
      body: result.body.map((b) => ({ kind: b.kind, line: b.line })),
      diagnostics: result.diagnostics,
      tagReasons: result.tagReasons,
    };
  });
}

export function runInspect(args: readonly string[], out: Writable, err: Writable, usage = ""): number {
  if (args.includes("--help") || args.includes("-h")) {
    out.write(usage + "\n");
    return 0;
  }
  const opts = parseInspectArgs(args);
  const tagger = createTagger(resolveTagSettings({ mode: opts.tagsMode }, opts.dataDir));
  const entries = inspectFiles(collectFiles(opts.paths), opts.zone, tagger);
  // Derived tags too rare in this batch are dropped, as a build of these files drops them.
  const keep = keepCommonTags(entries.map((e) => e.data), opts.minArticles);
  const dropped = new Map<InspectEntry, string[]>();
  for (const e of entries) {
    const kept = keep(e.data);
    dropped.set(e, e.data.tags.filter((t) => !kept.includes(t)));
    e.data = { ...e.data, tags: kept };
  }
  const carrying = new Map<string, number>();
  for (const e of entries) for (const t of new Set([...e.data.tags, ...dropped.get(e)!].map(termKey))) carrying.set(t, (carrying.get(t) ?? 0) + 1);
  const dropLine = (tag: string) => {
    const n = carrying.get(termKey(tag)) ?? 0;
    return `# tag ${tag}: dropped: on ${n} of the ${entries.length} files inspected, and tags.minArticles is ${opts.minArticles} (a build counts the whole news folder)`;
  };
  if (opts.json) {
    const json = entries.map((e) => (opts.explain ? { file: e.file, data: e.data, diagnostics: e.diagnostics, tagReasons: e.tagReasons, droppedTags: dropped.get(e) } : { file: e.file, data: e.data, diagnostics: e.diagnostics }));
    out.write(JSON.stringify(json, null, 2) + "\n");
  } else {
    for (const e of entries) {
      const captions = e.body.filter((b) => b.kind === "caption").length;
      out.write(`# ${e.file}\n---\n${stringify({ ...e.data, paragraphs: e.body.length - captions, captions }, { lineWidth: 0 })}---\n`);
      if (opts.explain) {
        const gone = new Set(dropped.get(e));
        for (const r of e.tagReasons) out.write(gone.has(r.tag) ? `${dropLine(r.tag)}; found as ${explainTag(r).slice(r.tag.length + 2)}\n` : `# tag ${explainTag(r)}\n`);
      }
      for (const d of e.diagnostics) out.write(formatDiagnostic(d) + "\n");
      out.write("\n");
    }
  }
  const errors = entries.reduce((n, e) => n + e.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = entries.reduce((n, e) => n + e.diagnostics.filter((d) => d.severity === "warning").length, 0);
  err.write(`news-archive inspect: ${entries.length} files, ${errors} errors, ${warnings} warnings\n`);
  return errors > 0 ? 1 : 0;
}

import { parseDocument, YAMLParseError } from "yaml";
import type { SourceLine } from "./text-lines.ts";

export interface FrontMatter {
  /** Parsed mapping (empty when absent or invalid). */
  data: Record<string, unknown>;
  /** Index into `lines` of the first line after the front matter. */
  bodyStart: number;
  /** 1-based line in the file of each top-level key written in block style. */
  keyLines: Record<string, number>;
  /** What YAML itself warned about (an unknown `!tag`), with file lines. */
  warnings?: { reason: string; line: number }[];
  /** Present when the block exists but is not a YAML mapping. */
  error?: { reason: string; line: number; column: number };
}

/** `key:` at the start of a line, bare or quoted. */
const TOP_LEVEL_KEY = /^(?:(["'])(?:(?<=")([^"]*)"|([^']*)')|([^\s#:"'-][^:]*?))\s*:(?:\s|$)/;

/**
 * Optional YAML front matter: a first line `---`, YAML, then `---` (or `...`).
 * Lets an editor correct one derived field without rewriting the article.
 */
export function readFrontMatter(lines: readonly SourceLine[], rawLines: readonly string[]): FrontMatter {
  if (lines.length === 0 || lines[0]!.text !== "---") return { data: {}, bodyStart: 0, keyLines: {} };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t === "---" || t === "...") { close = i; break; }
  }
  if (close === -1) {
    return {
      data: {},
      bodyStart: 0,
      keyLines: {},
      error: { reason: "Front matter starts with `---` on line 1 but is never closed by a `---` line.", line: 1, column: 1 },
    };
  }
  const yamlLines = rawLines.slice(1, close).map((l) => l.normalize("NFC"));
  const yamlText = yamlLines.join("\n");
  const keyLines: Record<string, number> = {};
  yamlLines.forEach((l, i) => {
    const m = TOP_LEVEL_KEY.exec(l);
    if (m) keyLines[m[2] ?? m[3] ?? m[4]!] ??= i + 2; // line 1 is the opening `---`
  });
  try {
    const doc = parseDocument(yamlText, { prettyErrors: true });
    if (doc.errors.length > 0) throw doc.errors[0];
    const warnings = doc.warnings.map((w) => ({ reason: `Front matter: ${w.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}; the value is read as plain text.`, line: (w.linePos?.[0]?.line ?? 1) + 1 }));
    const parsed: unknown = yamlText.trim() === "" ? {} : doc.toJS();
    if (parsed === null || parsed === undefined) return { data: {}, bodyStart: close + 1, keyLines };
    if (typeof parsed !== "object" || Array.isArray(parsed)) {
      return {
        data: {},
        bodyStart: close + 1,
        keyLines,
        error: { reason: "Front matter must be a YAML mapping of `key: value` lines.", line: 2, column: 1 },
      };
    }
    return { data: parsed as Record<string, unknown>, bodyStart: close + 1, keyLines, ...(warnings.length > 0 ? { warnings } : {}) };
  } catch (e) {
    const pos = e instanceof YAMLParseError && e.linePos ? e.linePos[0] : undefined;
    const first = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return {
      data: {},
      bodyStart: close + 1,
      keyLines,
      error: {
        reason: `Front matter is not valid YAML: ${first}`,
        line: pos ? pos.line + 1 : 2,
        column: pos ? pos.col : 1,
      },
    };
  }
}

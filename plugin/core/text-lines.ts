/**
 * Text → lines, each cleaned for reading while remembering where it stood in
 * the original file. LF, CRLF and a lone CR each end one line, so the line
 * number of a cleaned line is the line number in the original file.
 */

export interface SourceLine {
  /** 1-based line number in the original file. */
  line: number;
  /** 1-based column of the first non-blank character in the original line. */
  column: number;
  /** NFC, invisible characters removed, spaces folded and trimmed. */
  text: string;
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen: invisible, never meaningful in news text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Non-breaking and other typographic spaces, tabs.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const RUNS = / {2,}/g;

export function cleanLine(raw: string): string {
  let s = raw;
  if (!isAsciiPrintable(s)) {
    s = s.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ");
  }
  return s.replace(RUNS, " ").trim();
}

/** `raws`: the text split at LF, CRLF and CR (or the text itself). */
export function splitLines(text: string | readonly string[]): SourceLine[] {
  const raws = typeof text === "string" ? text.split(/\r\n|\r|\n/) : text;
  const out: SourceLine[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const lead = raw.search(/[^\s\u200B-\u200D\u2060\uFEFF]/);
    out[i] = { line: i + 1, column: lead === -1 ? 1 : lead + 1, text: cleanLine(raw) };
  }
  return out;
}

function isAsciiPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c === 9) return false;
  }
  return true;
}

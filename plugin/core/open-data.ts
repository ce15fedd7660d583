/**
 * The archive as open data: one row per published article (for
 * `articles.jsonl` and `articles.csv`) and the tags and sources with their
 * counts. Rows are made one at a time, so a writer can stream 100,000
 * articles without a second copy of the archive. CSV follows RFC 4180: CRLF
 * line ends, a field quoted when it holds a comma, quote, CR or LF, quotes
 * doubled; tags are joined with `; ` in one field.
 */
import { isWordAt, WORD_CODES, WORD_TABLE } from "./word-chars.ts";
import type { IndexedArticle, TermEntry } from "./archive-index.ts";

export interface ArticleRow {
  url: string;
  title: string;
  /** ISO 8601 with the zone's offset, or null when undated. */
  date: string | null;
  updated: string | null;
  source: string | null;
  author: string | null;
  tags: string[];
  lead: string;
  wordCount: number;
  /** The raw file, relative to the news folder, `/`-separated. */
  file: string;
}

/** The columns of `articles.csv`, in order; the JSON lines have the same keys. */
export const ARTICLE_FIELDS: readonly (keyof ArticleRow)[] = ["url", "title", "date", "updated", "source", "author", "tags", "lead", "wordCount", "file"];

/** Between tags in a CSV field. Tags never hold it: a keyword line splits on `;`. */
export const CSV_TAG_SEPARATOR = "; ";

/** The byte-order mark a CSV starts with, so spreadsheet programs read it as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** `words`: the body's `wordCount` (counted by the caller, which may keep it across builds). */
export function articleRow(a: IndexedArticle, url: string, file: string, words: number): ArticleRow {
  return {
    url,
    title: a.title,
    date: a.date,
    updated: a.updated,
    source: a.source?.name ?? null,
    author: a.author,
    tags: a.tags.map((t) => t.name),
    lead: a.lead,
    wordCount: words,
    file,
  };
}

/** Words of the body: runs of letters or digits (`COVID-19` is one, `7-12` one). */
export function wordCount(paragraphs: readonly string[]): number {
  // A word: letters, marks and digits, with one of - ' ’ . between two of them inside it.
  let n = 0;
  for (const p of paragraphs) {
    let inWord = false;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < WORD_CODES ? WORD_TABLE[c] === 1 : isWordAt(p, i)) {
        if (!inWord) n++;
        inWord = true;
        if (c >= 0xd800 && c <= 0xdbff) i++;
      } else if (inWord && (c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e) && i + 1 < p.length) {
        const d = p.charCodeAt(i + 1);
        inWord = d < WORD_CODES ? WORD_TABLE[d] === 1 : isWordAt(p, i + 1);
      } else {
        inWord = false;
      }
    }
  }
  return n;
}

/** One line of `articles.jsonl`, with its newline. U+2028/2029 are escaped so that every line is also valid JavaScript. */
export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")}\n`;
}

/** One RFC 4180 record, with its CRLF. */
export function csvRecord(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function csvField(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return csvRecord(ARTICLE_FIELDS);
}

export function csvRow(row: ArticleRow): string {
  return csvRecord(ARTICLE_FIELDS.map((k) => (k === "tags" ? row.tags.join(CSV_TAG_SEPARATOR) : row[k])));
}

export interface TermRow {
  name: string;
  slug: string;
  count: number;
  /** The term's page, or null when that page kind is off. */
  url: string | null;
}

/** `tags.json`, `sources.json`: in the index's Vietnamese order. */
export function termRows(terms: readonly TermEntry[], absolute: (url: string) => string): TermRow[] {
  return terms.map((t) => ({ name: t.name, slug: t.key, count: t.count, url: t.url === null ? null : absolute(t.url) }));
}

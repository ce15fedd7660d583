/**
 * The data contract of the pure core: what a raw news file becomes.
 * Plain data only (strings, numbers, arrays, plain objects) so it can be
 * printed as YAML/JSON, cached, and handed to Eleventy unchanged.
 */

export type Severity = "error" | "warning" | "info";

/** One finding about one input file (shape follows vfile-message). */
export interface Diagnostic {
  severity: Severity;
  /** kebab-case noun naming the problem, e.g. `weekday-mismatch`. */
  ruleId: string;
  /** Human sentence: what is wrong and, where useful, how to fix it. */
  reason: string;
  /** Path of the input file as given to the parser. */
  file: string;
  /** 1-based line in the original file (before BOM/CRLF/NFC handling). */
  line: number;
  /** 1-based column in that line. */
  column: number;
  actual?: string;
  expected?: string;
}

/** A block of the article body, in reading order. */
export interface BodyBlock {
  kind: "paragraph" | "caption";
  text: string;
  /** 1-based line in the original file where the block starts. */
  line: number;
}

/** The result of reading one date line. */
export interface ParsedDate {
  /** ISO 8601 with offset, e.g. `2021-12-08T17:50:00+07:00`. */
  iso: string;
  /** Epoch milliseconds of the instant. */
  epochMs: number;
  /** False when the line carried only a date (time defaults to 00:00). */
  hasTime: boolean;
  /** IANA zone or fixed offset (`UTC+7`) the wall time was read in. */
  zone: string;
}

/**
 * Front matter derived from a raw file (or given in its YAML header).
 * Every field is optional in YAML; the parser fills what it can derive.
 */
export interface ArticleData {
  title: string;
  /** ISO 8601 with offset, or null when no valid date was found. */
  date: string | null;
  /** False when the date line had no time of day (the date is then 00:00 in the zone). */
  dateHasTime: boolean;
  lead: string;
  source: string | null;
  sourceUrl: string | null;
  author: string | null;
  tags: string[];
  /** Of `tags`, those the tagger derived (not the editor's); the archive keeps them where `tags.minArticles` articles carry them. */
  derivedTags?: string[];
  slug: string;
  draft: boolean;
  /** The date line exactly as written (NFC), or null. */
  dateLine: string | null;
  /** Any other keys an editor wrote in YAML front matter. */
  [key: string]: unknown;
}

export interface ParseResult {
  data: ArticleData;
  body: BodyBlock[];
  diagnostics: Diagnostic[];
  /** 1-based line of each front matter key, for diagnostics raised later (a permalink that conflicts). */
  keyLines?: Record<string, number>;
}

export interface ParseOptions {
  /** IANA zone for wall times without an offset. Default `Asia/Ho_Chi_Minh`. */
  zone?: string;
  /** Maximum slug length in characters, cut at a word boundary. Default 80. */
  slugMaxLength?: number;
  /** Set page furniture aside (section lines, share bars, related-article blocks …). Default true. */
  furniture?: boolean;
}

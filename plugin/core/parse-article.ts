/**
 * Raw news text → article data. The pipeline is an ordered list of small
 * steps over cleaned lines; each step records diagnostics with positions in
 * the original file. Never throws on content.
 */
import { decodeText } from "./decode-text.ts";
import { splitLines, type SourceLine } from "./text-lines.ts";
import { readFrontMatter } from "./front-matter.ts";
import { parseDateLine, type DateLineResult } from "./parse-date.ts";
import { parseAttribution, parseByline, parseTagsLine } from "./attribution.ts";
import { markCaptions } from "./captions.ts";
import { makeSlug, DEFAULT_SLUG_MAX_LENGTH } from "./slug.ts";
import { applyFrontMatter } from "./apply-front-matter.ts";
import { DiagnosticList } from "./diagnostics.ts";
import type { ArticleData, BodyBlock, Diagnostic, ParseOptions, ParseResult } from "./types.ts";

export const DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

/** How many non-empty lines after the title may hold the date line. */
const DATE_SEARCH_LINES = 3;
/** How many closing lines may be attribution, byline or keywords. */
const MAX_CLOSING_LINES = 4;

export function emptyData(): ArticleData {
  return {
    title: "",
    date: null,
    dateHasTime: false,
    lead: "",
    source: null,
    sourceUrl: null,
    author: null,
    tags: [],
    slug: "",
    draft: false,
    dateLine: null,
  };
}

interface Paragraph {
  text: string;
  line: number;
}

export function parseArticle(input: Uint8Array | string, file: string, options: ParseOptions = {}): ParseResult {
  const zone = options.zone ?? DEFAULT_ZONE;
  const slugMax = options.slugMaxLength ?? DEFAULT_SLUG_MAX_LENGTH;
  const diags = new DiagnosticList(file);
  const data = emptyData();

  const decoded = decodeText(input);
  if (!decoded.ok) {
    const f = decoded.failure;
    diags.add("error", f.ruleId, f.reason, f.line, f.column);
    return { data, body: [], diagnostics: diags.items };
  }

  const rawLines = decoded.text.split(/\r\n|\r|\n/);
  const lines = splitLines(rawLines);
  const fm = readFrontMatter(lines, rawLines);
  if (fm.error) diags.add("error", "invalid-front-matter", fm.error.reason, fm.error.line, fm.error.column);
  for (const w of fm.warnings ?? []) diags.add("warning", "invalid-front-matter", w.reason, w.line);

  const content = lines.slice(fm.bodyStart);
  const nonEmpty = content.filter((l) => l.text !== "");

  // Title, and the date line near the top (a date line may also come first).
  let cursor = 0;
  let dateIndex = -1;
  const first = nonEmpty[0];
  // Each candidate line is read once; `readDate` reuses the result.
  const dateLines = new Map<SourceLine, DateLineRead>();
  const dateOf = (l: SourceLine): DateLineRead => {
    let r = dateLines.get(l);
    if (!r) dateLines.set(l, (r = readDateLine(l.text, zone)));
    return r;
  };
  if (first && dateOf(first).matched && nonEmpty[1]) {
    dateIndex = 0;
    data.title = withoutTitleLabel(nonEmpty[1].text);
    cursor = 2;
  } else if (first) {
    data.title = withoutTitleLabel(first.text);
    cursor = 1;
    for (let k = cursor; k < Math.min(nonEmpty.length, cursor + DATE_SEARCH_LINES); k++) {
      if (dateOf(nonEmpty[k]!).matched) { dateIndex = k; break; }
    }
  }
  const titleLine = dateIndex === 0 ? nonEmpty[1] : first;

  // Lines between the title and the date line stay in the body (nothing lost).
  let before: SourceLine[] = dateIndex > cursor ? nonEmpty.slice(cursor, dateIndex) : [];
  // …except a byline printed between title and date (`Minh Anh`, `Tác giả: PV`).
  const bylineAtTop = before.length === 1 ? parseByline(before[0]!.text) : null;
  if (bylineAtTop) { data.author = bylineAtTop; before = []; }
  let bodyFrom = titleLine ? content.indexOf(titleLine) + 1 : content.length;
  if (dateIndex >= 0) {
    const dl = nonEmpty[dateIndex]!;
    readDate(dl, dateOf(dl), data, diags, "date");
    bodyFrom = Math.max(bodyFrom, content.indexOf(dl) + 1);
    // An "updated" line right after the publication line.
    const next = nonEmpty[dateIndex + 1];
    if (next && next !== titleLine && dateOf(next).matched) {
      readDate(next, dateOf(next), data, diags, "updated");
      bodyFrom = content.indexOf(next) + 1;
    }
  } else if (first) {
    diags.add("warning", "missing-date-line", "No date line found near the top of the file; the article has no date and is listed as undated. Add a line such as `Thứ tư, 08/12/2021 17:50` under the title, or `date:` in front matter.", (nonEmpty[1] ?? first).line);
  }
  if (!first) {
    diags.add("error", "missing-title", "The file has no text: no title line was found.", content[0]?.line ?? 1);
  }

  const paragraphs: Paragraph[] = [
    ...before.map((l) => ({ text: l.text, line: l.line })),
    ...toParagraphs(content.slice(bodyFrom)),
  ];

  // Closing lines: keywords, attribution and byline, in any order.
  for (let steps = 0; steps < MAX_CLOSING_LINES && paragraphs.length > 0; steps++) {
    const last = paragraphs[paragraphs.length - 1]!;
    const tags = data.tags.length === 0 ? parseTagsLine(last.text) : null;
    if (tags) { data.tags = tags; paragraphs.pop(); continue; }
    const attribution = data.source === null ? parseAttribution(last.text) : null;
    if (attribution) {
      data.source = attribution.source;
      data.sourceUrl = attribution.url;
      if (attribution.author && data.author === null) data.author = attribution.author;
      paragraphs.pop();
      continue;
    }
    const byline = data.author === null && paragraphs.length > 1 ? parseByline(last.text) : null;
    if (byline) { data.author = byline; paragraphs.pop(); continue; }
    break;
  }

  // No closing attribution: an outlet named in brackets before the lead, `(CAND) - Ngày 7-12, …`.
  if (data.source === null && paragraphs[0]) {
    const lead = /^\(([^()]{2,40})\)\s*[-–—]\s+\S/u.exec(paragraphs[0].text);
    const outlet = lead ? parseAttribution(`Theo ${lead[1]}`) : null;
    if (outlet) data.source = outlet.source;
  }

  const captions = markCaptions(paragraphs.map((p) => p.text));
  const body: BodyBlock[] = paragraphs.map((p, i) => ({ kind: captions[i] ? "caption" : "paragraph", text: p.text, line: p.line }));
  data.lead = body.find((b) => b.kind === "paragraph")?.text ?? "";
  if (first && body.length === 0) {
    diags.add("warning", "empty-body", "The article has a title but no body text.", first.line);
  }

  applyFrontMatter(data, fm.data, { zone, diags, line: 2, keyLines: fm.keyLines });
  // An editor's `date:` in front matter is the fix for a bad or missing date line.
  if (fm.data.date !== undefined && data.date !== null) {
    const fixed = new Set(["invalid-date", "missing-date-line", "weekday-mismatch"]);
    const kept = diags.items.filter((d) => !fixed.has(d.ruleId));
    diags.items.splice(0, diags.items.length, ...kept);
  }

  if (!data.slug) data.slug = makeSlug(data.title, slugMax);
  if (!data.slug) {
    data.slug = makeSlug(file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, ""), slugMax) || "bai-viet";
    if (data.title) diags.add("info", "empty-slug", `The title gives no letters or digits for a URL; the slug "${data.slug}" comes from the file name.`, titleLine?.line ?? 1);
  }
  return { data, body, diagnostics: diags.items, keyLines: fm.keyLines };
}

/** `Tiêu đề: Xe buýt điện` → `Xe buýt điện`. */
function withoutTitleLabel(line: string): string {
  return line.replace(/^(?:tiêu đề|tít|title|headline)\s*:\s*(?=\S)/iu, "");
}

interface DateLineRead {
  matched: boolean;
  result: DateLineResult;
  /** Column (0-based) in the line where the date part starts. */
  offset: number;
  /** A byline printed on the date line (`Minh Anh | Thứ tư, 08/12/2021 17:50`). */
  author: string | null;
}

// `Minh Anh | 08/12/2021 17:50`, `08/12/2021 17:50 - Minh Anh`, `Hà Nội, ngày 08/12/2021`.
const BYLINE_SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/g;
const PLACE_PREFIX = /^(\p{Lu}[\p{L}\p{M}.]*(?: \p{Lu}[\p{L}\p{M}.]*){0,3}),\s*(?=ngày\b)/iu;

/** A date line, or a date line with a byline or a place written on it. */
function readDateLine(text: string, zone: string): DateLineRead {
  const whole = parseDateLine(text, { zone });
  if (whole.matched || text.length > 120) return { matched: whole.matched, result: whole, offset: 0, author: null };
  const place = PLACE_PREFIX.exec(text);
  if (place) {
    const rest = parseDateLine(text.slice(place[0].length), { zone });
    if (rest.matched) return { matched: true, result: rest, offset: place[0].length, author: null };
  }
  for (const sep of text.matchAll(BYLINE_SEPARATOR)) {
    const left = text.slice(0, sep.index);
    const rightAt = sep.index + sep[0].length;
    const right = text.slice(rightAt);
    const dateRight = parseByline(left) ? parseDateLine(right, { zone }) : null;
    if (dateRight?.matched) return { matched: true, result: dateRight, offset: rightAt, author: parseByline(left) };
    const dateLeft = parseByline(right) ? parseDateLine(left, { zone }) : null;
    if (dateLeft?.matched) return { matched: true, result: dateLeft, offset: 0, author: parseByline(right) };
  }
  return { matched: false, result: whole, offset: 0, author: null };
}

function readDate(line: SourceLine, read: DateLineRead, data: ArticleData, diags: DiagnosticList, field: "date" | "updated"): void {
  const { result } = read;
  if (!result.matched) return;
  if (read.author && data.author === null) data.author = read.author;
  for (const f of result.findings) {
    const extra: Partial<Diagnostic> = {};
    if (f.actual !== undefined) extra.actual = f.actual;
    if (f.expected !== undefined) extra.expected = f.expected;
    diags.add(f.severity, f.ruleId, f.reason, line.line, line.column + read.offset + f.column - 1, extra);
  }
  if (field === "date") {
    data.dateLine = line.text;
    if (result.date) { data.date = result.date.iso; data.dateHasTime = result.date.hasTime; }
  } else if (result.date) {
    data.updated = result.date.iso;
  }
}

/**
 * Blank-line-separated blocks; inside a block each line is a paragraph unless
 * the block is hard-wrapped prose (long lines broken mid-sentence).
 */
function toParagraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    if (isHardWrapped(block)) {
      out.push({ text: block.map((l) => l.text).join(" "), line: block[0]!.line });
    } else {
      for (const l of block) out.push({ text: l.text, line: l.line });
    }
    block = [];
  };
  for (const l of lines) {
    if (l.text === "") flush();
    else block.push(l);
  }
  flush();
  return out;
}

const SENTENCE_END = /[.!?…:;"”’)\]]$/;

function isHardWrapped(block: readonly SourceLine[]): boolean {
  if (block.length < 2) return false;
  const heads = block.slice(0, -1);
  // Wrapped text: every line but the last is long-ish and similar in length,
  // and most of them stop mid-sentence.
  const lengths = heads.map((l) => l.text.length);
  if (Math.min(...lengths) < 40 || Math.max(...lengths) > 110) return false;
  const open = heads.filter((l) => !SENTENCE_END.test(l.text)).length;
  return open * 2 >= heads.length;
}

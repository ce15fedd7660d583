/**
 * Raw news text → article data. The pipeline is an ordered list of small
 * steps over cleaned lines (source, furniture, header, paragraphs, closing
 * lines, lead dateline, body, slug), each a function below; each step records
 * diagnostics with positions in the original file. Never throws on content.
 */
import { decodeText } from "./decode-text.ts";
import { splitLines, type SourceLine } from "./text-lines.ts";
import { readFrontMatter, type FrontMatter } from "./front-matter.ts";
import { parseDateLine, type DateLineResult } from "./parse-date.ts";
import { parseAttribution, parseByline, parseTagsLine } from "./attribution.ts";
import { markCaptions } from "./captions.ts";
import { bodyFurniture, headFurniture, isHeadlineShaped, isLabelLine, readDateline, type FurnitureLine } from "./furniture.ts";
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
  const furniture = options.furniture ?? true;
  const diags = new DiagnosticList(file);
  const data = emptyData();

  const source = readSource(input, diags);
  if (!source) return { data, body: [], diagnostics: diags.items };
  const { content, fm } = source;
  const dateOf = dateReader(zone);

  const aside = furniture ? setAsideFurniture(content, dateOf) : { lines: new Set<SourceLine>(), found: [] };
  const header = readHeader(content, aside.lines, dateOf, data, diags);
  reportFurniture(aside.found, header.titleLine, diags);

  const paragraphs: Paragraph[] = [
    ...header.before.map((l) => ({ text: l.text, line: l.line })),
    ...toParagraphs(withoutLines(content.slice(header.bodyFrom), aside.lines)),
  ];
  readClosingLines(paragraphs, data);
  readLeadDateline(paragraphs, data, diags, furniture);

  const body = toBody(paragraphs);
  data.lead = body.find((b) => b.kind === "paragraph")?.text ?? "";
  if (header.first && body.length === 0) {
    diags.add("warning", "empty-body", "The article has a title but no body text.", header.first.line);
  }

  applyFrontMatter(data, fm.data, { zone, diags, line: 2, keyLines: fm.keyLines });
  // An editor's `date:` in front matter is the fix for a bad or missing date line.
  if (fm.data.date !== undefined && data.date !== null) {
    const fixed = new Set(["invalid-date", "missing-date-line", "weekday-mismatch", "ambiguous-time"]);
    const kept = diags.items.filter((d) => !fixed.has(d.ruleId));
    diags.items.splice(0, diags.items.length, ...kept);
  }
  makeArticleSlug(data, file, slugMax, header.titleLine, diags);
  return { data, body, diagnostics: diags.items, keyLines: fm.keyLines };
}

/** Step 1: bytes → cleaned lines after the front matter (null when the bytes are not text). */
function readSource(input: Uint8Array | string, diags: DiagnosticList): { content: SourceLine[]; fm: FrontMatter } | null {
  const decoded = decodeText(input);
  if (!decoded.ok) {
    const f = decoded.failure;
    diags.add("error", f.ruleId, f.reason, f.line, f.column);
    return null;
  }
  const rawLines = decoded.text.split(/\r\n|\r|\n/);
  const lines = splitLines(rawLines);
  const fm = readFrontMatter(lines, rawLines);
  if (fm.error) diags.add("error", "invalid-front-matter", fm.error.reason, fm.error.line, fm.error.column);
  for (const w of fm.warnings ?? []) diags.add("warning", "invalid-front-matter", w.reason, w.line);
  return { content: lines.slice(fm.bodyStart), fm };
}

type DateOf = (line: SourceLine) => DateLineRead;

/** Each candidate line is read once as a date line; later steps reuse the result. */
function dateReader(zone: string): DateOf {
  const dateLines = new Map<SourceLine, DateLineRead>();
  return (l) => {
    let r = dateLines.get(l);
    if (!r) dateLines.set(l, (r = readDateLine(l.text, zone)));
    return r;
  };
}

interface Furniture {
  /** Lines set aside: no later step reads them. */
  lines: Set<SourceLine>;
  found: FurnitureLine[];
}

/**
 * Step 2: page furniture (see `furniture.ts`): the lines above the title, then
 * the furniture after the first line left, then a label above the headline.
 * The title line itself is never furniture.
 */
function setAsideFurniture(content: readonly SourceLine[], dateOf: DateOf): Furniture {
  const found = headFurniture(content);
  const lines = new Set(found.map((f) => f.line));
  let firstAt = nextLine(content, 0, lines);
  if (firstAt < 0) return { lines, found };
  // A section name right above the date line, with prose and no headline under that, is the title itself
  // (an article titled `Tin nóng`); with a headline under the date line it is furniture (`Du lịch` / date / headline).
  const last = found[found.length - 1];
  const under = content[nextLine(content, firstAt + 1, lines)];
  if (
    last?.rule === "section-name" &&
    dateOf(content[firstAt]!).matched &&
    nextLine(content, content.indexOf(last.line) + 1, lines) === firstAt &&
    !(under && isHeadlineShaped(under.text) && !dateOf(under).matched)
  ) {
    found.pop();
    lines.delete(last.line);
    firstAt = content.indexOf(last.line);
  }
  const first = content[firstAt]!;
  let later = bodyFurniture(content, firstAt + 1);
  if (dateOf(first).matched) {
    // A date line first: the title is the line under it, whatever a rule said.
    const title = content[nextLine(content, firstAt + 1, lines)];
    if (title && later.some((f) => f.line === title)) later = later.filter((f) => f.line !== title);
    for (const f of later) lines.add(f.line);
    return { lines, found: [...found, ...later] };
  }
  for (const f of later) lines.add(f.line);
  const headline = content[nextLine(content, firstAt + 1, lines)];
  const dateLine = headline && content[nextLine(content, content.indexOf(headline) + 1, lines)];
  // `Nhịp sống` / headline / date line: the short label names no article.
  if (headline && dateLine && isLabelLine(first.text) && isHeadlineShaped(headline.text) && !dateOf(headline).matched && dateOf(dateLine).matched) {
    lines.add(first);
    later.push({ line: first, ruleId: "furniture-label", rule: "label-above-headline" });
  }
  return { lines, found: [...found, ...later] };
}

/** Index of the first non-empty line from `from` on that is not set aside, or -1. */
function nextLine(content: readonly SourceLine[], from: number, aside: ReadonlySet<SourceLine>): number {
  for (let i = from; i < content.length; i++) {
    const l = content[i]!;
    if (l.text !== "" && !aside.has(l)) return i;
  }
  return -1;
}

/** The text as if the lines set aside were never there (a wrapped paragraph around an ad stays one paragraph). */
function withoutLines(lines: SourceLine[], aside: ReadonlySet<SourceLine>): SourceLine[] {
  if (aside.size === 0) return lines;
  return lines.filter((l) => !aside.has(l));
}

/** Every line set aside is an `info` diagnostic naming its rule and its text. */
function reportFurniture(found: readonly FurnitureLine[], titleLine: SourceLine | undefined, diags: DiagnosticList): void {
  for (const f of [...found].sort((a, b) => a.line.line - b.line.line)) {
    const reason = f.ruleId === "furniture-label"
      ? `"${f.line.text}" is a short label above the headline, not the title; the title is line ${titleLine?.line ?? "?"}. If the label is the title, write \`title:\` in front matter.`
      : `"${shortened(f.line.text)}" is page furniture (${FURNITURE_CLASS[f.ruleId]}, rule ${f.rule}), set aside from the article.`;
    diags.add("info", f.ruleId, reason, f.line.line, f.line.column, { actual: f.line.text });
  }
}

/** A line quoted in a diagnostic's sentence: 80 characters at most. */
const shortened = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

const FURNITURE_CLASS: Readonly<Record<FurnitureLine["ruleId"], string>> = {
  "furniture-section": "section or breadcrumb",
  "furniture-share-bar": "share, print or font-size bar",
  "furniture-related": "related articles",
  "furniture-comments": "comment counter",
  "furniture-advertising": "advertising marker",
  "furniture-label": "label above the headline",
};

interface Header {
  /** The first non-empty line (not furniture). */
  first: SourceLine | undefined;
  titleLine: SourceLine | undefined;
  /** Lines between the title and the date line: they stay in the body (nothing lost). */
  before: SourceLine[];
  /** Index in `content` where the body starts. */
  bodyFrom: number;
}

/** Step 3: the title, and the date line near the top (a date line may also come first). */
function readHeader(content: readonly SourceLine[], aside: ReadonlySet<SourceLine>, dateOf: DateOf, data: ArticleData, diags: DiagnosticList): Header {
  const nonEmpty = content.filter((l) => l.text !== "" && !aside.has(l));
  let cursor = 0;
  let dateIndex = -1;
  const first = nonEmpty[0];
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
  return { first, titleLine, before, bodyFrom };
}

/** Step 5: closing lines, keywords, attribution and byline in any order, taken off the end. */
function readClosingLines(paragraphs: Paragraph[], data: ArticleData): void {
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
}

/**
 * Step 6: no closing attribution, so the outlet named before the lead,
 * `(CAND) - Ngày 7-12, …`, `TTO - …`. The prefix stays in the lead: it is
 * what the outlet printed, and the lead is quoted as written.
 */
function readLeadDateline(paragraphs: readonly Paragraph[], data: ArticleData, diags: DiagnosticList, furniture: boolean): void {
  const lead = paragraphs[0];
  if (data.source !== null || !lead) return;
  const dateline = readDateline(lead.text, furniture);
  if (!dateline) return;
  data.source = dateline.source;
  if (furniture) {
    diags.add("info", "dateline-source", `The source "${dateline.source}" is read from the dateline "${dateline.prefix.trim()}" that opens the lead (there is no closing attribution).`, lead.line, 1, { actual: dateline.prefix.trim() });
  }
}

/** Step 7: paragraphs → body blocks, photo captions marked. */
function toBody(paragraphs: readonly Paragraph[]): BodyBlock[] {
  const captions = markCaptions(paragraphs.map((p) => p.text));
  return paragraphs.map((p, i) => ({ kind: captions[i] ? "caption" : "paragraph", text: p.text, line: p.line }));
}

/** Step 8: the slug, from the title or else the file name. */
function makeArticleSlug(data: ArticleData, file: string, slugMax: number, titleLine: SourceLine | undefined, diags: DiagnosticList): void {
  if (!data.slug) data.slug = makeSlug(data.title, slugMax);
  if (!data.slug) {
    data.slug = makeSlug(file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, ""), slugMax) || "bai-viet";
    if (data.title) diags.add("info", "empty-slug", `The title gives no letters or digits for a URL; the slug "${data.slug}" comes from the file name.`, titleLine?.line ?? 1);
  }
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

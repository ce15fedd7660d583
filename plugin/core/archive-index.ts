/**
 * Every index of the archive computed once per build from plain article
 * records: date buckets in the archive's zone, tags and sources keyed so that
 * case/diacritic variants share one page, list pages already cut to size,
 * and previous/next links. No Eleventy, no clock, no file system.
 */
import { bylineAuthors } from "./authors.ts";
import { coverage, yearCalendar, type CalendarLabels, type CalendarMonth, type CoverageYear, type DayCount } from "./calendar.ts";
import { onThisDayIndex, onThisDayPages, todayLink, type OnThisDayLabels, type OnThisDayMonth, type OnThisDayPage, type TodayLink } from "./on-this-day.ts";
import { relatedArticles } from "./related.ts";
import { foldKey } from "./slug.ts";
import { hasMarks, nameClass } from "./tags/name-class.ts";
import { fillPattern, pageUrl, shortHash } from "./url-pattern.ts";

export interface DateKeys {
  year: string;
  month: string;
  day: string;
}

/** What the adapter knows about one published article. */
export interface ArticleRecord {
  id: string;
  url: string;
  title: string;
  /** ISO 8601 with offset, or null when undated. */
  date: string | null;
  dateHasTime: boolean;
  /** ISO 8601 with offset of a later revision (`Cập nhật:`), or null. */
  updated?: string | null;
  lead: string;
  author: string | null;
  source: string | null;
  tags: readonly string[];
}

export interface Ref {
  name: string;
  key: string;
  /** The term's page, or null when that page kind is turned off. */
  url: string | null;
}

export interface IndexedArticle {
  id: string;
  url: string;
  title: string;
  date: string | null;
  epochMs: number | null;
  keys: DateKeys | null;
  /** Display date in the UI locale, with time when the source had one. */
  dateText: string | null;
  /** A later revision's time (ISO with offset) and its display text, or null. */
  updated: string | null;
  updatedText: string | null;
  /** The article's day page, or null when undated or day pages are off. */
  dayUrl: string | null;
  lead: string;
  /** The start of the lead, cut at a word, for lists. */
  summary: string;
  /** The byline as written. */
  author: string | null;
  /** The people the byline names (staff credits such as `PV` are not among them). */
  authors: Ref[];
  source: Ref | null;
  tags: Ref[];
}

export interface Neighbours {
  /** Published just before (older). */
  prev: IndexedArticle | null;
  /** Published just after (newer). */
  next: IndexedArticle | null;
}

export interface CountLink {
  label: string;
  key: string;
  /** The bucket's page, or null when that page kind is turned off. */
  url: string | null;
  count: number;
}

export interface TermEntry extends Ref {
  count: number;
  /** Newest first. */
  articles: IndexedArticle[];
  /** The term's feeds, or null when they are off. */
  feeds: FeedLinks | null;
}

/** A page's Atom and JSON feeds. */
export interface FeedLinks {
  atom: string;
  json: string;
}

export type FeedScope = "archive" | "tag" | "source" | "author";

/** One generated feed file. */
export interface FeedPage {
  scope: FeedScope;
  format: "atom" | "json";
  url: string;
  /** The same feed in the other format. */
  alternateUrl: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** The term's name, or null for the whole archive's feed. */
  name: string | null;
  key: string;
  /** Newest `updated` or publication time among the entries. */
  updated: string | null;
  /** Entries carry their full text (the archive's feed) or only their lead (term feeds). */
  full: boolean;
  /** Dated articles, newest first. */
  entries: IndexedArticle[];
}

/** A link to the previous or next non-empty day, month or year. */
export interface BucketLink {
  label: string;
  url: string;
}

export interface TrailStep {
  label: string;
  url: string | null;
  kind: "years" | "year" | "month" | "day";
}

export interface LetterGroup {
  letter: string;
  terms: TermEntry[];
}

/** A letter of the tag index: its page (null when letter pages are off) and how many tags it holds. */
export interface LetterLink {
  letter: string;
  url: string | null;
  count: number;
}

/** One page of the tags filed under one letter, in Vietnamese order. */
export interface TermListPage {
  kind: "tagLetter";
  url: string;
  letter: string;
  /** The page's title: the letter, with the page number after the first page. */
  title: string;
  pageNumber: number;
  pageCount: number;
  /** Tags under this letter. */
  total: number;
  terms: TermEntry[];
  prevUrl: string | null;
  nextUrl: string | null;
}

export type ListKind = "year" | "month" | "day" | "tag" | "source" | "author" | "latest" | "undated";

/** One generated list page: Eleventy paginates over arrays of these (size 1). */
export interface ListPage {
  kind: ListKind;
  url: string;
  /** Heading of the page (year, month name, tag …), already localised. */
  heading: string;
  /** The page's title: the heading, with the page number after the first page. */
  title: string;
  pageNumber: number;
  pageCount: number;
  total: number;
  items: IndexedArticle[];
  prevUrl: string | null;
  nextUrl: string | null;
  /** Sub-buckets with counts: months of a year, days of a month. */
  buckets: CountLink[];
  /** Breadcrumb trail from the years page down, excluding this page; `url` is null when that page kind is off. */
  trail: TrailStep[];
  key: string;
  /** Date pages: the previous (older) and next (newer) non-empty day, month or year. */
  prevBucket: BucketLink | null;
  nextBucket: BucketLink | null;
  /** The feeds that follow this list (tag, source and author pages), or null. */
  feeds: FeedLinks | null;
  /** Year pages: the year's 12 months of days; a month's first page: that month; otherwise (or with calendars off) empty. */
  calendar: CalendarMonth[];
  /** The latest list's last page when `latestSize` left older articles out: where they are (the years index), else null. */
  moreUrl: string | null;
}

export interface ArchiveIndex {
  /** Dated articles, newest first. */
  dated: IndexedArticle[];
  undated: IndexedArticle[];
  byId: Map<string, IndexedArticle>;
  neighbours: Map<string, Neighbours>;
  years: CountLink[];
  tags: TermEntry[];
  tagGroups: LetterGroup[];
  sources: TermEntry[];
  sourceGroups: LetterGroup[];
  /** The most used tags (most articles first), for the top of the tag index. */
  topTags: TermEntry[];
  /** Every letter tags are filed under, in Vietnamese order, with its page. */
  tagLetters: LetterLink[];
  /** The pages of tags by letter; empty when that page kind is off. */
  tagLetterPages: TermListPage[];
  /** People named in bylines, with their articles. */
  authors: TermEntry[];
  authorGroups: LetterGroup[];
  /** Up to `relatedMax` related articles per article id, best first. */
  related: Map<string, IndexedArticle[]>;
  /** Breadcrumb of an article on a given day (`2021-12-08`): year › month › day. */
  dayTrails: Map<string, TrailStep[]>;
  /** The generated list pages; empty for a kind that is turned off. */
  pages: Record<ListKind, ListPage[]>;
  /** Every feed file, Atom and JSON. */
  feeds: FeedPage[];
  /** Each year's monthly counts, newest year first (the years page's chart); empty with calendars off. */
  coverage: CoverageYear[];
  /** A page for each calendar day (`12-08`) with articles in any year; empty when that page kind is off. */
  onThisDay: OnThisDayPage[];
  /** The on-this-day pages by month, for their index. */
  onThisDayMonths: OnThisDayMonth[];
  /** The home page's link to today's on-this-day page (set by a script), or null without their index. */
  today: TodayLink | null;
  /** The archive's single pages, null when there is none. `older`: where the home page's list continues. */
  links: Record<"home" | "years" | "tags" | "sources" | "authors" | "latest" | "older" | "undated" | "onThisDay", string | null> & { feed: FeedLinks | null };
  /** Duplicate-permalink guard: term names that folded onto one key. */
  mergedVariants: TermVariants[];
}

/** Every page kind an index entry may link to. */
export type LinkKind = ListKind | "home" | "years" | "tags" | "sources" | "authors" | "tagLetter";

export interface FeedOptions {
  /** Entries in the archive's feed (full text). */
  size: number;
  /** Entries in a tag's, source's or author's feed (lead only). */
  termSize: number;
  /** A tag, source or author has feeds only with at least this many articles (default 1). */
  termMinArticles?: number;
  /** Appended to a page's URL: `feed.xml`, `feed.json`. */
  atomSuffix: string;
  jsonSuffix: string;
  /** Which feeds exist. A term's feed needs its term page too. */
  scopes: Record<FeedScope, boolean>;
}

export interface IndexOptions {
  zone: string;
  pageSize: number;
  permalinks: Record<LinkKind, string> & { pageSuffix: string };
  /** Page kinds turned off (`false`): nothing links to them and their list pages are not made. Default: all on. */
  pages?: Partial<Record<LinkKind, boolean>>;
  /** Articles on the home page (the `older` link points past them). Default: 20. */
  homeSize?: number;
  /** At most this many of the newest articles on the latest list (default: all); older ones are reached by date. */
  latestSize?: number;
  /** Related articles per article. Default: 5. */
  relatedMax?: number;
  /** Tags on one letter page of the tag index. Default: 500. */
  termPageSize?: number;
  /** Tags at the top of the tag index. Default: 100. */
  topTags?: number;
  /** Feeds; none when absent. */
  feeds?: FeedOptions;
  /** Calendars on year and month pages and the years page's chart; none when absent. */
  calendar?: {
    labels: CalendarLabels;
    /** `T12` / `Dec`: a month in the chart. */
    monthShort: (month: string) => string;
    /** `Tháng 12, 2021: 40 bài`. */
    monthCount: (year: string, month: string, count: number) => string;
  };
  /** On-this-day pages; none when absent. `indexUrl`: their index, or null when it is off. */
  onThisDay?: { pattern: string; indexUrl: string | null; labels: OnThisDayLabels };
  /** Localised labels, e.g. month names. */
  labels: {
    month: (year: string, month: string) => string;
    monthShort: (month: string) => string;
    day: (year: string, month: string, day: string) => string;
    undated: string;
    years: string;
    /** "Page" in the UI language, for list page titles after the first page. */
    page: string;
    /** Heading of the list of all articles, newest first. */
    latest?: string;
    /** Its heading when `latestSize` cuts it short. */
    recent?: string;
  };
  dateKeys: (iso: string, zone: string) => DateKeys;
  formatDate: (iso: string, zone: string, withTime: boolean) => string;
  /** Collation locale for tags and sources. */
  collation: string;
}

export function buildArchiveIndex(records: readonly ArticleRecord[], opts: IndexOptions): ArchiveIndex {
  const collator = new Intl.Collator(opts.collation);
  const on = (kind: LinkKind) => opts.pages?.[kind] !== false;
  const tagTerms = new TermTable("tag", on("tag") ? opts.permalinks.tag : null, collator);
  const sourceTerms = new TermTable("source", on("source") ? opts.permalinks.source : null, collator);
  const authorTerms = new TermTable("author", on("author") ? opts.permalinks.author : null, collator);

  const dated: IndexedArticle[] = [];
  const undated: IndexedArticle[] = [];
  const byId = new Map<string, IndexedArticle>();

  for (const r of records) {
    const epochMs = r.date ? Date.parse(r.date) : NaN;
    const hasDate = r.date !== null && Number.isFinite(epochMs);
    const keys = hasDate ? opts.dateKeys(r.date!, opts.zone) : null;
    const updatedMs = r.updated ? Date.parse(r.updated) : NaN;
    const hasUpdated = hasDate && Number.isFinite(updatedMs) && updatedMs > epochMs;
    const a: IndexedArticle = {
      id: r.id,
      url: r.url,
      title: r.title,
      date: hasDate ? r.date : null,
      epochMs: hasDate ? epochMs : null,
      keys,
      dateText: hasDate ? opts.formatDate(r.date!, opts.zone, r.dateHasTime) : null,
      updated: hasUpdated ? r.updated! : null,
      updatedText: hasUpdated ? opts.formatDate(r.updated!, opts.zone, true) : null,
      dayUrl: keys && on("day") ? fillPattern(opts.permalinks.day, keys) : null,
      lead: r.lead,
      summary: summarise(r.lead),
      author: r.author,
      authors: uniqueRefs(bylineAuthors(r.author).map((n) => authorTerms.add(n, r.id))),
      source: r.source ? sourceTerms.add(r.source, r.id) : null,
      tags: uniqueRefs(r.tags.map((t) => tagTerms.add(t, r.id))),
    };
    byId.set(a.id, a);
    (hasDate ? dated : undated).push(a);
  }

  dated.sort(newestFirst);
  undated.sort((a, b) => collator.compare(a.title, b.title) || compareStrings(a.url, b.url));

  // Resolve term display names before anything copies the Ref objects' names.
  tagTerms.finish();
  sourceTerms.finish();
  authorTerms.finish();
  for (const a of dated.concat(undated)) {
    if (a.source) a.source = sourceTerms.resolve(a.source);
    // Two spellings on one article that merged (`Covid`, `COVID`) are one tag.
    a.tags = uniqueRefs(a.tags.map((t) => tagTerms.resolve(t)));
    a.authors = uniqueRefs(a.authors.map((t) => authorTerms.resolve(t)));
    tagTerms.collect(a, a.tags);
    if (a.source) sourceTerms.collect(a, [a.source]);
    authorTerms.collect(a, a.authors);
  }

  const neighbours = new Map<string, Neighbours>();
  for (let i = 0; i < dated.length; i++) {
    neighbours.set(dated[i]!.id, { next: dated[i - 1] ?? null, prev: dated[i + 1] ?? null });
  }
  for (const a of undated) neighbours.set(a.id, { prev: null, next: null });

  const pages: Record<ListKind, ListPage[]> = { year: [], month: [], day: [], tag: [], source: [], author: [], latest: [], undated: [] };
  const dayTrails = new Map<string, TrailStep[]>();
  const coverageInput: CoverageInputs = [];
  const years = buildDatePages(dated, opts, pages, dayTrails, coverageInput);
  const chart = opts.calendar ? coverage(coverageInput, { short: opts.calendar.monthShort, title: opts.calendar.monthCount }) : [];
  const otd = opts.onThisDay;
  const onThisDay = otd ? onThisDayPages(dated, { pattern: otd.pattern, dayPattern: on("day") ? opts.permalinks.day : null, labels: otd.labels }) : [];
  const onThisDayMonths = otd && otd.indexUrl !== null ? onThisDayIndex(onThisDay, otd.labels) : [];

  const feeds: FeedPage[] = [];
  const feedOpts = opts.feeds;
  const feedLinks = (pageUrl: string): FeedLinks => ({ atom: joinSuffix(pageUrl, feedOpts!.atomSuffix), json: joinSuffix(pageUrl, feedOpts!.jsonSuffix) });
  const addFeeds = (scope: FeedScope, pageUrl: string, name: string | null, key: string, articles: readonly IndexedArticle[]): FeedLinks | null => {
    if (!feedOpts || !feedOpts.scopes[scope]) return null;
    if (scope !== "archive" && articles.length < (feedOpts.termMinArticles ?? 1)) return null;
    const links = feedLinks(pageUrl);
    const size = scope === "archive" ? feedOpts.size : feedOpts.termSize;
    const entries: IndexedArticle[] = [];
    for (const a of articles) {
      if (entries.length >= size) break;
      if (a.date !== null) entries.push(a);
    }
    if (entries.length === 0) return null; // an Atom feed needs a time; a list of undated articles has none
    let updated: string | null = null;
    let updatedMs = -Infinity;
    for (const e of entries) {
      const ms = e.updated !== null ? Date.parse(e.updated) : e.epochMs!;
      if (ms > updatedMs) (updatedMs = ms), (updated = e.updated ?? e.date!);
    }
    const common = { scope, pageUrl, name, key, updated, full: scope === "archive", entries };
    feeds.push({ ...common, format: "atom", url: links.atom, alternateUrl: links.json });
    feeds.push({ ...common, format: "json", url: links.json, alternateUrl: links.atom });
    return links;
  };

  const yearsTrail: TrailStep[] = [{ label: opts.labels.years, url: on("years") ? opts.permalinks.years : null, kind: "years" }];
  const terms = (table: TermTable, kind: "tag" | "source" | "author"): TermEntry[] => {
    const entries = table.entries();
    for (const t of entries) {
      if (t.url === null) continue;
      t.feeds = addFeeds(kind, t.url, t.name, t.key, t.articles);
      pushList(pages[kind], kind, t.url, t.name, t.key, t.articles, [], [], opts, t.feeds);
    }
    return entries;
  };
  const tags = terms(tagTerms, "tag");
  const tagGroups = groupByLetter(tags);
  const tagLetterPages: TermListPage[] = [];
  const tagLetters: LetterLink[] = tagGroups.map((g) => {
    if (!on("tagLetter")) return { letter: g.letter, url: null, count: g.terms.length };
    const base = fillPattern(opts.permalinks.tagLetter, { letter: letterSlug(g.letter) });
    const size = opts.termPageSize ?? 500;
    const pageCount = Math.max(1, Math.ceil(g.terms.length / size));
    for (let n = 1; n <= pageCount; n++) {
      tagLetterPages.push({
        kind: "tagLetter",
        url: pageUrl(base, n, opts.permalinks.pageSuffix),
        letter: g.letter,
        title: n > 1 ? `${g.letter} · ${opts.labels.page} ${n}` : g.letter,
        pageNumber: n,
        pageCount,
        total: g.terms.length,
        terms: g.terms.slice((n - 1) * size, n * size),
        prevUrl: n > 1 ? pageUrl(base, n - 1, opts.permalinks.pageSuffix) : null,
        nextUrl: n < pageCount ? pageUrl(base, n + 1, opts.permalinks.pageSuffix) : null,
      });
    }
    return { letter: g.letter, url: base, count: g.terms.length };
  });
  const topTags = [...tags].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name) || compareStrings(a.key, b.key)).slice(0, opts.topTags ?? 100);
  const sources = terms(sourceTerms, "source");
  const authors = terms(authorTerms, "author");
  const hasUndatedPage = undated.length > 0 && on("undated");
  if (hasUndatedPage) {
    pushList(pages.undated, "undated", opts.permalinks.undated, opts.labels.undated, "undated", undated, [], yearsTrail, opts);
  }
  // Every dated article, newest first: where the home page's list goes on.
  const hasLatest = dated.length > 0 && on("latest");
  if (hasLatest) {
    // Cut short, an added article moves a bounded number of list pages, not one per 50 articles of the archive.
    const cut = dated.length > (opts.latestSize ?? Infinity);
    const listed = cut ? dated.slice(0, opts.latestSize) : dated;
    const made = pushList(pages.latest, "latest", opts.permalinks.latest, (cut ? opts.labels.recent : undefined) ?? opts.labels.latest ?? "", "latest", listed, [], [], opts);
    if (cut && on("years")) made[made.length - 1]!.moreUrl = opts.permalinks.years;
  }
  const homeSize = opts.homeSize ?? 20;
  const older = hasLatest && dated.length > homeSize ? pages.latest[Math.floor(homeSize / opts.pageSize)]?.url ?? null : null;
  const home = on("home") ? opts.permalinks.home : null;
  const links: ArchiveIndex["links"] = {
    home,
    years: on("years") ? opts.permalinks.years : null,
    tags: on("tags") ? opts.permalinks.tags : null,
    sources: on("sources") ? opts.permalinks.sources : null,
    authors: on("authors") && authors.length > 0 ? opts.permalinks.authors : null,
    latest: hasLatest ? opts.permalinks.latest : null,
    older,
    undated: hasUndatedPage ? opts.permalinks.undated : null,
    onThisDay: otd && otd.indexUrl !== null && dated.length > 0 ? otd.indexUrl : null,
    feed: home !== null && dated.length > 0 ? addFeeds("archive", home, null, "archive", dated) : null,
  };

  const timelines = new Map(tags.map((t) => [t.key, t.articles] as const));
  const related = relatedArticles(dated.concat(undated), timelines, { max: opts.relatedMax ?? 5 });

  return {
    dated,
    undated,
    byId,
    neighbours,
    years,
    tags,
    tagGroups,
    topTags,
    tagLetters,
    tagLetterPages,
    sources,
    sourceGroups: groupByLetter(sources),
    authors,
    authorGroups: groupByLetter(authors),
    related,
    dayTrails,
    pages,
    feeds,
    coverage: chart,
    onThisDay,
    onThisDayMonths,
    today: links.onThisDay !== null ? todayLink(onThisDay, otd!.pattern, links.onThisDay) : null,
    links,
    mergedVariants: [...tagTerms.variants(), ...sourceTerms.variants()],
  };
}

/** `/tags/x/` + `feed.xml`. */
function joinSuffix(url: string, suffix: string): string {
  return (url.endsWith("/") ? url : `${url}/`) + suffix;
}

/** The lead's first ~160 characters, cut after a whole word, with an ellipsis when cut. */
export function summarise(lead: string, max = 160): string {
  if (max !== 160) return summariseText(lead, max);
  let short = summaries.get(lead);
  if (short === undefined) {
    // Asked again for every article on every rebuild while serving.
    if (summaries.size > 200_000) summaries.clear();
    short = summariseText(lead, max);
    summaries.set(lead, short);
  }
  return short;
}
const summaries = new Map<string, string>();

function summariseText(lead: string, max: number): string {
  const text = lead.replace(/\s+/g, " ").trim();
  // UTF-16 length bounds the code points from above: most leads are decided without splitting them.
  if (text.length <= max || [...text].length <= max) return text;
  const cut = [...text].slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, "")}…`;
}

type CoverageInputs = { year: string; url: string | null; months: Map<string, DayCount> }[];

function buildDatePages(
  dated: readonly IndexedArticle[],
  opts: IndexOptions,
  pages: Record<ListKind, ListPage[]>,
  dayTrails: Map<string, TrailStep[]>,
  coverageOut: CoverageInputs,
): CountLink[] {
  const p = opts.permalinks;
  const on = (kind: LinkKind) => opts.pages?.[kind] !== false;
  const byYear = groupConsecutive(dated, (a) => a.keys!.year);
  const years: CountLink[] = [];
  const yearsTrail: TrailStep[] = [{ label: opts.labels.years, url: on("years") ? p.years : null, kind: "years" }];
  // Newest first, for previous/next links between non-empty buckets.
  const yearPages: ListPage[][] = [];
  const monthPages: ListPage[][] = [];
  const dayPages: ListPage[][] = [];
  for (const [year, inYear] of byYear) {
    const yearUrl = fillPattern(p.year, { year });
    years.push({ label: year, key: year, url: on("year") ? yearUrl : null, count: inYear.length });
    const byMonth = groupConsecutive(inYear, (a) => a.keys!.month);
    const monthLinks: CountLink[] = [];
    // For the calendars: each day's and month's count and page, and the month pages to give their month.
    const dayCounts = new Map<string, DayCount>();
    const monthCounts = new Map<string, DayCount>();
    const monthPagesOfYear: [string, ListPage[]][] = [];
    for (const [month, inMonth] of byMonth) {
      monthCounts.set(month, { count: inMonth.length, url: on("month") ? fillPattern(p.month, { year, month }) : null });
      const monthUrl = fillPattern(p.month, { year, month });
      monthLinks.push({ label: opts.labels.monthShort(month), key: month, url: on("month") ? monthUrl : null, count: inMonth.length });
      const byDay = groupConsecutive(inMonth, (a) => a.keys!.day);
      const dayLinks: CountLink[] = [];
      const yearStep: TrailStep = { label: year, url: on("year") ? yearUrl : null, kind: "year" };
      const monthStep: TrailStep = { label: opts.labels.month(year, month), url: on("month") ? monthUrl : null, kind: "month" };
      const monthTrail: TrailStep[] = [...yearsTrail, yearStep];
      const dayTrail: TrailStep[] = [...monthTrail, monthStep];
      for (const [day, inDay] of byDay) {
        const dayUrl = fillPattern(p.day, { year, month, day });
        const dayLabel = opts.labels.day(year, month, day);
        dayLinks.push({ label: String(Number(day)), key: day, url: on("day") ? dayUrl : null, count: inDay.length });
        dayCounts.set(`${month}-${day}`, { count: inDay.length, url: on("day") ? dayUrl : null });
        dayTrails.set(`${year}-${month}-${day}`, [yearStep, monthStep, { label: dayLabel, url: on("day") ? dayUrl : null, kind: "day" }]);
        if (on("day")) dayPages.push(pushList(pages.day, "day", dayUrl, dayLabel, `${year}-${month}-${day}`, inDay, [], dayTrail, opts));
      }
      // Buckets read oldest first inside a month and a year, like a calendar.
      dayLinks.reverse();
      if (on("month")) {
        const made = pushList(pages.month, "month", monthUrl, opts.labels.month(year, month), `${year}-${month}`, inMonth, dayLinks, monthTrail, opts);
        monthPages.push(made);
        monthPagesOfYear.push([month, made]);
      }
    }
    monthLinks.reverse();
    coverageOut.push({ year, url: on("year") ? yearUrl : null, months: monthCounts });
    const calendar = opts.calendar ? yearCalendar({ year, days: dayCounts, monthUrls: new Map([...monthCounts].map(([m, c]) => [m, c.url])), labels: opts.calendar.labels }) : [];
    // A month's calendar heads its first page only.
    for (const [month, made] of monthPagesOfYear) made[0]!.calendar = calendar.filter((c) => c.month === month);
    if (!on("year")) continue;
    const page: ListPage = {
      kind: "year",
      url: yearUrl,
      heading: year,
      title: year,
      pageNumber: 1,
      pageCount: 1,
      total: inYear.length,
      items: [],
      prevUrl: null,
      nextUrl: null,
      buckets: monthLinks,
      trail: yearsTrail,
      key: year,
      prevBucket: null,
      nextBucket: null,
      feeds: null,
      calendar,
      moreUrl: null,
    };
    pages.year.push(page);
    yearPages.push([page]);
  }
  for (const groups of [yearPages, monthPages, dayPages]) linkBuckets(groups);
  return years;
}

/** `groups`: each bucket's pages, newest bucket first. Every page of a bucket links to the older and newer bucket's first page. */
function linkBuckets(groups: readonly ListPage[][]): void {
  for (let i = 0; i < groups.length; i++) {
    const older = groups[i + 1]?.[0];
    const newer = groups[i - 1]?.[0];
    for (const page of groups[i]!) {
      page.prevBucket = older ? { label: older.heading, url: older.url } : null;
      page.nextBucket = newer ? { label: newer.heading, url: newer.url } : null;
    }
  }
}

/** Adds a list's pages to `out`; returns them. */
function pushList(
  out: ListPage[],
  kind: ListKind,
  baseUrl: string,
  heading: string,
  key: string,
  items: readonly IndexedArticle[],
  buckets: CountLink[],
  trail: TrailStep[],
  opts: IndexOptions,
  feeds: FeedLinks | null = null,
): ListPage[] {
  const size = opts.pageSize;
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const made: ListPage[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const page: ListPage = {
      kind,
      url: pageUrl(baseUrl, n, opts.permalinks.pageSuffix),
      heading,
      title: n > 1 ? `${heading} · ${opts.labels.page} ${n}` : heading,
      pageNumber: n,
      pageCount,
      total: items.length,
      items: items.slice((n - 1) * size, n * size),
      prevUrl: n > 1 ? pageUrl(baseUrl, n - 1, opts.permalinks.pageSuffix) : null,
      nextUrl: n < pageCount ? pageUrl(baseUrl, n + 1, opts.permalinks.pageSuffix) : null,
      buckets,
      trail,
      key,
      prevBucket: null,
      nextBucket: null,
      feeds,
      calendar: [],
      moreUrl: null,
    };
    out.push(page);
    made.push(page);
  }
  return made;
}

export interface TermVariants {
  kind: "tag" | "source" | "author";
  key: string;
  /** The spellings, in Vietnamese order. */
  names: string[];
  /** The spelling the shared page shows. */
  shown: string;
  /** For each spelling in `names`, the id of the first article using it. */
  firstUse: string[];
}

/**
 * Tags, sources or authors: the spellings of one name share one entry and one URL.
 *
 * Sources merge every spelling that folds to one slug (`Tuổi Trẻ`, `Tuoi Tre`). Tags and authors are
 * names of people and places, where accents tell different names apart (`Lê Văn Quảng` is not
 * `Lê Văn Quang`): only case, tone-mark placement (`hoá`/`hóa`) and a fully unaccented spelling
 * (`Da Nang` → `Đà Nẵng`) merge. Differently accented names that fold to one slug each get a page:
 * the one on most articles keeps the bare slug, the others get the slug and a short hash of their
 * spelling, as colliding article slugs do.
 */
class TermTable {
  /** Provisional key (the folded slug) → spelling class → spelling → uses. */
  private readonly spellings = new Map<string, Map<string, Map<string, number>>>();
  private readonly firstUse = new Map<string, string>();
  /** `${provisional key}\u0000${spelling}` → final ref. */
  private readonly bySpelling = new Map<string, Ref>();
  private readonly refs = new Map<string, Ref>();
  private readonly members = new Map<string, IndexedArticle[]>();
  private readonly conflicts: TermVariants[] = [];

  constructor(
    private readonly kind: "tag" | "source" | "author",
    /** URL pattern of the term pages, null when they are turned off. */
    private readonly pattern: string | null,
    private readonly collator: Intl.Collator,
  ) {}

  /** Tags and authors keep differently accented spellings apart; sources merge them. */
  private get accentsMatter(): boolean {
    return this.kind !== "source";
  }

  /** The spelling class: what may merge (case and tone placement always; accents only for sources). */
  private classOf(clean: string): string {
    return this.accentsMatter ? nameClass(clean) : termKey(clean);
  }

  /** `id`: the article using this spelling (the first one is named in variant reports). */
  add(name: string, id: string): Ref {
    const clean = cleanName(name);
    const key = termKey(clean);
    let classes = this.spellings.get(key);
    if (!classes) this.spellings.set(key, (classes = new Map()));
    const cls = this.classOf(clean);
    let counts = classes.get(cls);
    if (!counts) classes.set(cls, (counts = new Map()));
    counts.set(clean, (counts.get(clean) ?? 0) + 1);
    if (!this.firstUse.has(`${key}\u0000${clean}`)) this.firstUse.set(`${key}\u0000${clean}`, id);
    // Provisional: `resolve` gives the final one after `finish`. The class keeps two names on one article apart.
    return { name: clean, key: `${key}\u0000${cls}`, url: "" };
  }

  /** Choose each entry's key, URL and display name (the most used spelling; on a tie the one with diacritics, then collation order). */
  finish(): void {
    for (const [key, classes] of this.spellings) {
      const total = (c: Map<string, number>) => [...c.values()].reduce((x, y) => x + y, 0);
      let groups = [...classes.entries()].map(([cls, counts]) => ({ cls, counts: new Map(counts) }));
      if (this.accentsMatter && groups.length > 1) {
        // A fully unaccented spelling joins the accented one (the most used, when several could claim it).
        const plain = groups.filter((g) => !hasMarks(g.cls));
        const accented = groups.filter((g) => hasMarks(g.cls));
        if (accented.length > 0 && plain.length > 0) {
          accented.sort((a, b) => total(b.counts) - total(a.counts) || this.collator.compare(a.cls, b.cls));
          for (const g of plain) for (const [n, c] of g.counts) accented[0]!.counts.set(n, (accented[0]!.counts.get(n) ?? 0) + c);
          groups = accented;
        }
        if (accented.length > 1 && plain.length > 0) {
          this.conflicts.push({
            kind: this.kind,
            key,
            names: groups.flatMap((g) => [...g.counts.keys()]).sort((a, b) => this.collator.compare(a, b)),
            shown: "",
            firstUse: [],
          });
        }
      }
      groups.sort((a, b) => total(b.counts) - total(a.counts) || this.collator.compare(a.cls, b.cls));
      groups.forEach((g, i) => {
        let best = "";
        let bestCount = -1;
        // Shown with its accents: an unaccented spelling that joined never names the page.
        const shownFrom = [...g.counts].filter(([n]) => hasMarks(n));
        for (const [name, count] of shownFrom.length > 0 ? shownFrom : g.counts) {
          if (count > bestCount || (count === bestCount && preferSpelling(name, best, this.collator) < 0)) {
            best = name;
            bestCount = count;
          }
        }
        const finalKey = i === 0 ? key : `${key}-${shortHash(g.cls)}`;
        const url = this.pattern === null ? null : fillPattern(this.pattern, { [this.kind]: finalKey });
        const ref: Ref = { name: best, key: finalKey, url };
        this.refs.set(finalKey, ref);
        for (const name of g.counts.keys()) this.bySpelling.set(`${key}\u0000${name}`, ref);
      });
    }
  }

  /** The final ref of a provisional one from `add`. */
  resolve(provisional: Ref): Ref {
    return this.bySpelling.get(`${termKey(provisional.name)}\u0000${provisional.name}`)!;
  }

  ref(key: string): Ref {
    return this.refs.get(key)!;
  }

  collect(article: IndexedArticle, refs: readonly Ref[]): void {
    for (const r of refs) {
      const list = this.members.get(r.key);
      if (list) list.push(article);
      else this.members.set(r.key, [article]);
    }
  }

  entries(): TermEntry[] {
    const out: TermEntry[] = [];
    for (const [key, articles] of this.members) {
      // Collected from the dated-then-undated lists in their final order: already sorted.
      out.push({ ...this.ref(key), count: articles.length, articles, feeds: null });
    }
    const rank = collationRanks(this.collator, this.kind);
    out.sort((a, b) => {
      // Names ranked by an earlier sort compare as numbers; the rest through the collator (the same order).
      const ra = rank.get(a.name);
      const rb = rank.get(b.name);
      return (ra !== undefined && rb !== undefined ? ra - rb : this.collator.compare(a.name, b.name)) || compareStrings(a.key, b.key);
    });
    rememberRanks(this.collator, this.kind, out.map((e) => e.name));
    return out;
  }

  /**
   * Spellings worth an editor's look. Sources: every key written in more than one spelling (they
   * share a page). Tags and authors: only an unaccented spelling that could belong to more than one
   * accented name (`Nguyen Hue`: `Nguyễn Huế` or `Nguyễn Huệ`?); it goes with the most used one.
   */
  variants(): TermVariants[] {
    const out: TermVariants[] = [];
    if (this.accentsMatter) {
      for (const c of this.conflicts) {
        const plain = c.names.filter((n) => !hasMarks(n));
        const shown = this.bySpelling.get(`${c.key}\u0000${plain[0]!}`)!.name;
        const names = [...plain, shown].sort((a, b) => this.collator.compare(a, b));
        out.push({ ...c, names, shown, firstUse: names.map((n) => this.firstUse.get(`${c.key}\u0000${n}`)!) });
      }
      return out;
    }
    for (const [key, classes] of this.spellings) {
      const names = [...classes.values()].flatMap((c) => [...c.keys()]);
      if (names.length <= 1) continue;
      names.sort((a, b) => this.collator.compare(a, b));
      const shown = this.resolve({ name: names[0]!, key, url: null }).name;
      out.push({ kind: this.kind, key, names, shown, firstUse: names.map((n) => this.firstUse.get(`${key}\u0000${n}`)!) });
    }
    return out;
  }
}


/** URL-safe identity of a tag or source name; names with no letters get a hash. */
/** Collation order of the names sorted last (by locale and kind of term): a rebuild sorts almost the same names again. */
const ranksBySet = new Map<string, Map<string, number>>();

function collationRanks(collator: Intl.Collator, set: string): Map<string, number> {
  return ranksBySet.get(`${collator.resolvedOptions().locale}\u0000${set}`) ?? new Map();
}

/** `sorted`: names in the collator's order (duplicates allowed), remembered for the next sort of this set. */
function rememberRanks(collator: Intl.Collator, set: string, sorted: readonly string[]): void {
  const id = `${collator.resolvedOptions().locale}\u0000${set}`;
  const known = ranksBySet.get(id);
  // Ranks must agree with the collator across every name they hold: start again from this sort's
  // names unless they are all known already (then the old ranks still order them).
  if (known && sorted.every((n) => known.has(n))) return;
  const ranks = new Map<string, number>();
  sorted.forEach((n, i) => {
    if (!ranks.has(n)) ranks.set(n, i);
  });
  if (ranks.size > 200_000) return;
  ranksBySet.set(id, ranks);
}

/** A term's name in NFC with single spaces (remembered: the same names come back on every build). */
function cleanName(name: string): string {
  let clean = cleanNames.get(name);
  if (clean === undefined) {
    if (cleanNames.size > 50_000) cleanNames.clear();
    clean = name.normalize("NFC").replace(/\s+/g, " ").trim();
    cleanNames.set(name, clean);
  }
  return clean;
}
const cleanNames = new Map<string, string>();

export function termKey(name: string): string {
  // `foldKey` reads most names from its table, faster than a memory of every name could answer.
  const folded = foldKey(name);
  return folded !== "" ? folded : `x-${shortHash(name)}`;
}

/** A letter as a URL segment, the way Telex types it: `a`, `aw` (Ă), `aa` (Â), `dd` (Đ), `ee`, `oo`, `ow`, `uw`; `#` → `0-9`. */
export function letterSlug(letter: string): string {
  if (letter === "#") return "0-9";
  const map: Record<string, string> = { Ă: "aw", Â: "aa", Đ: "dd", Ê: "ee", Ô: "oo", Ơ: "ow", Ư: "uw" };
  const slug = map[letter] ?? foldKey(letter);
  return slug !== "" ? slug : `x-${shortHash(letter)}`;
}

/**
 * The letter a term is filed under in Vietnamese order: base letter with its
 * breve/circumflex/horn (Ă Â Ê Ô Ơ Ư are letters of their own) and Đ, but
 * without tone marks. Digits and symbols go under "#".
 */
export function groupLetter(name: string): string {
  const first = [...name.normalize("NFC").trim()][0] ?? "";
  const decomposed = first.toLocaleUpperCase("vi").normalize("NFD");
  const base = decomposed[0] ?? "";
  if (!/\p{L}/u.test(base)) return "#";
  // Keep what makes a Vietnamese letter (Ă Â Ê Ô Ơ Ư); drop tone marks and any other language's marks
  // (`Île-de-France` is filed under I, not under a letter Î of its own).
  const marks = decomposed.slice(1);
  for (const [mark, letters] of VIETNAMESE_LETTER_MARKS) if (marks.includes(mark) && letters.includes(base)) return (base + mark).normalize("NFC");
  return base;
}
/** Breve (Ă), circumflex (Â Ê Ô) and horn (Ơ Ư), and the base letters that take them. */
const VIETNAMESE_LETTER_MARKS: readonly [string, string][] = [["\u0306", "A"], ["\u0302", "AEO"], ["\u031b", "OU"]];

/** Groups by letter; letters that would share a page URL (letterSlug) share one group, the first letter's. */
function groupByLetter(terms: readonly TermEntry[]): LetterGroup[] {
  const groups: LetterGroup[] = [];
  const bySlug = new Map<string, LetterGroup>();
  for (const t of terms) {
    const letter = groupLetter(t.name);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) {
      last.terms.push(t);
      continue;
    }
    const slug = letterSlug(letter);
    const existing = bySlug.get(slug);
    if (existing) existing.terms.push(t);
    else {
      const group = { letter, terms: [t] };
      bySlug.set(slug, group);
      groups.push(group);
    }
  }
  return groups;
}

/** Negative when `a` is the better display spelling: more diacritics (Đà Nẵng over Da Nang), then capitalised, then collation. */
function preferSpelling(a: string, b: string, collator: Intl.Collator): number {
  const marks = (s: string) => s.normalize("NFD").replace(/[đĐ]/g, "d\u0335").length - s.length;
  const capital = (s: string) => (s.charAt(0) !== s.charAt(0).toLocaleLowerCase("vi") ? 1 : 0);
  // Words capitalised, as a name is written: `Đà Nẵng` over `Đà nẵng`.
  const words = (s: string) => s.split(" ").filter((w) => w.charAt(0) !== w.charAt(0).toLocaleLowerCase("vi")).length;
  return marks(b) - marks(a) || capital(b) - capital(a) || words(b) - words(a) || collator.compare(a, b);
}

function uniqueRefs(refs: Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

function groupConsecutive<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last[0] === key) last[1].push(item);
    else out.push([key, [item]]);
  }
  return out;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirst(a: IndexedArticle, b: IndexedArticle): number {
  return b.epochMs! - a.epochMs! || compareStrings(a.url, b.url);
}


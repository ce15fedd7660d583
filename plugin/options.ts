/**
 * Every option of the news-archive plugin, its default and its meaning, in
 * one place. Defaults come from a function so no build mutates another's.
 */
import { isUsableZone } from "./core/parse-date.ts";
import { DEFAULT_ZONE } from "./core/parse-article.ts";
import { DEFAULT_SLUG_MAX_LENGTH } from "./core/slug.ts";
import { defaultTagSettings, TAG_MODES, type TagMode } from "./core/tags/derive-tags.ts";
import type { TaxonomyEntry } from "./core/tags/taxonomy.ts";

export type PageKind =
  | "home"
  | "years"
  | "year"
  | "month"
  | "day"
  | "tags"
  | "tagLetter"
  | "tag"
  | "sources"
  | "source"
  | "author"
  | "authors"
  | "latest"
  | "undated"
  | "notFound"
  | "feed"
  | "tagFeed"
  | "sourceFeed"
  | "authorFeed"
  | "sitemap"
  | "robots"
  | "calendar"
  | "onThisDay"
  | "onThisDayIndex"
  | "data"
  | "dataJsonl"
  | "dataCsv"
  | "dataTags"
  | "dataSources"
  | "cite";

export type UiLocale = "vi" | "en";

/** URL patterns. Tokens: `:year :month :day :slug :tag :source :author`. */
export interface PermalinkPatterns {
  /** A dated article. Must contain `:slug`. */
  article: string;
  /** An article without a valid date. Must contain `:slug`. */
  undatedArticle: string;
  home: string;
  years: string;
  year: string;
  month: string;
  day: string;
  tags: string;
  /** The tags filed under one letter (`/tags/letter/dd/` for Đ); token `:letter`. */
  tagLetter: string;
  tag: string;
  sources: string;
  source: string;
  /** All authors, and one author's articles. */
  authors: string;
  author: string;
  /** Every dated article, newest first: where the home page's list goes on. */
  latest: string;
  undated: string;
  notFound: string;
  stylesheet: string;
  /** The search page; default `/tim-kiem/`, or `/search/` with `locale: "en"`. */
  search: string;
  /** The search page's script. */
  searchScript: string;
  /** Appended to a list page's URL for page 2, 3, …; token `:n`. */
  pageSuffix: string;
  /** Appended to the home, tag, source and author page's URL for its Atom feed. */
  atomFeed: string;
  /** … and for its JSON Feed. */
  jsonFeed: string;
  /** The sitemap, or the sitemap index when the archive needs several sitemaps. */
  sitemap: string;
  /** Each sitemap under the index; token `:n`. */
  sitemapPart: string;
  robots: string;
  /** A calendar day in every year (`/ngay-nay/12-08/`); tokens `:month :day`. Default `/on-this-day/…` with `locale: "en"`. */
  onThisDay: string;
  /** The index of every on-this-day page. */
  onThisDayIndex: string;
  /** The page describing the open-data files. */
  data: string;
  /** Open data: every published article, one JSON object a line. */
  dataJsonl: string;
  /** … the same fields as CSV. */
  dataCsv: string;
  /** … the tags and the sources with counts. */
  dataTags: string;
  dataSources: string;
}

export interface SiteMetadata {
  /** Shown in the header and `<title>`. */
  title: string;
  description: string;
  /** Absolute origin (and path, without pathPrefix) for canonical, Open Graph and JSON-LD URLs; "" keeps them root-relative. */
  url: string;
}

/** Automatic tags. The project's `_data/newsTaxonomy.json` adds taxonomy entries and stop words. */
export interface TagOptions {
  /** `off`: no tags; `explicit`: front matter and `Từ khóa:` lines only; `taxonomy`: + taxonomy matches; `auto`: + named entities. */
  mode: TagMode;
  /** At most this many tags per article, the editor's own included. */
  maxTags: number;
  /** Minimum evidence: one point per mention, +2 in the title, +1 in the lead. */
  minScore: number;
  /** A tag the tagger derived is kept (and gets a page) only when at least this many articles carry it; an editor's tags always are. */
  minArticles: number;
  /** Names that are never tags, on top of the built-in stop list and `_data/newsTaxonomy.json`'s `stop`. */
  stopList: string[];
  /** Taxonomy entries on top of the built-in ones and `_data/newsTaxonomy.json`'s `tags`. */
  taxonomy: TaxonomyEntry[];
}

export interface NewsArchiveOptions {
  /** Folder of raw `.txt` articles, relative to Eleventy's input folder. */
  newsFolder: string;
  /** IANA zone for dates without an offset and for every date bucket. */
  zone: string;
  /** UI language of the generated pages. */
  locale: UiLocale;
  /** Articles per list page (date, tag, source, undated pages). */
  pageSize: number;
  /** Articles on the home page. */
  homeSize: number;
  /** The newest articles on the latest list (`/latest/`, where the home page's list goes on); older ones are browsed by date. */
  latestSize: number;
  /** Entries in the archive's feed, each with its full text. */
  feedSize: number;
  /** Entries in each tag's, source's and author's feed, each with its lead as summary. */
  termFeedSize: number;
  /**
   * A tag, source or author gets feeds only when it has at least this many articles: on a large archive most
   * tags are on a few articles, and their feeds would double the files written for little to follow.
   */
  termFeedMinArticles: number;
  /** Related articles on each article page (0: none). */
  relatedSize: number;
  /** URLs per sitemap before it is split under a sitemap index (sitemaps.org's limit is 50,000; a file is also split before 50 MB). */
  sitemapMaxUrls: number;
  /** Which generated pages to emit; `false` turns a kind off. */
  pages: Record<PageKind, boolean>;
  permalinks: PermalinkPatterns;
  site: SiteMetadata;
  /** Exit non-zero (throw at the end of the build) when a file has an error diagnostic. */
  failOnError: boolean;
  /** Print every warning (errors are always printed). */
  printWarnings: boolean;
  /** Maximum slug length passed to the parser. */
  slugMaxLength: number;
  /** Set aside page furniture in text copied from news sites (section lines, share bars, related-article blocks, comment counters, ads); each line set aside is an info diagnostic. */
  furniture: boolean;
  tags: TagOptions;
  /** Read, parse and tag raw files on a worker thread ahead of Eleventy (news folders of 300 files or more). */
  readAhead: boolean;
  /**
   * Where what was derived from each raw file is kept between runs (relative to the folder you run
   * Eleventy in), so the next build parses and tags only new and changed files; `false` keeps nothing.
   * Safe to delete at any time. Kept per news folder, and made again whenever the plugin's code, its
   * parse options or the taxonomy file change.
   */
  cache: string | false;
  /** Full-text search: a search page, a box in every page's header, and the index in `<output>/news-search/`. */
  search: boolean;
  /**
   * While serving, a rebuild caused only by raw news files renders only the pages whose data changed
   * (the rest are already in the output folder). Turn off if your own layouts for article or list
   * pages print archive-wide data (counts, other articles) beyond what the page's own data holds.
   */
  partialRebuilds: boolean;
  /**
   * In a one-off build to disk, hand the plugin's pages to Eleventy as UTF-8 bytes rather than text,
   * and let go of each page's bytes once its file is written, so Eleventy does not hold every page
   * until the build ends. Done only when no transform that expects text runs after the plugin's.
   * Turn off if a program reads the `content` of the plugin's pages from the results of
   * `elev.write()` or in `eleventy.after` (there it is an empty buffer).
   */
  outputBytes: boolean;
}

export type UserOptions = {
  [K in keyof NewsArchiveOptions]?: NewsArchiveOptions[K] extends object
    ? Partial<NewsArchiveOptions[K]>
    : NewsArchiveOptions[K];
};

const TAG_DEFAULTS = defaultTagSettings();

export function getDefaults(): NewsArchiveOptions {
  return {
    newsFolder: "news",
    zone: DEFAULT_ZONE, // "Asia/Ho_Chi_Minh"
    locale: "vi",
    pageSize: 50,
    homeSize: 20,
    latestSize: 1000,
    feedSize: 50,
    termFeedSize: 20,
    termFeedMinArticles: 5,
    relatedSize: 5,
    sitemapMaxUrls: 50000,
    pages: {
      home: true,
      years: true,
      year: true,
      month: true,
      day: true,
      tags: true,
      tagLetter: true,
      tag: true,
      sources: true,
      source: true,
      author: true,
      authors: true,
      latest: true,
      undated: true,
      notFound: true,
      feed: true,
      tagFeed: true,
      sourceFeed: true,
      authorFeed: true,
      sitemap: true, // written only when site.url is set
      robots: true,
      calendar: true, // calendars on year and month pages, the chart on the years page
      onThisDay: true,
      onThisDayIndex: true, // also the home page's link to today's on-this-day page
      data: true, // the page describing the open-data files
      dataJsonl: true,
      dataCsv: true,
      dataTags: true,
      dataSources: true,
      cite: true, // the citation block and citation_* meta of article pages
    },
    permalinks: {
      article: "/:year/:month/:day/:slug/",
      undatedArticle: "/undated/:slug/",
      home: "/",
      years: "/years/",
      year: "/:year/",
      month: "/:year/:month/",
      day: "/:year/:month/:day/",
      tags: "/tags/",
      tagLetter: "/tags/letter/:letter/",
      tag: "/tags/:tag/",
      sources: "/sources/",
      source: "/sources/:source/",
      authors: "/authors/",
      author: "/authors/:author/",
      latest: "/latest/",
      undated: "/undated/",
      notFound: "/404.html",
      stylesheet: "/news-archive.css",
      search: "/tim-kiem/", // "/search/" when locale is "en" and this is not set
      searchScript: "/news-archive-search.js",
      pageSuffix: "page/:n/",
      atomFeed: "feed.xml",
      jsonFeed: "feed.json",
      sitemap: "/sitemap.xml",
      sitemapPart: "/sitemap-:n.xml",
      robots: "/robots.txt",
      onThisDay: "/ngay-nay/:month-:day/", // "/on-this-day/:month-:day/" when locale is "en" and this is not set
      onThisDayIndex: "/ngay-nay/", // "/on-this-day/" likewise
      data: "/data/",
      dataJsonl: "/data/articles.jsonl",
      dataCsv: "/data/articles.csv",
      dataTags: "/data/tags.json",
      dataSources: "/data/sources.json",
    },
    site: {
      title: "Lưu trữ tin tức",
      description: "",
      url: "",
    },
    failOnError: true,
    printWarnings: true,
    slugMaxLength: DEFAULT_SLUG_MAX_LENGTH, // 80
    furniture: true,
    readAhead: true,
    cache: ".cache/news-archive",
    partialRebuilds: true,
    outputBytes: true,
    search: true,
    tags: {
      mode: TAG_DEFAULTS.mode, // "auto"
      maxTags: TAG_DEFAULTS.maxTags, // 8
      minScore: TAG_DEFAULTS.minScore, // 2
      minArticles: 2,
      stopList: [],
      taxonomy: [],
    },
  };
}

/** A bad option value: names the plugin, the option and the value received. */
export class NewsArchiveOptionError extends Error {
  constructor(option: string, value: unknown, expected: string) {
    super(`news-archive: option \`${option}\` is ${JSON.stringify(value)}; expected ${expected}.`);
    this.name = "NewsArchiveOptionError";
  }
}

/** Patterns of single files rather than folders. */
const FILE_PATTERNS = new Set<keyof PermalinkPatterns>(["notFound", "stylesheet", "searchScript", "atomFeed", "jsonFeed", "sitemap", "sitemapPart", "robots", "dataJsonl", "dataCsv", "dataTags", "dataSources"]);

const REQUIRED_TOKENS: Partial<Record<keyof PermalinkPatterns, readonly string[]>> = {
  article: [":slug"],
  undatedArticle: [":slug"],
  year: [":year"],
  month: [":year", ":month"],
  day: [":year", ":month", ":day"],
  tag: [":tag"],
  source: [":source"],
  author: [":author"],
  tagLetter: [":letter"],
  pageSuffix: [":n"],
  sitemapPart: [":n"],
  onThisDay: [":month", ":day"],
};

/** Merge user options over the defaults, then validate; throws NewsArchiveOptionError. */
export function resolveOptions(user: UserOptions = {}): NewsArchiveOptions {
  if (user === null || typeof user !== "object" || Array.isArray(user)) {
    throw new NewsArchiveOptionError("(options)", user, "an object");
  }
  const d = getDefaults();
  const known = new Set(Object.keys(d));
  for (const key of Object.keys(user)) {
    if (!known.has(key)) throw new NewsArchiveOptionError(key, (user as Record<string, unknown>)[key], `no such option (known: ${[...known].join(", ")})`);
  }
  const merged: NewsArchiveOptions = {
    ...d,
    ...(user as Partial<NewsArchiveOptions>),
    pages: mergeSection("pages", d.pages, user.pages),
    permalinks: mergeSection("permalinks", d.permalinks, user.permalinks),
    site: mergeSection("site", d.site, user.site),
    tags: mergeSection("tags", d.tags, user.tags),
  };
  // The search page's default URL speaks the UI's language.
  if (user.permalinks?.search === undefined && merged.locale === "en") merged.permalinks.search = "/search/";
  if (merged.locale === "en") {
    if (user.permalinks?.onThisDay === undefined) merged.permalinks.onThisDay = "/on-this-day/:month-:day/";
    if (user.permalinks?.onThisDayIndex === undefined) merged.permalinks.onThisDayIndex = "/on-this-day/";
  }
  validate(merged);
  return merged;
}

function mergeSection<T extends object>(name: string, base: T, over: unknown): T {
  if (over === undefined) return { ...base };
  if (over === null || typeof over !== "object" || Array.isArray(over)) {
    throw new NewsArchiveOptionError(name, over, "an object");
  }
  for (const key of Object.keys(over)) {
    if (!(key in base)) throw new NewsArchiveOptionError(`${name}.${key}`, (over as Record<string, unknown>)[key], `no such option (known: ${Object.keys(base).join(", ")})`);
  }
  return { ...base, ...(over as Partial<T>) };
}

function validate(o: NewsArchiveOptions): void {
  if (typeof o.newsFolder !== "string" || o.newsFolder.trim() === "" || o.newsFolder.startsWith("/") || o.newsFolder.split(/[\\/]/).includes("..")) {
    throw new NewsArchiveOptionError("newsFolder", o.newsFolder, "a non-empty folder path relative to the input folder");
  }
  if (!isUsableZone(o.zone)) {
    throw new NewsArchiveOptionError("zone", o.zone, 'an IANA time zone such as "Asia/Ho_Chi_Minh"');
  }
  if (o.locale !== "vi" && o.locale !== "en") {
    throw new NewsArchiveOptionError("locale", o.locale, '"vi" or "en"');
  }
  const ranges = { pageSize: [1, 100000], homeSize: [1, 100000], latestSize: [1, 10000000], slugMaxLength: [1, 100000], feedSize: [1, 10000], termFeedSize: [1, 10000], termFeedMinArticles: [1, 10000000], relatedSize: [0, 100], sitemapMaxUrls: [1, 50000] } as const;
  for (const [key, [min, max]] of Object.entries(ranges) as [keyof typeof ranges, readonly [number, number]][]) {
    const v = o[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      throw new NewsArchiveOptionError(key, v, `a whole number from ${min} to ${max}`);
    }
  }
  for (const [key, v] of Object.entries(o.pages)) {
    if (typeof v !== "boolean") throw new NewsArchiveOptionError(`pages.${key}`, v, "true or false");
  }
  for (const [key, v] of Object.entries(o.permalinks) as [keyof PermalinkPatterns, unknown][]) {
    const name = `permalinks.${key}`;
    if (typeof v !== "string" || v === "") throw new NewsArchiveOptionError(name, v, "a non-empty URL pattern");
    const suffix = key === "pageSuffix" || key === "atomFeed" || key === "jsonFeed";
    if (!suffix && !v.startsWith("/")) throw new NewsArchiveOptionError(name, v, 'a pattern starting with "/"');
    if ((key === "atomFeed" || key === "jsonFeed") && !/^[^/?#\s][^?#\s]*[^/?#\s]$/.test(v)) throw new NewsArchiveOptionError(name, v, 'a file name such as "feed.xml", without a leading or trailing "/"');
    if (!FILE_PATTERNS.has(key) && !v.endsWith("/")) throw new NewsArchiveOptionError(name, v, 'a pattern ending with "/"');
    for (const token of REQUIRED_TOKENS[key] ?? []) {
      if (!v.includes(token)) throw new NewsArchiveOptionError(name, v, `a pattern containing ${token}`);
    }
  }
  for (const key of ["title", "description", "url"] as const) {
    if (typeof o.site[key] !== "string") throw new NewsArchiveOptionError(`site.${key}`, o.site[key], "a string");
  }
  if (o.site.url !== "" && !/^https?:\/\/[^/]+/.test(o.site.url)) {
    throw new NewsArchiveOptionError("site.url", o.site.url, 'an absolute http(s) URL such as "https://example.org" or ""');
  }
  if (!TAG_MODES.includes(o.tags.mode)) throw new NewsArchiveOptionError("tags.mode", o.tags.mode, TAG_MODES.map((m) => `"${m}"`).join(", "));
  for (const key of ["maxTags", "minScore", "minArticles"] as const) {
    const v = o.tags[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 1000) throw new NewsArchiveOptionError(`tags.${key}`, v, "a whole number from 0 to 1000");
  }
  if (!Array.isArray(o.tags.stopList) || !o.tags.stopList.every((w) => typeof w === "string")) {
    throw new NewsArchiveOptionError("tags.stopList", o.tags.stopList, "an array of strings");
  }
  if (!Array.isArray(o.tags.taxonomy) || !o.tags.taxonomy.every((t) => typeof t?.name === "string" && (t.aliases === undefined || Array.isArray(t.aliases)))) {
    throw new NewsArchiveOptionError("tags.taxonomy", o.tags.taxonomy, 'an array of { name: string, aliases?: string[] }');
  }
  if (o.cache !== false && (typeof o.cache !== "string" || o.cache.trim() === "")) throw new NewsArchiveOptionError("cache", o.cache, 'a folder such as ".cache/news-archive", or false');
  for (const key of ["failOnError", "printWarnings", "readAhead", "partialRebuilds", "outputBytes", "search", "furniture"] as const) {
    if (typeof o[key] !== "boolean") throw new NewsArchiveOptionError(key, o[key], "true or false");
  }
}

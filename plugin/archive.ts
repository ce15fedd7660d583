/**
 * This build's archive: raw files (already parsed) plus directory data →
 * article data, URLs, the archive index, the article pages' views, the
 * collection items users' templates get, and the archive-wide diagnostics.
 * Computed once per build, before Eleventy reads any template.
 */
import path from "node:path";
import { DateTime } from "luxon";
import { assignPermalinks, type PermalinkInput } from "./core/assign-permalinks.ts";
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord, type IndexedArticle, type TrailStep } from "./core/archive-index.ts";
import { dateKeys, isOffsetForm } from "./core/format-date.ts";
import { bodyText } from "./core/render-body.ts";
import { keepCommonTags } from "./core/tags/archive-tags.ts";
import type { Diagnostic } from "./core/types.ts";
import { mergeData, type Data, type DirectoryData } from "./directory-data.ts";
import { calendarLabels, dateLabels, onThisDayLabels } from "./i18n.ts";
import type { NewsFile } from "./news-reader.ts";
import type { NewsArchiveOptions } from "./options.ts";

/** What an article page is rendered from (the pagination alias `newsView`). */
export interface ArticleView {
  url: string;
  /** The raw file's Eleventy-style input path (`./src/news/a.txt`), the article's id in the index. */
  id: string;
  title: string;
  article: IndexedArticle;
  /** Published just before (older) and after (newer). */
  prev: IndexedArticle | null;
  next: IndexedArticle | null;
  /** Up to `relatedSize` related articles, best first. */
  related: IndexedArticle[];
  /** Breadcrumb: year › month › day (empty when undated). */
  trail: TrailStep[];
  /** The article's full data: derived fields, front matter, directory data. */
  data: Data;
}

/** An article as an entry of `collections.newsArticles`, shaped like Eleventy's own collection items. */
export interface NewsItem {
  inputPath: string;
  fileSlug: string;
  filePathStem: string;
  url: string;
  outputPath: string;
  date: Date;
  data: Data;
  readonly content: string;
  readonly templateContent: string;
}

export interface Archive {
  index: ArchiveIndex;
  /** Dated articles newest first, then undated ones. */
  views: ArticleView[];
  viewsById: Map<string, ArticleView>;
  items: Map<string, NewsItem>;
  /** What each article page depends on besides its view: the raw file's bytes and its directory data. */
  sourcePrints: Map<string, string>;
  filesRead: number;
  diagnostics: Diagnostic[];
  body(id: string): string;
  /** The article's paragraphs and captions as plain text (for the search index). */
  text(id: string): string[];
  /** The body's word count. */
  words(id: string): number;
  /** The article's raw file relative to the news folder, `/`-separated (for the open data). */
  newsFile(id: string): string;
}

/** Derived fields that are empty when the text does not give them, so directory data can supply them. */
const OMIT_WHEN_EMPTY = ["date", "source", "sourceUrl", "author", "dateLine", "lead"];

export interface ArchiveContext {
  options: NewsArchiveOptions;
  inputDir: string;
  outputDir: string;
  directoryData: DirectoryData;
  /** Kept between builds in one process: what each unchanged file gave the last build. */
  memo?: ArchiveMemo;
  /** Called after each step with its name (profiling). */
  lap?: (step: string) => void;
}

/** What one raw file gives the archive that depends only on its parse result and its folder's data. */
interface FileFacts {
  dirPrint: string;
  data: Data;
  relative: string;
  iso: string | null;
  updated: string | null;
  keys: ReturnType<typeof dateKeys> | null;
  epochMs: number | null;
}

/** Facts by parse result: the reader hands an unchanged file's same `NewsFile` to the next build. */
export type ArchiveMemo = WeakMap<NewsFile, FileFacts>;

export async function buildArchive(files: readonly NewsFile[], ctx: ArchiveContext): Promise<Archive> {
  const o = ctx.options;
  const diagnostics: Diagnostic[] = [];
  const inputRoot = path.resolve(ctx.inputDir);
  let published: { file: NewsFile; id: string; data: Data; dirPrint: string; facts: FileFacts; tags: string[] }[] = [];
  // A byte-identical copy (another name, a link) would be a second page of one article: the first by path is published.
  const firstByHash = new Map<string, NewsFile>();

  for (const file of files) {
    diagnostics.push(...file.result.diagnostics);
    if (file.hash !== null) {
      const original = firstByHash.get(file.hash);
      if (original) {
        diagnostics.push({
          severity: "warning",
          ruleId: "duplicate-article",
          reason: `This file is byte for byte the same as ${original.display}; the article is published once, from ${original.display}. Delete one of the two.`,
          file: file.display,
          line: 1,
          column: 1,
        });
        continue;
      }
      firstByHash.set(file.hash, file);
    }
    const folder = await ctx.directoryData.forFolder(path.dirname(file.key));
    let facts = ctx.memo?.get(file);
    if (!facts || facts.dirPrint !== folder.fingerprint) {
      const own: Data = { ...file.result.data };
      for (const key of OMIT_WHEN_EMPTY) if (own[key] === null || own[key] === "") delete own[key];
      const merged = mergeData(folder.data, own);
      const iso = isoDate(merged.date, o.zone);
      facts = {
        dirPrint: folder.fingerprint,
        data: merged,
        relative: path.relative(inputRoot, file.key).split(path.sep).join("/"),
        iso,
        updated: isoDate(merged.updated, o.zone),
        keys: iso ? dateKeys(iso, o.zone) : null,
        epochMs: iso ? Date.parse(iso) : null,
      };
      ctx.memo?.set(file, facts);
    }
    const data = facts.data;
    if (file.result.data.title === "") continue; // the parser named why (missing-title, invalid-encoding, unreadable-file)
    if (data.draft === true || data.permalink === false) {
      diagnostics.push({
        severity: "info",
        ruleId: "unpublished",
        reason: data.draft === true ? "`draft: true`: the article is not published." : "`permalink: false`: the article is not published.",
        file: file.display,
        line: file.result.keyLines?.[data.draft === true ? "draft" : "permalink"] ?? 1,
        column: 1,
      });
      continue;
    }
    published.push({ file, id: eleventyInputPath(file.key), data, dirPrint: folder.fingerprint, facts, tags: [] });
  }
  diagnostics.push(...ctx.directoryData.diagnostics);
  ctx.lap?.("files");
  const tagsOf = keepCommonTags(published.map((p) => p.data), o.tags.minArticles);
  // `tags` as the pages show them: without the derived ones too rare to keep.
  for (const p of published) p.tags = tagsOf(p.data);
  ctx.lap?.("common tags");

  // URLs: derived from date and slug, or the front matter's permalink; collisions resolved over the whole archive.
  // A permalink that takes a generated page's URL is refused and the URLs assigned again without it.
  const labels = dateLabels(o.locale);
  const refused = new Set<string>();
  let index: ArchiveIndex;
  for (let pass = 1; ; pass++) {
    const inputs: PermalinkInput[] = published.map(({ file, data, facts }) => ({
      id: facts.relative,
      file: file.display,
      slug: typeof data.slug === "string" ? data.slug : "",
      keys: facts.keys,
      epochMs: facts.epochMs,
      permalink: typeof data.permalink === "string" && !refused.has(facts.relative) ? data.permalink : null,
      permalinkLine: file.result.keyLines?.permalink,
    }));
    const assigned = assignPermalinks(inputs, o.permalinks);
    ctx.lap?.("permalinks");
    const records: ArticleRecord[] = published.map(({ id, data, facts, tags }, i) => ({
      id,
      url: assigned.urls.get(inputs[i]!.id) ?? "",
      title: String(data.title ?? ""),
      date: facts.iso,
      dateHasTime: data.dateHasTime !== false,
      updated: facts.updated,
      lead: typeof data.lead === "string" ? data.lead : "",
      author: typeof data.author === "string" && data.author.trim() !== "" ? data.author : null,
      source: typeof data.source === "string" && data.source.trim() !== "" ? data.source : null,
      tags,
    }));
    index = buildArchiveIndex(records, {
      zone: o.zone,
      pageSize: o.pageSize,
      permalinks: o.permalinks,
      pages: o.pages,
      homeSize: o.homeSize,
      latestSize: o.latestSize,
      relatedMax: o.relatedSize,
      feeds: {
        size: o.feedSize,
        termSize: o.termFeedSize,
        termMinArticles: o.termFeedMinArticles,
        atomSuffix: o.permalinks.atomFeed,
        jsonSuffix: o.permalinks.jsonFeed,
        scopes: { archive: o.pages.feed, tag: o.pages.tagFeed, source: o.pages.sourceFeed, author: o.pages.authorFeed },
      },
      labels,
      calendar: o.pages.calendar ? calendarLabels(o.locale) : undefined,
      onThisDay: o.pages.onThisDay
        ? { pattern: o.permalinks.onThisDay, indexUrl: o.pages.onThisDayIndex ? o.permalinks.onThisDayIndex : null, labels: onThisDayLabels(o.locale) }
        : undefined,
      dateKeys,
      formatDate: labels.formatDate,
      collation: "vi",
    });
    ctx.lap?.("index");
    const taken = generatedUrls(index, o);
    const clashes = published.map((p, i) => ({ p, input: inputs[i]!, url: records[i]!.url })).filter((c) => taken.has(samePage(c.url)));
    const explicit = clashes.filter((c) => c.input.permalink);
    if (explicit.length > 0 && pass === 1) {
      for (const c of explicit) {
        refused.add(c.input.id);
        diagnostics.push({
          severity: "error",
          ruleId: "permalink-conflict",
          reason: `Front matter asks for permalink ${c.url}, which is a page the archive generates; the article is published at its derived URL instead. Choose another permalink.`,
          file: c.p.file.display,
          line: c.input.permalinkLine ?? 1,
          column: 1,
        });
      }
      continue;
    }
    diagnostics.push(...assigned.diagnostics);
    if (clashes.length > 0) {
      // Only the URL patterns themselves can make an article's derived URL a generated page's: never overwrite it.
      const gone = new Set(clashes.map((c) => c.p.id));
      for (const c of clashes) {
        diagnostics.push({
          severity: "error",
          ruleId: "permalink-conflict",
          reason: `The article's URL ${c.url} is also a page the archive generates, so it was not published. Set \`slug\` in its front matter, or change the \`permalinks\` option.`,
          file: c.p.file.display,
          line: 1,
          column: 1,
        });
      }
      published = published.filter((p) => !gone.has(p.id));
      continue;
    }
    break;
  }
  const byId = new Map(published.map((p) => [p.id, p]));
  diagnostics.push(...variantDiagnostics(index, (id) => byId.get(id)?.file.display ?? id));

  const body = (id: string) => byId.get(id)?.file.html ?? "";
  const views: ArticleView[] = [];
  const viewsById = new Map<string, ArticleView>();
  const items = new Map<string, NewsItem>();
  const sourcePrints = new Map<string, string>();
  for (const article of index.dated.concat(index.undated)) {
    const p = byId.get(article.id)!;
    const n = index.neighbours.get(article.id) ?? { prev: null, next: null };
    const data: Data = { ...p.data, title: article.title, tags: [...p.tags] };
    const related = index.related.get(article.id) ?? [];
    const trail = article.keys ? index.dayTrails.get(`${article.keys.year}-${article.keys.month}-${article.keys.day}`) ?? [] : [];
    const view: ArticleView = { url: article.url, id: article.id, title: article.title, article, prev: n.prev, next: n.next, related, trail, data };
    views.push(view);
    viewsById.set(view.id, view);
    sourcePrints.set(view.id, `${p.file.hash}|${p.dirPrint}`);
    items.set(view.id, collectionItem(view, p.file, inputRoot, ctx.outputDir, body));
  }
  ctx.lap?.("views");
  const text = (id: string) => bodyText(body(id));
  const newsRoot = path.join(inputRoot, o.newsFolder);
  const newsFile = (id: string) => {
    const p = byId.get(id);
    return p ? path.relative(newsRoot, p.file.key).split(path.sep).join("/") : "";
  };
  const words = (id: string) => byId.get(id)?.file.words ?? 0;
  return { index, views, viewsById, items, sourcePrints, filesRead: files.length, diagnostics, body, text, words, newsFile };
}

/** `/a/index.html` and `/a/` are one output file. */
export function samePage(url: string): string {
  return url.replace(/(^|\/)index\.html?$/i, "$1");
}

/** Every URL a generated page (not an article) of this build uses. */
export function generatedUrls(index: ArchiveIndex, o: NewsArchiveOptions): Set<string> {
  const out = new Set<string>();
  for (const kind of Object.keys(index.pages) as (keyof ArchiveIndex["pages"])[]) for (const p of index.pages[kind]) out.add(samePage(p.url));
  for (const f of index.feeds) out.add(f.url);
  for (const p of index.tagLetterPages) out.add(samePage(p.url));
  for (const p of index.onThisDay) out.add(samePage(p.url));
  const p = o.permalinks;
  const single = {
    home: p.home,
    years: p.years,
    tags: p.tags,
    sources: p.sources,
    authors: p.authors,
    notFound: p.notFound,
    robots: p.robots,
    onThisDayIndex: p.onThisDayIndex,
    data: p.data,
    dataJsonl: p.dataJsonl,
    dataCsv: p.dataCsv,
    dataTags: p.dataTags,
    dataSources: p.dataSources,
  } as const;
  for (const [kind, url] of Object.entries(single)) if (o.pages[kind as keyof typeof single]) out.add(samePage(url));
  if (o.pages.sitemap && o.site.url !== "") {
    out.add(p.sitemap);
    // The parts' URLs, as far as a conflict could matter: the first few.
    for (let n = 1; n <= 10; n++) out.add(p.sitemapPart.replace(/:n\b/g, String(n)));
  }
  out.add(samePage(p.stylesheet));
  if (o.search) {
    out.add(samePage(o.permalinks.search));
    out.add(samePage(o.permalinks.searchScript));
  }
  return out;
}

/** Eleventy's spelling of an input path: relative to the working folder, with a leading `./`. */
export function eleventyInputPath(absolute: string): string {
  return `./${path.relative(process.cwd(), absolute).split(path.sep).join("/")}`;
}

function collectionItem(view: ArticleView, file: NewsFile, inputRoot: string, outputDir: string, body: (id: string) => string): NewsItem {
  const relative = path.relative(inputRoot, file.key).split(path.sep).join("/");
  const stem = `/${relative.replace(/\.[^./]+$/, "")}`;
  const date = view.article.date ? new Date(view.article.epochMs!) : new Date(file.mtimeMs);
  const url = view.url;
  return {
    inputPath: view.id,
    fileSlug: path.basename(stem),
    filePathStem: stem,
    url,
    outputPath: path.join(outputDir, decodeURI(url), url.endsWith("/") ? "index.html" : ""),
    date,
    data: view.data,
    get content() {
      return body(view.id);
    },
    get templateContent() {
      return body(view.id);
    },
  };
}

/**
 * Undeclared spelling variants merged onto one page: a tag is worth an
 * editor's look (declare an alias to silence it), a source is informational.
 */
function variantDiagnostics(index: ArchiveIndex, fileOf: (id: string) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const v of index.mergedVariants) {
    v.names.forEach((name, i) => {
      if (name === v.shown) return;
      out.push({
        severity: v.kind === "tag" ? "warning" : "info",
        ruleId: `${v.kind}-variants`,
        reason:
          v.kind === "tag"
            ? `Tag "${name}" is written without accents, and more than one tag of the archive could be meant; it is filed under "${v.shown}", the most used. If it means another, write it with its accents, or declare it as an alias in _data/newsTaxonomy.json.`
            : `Source "${name}" differs from "${v.shown}" only in case or diacritics; they share one page, shown as "${v.shown}".`,
        file: fileOf(v.firstUse[i]!),
        line: 1,
        column: 1,
      });
    });
  }
  return out;
}

/** A `date` from the data as ISO with offset: the parser's string, or a Date/DateTime someone set in data. */
export function isoDate(value: unknown, zone: string): string | null {
  if (typeof value === "string" && value !== "") {
    // The form every dated article has (the parser writes it) is kept as written, once it names a real instant.
    if (isOffsetForm(value)) return value;
    // A string without an offset (`2021-12-08`) is read in the archive's zone, never the machine's.
    const dt = DateTime.fromISO(value, { zone, setZone: true });
    return dt.isValid ? (/(?:Z|[+-]\d\d:?\d\d)$/.test(value) ? value : dt.toISO()) : null;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).setZone(zone).toISO();
  return null;
}

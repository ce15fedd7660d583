/**
 * This build's archive: raw files (already parsed) plus directory data →
 * article data, URLs, the archive index, the article pages' views, the
 * collection items users' templates get, and the archive-wide diagnostics.
 * Computed once per build, before Eleventy reads any template.
 */
import path from "node:path";
import { DateTime } from "luxon";
import { assignPermalinks, type PermalinkInput } from "./core/assign-permalinks.ts";
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord, type IndexedArticle } from "./core/archive-index.ts";
import { dateKeys } from "./core/format-date.ts";
import type { Diagnostic } from "./core/types.ts";
import { mergeData, type Data, type DirectoryData } from "./directory-data.ts";
import { dateLabels } from "./i18n.ts";
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
}

/** Keys Eleventy would interpret in a template; in a raw file's front matter they have no meaning and are ignored. */
const ELEVENTY_KEYS = new Set([
  "page", "content", "collections", "eleventy", "pkg", "pagination", "layout", "eleventyComputed",
  "eleventyExcludeFromCollections", "templateEngineOverride", "eleventyImport", "eleventyNavigation",
  "dynamicPermalink", "permalinkBypassOutputDir", "eleventyDataSchema", "eleventyAllowMissingExtension",
]);

/** Derived fields that are empty when the text does not give them, so directory data can supply them. */
const OMIT_WHEN_EMPTY = ["date", "source", "sourceUrl", "author", "dateLine", "lead"];

export interface ArchiveContext {
  options: NewsArchiveOptions;
  inputDir: string;
  outputDir: string;
  directoryData: DirectoryData;
}

export async function buildArchive(files: readonly NewsFile[], ctx: ArchiveContext): Promise<Archive> {
  const o = ctx.options;
  const diagnostics: Diagnostic[] = [];
  const inputRoot = path.resolve(ctx.inputDir);
  const published: { file: NewsFile; id: string; data: Data; dirPrint: string }[] = [];

  for (const file of files) {
    diagnostics.push(...file.result.diagnostics);
    const own: Data = { ...file.result.data };
    for (const key of OMIT_WHEN_EMPTY) if (own[key] === null || own[key] === "") delete own[key];
    for (const key of Object.keys(own)) {
      if (!ELEVENTY_KEYS.has(key)) continue;
      delete own[key];
      diagnostics.push({
        severity: "warning",
        ruleId: "reserved-key",
        reason: `Front matter key \`${key}\` belongs to Eleventy and has no meaning in a raw article; it was ignored.`,
        file: file.display,
        line: 1,
        column: 1,
      });
    }
    const folder = await ctx.directoryData.forFolder(path.dirname(file.key));
    const data = mergeData(folder.data, own);
    if (data.draft === true || data.permalink === false || file.result.data.title === "") continue;
    published.push({ file, id: eleventyInputPath(file.key), data, dirPrint: folder.fingerprint });
  }
  diagnostics.push(...ctx.directoryData.diagnostics);

  // URLs: derived from date and slug, or the front matter's permalink; collisions resolved over the whole archive.
  const inputs: PermalinkInput[] = published.map(({ file, id, data }) => {
    const iso = isoDate(data.date, o.zone);
    return {
      id: path.relative(inputRoot, file.key).split(path.sep).join("/"),
      file: file.display,
      slug: typeof data.slug === "string" ? data.slug : "",
      keys: iso ? dateKeys(iso, o.zone) : null,
      epochMs: iso ? Date.parse(iso) : null,
      permalink: typeof data.permalink === "string" ? data.permalink : null,
    };
  });
  const assigned = assignPermalinks(inputs, o.permalinks);
  diagnostics.push(...assigned.diagnostics);

  const records: ArticleRecord[] = published.map(({ id, data }, i) => ({
    id,
    url: assigned.urls.get(inputs[i]!.id) ?? "",
    title: String(data.title ?? ""),
    date: isoDate(data.date, o.zone),
    dateHasTime: data.dateHasTime !== false,
    lead: typeof data.lead === "string" ? data.lead : "",
    author: typeof data.author === "string" && data.author.trim() !== "" ? data.author : null,
    source: typeof data.source === "string" && data.source.trim() !== "" ? data.source : null,
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string" && t.trim() !== "") : [],
  }));
  const labels = dateLabels(o.locale);
  const index = buildArchiveIndex(records, {
    zone: o.zone,
    pageSize: o.pageSize,
    permalinks: o.permalinks,
    pages: o.pages,
    labels,
    dateKeys,
    formatDate: labels.formatDate,
    collation: "vi",
  });
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
    const data: Data = { ...p.data, title: article.title };
    const view: ArticleView = { url: article.url, id: article.id, title: article.title, article, prev: n.prev, next: n.next, data };
    views.push(view);
    viewsById.set(view.id, view);
    sourcePrints.set(view.id, `${p.file.hash}|${p.dirPrint}`);
    items.set(view.id, collectionItem(view, p.file, inputRoot, ctx.outputDir, body));
  }
  return { index, views, viewsById, items, sourcePrints, filesRead: files.length, diagnostics, body };
}

/** Eleventy's spelling of an input path: relative to the working folder, with a leading `./`. */
function eleventyInputPath(absolute: string): string {
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
            ? `Tag "${name}" differs from "${v.shown}" only in case or diacritics; they share one page, shown as "${v.shown}". Declare "${name}" as an alias in _data/newsTaxonomy.json to silence this.`
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
    // A string without an offset (`2021-12-08`) is read in the archive's zone, never the machine's.
    const dt = DateTime.fromISO(value, { zone, setZone: true });
    return dt.isValid ? (/(?:Z|[+-]\d\d:?\d\d)$/.test(value) ? value : dt.toISO()) : null;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).setZone(zone).toISO();
  return null;
}

/**
 * Collections for users' templates and for the generated pages. The archive
 * index is computed once per build, at the first collection call, from the
 * final data cascade (so front matter and directory data count), then shared.
 */
import { DateTime } from "luxon";
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord } from "./core/archive-index.ts";
import { dateKeys } from "./core/format-date.ts";
import { dateLabels } from "./i18n.ts";
import type { NewsArchiveOptions } from "./options.ts";
import type { CollectionApi, CollectionItem, EleventyConfig } from "./eleventy-types.ts";

export class ArchiveIndexer {
  private cached: { index: ArchiveIndex; items: Map<string, CollectionItem> } | null = null;

  constructor(private readonly options: NewsArchiveOptions) {}

  reset(): void {
    this.cached = null;
  }

  /** The index of the current build, or null before collections ran. */
  get current(): ArchiveIndex | null {
    return this.cached?.index ?? null;
  }

  get(api: CollectionApi): { index: ArchiveIndex; items: Map<string, CollectionItem> } {
    if (!this.cached) this.cached = this.compute(api);
    return this.cached;
  }

  private compute(api: CollectionApi): { index: ArchiveIndex; items: Map<string, CollectionItem> } {
    const o = this.options;
    const records: ArticleRecord[] = [];
    const items = new Map<string, CollectionItem>();
    for (const item of api.getAll()) {
      const d = item.data;
      if (typeof d.newsFile !== "string" || d.draft === true || item.url === false) continue;
      items.set(item.inputPath, item);
      records.push({
        id: item.inputPath,
        url: item.url,
        title: String(d.title ?? ""),
        date: isoDate(d.date, o.zone),
        dateHasTime: d.dateHasTime !== false,
        lead: typeof d.lead === "string" ? d.lead : "",
        author: typeof d.author === "string" ? d.author : null,
        source: typeof d.source === "string" && d.source.trim() !== "" ? d.source : null,
        tags: Array.isArray(d.newsTags) ? d.newsTags.filter((t): t is string => typeof t === "string" && t.trim() !== "") : [],
      });
    }
    const labels = dateLabels(o.locale);
    const index = buildArchiveIndex(records, {
      zone: o.zone,
      pageSize: o.pageSize,
      permalinks: o.permalinks,
      labels,
      dateKeys,
      formatDate: labels.formatDate,
      collation: "vi",
    });
    return { index, items };
  }
}

/** A `date` from the cascade as ISO with offset: the parser's string, or a Date/DateTime someone set in data. */
function isoDate(value: unknown, zone: string): string | null {
  if (typeof value === "string" && value !== "") {
    // A string without an offset (`2021-12-08`) is read in the archive's zone, never the machine's.
    const dt = DateTime.fromISO(value, { zone, setZone: true });
    return dt.isValid ? (/(?:Z|[+-]\d\d:?\d\d)$/.test(value) ? value : dt.toISO()) : null;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return DateTime.fromJSDate(value).setZone(zone).toISO();
  return null;
}

/** Collections a user's own templates can use (`collections.newsArticles` …). */
export function registerCollections(eleventyConfig: EleventyConfig, indexer: ArchiveIndexer): void {
  const itemsOf = (api: CollectionApi, ids: readonly { id: string }[]) => {
    const { items } = indexer.get(api);
    return ids.map((a) => items.get(a.id)!);
  };
  const grouped = (api: CollectionApi, keyOf: (a: { keys: { year: string; month: string; day: string } | null }) => string | null) => {
    const { index, items } = indexer.get(api);
    const out: Record<string, CollectionItem[]> = {};
    // Oldest first inside each group, like Eleventy's own collections.
    for (let i = index.dated.length - 1; i >= 0; i--) {
      const a = index.dated[i]!;
      const key = keyOf(a);
      if (key === null) continue;
      (out[key] ??= []).push(items.get(a.id)!);
    }
    return out;
  };

  // All published dated articles, oldest first (Eleventy's convention), then undated ones.
  eleventyConfig.addCollection("newsArticles", (api) => {
    const { index } = indexer.get(api);
    return itemsOf(api, [...index.dated].reverse().concat(index.undated));
  });
  eleventyConfig.addCollection("newsUndated", (api) => itemsOf(api, indexer.get(api).index.undated));
  eleventyConfig.addCollection("newsByYear", (api) => grouped(api, (a) => a.keys!.year));
  eleventyConfig.addCollection("newsByMonth", (api) => grouped(api, (a) => `${a.keys!.year}-${a.keys!.month}`));
  eleventyConfig.addCollection("newsByDay", (api) => grouped(api, (a) => `${a.keys!.year}-${a.keys!.month}-${a.keys!.day}`));
  eleventyConfig.addCollection("newsByTag", (api) => {
    const { index, items } = indexer.get(api);
    return Object.fromEntries(index.tags.map((t) => [t.key, t.articles.map((a) => items.get(a.id)!)]));
  });
  eleventyConfig.addCollection("newsBySource", (api) => {
    const { index, items } = indexer.get(api);
    return Object.fromEntries(index.sources.map((s) => [s.key, s.articles.map((a) => items.get(a.id)!)]));
  });
  // The whole precomputed index (plain data) and the list pages the generated pages paginate over.
  eleventyConfig.addCollection("newsIndex", (api) => indexer.get(api).index);
  for (const kind of ["year", "month", "day", "tag", "source", "undated"] as const) {
    eleventyConfig.addCollection(pagesCollectionName(kind), (api) => indexer.get(api).index.pages[kind]);
  }
}

export function pagesCollectionName(kind: string): string {
  return `newsPages${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

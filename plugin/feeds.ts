/**
 * Filters of the feed layouts. Dates are the archive's own ISO strings, with
 * the zone's offset (`2021-12-08T17:50:00+07:00`), never converted to UTC.
 * Ids are the page's absolute URL when `site.url` is set, otherwise a UUID
 * derived from the page's path: both stay the same from build to build.
 */
import { createHash } from "node:crypto";
import type { ArchiveEngine } from "./engine.ts";
import type { FeedPage, IndexedArticle } from "./core/archive-index.ts";
import { absoluteUrl } from "./filters.ts";
import type { NewsArchiveOptions } from "./options.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** RFC 4122 name-based (SHA-1, version 5) UUID of `name` in the URL namespace. */
export function uuidFromName(name: string): string {
  const ns = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const h = createHash("sha1").update(ns).update(name, "utf8").digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function feedId(url: string, siteUrl: string, pathPrefix: string): string {
  return siteUrl ? absoluteUrl(url, siteUrl, pathPrefix) : uuidFromName(`news-archive:${url}`);
}

export interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: Record<string, unknown>[];
}

export function registerFeedFilters(eleventyConfig: EleventyConfig, engine: ArchiveEngine, options: NewsArchiveOptions, language: string): void {
  const prefix = () => eleventyConfig.pathPrefix ?? "/";
  const abs = (url: string) => absoluteUrl(url, options.site.url, prefix());
  const title = (feed: FeedPage) => (feed.name ? `${feed.name} · ${options.site.title}` : options.site.title);
  eleventyConfig.addFilter("newsFeedTitle", title);
  eleventyConfig.addFilter("newsFeedId", (url: string) => feedId(String(url), options.site.url, prefix()));
  // JSON Feed 1.1 as data; the layout prints it with `dump`.
  eleventyConfig.addFilter("newsJsonFeed", (feed: FeedPage): JsonFeed => {
    const archive = engine.current.archive;
    const out: JsonFeed = {
      version: "https://jsonfeed.org/version/1.1",
      title: title(feed),
      home_page_url: abs(feed.pageUrl),
      feed_url: abs(feed.url),
      language,
      authors: [{ name: options.site.title }],
      items: feed.entries.map((a: IndexedArticle) => {
        const item: Record<string, unknown> = { id: feedId(a.url, options.site.url, prefix()), url: abs(a.url), title: a.title };
        if (feed.full) item.content_html = archive.body(a.id);
        else item.content_text = a.lead || a.title;
        if (a.lead) item.summary = a.lead;
        item.date_published = a.date;
        if (a.updated) item.date_modified = a.updated;
        const authors = a.authors.length > 0 ? a.authors.map((p) => (p.url ? { name: p.name, url: abs(p.url) } : { name: p.name })) : a.author ? [{ name: a.author }] : [];
        if (authors.length > 0) item.authors = authors;
        if (a.tags.length > 0) item.tags = a.tags.map((t) => t.name);
        return item;
      }),
    };
    if (options.site.description) out.description = options.site.description;
    return out;
  });
}

/**
 * `sitemap.xml` (split under a sitemap index past the limits) and
 * `robots.txt`. The sitemap lists the archive's pages and the site's own
 * pages (Eleventy's collections; `sitemap: false` in a template's data leaves
 * it out). Sitemaps need absolute URLs: without `site.url` there is none,
 * and the build says so once.
 */
import { renderCollectionName } from "./collections.ts";
import { archivePages, buildSitemap, SITEMAP_MAX_BYTES, type SitemapFile } from "./core/sitemap.ts";
import type { ArchiveEngine } from "./engine.ts";
import { absoluteUrl } from "./filters.ts";
import { openDataLinks } from "./open-data.ts";
import type { NewsArchiveOptions } from "./options.ts";
import type { CollectionItem, EleventyConfig } from "./eleventy-types.ts";

export function sitemapEnabled(options: NewsArchiveOptions): boolean {
  return options.pages.sitemap && options.site.url !== "";
}

export function registerSitemap(eleventyConfig: EleventyConfig, engine: ArchiveEngine, options: NewsArchiveOptions, maxBytes = SITEMAP_MAX_BYTES): void {
  if (!sitemapEnabled(options)) return;
  const prefix = () => eleventyConfig.pathPrefix ?? "/";
  eleventyConfig.addCollection(renderCollectionName("sitemap"), (api): SitemapFile[] => {
    const { index } = engine.current.archive;
    const p = options.permalinks;
    const single = [
      index.links.home,
      index.links.years,
      index.links.tags,
      index.links.sources,
      index.links.authors,
      options.search ? p.search : null,
      index.links.onThisDay,
      // The open-data page and its files, for harvesters.
      ...Object.values(openDataLinks(options)),
    ];
    const pages = archivePages(index, single);
    // The site's own pages: HTML only, once each, after the archive's.
    const seen = new Set(pages.map((x) => x.url));
    for (const item of api.getAll()) {
      if (!isSitemapPage(item) || seen.has(item.url as string)) continue;
      seen.add(item.url as string);
      pages.push({ url: item.url as string, lastmod: item.data.date !== undefined && !Number.isNaN(item.date.getTime()) ? item.date.toISOString() : null });
    }
    return buildSitemap(pages, {
      url: p.sitemap,
      partPattern: p.sitemapPart,
      maxUrls: options.sitemapMaxUrls,
      maxBytes,
      absolute: (url) => absoluteUrl(url, options.site.url, prefix()),
    });
  });
}

function isSitemapPage(item: CollectionItem): boolean {
  if (typeof item.url !== "string" || item.data.sitemap === false) return false;
  return item.url.endsWith("/") || item.url.endsWith(".html");
}

/** The line the build prints once when the sitemap is on but cannot be written. */
export function sitemapWarning(options: NewsArchiveOptions): string | null {
  if (!options.pages.sitemap || options.site.url !== "") return null;
  return "news-archive: warning: no sitemap.xml was written: a sitemap needs absolute URLs, and `site.url` is not set. Set `site: { url: \"https://…\" }`, or `pages: { sitemap: false }` to silence this.";
}

/**
 * The sitemap: every page with its last modification, split into files of at
 * most `maxUrls` URLs and `maxBytes` bytes (sitemaps.org: 50,000 and 50 MB)
 * under a sitemap index when one file is not enough. Pure: URLs are made
 * absolute by the caller's function.
 */
import type { ArchiveIndex, IndexedArticle } from "./archive-index.ts";

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C datetime, or null when the page has no meaningful time. */
  lastmod: string | null;
}

export interface SitemapFile {
  /** Site-relative URL of the file. */
  url: string;
  kind: "urlset" | "index";
  entries: SitemapEntry[];
}

export interface SitemapOptions {
  /** URL of `sitemap.xml`: the only sitemap, or the index of the parts. */
  url: string;
  /** URL pattern of the parts, with `:n`. */
  partPattern: string;
  maxUrls: number;
  maxBytes: number;
  absolute: (url: string) => string;
}

export const SITEMAP_MAX_URLS = 50000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/** Bytes of the XML around the entries of one file (declaration, root element). */
const FILE_OVERHEAD = 200;

/** Every page of the archive (not feeds, not the 404 page), site-relative, with its last modification. */
export function archivePages(index: ArchiveIndex, single: readonly (string | null)[]): { url: string; lastmod: string | null }[] {
  const out: { url: string; lastmod: string | null }[] = [];
  const newestAll = newest(index.dated.slice(0, 200));
  for (const url of single) if (url !== null) out.push({ url, lastmod: newestAll });
  for (const kind of ["year", "month", "day", "latest", "tag", "source", "author", "undated"] as const) {
    for (const page of index.pages[kind]) {
      const lastmod = kind === "year" ? newestInYear(index, page.key) : newest(page.items);
      out.push({ url: page.url, lastmod });
    }
  }
  for (const page of index.tagLetterPages) out.push({ url: page.url, lastmod: newestAll });
  for (const page of index.onThisDay) out.push({ url: page.url, lastmod: newest(page.years.flatMap((y) => y.items)) });
  for (const a of index.dated) out.push({ url: a.url, lastmod: a.updated ?? a.date });
  for (const a of index.undated) out.push({ url: a.url, lastmod: null });
  return out;
}

/** The latest `updated` or publication time of some articles. */
export function newest(articles: readonly IndexedArticle[]): string | null {
  let best: string | null = null;
  let bestMs = -Infinity;
  for (const a of articles) {
    const iso = a.updated ?? a.date;
    if (iso === null) continue;
    const ms = Date.parse(iso);
    if (ms > bestMs) (bestMs = ms), (best = iso);
  }
  return best;
}

function newestInYear(index: ArchiveIndex, year: string): string | null {
  // Newest first: the year's first article is its newest publication; a revision may be later.
  return newest(index.dated.filter((a) => a.keys!.year === year).slice(0, 200));
}

/** Split the pages into sitemap files; a single file needs no index. */
export function buildSitemap(pages: readonly { url: string; lastmod: string | null }[], opts: SitemapOptions): SitemapFile[] {
  const parts: SitemapEntry[][] = [[]];
  let bytes = FILE_OVERHEAD;
  for (const p of pages) {
    const entry: SitemapEntry = { loc: opts.absolute(p.url), lastmod: p.lastmod };
    const size = entryBytes(entry);
    const current = parts[parts.length - 1]!;
    if (current.length > 0 && (current.length >= opts.maxUrls || bytes + size > opts.maxBytes)) {
      parts.push([entry]);
      bytes = FILE_OVERHEAD + size;
    } else {
      current.push(entry);
      bytes += size;
    }
  }
  if (parts.length === 1) return [{ url: opts.url, kind: "urlset", entries: parts[0]! }];
  const files: SitemapFile[] = parts.map((entries, i) => ({ url: opts.partPattern.replace(/:n\b/g, String(i + 1)), kind: "urlset", entries }));
  const index: SitemapFile = {
    url: opts.url,
    kind: "index",
    entries: files.map((f) => ({ loc: opts.absolute(f.url), lastmod: latest(f.entries) })),
  };
  return [index, ...files];
}

function latest(entries: readonly SitemapEntry[]): string | null {
  let best: string | null = null;
  let bestMs = -Infinity;
  for (const e of entries) {
    if (e.lastmod === null) continue;
    const ms = Date.parse(e.lastmod);
    if (ms > bestMs) (bestMs = ms), (best = e.lastmod);
  }
  return best;
}

/** UTF-8 bytes of `<url><loc>…</loc><lastmod>…</lastmod></url>` with the XML escapes. */
function entryBytes(e: SitemapEntry): number {
  const loc = e.loc.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return utf8Length(loc) + 30 + (e.lastmod ? e.lastmod.length + 21 : 0);
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) (n += 4), i++;
    else n += 3;
  }
  return n;
}

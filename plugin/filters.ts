/**
 * Filters the layouts use. Everything they return was computed once per
 * build (the archive index); filters only look it up or serialise it.
 */
import type { ArticleView } from "./archive.ts";
import type { IndexedArticle } from "./core/archive-index.ts";
import { citation, type Citation } from "./core/citation.ts";
import { uiStrings } from "./i18n.ts";
import type { ArchiveEngine } from "./engine.ts";
import type { NewsArchiveOptions } from "./options.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

/** `/2021/12/08/x/` → absolute URL under site.url and pathPrefix (or a prefixed root-relative path without site.url). */
export function absoluteUrl(url: string, siteUrl: string, pathPrefix: string): string {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}`.replace(/\/$/, "");
  const local = url.startsWith("/") ? `${prefix}${url}` : url;
  if (siteUrl === "" || /^[a-z]+:/i.test(url)) return local;
  return siteUrl.replace(/\/+$/, "") + local;
}

/** Schema.org NewsArticle as a string safe inside `<script type="application/ld+json">`. */
export function newsArticleJsonLd(a: IndexedArticle, url: string, language: string, absolute: (url: string) => string = (u) => u): string {
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    url,
    mainEntityOfPage: url,
    inLanguage: language,
  };
  if (a.date) ld.datePublished = a.date;
  if (a.lead) ld.description = a.lead;
  if (a.updated) ld.dateModified = a.updated;
  // Only people: a staff credit (`PV`) is not a Person.
  if (a.authors.length > 0) {
    const people = a.authors.map((p) => (p.url ? { "@type": "Person", name: p.name, url: absolute(p.url) } : { "@type": "Person", name: p.name }));
    ld.author = people.length === 1 ? people[0] : people;
  }
  if (a.source) {
    const org = { "@type": "Organization", name: a.source.name };
    ld.publisher = org;
    ld.sourceOrganization = org;
  }
  if (a.tags.length > 0) ld.keywords = a.tags.map((t) => t.name);
  return JSON.stringify(ld).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function registerFilters(eleventyConfig: EleventyConfig, engine: ArchiveEngine, options: NewsArchiveOptions): void {
  const prefix = () => eleventyConfig.pathPrefix ?? "/";
  // An article's view (article, prev, next, data) from its raw file's inputPath, e.g. for `collections.newsArticles` items.
  eleventyConfig.addFilter("newsArticle", (inputPath: string): ArticleView | null => engine.current.archive.viewsById.get(inputPath) ?? null);
  // An article's body as HTML, rendered from the parsed text.
  eleventyConfig.addFilter("newsBody", (view: ArticleView | IndexedArticle | null) => (view ? engine.current.archive.body(view.id) : ""));
  eleventyConfig.addFilter("newsAbsoluteUrl", (url: string) => absoluteUrl(String(url), options.site.url, prefix()));
  // For href: absolute when site.url is known; otherwise root-relative and left to the HTML base plugin.
  eleventyConfig.addFilter("newsCanonicalUrl", (url: string) => (options.site.url ? absoluteUrl(String(url), options.site.url, prefix()) : String(url)));
  // A root-relative URL under the path prefix, for URLs a script builds (the HTML base plugin rewrites only attributes it knows).
  eleventyConfig.addFilter("newsPrefixedUrl", (url: string) => absoluteUrl(String(url), "", prefix()));
  // "Cite this article": the reference and the citation_* values; null when citations are off.
  const accessed = uiStrings(options.locale).citeAccessed;
  eleventyConfig.addFilter("newsCitation", (a: IndexedArticle): Citation | null =>
    options.pages.cite ? citation(a, absoluteUrl(a.url, options.site.url, prefix()), { accessed, siteTitle: options.site.title }) : null,
  );
  eleventyConfig.addFilter("newsJsonLd", (a: IndexedArticle) => newsArticleJsonLd(a, absoluteUrl(a.url, options.site.url, prefix()), "vi", (u) => absoluteUrl(u, options.site.url, prefix())));
}

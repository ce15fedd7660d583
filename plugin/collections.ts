/**
 * Collections for users' templates and for the generated pages. All of them
 * are views of the archive computed once at the start of the build; the
 * articles are shaped like Eleventy's collection items (`url`, `date`,
 * `data`, `inputPath`, `templateContent`).
 */
import type { ListKind } from "./core/archive-index.ts";
import type { NewsItem } from "./archive.ts";
import type { ArchiveEngine } from "./engine.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export function registerCollections(eleventyConfig: EleventyConfig, engine: ArchiveEngine): void {
  const archive = () => engine.current.archive;
  const items = (ids: readonly { id: string }[]): NewsItem[] => {
    const all = archive().items;
    return ids.map((a) => all.get(a.id)!);
  };
  const grouped = (keyOf: (k: { year: string; month: string; day: string }) => string) => {
    const { index } = archive();
    const out: Record<string, NewsItem[]> = {};
    // Oldest first inside each group, like Eleventy's own collections.
    for (let i = index.dated.length - 1; i >= 0; i--) {
      const a = index.dated[i]!;
      (out[keyOf(a.keys!)] ??= []).push(archive().items.get(a.id)!);
    }
    return out;
  };

  // All published dated articles, oldest first (Eleventy's convention), then undated ones.
  eleventyConfig.addCollection("newsArticles", () => {
    const { index } = archive();
    return items([...index.dated].reverse().concat(index.undated));
  });
  // Dated articles only, oldest first: what a feed of the site's own wants (the official feedPlugin reverses it).
  eleventyConfig.addCollection("newsDated", () => items([...archive().index.dated].reverse()));
  eleventyConfig.addCollection("newsUndated", () => items(archive().index.undated));
  eleventyConfig.addCollection("newsByYear", () => grouped((k) => k.year));
  eleventyConfig.addCollection("newsByMonth", () => grouped((k) => `${k.year}-${k.month}`));
  eleventyConfig.addCollection("newsByDay", () => grouped((k) => `${k.year}-${k.month}-${k.day}`));
  eleventyConfig.addCollection("newsByTag", () => Object.fromEntries(archive().index.tags.map((t) => [t.key, items(t.articles)])));
  eleventyConfig.addCollection("newsBySource", () => Object.fromEntries(archive().index.sources.map((s) => [s.key, items(s.articles)])));
  // The whole precomputed index (plain data) and every list page, for users' own templates.
  eleventyConfig.addCollection("newsIndex", () => archive().index);
  for (const kind of LIST_KINDS) {
    eleventyConfig.addCollection(pagesCollectionName(kind), () => archive().index.pages[kind]);
  }
  eleventyConfig.addCollection("newsByAuthor", () => Object.fromEntries(archive().index.authors.map((s) => [s.key, items(s.articles)])));
  // What the generated pages paginate over: this build's share (only changed pages in a partial rebuild).
  eleventyConfig.addCollection(renderCollectionName("article"), () => engine.current.render.article);
  eleventyConfig.addCollection("newsPagesTagLetter", () => archive().index.tagLetterPages);
  eleventyConfig.addCollection("newsPagesOnThisDay", () => archive().index.onThisDay);
  for (const kind of [...LIST_KINDS, "feedAtom", "feedJson", "tagLetter", "onThisDay"] as const) {
    eleventyConfig.addCollection(renderCollectionName(kind), () => engine.current.render[kind]);
  }
}

export const LIST_KINDS: readonly ListKind[] = ["year", "month", "day", "tag", "source", "author", "latest", "undated"];

export function pagesCollectionName(kind: ListKind): string {
  return `newsPages${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** Internal: the pages of one kind that this build renders. */
export function renderCollectionName(kind: ListKind | "article" | "feedAtom" | "feedJson" | "tagLetter" | "onThisDay" | "sitemap"): string {
  return `_newsArchiveRender${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

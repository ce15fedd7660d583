/**
 * What the search index holds for one article, built from the parsed archive rather than from rendered
 * HTML: title, every paragraph and caption as plain text, byline, source and tags (found by search), plus
 * what a result prints and what it is filtered and sorted by. Pure data; `core/search-index.ts` indexes it.
 */
import type { IndexedArticle } from "./archive-index.ts";
import type { SearchDoc } from "./search-index.ts";

/** `paragraphs`: the body's paragraphs and captions as plain text, in order. */
export function searchDoc(a: IndexedArticle, paragraphs: readonly string[], url: string): SearchDoc {
  const extra: string[] = [];
  if (a.author) extra.push(a.author);
  if (a.source) extra.push(a.source.name);
  for (const t of a.tags) extra.push(t.name);
  return {
    url,
    title: a.title,
    // The lead is the first paragraph of the body, so it is not repeated.
    paragraphs,
    extra,
    lead: a.lead,
    dateText: a.dateText,
    datetime: a.date,
    epochMs: a.epochMs,
    year: a.keys?.year ?? null,
    source: a.source?.name ?? null,
    tags: a.tags.map((t) => t.name),
  };
}

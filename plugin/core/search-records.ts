/**
 * What the search index holds for one article, built from the parsed
 * archive rather than from rendered HTML: title, byline, source, tags and
 * every paragraph and caption as plain text, plus what results print (meta),
 * filter and sort by. Pure data; the adapter hands it to Pagefind.
 */
import type { IndexedArticle } from "./archive-index.ts";

export interface SearchRecord {
  url: string;
  content: string;
  /** Pagefind's language: the articles are Vietnamese whatever the UI language. */
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Sorts after every real date when results are sorted newest first. */
const UNDATED_SORT = "0000-00-00T00:00:00.000Z";

/** `paragraphs`: the body's paragraphs and captions as plain text, in order. */
export function searchRecord(a: IndexedArticle, paragraphs: readonly string[], url: string): SearchRecord {
  // The lead is the first paragraph of the body, so it is not repeated.
  const parts = [a.title, ...paragraphs];
  if (a.author) parts.push(a.author);
  if (a.source) parts.push(a.source.name);
  if (a.tags.length > 0) parts.push(a.tags.map((t) => t.name).join(", "));
  const filters: Record<string, string[]> = {};
  if (a.source) filters.source = [a.source.name];
  if (a.keys) filters.year = [a.keys.year];
  if (a.tags.length > 0) filters.tag = a.tags.map((t) => t.name);
  const meta: Record<string, string> = { title: a.title };
  if (a.dateText) meta.date = a.dateText;
  if (a.date) meta.datetime = a.date;
  if (a.source) meta.source = a.source.name;
  return {
    url,
    content: parts.join("\n").normalize("NFC"),
    language: "vi",
    meta,
    filters,
    // ISO instants in UTC sort as text in time order.
    sort: { date: a.epochMs !== null ? new Date(a.epochMs).toISOString() : UNDATED_SORT },
  };
}

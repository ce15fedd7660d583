/**
 * "Cite this article": a reference in a common shape (author, "title",
 * outlet, date, the archive's URL, the accessed date left for the reader),
 * and the `citation_*` values reference managers such as Zotero read.
 */
import type { IndexedArticle } from "./archive-index.ts";

export interface Citation {
  /** `Minh Anh, “Title”, CAND, Thứ Tư, 8 tháng 12, 2021.` */
  text: string;
  /** The archive's absolute URL of the article. */
  url: string;
  /** `(truy cập ngày …)`. */
  accessed: string;
  meta: {
    title: string;
    /** The people the byline names (staff credits are not authors). */
    authors: string[];
    /** `2021/12/08`, or null when undated. */
    publicationDate: string | null;
    publisher: string;
    publicUrl: string;
  };
}

export interface CitationLabels {
  /** The reader fills in the date they read it. */
  accessed: string;
  /** When the article has no source: the archive's own name. */
  siteTitle: string;
}

export function citation(a: IndexedArticle, url: string, labels: CitationLabels): Citation {
  const people = a.authors.map((p) => p.name);
  const byline = people.length > 0 ? people.join(", ") : a.author;
  const publisher = a.source?.name ?? labels.siteTitle;
  const date = a.date && a.dateText ? dateOnly(a.dateText) : null;
  const parts = [byline, `“${a.title}”`, publisher, date].filter((p): p is string => Boolean(p));
  return {
    text: `${parts.join(", ")}.`,
    url,
    accessed: labels.accessed,
    meta: {
      title: a.title,
      authors: people,
      publicationDate: a.keys ? `${a.keys.year}/${a.keys.month}/${a.keys.day}` : null,
      publisher,
      publicUrl: url,
    },
  };
}

/** `Thứ Tư, 8 tháng 12, 2021, 17:50` → without the time. */
function dateOnly(text: string): string {
  return text.replace(/, \d{1,2}:\d{2}$/, "");
}

/** news-archive: an Eleventy 3 plugin for archives of raw Vietnamese news text. */
export { default } from "./news-archive.ts";
export { getDefaults, NewsArchiveOptionError, type NewsArchiveOptions, type UserOptions, type PageKind } from "./options.ts";
export { NewsArchiveContentError } from "./report.ts";
export type { ArchiveIndex, IndexedArticle, ListPage, TermEntry } from "./core/archive-index.ts";
export type { ArticleData, Diagnostic, ParseResult } from "./core/types.ts";

/** The pure core: raw news text → article data. No Eleventy, no file system. */
export { parseArticle, DEFAULT_ZONE } from "./parse-article.ts";
export { renderBody, renderInline } from "./render-body.ts";
export { makeSlug, foldKey } from "./slug.ts";
export { formatDiagnostic } from "./diagnostics.ts";
export type { ArticleData, BodyBlock, Diagnostic, ParseOptions, ParseResult, ParsedDate, Severity } from "./types.ts";

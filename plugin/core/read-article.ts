/**
 * One raw file → article data with its tags: the parser followed by the
 * tagger. The build, `inspect` and the tag evaluation all read articles
 * through this, so they can never disagree.
 */
import { parseArticle } from "./parse-article.ts";
import type { TagReason, Tagger } from "./tags/derive-tags.ts";
import type { ParseOptions, ParseResult } from "./types.ts";

export interface ReadResult extends ParseResult {
  tagReasons: TagReason[];
}

export function readArticle(input: Uint8Array | string, file: string, options: ParseOptions, tagger: Tagger): ReadResult {
  const result = parseArticle(input, file, options);
  return withTags(result, tagger);
}

/** Replace the editor's tags by the derived ones (which keep the editor's first). */
export function withTags(result: ParseResult, tagger: Tagger): ReadResult {
  const { data, body } = result;
  const { tags, reasons, derived } = tagger.derive({ title: data.title, lead: data.lead, paragraphs: body.map((b) => b.text), explicit: data.tags });
  return { ...result, data: { ...data, tags, derivedTags: derived }, tagReasons: reasons };
}

/**
 * Tags over the whole archive: a tag the tagger derived is kept only where
 * enough articles carry it. Pure: the build and the tag evaluation share it.
 */
import { termKey } from "../archive-index.ts";

interface TaggedData {
  tags?: unknown;
  derivedTags?: unknown;
}

/**
 * An article's tags, without the derived ones fewer than `minArticles`
 * articles of the archive carry (a one-off is noise on a page of its own).
 * An editor's tags (front matter, `Từ khóa:`, directory data) always stay.
 * Counted over the whole archive, so an added file may change other
 * articles' tags, never their URLs.
 */
export function keepCommonTags(all: readonly TaggedData[], minArticles: number): (data: TaggedData) => string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((t): t is string => typeof t === "string" && t.trim() !== "") : []);
  const count = new Map<string, number>();
  for (const data of all) for (const key of new Set(list(data.tags).map(termKey))) count.set(key, (count.get(key) ?? 0) + 1);
  return (data) => {
    // A key the editor wrote too (in directory data, say) appears in `tags` more often than in `derivedTags`.
    const derived = new Map<string, number>();
    for (const key of list(data.derivedTags).map(termKey)) derived.set(key, (derived.get(key) ?? 0) + 1);
    const tags = list(data.tags);
    const written = new Map<string, number>();
    for (const key of tags.map(termKey)) written.set(key, (written.get(key) ?? 0) + 1);
    return tags.filter((t) => {
      const key = termKey(t);
      const editor = (written.get(key) ?? 0) > (derived.get(key) ?? 0);
      return editor || (count.get(key) ?? 0) >= minArticles;
    });
  };
}


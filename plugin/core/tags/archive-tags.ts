/**
 * Tags over the whole archive: a tag the tagger derived is kept only where
 * enough articles carry it. Pure: the build and the tag evaluation share it.
 */
import { termKey } from "../archive-index.ts";
import { hasMarks, nameClass } from "./name-class.ts";

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
  // Counted as the index files tags: differently accented names apart (`Quảng` ≠ `Quang`), case and
  // tone placement together, an unaccented spelling with every name it could be.
  const byName = new Map<string, number>();
  const plainByKey = new Map<string, number>();
  const allByKey = new Map<string, number>();
  for (const data of all) {
    const tags = list(data.tags);
    for (const name of new Set(tags.map(nameClass))) byName.set(name, (byName.get(name) ?? 0) + 1);
    for (const key of new Set(tags.map(termKey))) allByKey.set(key, (allByKey.get(key) ?? 0) + 1);
    for (const key of new Set(tags.filter((t) => !hasMarks(t)).map(termKey))) plainByKey.set(key, (plainByKey.get(key) ?? 0) + 1);
  }
  const countOf = (t: string) => (hasMarks(t) ? (byName.get(nameClass(t)) ?? 0) + (plainByKey.get(termKey(t)) ?? 0) : (allByKey.get(termKey(t)) ?? 0));
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
      return editor || countOf(t) >= minArticles;
    });
  };
}


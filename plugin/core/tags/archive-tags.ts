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
  // Counted as the index files tags: differently accented names apart (`Quảng` ≠ `Quang`), case and
  // tone placement together, an unaccented spelling with every name it could be.
  const byName = new Map<string, number>();
  const plainByKey = new Map<string, number>();
  const allByKey = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const data of all) {
    const p = prepared(data);
    for (const name of p.names) bump(byName, name);
    for (const key of p.keys) bump(allByKey, key);
    for (const key of p.plainKeys) bump(plainByKey, key);
  }
  return (data) => {
    const p = prepared(data);
    return p.tags.filter((t, i) => {
      const c = p.each[i]!;
      const count = c.marks ? (byName.get(c.name) ?? 0) + (plainByKey.get(c.key) ?? 0) : (allByKey.get(c.key) ?? 0);
      return c.editor || count >= minArticles;
    });
  };
}

/** What counting needs of one article's tags; the same data object comes back on every rebuild while serving. */
interface Prepared {
  /** The arrays it was prepared from. */
  from: [unknown, unknown];
  tags: string[];
  each: { name: string; key: string; marks: boolean; editor: boolean }[];
  /** Distinct name classes, keys, and keys of unaccented spellings. */
  names: string[];
  keys: string[];
  plainKeys: string[];
}

const preparedOf = new WeakMap<object, Prepared>();

function prepared(data: TaggedData): Prepared {
  let p = preparedOf.get(data);
  if (p && p.from[0] === data.tags && p.from[1] === data.derivedTags) return p;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((t): t is string => typeof t === "string" && t.trim() !== "") : []);
  const tags = list(data.tags);
  // A key the editor wrote too (in directory data, say) appears in `tags` more often than in `derivedTags`.
  const derived = new Map<string, number>();
  for (const key of list(data.derivedTags).map(termKey)) derived.set(key, (derived.get(key) ?? 0) + 1);
  const written = new Map<string, number>();
  for (const key of tags.map(termKey)) written.set(key, (written.get(key) ?? 0) + 1);
  const each = tags.map((t) => {
    const key = termKey(t);
    return { name: nameClass(t), key, marks: hasMarks(t), editor: (written.get(key) ?? 0) > (derived.get(key) ?? 0) };
  });
  p = {
    from: [data.tags, data.derivedTags],
    tags,
    each,
    names: [...new Set(each.map((e) => e.name))],
    keys: [...new Set(each.map((e) => e.key))],
    plainKeys: [...new Set(each.filter((e) => !e.marks).map((e) => e.key))],
  };
  if (typeof data === "object" && data !== null) preparedOf.set(data, p);
  return p;
}


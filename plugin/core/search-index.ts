/**
 * The archive's own full-text search index, written as static files a browser fetches a few at a time.
 *
 * Every word is indexed under its folded form (lower case, no tone marks or other diacritics, đ → d), so
 * `cong tac` finds `công tác`, and, when it has marks, also under its exact lower-case form, so a reader
 * who types the marks gets those spellings first. Articles are numbered newest first: sorting results by
 * date is sorting by number, and a year is a range of numbers. A source or a tag is one more posting list.
 *
 * Files (all JSON, under the bundle folder):
 * - `index.json`: the manifest (counts, how many shards, years as number ranges, sources);
 * - `t/<n>.json`: shard n of the posting lists, `{ key: postings }`; a key lives in shard `hash(key) % shards`;
 * - `d/<n>.json`: what a result prints for articles `n * DOC_CHUNK …`, as arrays.
 *
 * A posting list (read by the search page's `decodePostings`) is base64 of variable-length integers: for each article, the gap to the previous
 * article's number, then a weight (mentions in the text, at most 15, plus 16 when in the title).
 * Pure: no file system; the adapter writes what `buildSearchIndex` returns.
 */

export const SEARCH_INDEX_VERSION = 1;
/** Articles per result file. */
export const DOC_CHUNK = 10;
/** Bytes of posting lists a shard aims at (before compression by the host). */
const SHARD_TARGET_BYTES = 48 * 1024;
/** Characters of the start of the body a result file keeps; the page shows a window of it around the first match. */
const EXCERPT_CHARS = 600;

export interface SearchDoc {
  url: string;
  title: string;
  /** The body's paragraphs and captions, as plain text. */
  paragraphs: readonly string[];
  /** Byline, source name and tag names: found by search, not shown in the excerpt. */
  extra: readonly string[];
  /** Shown when the body has no paragraphs. */
  lead: string;
  dateText: string | null;
  /** ISO date with offset, or null. */
  datetime: string | null;
  epochMs: number | null;
  year: string | null;
  source: string | null;
  tags: readonly string[];
}

export interface SearchManifest {
  version: number;
  docs: number;
  chunk: number;
  shards: number;
  /** Year → [first, last] article number (newest first, so a year is contiguous). */
  years: Record<string, [number, number]>;
  sources: string[];
}

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** Path inside the bundle folder → file text. */
  files: Map<string, string>;
}

/** A word as a reader types it: letters, marks and digits, with inner `-`, `'` or `.` (`COVID-19`, `TP.HCM`). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower case without tone marks or other diacritics, đ → d. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

/** Index keys of one word: its parts (`covid`, `19`) and, for a compound, the whole (`covid-19`). */
export function wordKeys(word: string): string[] {
  const lower = word.normalize("NFC").toLowerCase();
  const parts = lower.split(/[-'’.]/).filter(Boolean);
  return parts.length > 1 ? [...parts, lower] : parts;
}

/** Keys of a posting list: a folded word as it is, an exact spelling after `=`, a filter after `#`. */
export const exactKey = (word: string) => `=${word}`;
export const sourceKey = (source: string) => `#s:${source}`;
export const tagKey = (tag: string) => `#t:${tag}`;

/** FNV-1a over UTF-16 code units: the same in the browser. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** Newest first; undated last; ties by URL, so numbers are stable for the same archive. */
export function searchOrder(a: Pick<SearchDoc, "epochMs" | "url">, b: Pick<SearchDoc, "epochMs" | "url">): number {
  if (a.epochMs !== b.epochMs) {
    if (a.epochMs === null) return 1;
    if (b.epochMs === null) return -1;
    return b.epochMs - a.epochMs;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Growing posting list: gaps and weights as variable-length integers. */
class Postings {
  bytes = new Uint8Array(8);
  length = 0;
  last = -1;
  add(doc: number, weight: number): void {
    if (this.length + 6 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let gap = doc - this.last;
    while (gap >= 0x80) {
      this.bytes[this.length++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    this.bytes[this.length++] = gap;
    this.bytes[this.length++] = weight;
    this.last = doc;
  }
  base64(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString("base64");
  }
}

/** Build the whole index. `docs` need not be sorted. */
export function buildSearchIndex(input: readonly SearchDoc[]): BuiltSearchIndex {
  const builder = new SearchIndexBuilder();
  for (const d of [...input].sort(searchOrder)) builder.add(d);
  return builder.finish();
}

/**
 * The index built one article at a time, so a caller can hand articles over in batches and no one holds
 * the whole archive's text: articles must come in `searchOrder` (newest first), each numbered as it comes.
 */
export class SearchIndexBuilder {
  // Every key gets a number; a distinct word is folded once and remembered as the numbers it counts under
  // (its folded keys and, where they differ, its exact spellings), so the loop over words does no string work.
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly lists: Postings[] = [];
  private readonly idsOf = new Map<string, number[]>();
  private readonly years: Record<string, [number, number]> = {};
  private readonly sources = new Set<string>();
  private readonly files = new Map<string, string>();
  private chunk: unknown[] = [];
  // Per article: mentions of each key (by number), +16 once in the title; `touched` lists the keys seen.
  private weights = new Uint8Array(1024);
  private readonly touched: number[] = [];
  private count = 0;
  private last: Pick<SearchDoc, "epochMs" | "url"> | null = null;

  private idOf(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(key);
      this.lists.push(new Postings());
    }
    return id;
  }

  private idsFor(word: string): number[] {
    let ids = this.idsOf.get(word);
    if (ids === undefined) {
      ids = [];
      for (const key of wordKeys(word)) {
        const f = foldWord(key);
        ids.push(this.idOf(f));
        if (f !== key) ids.push(this.idOf(exactKey(key)));
      }
      this.idsOf.set(word, ids);
    }
    return ids;
  }

  private post(key: string, doc: number, weight: number): void {
    this.lists[this.idOf(key)]!.add(doc, weight);
  }

  private countWords(text: string, inTitle: boolean): void {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      for (const id of this.idsFor(m[0])) {
        if (id >= this.weights.length) {
          const grown = new Uint8Array(Math.max(id + 1, this.weights.length * 2));
          grown.set(this.weights);
          this.weights = grown;
        }
        const w = this.weights[id]!;
        if (w === 0) this.touched.push(id);
        if ((w & 15) < 15) this.weights[id] = w + 1;
        if (inTitle) this.weights[id]! |= 16;
      }
    }
  }

  /** The next article, in `searchOrder` after the one before (a posting list only grows). */
  add(d: SearchDoc): void {
    if (this.last && searchOrder(this.last, d) > 0) throw new Error(`search articles out of order: ${d.url} after ${this.last.url}`);
    this.last = { epochMs: d.epochMs, url: d.url };
    const n = this.count++;
    this.countWords(d.title, true);
    for (const p of d.paragraphs) this.countWords(p, false);
    for (const x of d.extra) this.countWords(x, false);
    // Articles are taken in number order, so each list grows by article number.
    for (const id of this.touched) {
      this.lists[id]!.add(n, this.weights[id]!);
      this.weights[id] = 0;
    }
    this.touched.length = 0;
    if (d.source) {
      this.sources.add(d.source);
      this.post(sourceKey(d.source), n, 1);
    }
    for (const t of d.tags) this.post(tagKey(t), n, 1);
    if (d.year) {
      const range = this.years[d.year];
      if (range) range[1] = n;
      else this.years[d.year] = [n, n];
    }
    this.chunk.push([d.url, d.title, d.dateText ?? "", d.datetime ?? "", d.source ?? "", excerpt(d.paragraphs.length > 0 ? d.paragraphs : [d.lead])]);
    if (this.chunk.length === DOC_CHUNK) {
      this.files.set(`d/${Math.floor(n / DOC_CHUNK)}.json`, JSON.stringify(this.chunk));
      this.chunk = [];
    }
  }

  /** The index's files, once every article is in. */
  finish(): BuiltSearchIndex {
    const { files, lists, keys } = this;
    if (this.chunk.length > 0) files.set(`d/${Math.floor((this.count - 1) / DOC_CHUNK)}.json`, JSON.stringify(this.chunk));
    this.chunk = [];
    let total = 0;
    for (const p of lists) total += p.length;
    // base64 grows a list by a third; a power of two keeps `% shards` cheap to reason about.
    let shards = 1;
    while ((total * 4) / 3 / shards > SHARD_TARGET_BYTES) shards *= 2;
    const byShard: Record<string, string>[] = Array.from({ length: shards }, () => ({}));
    lists.forEach((p, id) => {
      const key = keys[id]!;
      byShard[shardOf(key, shards)]![key] = p.base64();
    });
    byShard.forEach((s, i) => files.set(`t/${i}.json`, JSON.stringify(s)));

    const manifest: SearchManifest = {
      version: SEARCH_INDEX_VERSION,
      docs: this.count,
      chunk: DOC_CHUNK,
      shards,
      years: this.years,
      sources: [...this.sources].sort(new Intl.Collator("vi").compare),
    };
    files.set("index.json", JSON.stringify(manifest));
    return { manifest, files };
  }
}

/** The start of the body (the lead first), cut at a word near `EXCERPT_CHARS`. */
function excerpt(paragraphs: readonly string[]): string {
  let text = "";
  for (const p of paragraphs) {
    text += (text ? " " : "") + p;
    if (text.length >= EXCERPT_CHARS) break;
  }
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.lastIndexOf(" ", EXCERPT_CHARS);
  return `${text.slice(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS)}…`;
}

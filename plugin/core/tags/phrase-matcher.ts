/**
 * Word tokens of a text and a dictionary matcher over them. Matching a few
 * hundred names at every word start with one Map lookup is several times
 * faster than one large regular expression with look-behind.
 */
import { isWordAt, WORD_CODES, WORD_TABLE } from "../word-chars.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  upper: boolean;
  /** `wordHash` of the token as written, and of its lower-case form (when `tokenize` was given one). */
  hash: number;
  lowerHash: number;
}

/**
 * The words of `text` (runs of letters, marks and digits). `lower`, the same text in lower case and of the
 * same length, gives each token the hash that case-blind matchers look up.
 */
export function tokenize(text: string, lower: string = text): Token[] {
  const out: Token[] = [];
  const same = lower === text;
  let start = -1;
  let hash = 0;
  let lowerHash = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    // Answered from the table below U+2000; surrogate pairs (letters outside the BMP, rare in news text) are one character.
    const word = c < WORD_CODES ? WORD_TABLE[c] === 1 : i < text.length && isWordAt(text, i);
    if (word) {
      if (start < 0) {
        start = i;
        hash = lowerHash = 0;
      }
      // The hashes are made while reading (see `wordHash`), so a token costs one pass.
      hash = (Math.imul(hash, 31) + c) | 0;
      if (!same) lowerHash = (Math.imul(lowerHash, 31) + lower.charCodeAt(i)) | 0;
      if (c >= 0xd800 && c <= 0xdbff) {
        i++;
        hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
        if (!same) lowerHash = (Math.imul(lowerHash, 31) + lower.charCodeAt(i)) | 0;
      }
    } else if (start >= 0) {
      const upper = isUpperCode(text.charCodeAt(start), text, start);
      hash &= 0x3fffffff;
      out.push({ text: text.slice(start, i), start, end: i, upper, hash, lowerHash: same ? hash : lowerHash & 0x3fffffff });
      start = -1;
    }
  }
  return out;
}

/** Whether a character code is a capital, remembered per code below U+2000 (Vietnamese lies well within). */
const upperCodes = new Int8Array(0x2000);
function isUpperCode(c: number, text: string, at: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x2000) return text[at] !== text[at]!.toLowerCase();
  let known = upperCodes[c]!;
  if (known === 0) upperCodes[c] = known = text[at] !== text[at]!.toLowerCase() ? 1 : 2;
  return known === 1;
}

/**
 * The hash `tokenize` gives `text[start, end)`: a small non-negative integer read in place, so looking a
 * token up costs no new string.
 */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/** What a matcher reads: a text, the same in lower case, and its tokens (from `tokenize(text, lower)`). */
export interface Tokenized {
  text: string;
  lower: string;
  tokens: readonly Token[];
}

export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
}


interface Entry<T> {
  phrase: string;
  value: T;
}

/**
 * Small non-negative integer keys → list numbers, in two typed arrays with linear probing: compact, so the
 * lookup made at every token stays in the processor's cache, which a `Map` of `Map`s did not.
 */
class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor() {
    this.keys = new Int32Array(64).fill(-1);
    this.values = new Int32Array(64);
  }

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = spread(key) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.values[i]!;
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let i = spread(key) & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.keys[i] === -1) this.count++;
    this.keys[i] = key;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}

function spread(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/** The key of a first and second word together. */
function pairKey(first: number, second: number): number {
  return (Math.imul(first, 0x01000193) ^ second) & 0x3fffffff;
}

/**
 * Phrases keyed by their first word, and by their first two words (as hashes
 * of the words, read from the text without copying them). `ignoreCase`
 * phrases are compared with the lower-cased text (Vietnamese lower-casing
 * keeps string length). Words with the same hash share a list, which is
 * harmless: every phrase is compared in full.
 */
export class PhraseMatcher<T> {
  /** First word → its one-word phrases (a list number; the list may be empty). */
  private readonly byFirst = new IntTable();
  /** First two words → the longer phrases that start with them. */
  private readonly byPair = new IntTable();
  private readonly lists: Entry<T>[][] = [];
  /** Every phrase starts with a capital: lower-case tokens can be skipped. */
  private readonly capitalsOnly: boolean;

  constructor(
    entries: Iterable<[phrase: string, value: T]>,
    private readonly ignoreCase = false,
  ) {
    const seen = new Set<string>();
    let capitalsOnly = !ignoreCase;
    const listFor = (table: IntTable, key: number) => {
      let n = table.get(key);
      if (n < 0) table.set(key, (n = this.lists.push([]) - 1));
      return this.lists[n]!;
    };
    for (const [raw, value] of entries) {
      const phrase = ignoreCase ? raw.toLowerCase() : raw;
      // The same words the text is cut into: a phrase matches only from the start of a token.
      const words = tokenize(phrase);
      const first = words[0];
      if (!first || first.start !== 0 || seen.has(phrase)) continue;
      seen.add(phrase);
      if (!first.upper) capitalsOnly = false;
      const single = listFor(this.byFirst, first.hash);
      const second = words[1];
      (second ? listFor(this.byPair, pairKey(first.hash, second.hash)) : single).push({ phrase, value });
    }
    for (const list of this.lists) list.sort(longestFirst);
    this.capitalsOnly = capitalsOnly;
  }

  /** Every longest phrase starting at a token, left to right, not overlapping. */
  find(t: Tokenized): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const { tokens } = t;
    const text = this.ignoreCase ? t.lower : t.text;
    let after = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.start < after || (this.capitalsOnly && !tok.upper)) continue;
      const h = this.ignoreCase ? tok.lowerHash : tok.hash;
      const single = this.byFirst.get(h);
      if (single < 0) continue;
      const next = tokens[i + 1];
      const pair = next ? this.byPair.get(pairKey(h, this.ignoreCase ? next.lowerHash : next.hash)) : -1;
      const hit = (pair >= 0 && matchAt(text, tok.start, this.lists[pair]!)) || matchAt(text, tok.start, this.lists[single]!);
      if (!hit) continue;
      const end = tok.start + hit.phrase.length;
      out.push({ value: hit.value, start: tok.start, end });
      after = end;
    }
    return out;
  }
}

/** The longest phrase of `list` (longest first) written at `start` and ending at a word's end. */
function matchAt<T>(text: string, start: number, list: readonly Entry<T>[]): Entry<T> | undefined {
  for (const e of list) {
    if (!text.startsWith(e.phrase, start)) continue;
    const end = start + e.phrase.length;
    if (end < text.length && isWordAt(text, end)) continue;
    return e;
  }
  return undefined;
}

function longestFirst(a: { phrase: string }, b: { phrase: string }): number {
  return b.phrase.length - a.phrase.length;
}

/** Lower case with the same length, or null when some character changes length (never for Vietnamese). */
export function lowerSameLength(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

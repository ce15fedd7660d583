// Types of the search page's module (search.js), for the tests that import it.
export interface Postings {
  docs: number[];
  weights: number[];
}
export function fold(text: string): string;
export function shardOf(key: string, shards: number): number;
export function queryTerms(query: string): { folded: string; exact: string | null }[];
export function decodePostings(base64: string): Postings;
export function rank(total: number, lists: readonly { folded: Postings; exact: Postings | null }[], allowed: (doc: number) => boolean, newest?: boolean): number[];
export function markWords(text: string, folded: ReadonlySet<string>): string;
export function excerptAround(text: string, folded: ReadonlySet<string>, size?: number): string;

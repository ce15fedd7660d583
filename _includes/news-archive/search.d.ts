// Types of the search page's module (search.js), for the tests that import it.
export function fold(text: string): string;
export function queryVariants(query: string, max?: number): string[];
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[];

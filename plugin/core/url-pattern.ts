/**
 * URL patterns such as `/:year/:month/:day/:slug/`: filling tokens and
 * numbering list pages. Pure string work.
 */

export type UrlTokens = Partial<Record<"year" | "month" | "day" | "slug" | "tag" | "source" | "author" | "letter" | "n", string>>;

/** Replace `:token` occurrences; unknown tokens are left as written. */
export function fillPattern(pattern: string, tokens: UrlTokens): string {
  return pattern.replace(/:(year|month|day|slug|tag|source|author|letter|n)\b/g, (whole, name: keyof UrlTokens) => tokens[name] ?? whole);
}

/** URL of page `n` (1-based) of a list whose first page is `base`. */
export function pageUrl(base: string, n: number, pageSuffix: string): string {
  if (n <= 1) return base;
  const joined = base.endsWith("/") ? base : `${base}/`;
  return joined + fillPattern(pageSuffix, { n: String(n) });
}

/** FNV-1a over UTF-16 code units, as 6 base-36 characters: short, stable, dependency-free. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, "0").slice(-6);
}

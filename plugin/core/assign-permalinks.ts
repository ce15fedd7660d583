/**
 * Article URLs: `/YYYY/MM/DD/<slug>/` (date parts in the archive's zone) with
 * deterministic resolution when two articles share a slug on the same day.
 *
 * Scheme (see the README, "URLs that do not move"): inside one collision group the article that
 * was published first (instant, then relative path) keeps the bare slug; each
 * other one gets `<slug>-<hash>` where the hash is of its own relative path.
 * The hash depends on nothing but the file itself, so adding or removing a
 * third collider never renumbers the others, and adding or removing files
 * that do not share the slug and day never changes any URL. An explicit
 * `permalink` from front matter takes part too: it wins its URL over derived
 * ones; two explicit permalinks asking for one URL are an error.
 */
import type { Diagnostic } from "./types.ts";
import { fillPattern, shortHash } from "./url-pattern.ts";

export interface PermalinkInput {
  /** Stable identity: the path relative to the input folder, `/`-separated. */
  id: string;
  /** File path for diagnostics. */
  file: string;
  slug: string;
  /** Date parts in the archive zone, or null when undated. */
  keys: { year: string; month: string; day: string } | null;
  epochMs: number | null;
  /** An explicit permalink from front matter wins and never collides silently. */
  permalink?: string | null;
  /** Its line in the file. */
  permalinkLine?: number;
}

export interface PermalinkResult {
  urls: Map<string, string>;
  diagnostics: Diagnostic[];
}

export function assignPermalinks(
  inputs: readonly PermalinkInput[],
  patterns: { article: string; undatedArticle: string },
): PermalinkResult {
  const groups = new Map<string, PermalinkInput[]>();
  const urls = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];

  for (const input of inputs) {
    let url = input.permalink;
    if (!url) {
      const slug = input.slug || `bai-${shortHash(input.id)}`;
      url = input.keys ? fillPattern(patterns.article, { ...input.keys, slug }) : fillPattern(patterns.undatedArticle, { slug });
    }
    const group = groups.get(url);
    if (group) group.push(input);
    else groups.set(url, [input]);
  }

  const explicitFirst = (a: PermalinkInput, b: PermalinkInput) => Number(Boolean(b.permalink)) - Number(Boolean(a.permalink));
  for (const [url, group] of groups) {
    if (group.length === 1) {
      urls.set(group[0]!.id, url);
      continue;
    }
    group.sort((a, b) => explicitFirst(a, b) || (a.epochMs ?? 0) - (b.epochMs ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const [first, ...rest] = group;
    urls.set(first!.id, url);
    for (const other of rest) {
      const suffixed = withSuffix(url, shortHash(other.id));
      urls.set(other.id, suffixed);
      const bothExplicit = Boolean(other.permalink && first!.permalink);
      diagnostics.push({
        severity: bothExplicit ? "error" : "warning",
        ruleId: bothExplicit ? "permalink-collision" : "slug-collision",
        reason: bothExplicit
          ? `Front matter asks for permalink ${url}, which ${first!.file} also asks for; published at ${suffixed} instead. Give one of them another permalink.`
          : `Same URL as ${first!.file}; published at ${suffixed} instead of ${url}. Set \`slug\` in front matter to choose the URL.`,
        file: other.file,
        line: other.permalink ? (other.permalinkLine ?? 1) : 1,
        column: 1,
        actual: suffixed,
        expected: url,
      });
    }
  }
  return { urls, diagnostics };
}

/** `/a/b/` → `/a/b-x1y2z3/`; `/a/b.html` → `/a/b-x1y2z3.html`. */
function withSuffix(url: string, hash: string): string {
  if (url.endsWith("/")) return `${url.slice(0, -1)}-${hash}/`;
  const dot = url.lastIndexOf(".");
  return dot > url.lastIndexOf("/") ? `${url.slice(0, dot)}-${hash}${url.slice(dot)}` : `${url}-${hash}`;
}

/**
 * Article URLs: `/YYYY/MM/DD/<slug>/` (date parts in the archive's zone) with
 * deterministic resolution when two articles share a slug on the same day.
 *
 * Scheme (see NOTES-plugin.md): inside one collision group the article that
 * was published first (instant, then relative path) keeps the bare slug; each
 * other one gets `<slug>-<hash>` where the hash is of its own relative path.
 * The hash depends on nothing but the file itself, so adding or removing a
 * third collider never renumbers the others, and adding or removing files
 * that do not share the slug and day never changes any URL.
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
    if (input.permalink) {
      urls.set(input.id, input.permalink);
      continue;
    }
    const slug = input.slug || `bai-${shortHash(input.id)}`;
    const url = input.keys
      ? fillPattern(patterns.article, { ...input.keys, slug })
      : fillPattern(patterns.undatedArticle, { slug });
    const group = groups.get(url);
    if (group) group.push(input);
    else groups.set(url, [input]);
  }

  for (const [url, group] of groups) {
    if (group.length === 1) {
      urls.set(group[0]!.id, url);
      continue;
    }
    group.sort((a, b) => (a.epochMs ?? 0) - (b.epochMs ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const [first, ...rest] = group;
    urls.set(first!.id, url);
    for (const other of rest) {
      const suffixed = url.replace(/\/$/, "") + `-${shortHash(other.id)}/`;
      urls.set(other.id, suffixed);
      diagnostics.push({
        severity: "warning",
        ruleId: "slug-collision",
        reason: `Same slug and day as ${first!.file}; published at ${suffixed} instead of ${url}. Set \`slug\` in front matter to choose the URL.`,
        file: other.file,
        line: 1,
        column: 1,
        actual: suffixed,
        expected: url,
      });
    }
  }
  return { urls, diagnostics };
}

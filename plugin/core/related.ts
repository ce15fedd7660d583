/**
 * Related articles, computed once per build for the whole archive.
 *
 * Two articles are related through the tags they share, each shared tag
 * weighing log(1 + N / df): a tag on 3 articles of 10,000 says far more than
 * one on 2,000. Ties go to the article closer in time, then to URL order.
 *
 * Cost stays proportional to articles × tags per article: within one tag's
 * timeline (its articles, newest first) an article looks only at the
 * `window` articles on either side. A rare tag (df ≤ 2 × window + 1) is seen
 * whole; a common tag adds little weight and, within it, the articles
 * nearest in time are the ones that would win the tie anyway.
 */

export interface RelatedInput {
  id: string;
  epochMs: number | null;
  url: string;
  tags: readonly { key: string }[];
}

export interface RelatedOptions {
  /** At most this many related articles per article. */
  max: number;
  /** Articles looked at on each side within one tag's timeline. */
  window?: number;
}

export const DEFAULT_RELATED_WINDOW = 15;

/**
 * `timelines`: for each tag key, its articles newest first (undated last).
 * Returns, for each article with at least one related article, the related ones best first.
 */
export function relatedArticles<A extends RelatedInput>(
  articles: readonly A[],
  timelines: ReadonlyMap<string, readonly A[]>,
  opts: RelatedOptions,
): Map<string, A[]> {
  const out = new Map<string, A[]>();
  if (opts.max <= 0) return out;
  const window = Math.max(1, opts.window ?? DEFAULT_RELATED_WINDOW);
  const n = articles.length;
  // Scores are kept in an array by candidate number, not a map by candidate: at 10,000 articles the
  // map's lookups were most of the time.
  const number = new Map<A, number>();
  const candidates: A[] = [];
  const numberOf = (a: A) => {
    let k = number.get(a);
    if (k === undefined) {
      number.set(a, (k = candidates.length));
      candidates.push(a);
    }
    return k;
  };
  const lists = new Map<string, { items: Int32Array; weight: number }>();
  // Each article's place in each of its tags' timelines (the last, should it appear twice).
  const places = new Map<string, Map<string, number>>();
  for (const [key, list] of timelines) {
    const items = new Int32Array(list.length);
    list.forEach((a, i) => {
      items[i] = numberOf(a);
      let mine = places.get(a.id);
      if (!mine) places.set(a.id, (mine = new Map()));
      mine.set(key, i);
    });
    lists.set(key, { items, weight: Math.log(1 + n / Math.max(1, list.length)) });
  }
  const score = new Float64Array(candidates.length);
  const touched: number[] = [];
  for (const a of articles) {
    const mine = places.get(a.id);
    for (const t of a.tags) {
      const list = lists.get(t.key);
      const i = mine?.get(t.key);
      if (!list || i === undefined || list.items.length < 2) continue;
      const { items, weight } = list;
      const end = Math.min(items.length - 1, i + window);
      for (let j = Math.max(0, i - window); j <= end; j++) {
        if (j === i) continue;
        const b = items[j]!;
        // Every weight is above zero: a zero score is a candidate not seen yet for this article.
        if (score[b] === 0) touched.push(b);
        score[b] = score[b]! + weight;
      }
    }
    if (touched.length === 0) continue;
    // The best `max` by one pass that keeps them in order: no sort of every candidate.
    const better = (x: A, xs: number, y: A, ys: number) => xs > ys || (xs === ys && (distance(a, x) - distance(a, y) || compare(x.url, y.url)) < 0);
    const best: [A, number][] = [];
    for (const k of touched) {
      const b = candidates[k]!;
      const s = score[k]!;
      score[k] = 0;
      if (best.length === opts.max && !better(b, s, best[best.length - 1]![0], best[best.length - 1]![1])) continue;
      let at = best.length;
      while (at > 0 && better(b, s, best[at - 1]![0], best[at - 1]![1])) at--;
      best.splice(at, 0, [b, s]);
      if (best.length > opts.max) best.pop();
    }
    touched.length = 0;
    out.set(a.id, best.map(([b]) => b));
  }
  return out;
}

function distance(a: RelatedInput, b: RelatedInput): number {
  return a.epochMs === null || b.epochMs === null ? Number.MAX_SAFE_INTEGER : Math.abs(a.epochMs - b.epochMs);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

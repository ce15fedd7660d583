/**
 * Which generated pages a build renders. A full build renders all of them. A
 * rebuild while serving in which only raw news files changed renders only
 * the pages whose inputs changed: each paginated page has a fingerprint of
 * everything it prints (its view or list page, plus, for an article, the
 * bytes of its raw file and its directory data), and a page whose
 * fingerprint equals the last successful build's is already on disk.
 * Fingerprints are committed only after a build finished, so a failed
 * rebuild is redone in full the next time.
 */
import { createHash } from "node:crypto";

export interface Selection<T> {
  pages: T[];
  /** URLs the last committed build rendered for this kind that no longer exist. */
  removed: string[];
}

export class RenderPlan {
  private committed: Map<string, Map<string, string>> | null = null;
  private proposed = new Map<string, Map<string, string>>();
  /** Objects shared by many pages (an article listed on its tags', days' and feeds' pages), fingerprinted once per build. */
  private shared = new WeakMap<object, string>();

  /** Fingerprint these objects once per build; `print` then stands for one of them in a page's shape. */
  share(objects: Iterable<object>): void {
    this.shared = new WeakMap();
    for (const o of objects) this.shared.set(o, hash(JSON.stringify(o), ""));
  }

  /** The print of a shared object (or null), for `select`'s `shape`. */
  readonly print = (o: object | null): string | null => (o === null ? null : (this.shared.get(o) ?? JSON.stringify(o)));

  /** Whether a partial rebuild is possible (a build has completed in this process). */
  get hasBaseline(): boolean {
    return this.committed !== null;
  }

  /** Pages of one kind to render. Without `track` (a one-off build) nothing is fingerprinted. */
  /**
   * `shape`: what of a page to fingerprint, with shared objects replaced by their `print`
   * (default: the whole page). `extra`: anything else the page prints (a raw file's bytes).
   */
  select<T extends { url: string }>(
    kind: string,
    pages: readonly T[],
    partial: boolean,
    track: boolean,
    extra: (page: T) => string = () => "",
    shape: (page: T) => unknown = (page) => page,
  ): Selection<T> {
    if (!track) return { pages: [...pages], removed: [] };
    const prints = new Map<string, string>();
    for (const p of pages) prints.set(p.url, hash(JSON.stringify(shape(p)), extra(p)));
    this.proposed.set(kind, prints);
    const before = this.committed?.get(kind);
    if (!partial || !before) return { pages: [...pages], removed: [] };
    const removed = [...before.keys()].filter((url) => !prints.has(url));
    return { pages: pages.filter((p) => before.get(p.url) !== prints.get(p.url)), removed };
  }

  /** The build finished: its pages are on disk. */
  commit(): void {
    this.committed = this.proposed;
    this.proposed = new Map();
  }

  /** Forget the baseline (a build failed or output was cleared): the next build renders everything. */
  clear(): void {
    this.committed = null;
    this.proposed = new Map();
  }
}

function hash(text: string, extra: string): string {
  return createHash("sha1").update(text).update("\u0000").update(extra).digest("base64");
}

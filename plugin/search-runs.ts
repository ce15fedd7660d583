/**
 * When the search index is written. Its records come from the parsed
 * archive, not from rendered pages, so a full build starts the index as soon
 * as the archive is known (`begin`, at `eleventy.before`): it is built on a
 * worker thread, on the core Eleventy's rendering leaves idle, and the
 * build waits for it only at the end (`finish`). After a partial rebuild
 * while serving, the index is rewritten in the background (`later`) once
 * edits pause, so the changed pages are served at once. One run at a time; background runs asked
 * for while one is going collapse into one more.
 */
import type { SearchIndexResult } from "./search-index.ts";

type Run = () => Promise<SearchIndexResult>;

/**
 * How long the news folder must be quiet while serving before the index is rewritten: a burst of
 * edits (a folder copied in) gives one rewrite, not one per file, and someone at work editing an
 * article every few seconds never has a rebuild share the machine with a rewrite of the index
 * (on 10,000 articles that made a rebuild about 1 s slower).
 */
const QUIET_MS = 30_000;

export class SearchRuns {
  private background: Promise<void> | null = null;
  private queued: Run | null = null;
  private pending: Promise<SearchIndexResult> | null = null;

  /** Start this build's index now; `finish` waits for it. */
  begin(run: Run): void {
    this.queued = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // One run at a time: wait for any run still going (a failed build's, a background one), so the swap of folders never races.
    const before = Promise.all([this.background, this.pending].map((p) => p?.catch(() => null)));
    this.pending = before.then(run);
    this.pending.catch(() => null); // reported by `finish`, never as an unhandled rejection
  }

  /** Wait for the index `begin` started; its error fails the build. */
  async finish(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending) report(await pending);
  }

  private timer: NodeJS.Timeout | null = null;

  /**
   * Write the index in the background once the archive has been quiet for
   * `quietMs` (edits come in bursts). An error is printed, never thrown into the serve loop.
   */
  later(run: Run, quietMs = QUIET_MS): void {
    this.queued = run;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.drain();
    }, quietMs);
  }

  private drain(): void {
    if (this.background) return;
    const loop = async () => {
      while (this.queued) {
        const next = this.queued;
        this.queued = null;
        try {
          report(await next());
        } catch (error) {
          console.error(error instanceof Error ? error.message : String(error));
        }
      }
      this.background = null;
    };
    this.background = loop();
  }
}

function report(r: SearchIndexResult): void {
  console.log(`[news-archive] search index: ${r.records} articles in ${(r.ms / 1000).toFixed(1)} s`);
}

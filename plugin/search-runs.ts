/**
 * When the search index is written: after a full build, before the build
 * ends; after a partial rebuild while serving, in the background, so the
 * changed pages are served at once and the index follows a few seconds
 * later. One run at a time; runs asked for while one is going collapse into
 * one more.
 */
import type { SearchIndexResult } from "./search-index.ts";

type Run = () => Promise<SearchIndexResult>;

export class SearchRuns {
  private running: Promise<void> | null = null;
  private queued: Run | null = null;

  /** Write the index now (waiting for a background run first); errors reach the build. */
  async now(run: Run): Promise<void> {
    this.queued = null;
    if (this.running) await this.running;
    report(await run());
  }

  /** Write the index in the background; an error is printed, never thrown into the serve loop. */
  later(run: Run): void {
    this.queued = run;
    if (this.running) return;
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
      this.running = null;
    };
    this.running = loop();
  }
}

function report(r: SearchIndexResult): void {
  console.log(`[news-archive] search index: ${r.records} articles in ${(r.ms / 1000).toFixed(1)} s`);
}

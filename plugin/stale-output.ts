/**
 * Output that a build no longer produces is removed, so a deleted or
 * retracted article, or a day left without articles, is never served again
 * by a running `--serve`/`--watch`. Eleventy itself never removes output.
 * Only files this process wrote in an earlier build are candidates, and only
 * inside the output folder: nothing the user put there is ever touched.
 */
import { rmSync } from "node:fs";
import path from "node:path";

export interface BuildResult {
  url?: string | false;
  outputPath?: string | false;
}

/**
 * - `full`: the build wrote every page; whatever the previous build wrote and this one did not is stale.
 * - `partial`: the plugin rendered only changed pages; the pages it knows are gone (`removedUrls`) are stale.
 * - `incremental`: Eleventy's `--incremental`; nothing is known to be stale.
 */
export type BuildKind = "full" | "partial" | "incremental";

export class StaleOutput {
  /** Output file → URL, of everything this process wrote and has not removed. */
  private written: Map<string, string> | null = null;

  /** Record this build's output and return the files removed from disk. */
  prune(results: readonly BuildResult[], outputDir: string, kind: BuildKind, removedUrls: readonly string[] = []): string[] {
    const current = new Map<string, string>();
    for (const r of results) if (typeof r.outputPath === "string") current.set(path.resolve(r.outputPath), typeof r.url === "string" ? r.url : "");
    const root = path.resolve(outputDir) + path.sep;
    const removed: string[] = [];
    const drop = (file: string) => {
      if (current.has(file) || !file.startsWith(root)) return;
      rmSync(file, { force: true });
      removed.push(file);
    };
    if (this.written && kind === "full") {
      for (const file of this.written.keys()) drop(file);
      this.written = current;
      return removed;
    }
    const next = new Map([...(this.written ?? []), ...current]);
    if (kind === "partial") {
      const gone = new Set(removedUrls);
      for (const [file, url] of next) {
        if (!gone.has(url)) continue;
        drop(file);
        if (!current.has(file)) next.delete(file);
      }
    }
    this.written = next;
    return removed;
  }
}

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
  outputPath?: string | false;
}

export class StaleOutput {
  private previous: Set<string> | null = null;

  /**
   * Record this build's output and return the files of the previous build that
   * it did not write again (already removed from disk). `partial` builds
   * (Eleventy's `--incremental`) write only what changed, so they prune nothing.
   */
  prune(results: readonly BuildResult[], outputDir: string, partial: boolean): string[] {
    const current = new Set<string>();
    for (const r of results) if (typeof r.outputPath === "string") current.add(path.resolve(r.outputPath));
    const removed: string[] = [];
    if (this.previous && !partial) {
      const root = path.resolve(outputDir) + path.sep;
      for (const file of this.previous) {
        if (current.has(file) || !file.startsWith(root)) continue;
        rmSync(file, { force: true });
        removed.push(file);
      }
    }
    this.previous = partial && this.previous ? new Set([...this.previous, ...current]) : current;
    return removed;
  }
}

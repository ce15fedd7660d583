/**
 * The search index: every published article, from the parsed archive (no HTML is read back), goes to
 * `core/search-index.ts`, which a worker thread runs so Eleventy's rendering keeps the main thread. The
 * worker writes the bundle aside; it is then swapped in for `<output>/<SEARCH_BUNDLE>/`, so a reader never
 * meets half an index and no file of a retracted article stays.
 */
import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { workerEntry } from "./worker-entry.ts";
import type { Archive } from "./archive.ts";
import type { SearchDoc } from "./core/search-index.ts";
import { searchDoc } from "./core/search-records.ts";

/** The index could not be written (the worker failed, the output folder is not writable). */
export class NewsArchiveSearchError extends Error {
  readonly skipOriginalStack = true;
  constructor(detail: string) {
    super(`news-archive: the search index could not be built: ${detail}. Set the option \`search: false\` to build without search.`);
    this.name = "NewsArchiveSearchError";
  }
}

export interface SearchIndexResult {
  records: number;
  ms: number;
}

/** The folder in the output that the plugin owns while search is on. */
export const SEARCH_BUNDLE = "news-search";

export interface SearchWorkerJob {
  docs: SearchDoc[];
  folder: string;
}
export type SearchWorkerAnswer = { ok: true; files: number; timing: string } | { ok: false; error: string };

/** Record URLs are the site's own (`/2021/12/08/bai/`): the page's script prefixes them, so `--pathprefix` needs nothing here. */
export async function writeSearchIndex(archive: Archive, outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const target = path.join(path.resolve(outputDir), SEARCH_BUNDLE);
  const aside = `${target}.${process.pid}.tmp`;
  const records = archive.views.length;
  try {
    rmSync(aside, { recursive: true, force: true });
    const prepared = performance.now();
    // The records (all of the archive's text) are copied to the worker as it starts and not kept here: at
    // 35,000 articles they are a few hundred MB that would otherwise stay alive until the index is written.
    const answer = await inWorker(() => ({ docs: archive.views.map((v) => searchDoc(v.article, archive.text(v.id), v.url)), folder: aside }));
    if (process.env.NEWS_ARCHIVE_TIMING === "1") console.error(`news-archive timing: search worker ${Math.round(performance.now() - prepared)} ms (${answer.ok ? answer.timing : "failed"})`);
    if (!answer.ok) throw new NewsArchiveSearchError(answer.error);
    rmSync(target, { recursive: true, force: true });
    renameSync(aside, target);
  } catch (cause) {
    try {
      rmSync(aside, { recursive: true, force: true });
    } catch {
      // nothing was made
    }
    throw cause instanceof NewsArchiveSearchError ? cause : new NewsArchiveSearchError(cause instanceof Error ? cause.message : String(cause));
  }
  if (process.env.NEWS_ARCHIVE_TIMING === "1") console.error(`news-archive timing: search index ${Math.round(performance.now() - started)} ms`);
  return { records, ms: performance.now() - started };
}

/** `job` is made and handed over inside this call, so nothing else holds it once the worker has its copy. */
function inWorker(job: () => SearchWorkerJob): Promise<SearchWorkerAnswer> {
  const worker = new Worker(workerEntry(import.meta.url, "search-worker"), { workerData: job() });
  return new Promise((resolve, reject) => {
    worker.once("message", (answer: SearchWorkerAnswer) => resolve(answer));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search worker stopped (exit code ${code})`)));
  });
}

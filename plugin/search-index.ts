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
import { searchOrder, type SearchDoc } from "./core/search-index.ts";
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

export interface SearchWorkerSetup {
  folder: string;
}
/** To the worker: the next articles (in `searchOrder`), or the end. */
export type SearchWorkerMessage = { docs: SearchDoc[] } | { end: true };
/** From the worker: the outcome, once it has the end. */
export type SearchWorkerAnswer = { ok: true; files: number; timing: string } | { ok: false; error: string };

/** Articles per message to the worker: the text in flight stays a few MB whatever the archive's size. */
const BATCH = 500;

/** Record URLs are the site's own (`/2021/12/08/bai/`): the page's script prefixes them, so `--pathprefix` needs nothing here. */
export async function writeSearchIndex(archive: Archive, outputDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  const target = path.join(path.resolve(outputDir), SEARCH_BUNDLE);
  const aside = `${target}.${process.pid}.tmp`;
  const records = archive.views.length;
  try {
    rmSync(aside, { recursive: true, force: true });
    const prepared = performance.now();
    // The records (all of the archive's text) are made and handed over a batch at a time, so neither thread
    // holds the whole archive's text as records (at 35,000 articles a few hundred MB, twice over while one
    // message with all of them was copied), and the worker keeps only the index it builds.
    const views = [...archive.views].sort((a, b) => searchOrder({ epochMs: a.article.epochMs, url: a.url }, { epochMs: b.article.epochMs, url: b.url }));
    const answer = await inWorker({ folder: aside }, (from) => views.slice(from, from + BATCH).map((v) => searchDoc(v.article, archive.text(v.id), v.url)));
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

/**
 * Runs the worker and sends it `batch(0)`, `batch(BATCH)`… until one comes back empty. They are all sent at
 * once: this thread is busy rendering until the end, so a worker waiting for it would build the index last,
 * at the build's peak; sent now, each batch is copied out and freed here, and the worker takes them as they come.
 */
function inWorker(setup: SearchWorkerSetup, batch: (from: number) => SearchDoc[]): Promise<SearchWorkerAnswer> {
  const worker = new Worker(workerEntry(import.meta.url, "search-worker"), { workerData: setup });
  for (let from = 0; ; ) {
    const docs = batch(from);
    if (docs.length === 0) break;
    from += docs.length;
    worker.postMessage({ docs } satisfies SearchWorkerMessage);
  }
  worker.postMessage({ end: true } satisfies SearchWorkerMessage);
  return new Promise((resolve, reject) => {
    worker.once("message", (answer: SearchWorkerAnswer) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the search worker stopped (exit code ${code})`)));
  });
}

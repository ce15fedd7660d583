/**
 * Worker thread: builds the search index (`core/search-index.ts`) from the articles it is sent in batches,
 * reading the text of those marked `cached` from the parse cache (one line at a time, after the last batch),
 * and writes its files into the folder it is given.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { bodyText } from "./core/render-body.ts";
import { SearchIndexBuilder } from "./core/search-index.ts";
import type { NewsFile } from "./news-reader.ts";
import { eachLine } from "./parse-cache.ts";
import type { SearchItem, SearchWorkerAnswer, SearchWorkerMessage, SearchWorkerSetup } from "./search-index.ts";

const setup = workerData as SearchWorkerSetup;
const builder = new SearchIndexBuilder(setup.total);
/** Articles whose text is in the parse cache, by file path. */
const waiting = new Map<string, SearchItem>();
let failure: string | null = null;
let building = 0;
let cachedItems = 0;

function fromCache(): void {
  if (waiting.size === 0 || setup.cacheFile === null) return;
  let head = true;
  eachLine(setup.cacheFile, (line) => {
    if (head) {
      head = false;
      return true;
    }
    // Only the path and hash are needed to decide; most lines are someone's, so the whole entry is parsed.
    const f = JSON.parse(line) as NewsFile;
    const item = waiting.get(f.key);
    if (item && item.cached!.hash === f.hash) {
      waiting.delete(f.key);
      builder.add({ ...item.doc, paragraphs: bodyText(f.html) }, item.n);
    }
    return waiting.size > 0;
  });
}

parentPort!.on("message", (message: SearchWorkerMessage) => {
  const t0 = performance.now();
  if ("items" in message) {
    try {
      if (failure === null) {
        for (const item of message.items) {
          if (item.cached) {
            waiting.set(item.cached.key, item);
            cachedItems++;
          } else builder.add(item.doc, item.n);
        }
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    building += performance.now() - t0;
    return;
  }
  let answer: SearchWorkerAnswer;
  try {
    if (failure !== null) throw new Error(failure);
    try {
      fromCache();
    } catch {
      // A cache file gone or cut short: what it did not give is indexed below without its body text.
    }
    // Never silently missing: indexed by title, lead, source and tags, and counted for a warning.
    const withoutText = waiting.size;
    const cachedText = cachedItems - withoutText;
    for (const item of waiting.values()) builder.add(item.doc, item.n);
    const t1 = performance.now();
    const { files } = builder.finish();
    const t2 = performance.now();
    const made = new Set<string>();
    for (const [name, text] of files) {
      const file = path.join(setup.folder, name);
      const dir = path.dirname(file);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      writeFileSync(file, text);
    }
    answer = {
      ok: true,
      files: files.size,
      withoutText,
      timing: `build ${Math.round(building + t2 - t0)} ms, ${cachedText} articles' text from the parse cache in ${Math.round(t1 - t0)} ms, write ${Math.round(performance.now() - t2)} ms`,
    };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
  // Ends this thread now, freeing the index's memory: the main thread may read the answer only when its
  // rendering is done, and a waiting worker would hold a hundred MB or more until then (the answer is still delivered).
  process.exit(0);
});

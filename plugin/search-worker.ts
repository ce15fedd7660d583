/**
 * Worker thread: builds the search index (`core/search-index.ts`) from the articles it is sent in batches
 * (in search order), and writes its files into the folder it is given.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { SearchIndexBuilder } from "./core/search-index.ts";
import type { SearchWorkerAnswer, SearchWorkerMessage, SearchWorkerSetup } from "./search-index.ts";

const setup = workerData as SearchWorkerSetup;
const builder = new SearchIndexBuilder();
let failure: string | null = null;
let building = 0;

parentPort!.on("message", (message: SearchWorkerMessage) => {
  if ("docs" in message) {
    const t0 = performance.now();
    try {
      if (failure === null) for (const d of message.docs) builder.add(d);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    building += performance.now() - t0;
    return;
  }
  let answer: SearchWorkerAnswer;
  try {
    if (failure !== null) throw new Error(failure);
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
    answer = { ok: true, files: files.size, timing: `build ${Math.round(building + t2 - t1)} ms, write ${Math.round(performance.now() - t2)} ms` };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
  // Ends this thread now, freeing the index's memory: the main thread may read the answer only when its
  // rendering is done, and a waiting worker would hold a few hundred MB until then (the answer is still delivered).
  process.exit(0);
});

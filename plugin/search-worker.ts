/** Worker thread: builds the search index (`core/search-index.ts`) and writes its files into the folder it is given. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { buildSearchIndex } from "./core/search-index.ts";
import type { SearchWorkerAnswer, SearchWorkerJob } from "./search-index.ts";

const job = workerData as SearchWorkerJob;
let answer: SearchWorkerAnswer;
try {
  const t0 = performance.now();
  const { files } = buildSearchIndex(job.docs);
  const t1 = performance.now();
  const made = new Set<string>();
  for (const [name, text] of files) {
    const file = path.join(job.folder, name);
    const dir = path.dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, text);
  }
  answer = { ok: true, files: files.size, timing: `build ${Math.round(t1 - t0)} ms, write ${Math.round(performance.now() - t1)} ms` };
} catch (error) {
  answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(answer);

/**
 * Parses part of a build's raw files on a worker thread, so a first build
 * uses the machine's second core. The worker reads, hashes, parses and tags
 * the files it is given; any file it could not handle, and every file when
 * the worker fails to start or dies, comes back as `null` for the caller to
 * parse on the main thread.
 */
import { Worker } from "node:worker_threads";
import { workerEntry } from "./worker-entry.ts";
import type { ParseResult } from "./core/types.ts";
import type { TagOptions } from "./options.ts";

export interface WorkerSetup {
  zone: string;
  slugMaxLength: number;
  furniture: boolean;
  tags: TagOptions;
  dataDir: string | undefined;
}
export interface ReadRequest {
  files: { key: string; display: string }[];
}
export type ReadResponse = { key: string; result: ParseResult; hash: string; html: string; words: number } | { key: string; failure: string };
export interface ReadAhead {
  result: ParseResult;
  /** SHA-1 of the bytes the worker read. */
  hash: string;
  /** The body rendered to HTML. */
  html: string;
  /** The body's word count (for the open data). */
  words: number;
}

/** Below this many files a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD = 300;

/** Files a worker is sent at a time, and how many such batches it holds at once. */
const BATCH = 16;
const IN_FLIGHT = 2;

export class ReadPool {
  private worker: Worker | null = null;

  /** Read and parse `files` (absolute paths) on a worker; resolves one entry per file, null where the caller must do it. */
  read(files: readonly { key: string; display: string }[], setup: WorkerSetup): Promise<(ReadAhead | null)[]> {
    return this.share(files, setup, null);
  }

  /**
   * Share `files` between a worker and this thread: the worker takes batches from the end of the list,
   * `here(i)` is called for files taken from the start (a few at a time, letting the worker's answers in
   * between), until the two meet. So both cores stay busy to the end, whichever is faster. Resolves one
   * entry per file: the worker's result, or null for a file `here` took or the worker could not do.
   */
  share(files: readonly { key: string; display: string }[], setup: WorkerSetup, here: ((i: number) => void) | null): Promise<(ReadAhead | null)[]> {
    const out = new Array<ReadAhead | null>(files.length).fill(null);
    let front = 0;
    let back = files.length;
    const runHere = async (): Promise<void> => {
      if (!here) return;
      while (front < back) {
        const end = Math.min(front + BATCH, back);
        for (; front < end; front++) here(front);
        await new Promise<void>((resolve) => setImmediate(resolve)); // the worker's answers, and its next batch
      }
    };
    if (files.length === 0) return Promise.resolve(out);
    let worker: Worker;
    try {
      worker = spawn(setup);
    } catch {
      if (here) for (; front < back; front++) here(front);
      return Promise.resolve(out);
    }
    this.worker = worker;
    const slot = new Map(files.map((f, i) => [f.key, i]));
    return new Promise((resolve, reject) => {
      let pending = 0;
      let done = false;
      let hereDone = !here;
      const finish = () => {
        if (done) return;
        done = true;
        this.worker = null;
        void worker.terminate();
        back = front; // this thread takes nothing more from a dead worker's share: the caller parses the nulls
        if (hereDone) resolve(out);
      };
      const send = () => {
        while (!done && pending < IN_FLIGHT * BATCH && front < back) {
          const start = Math.max(front, back - BATCH);
          const batch = files.slice(start, back);
          back = start;
          pending += batch.length;
          worker.postMessage({ files: batch } satisfies ReadRequest);
        }
        if (!done && pending === 0 && front >= back) finish();
      };
      worker.on("message", (m: ReadResponse) => {
        const i = slot.get(m.key);
        if (i !== undefined && "result" in m) out[i] = { result: m.result, hash: m.hash, html: m.html, words: m.words };
        pending--;
        send();
      });
      // A broken worker must not stall the build: what it did not finish is read on the main thread.
      worker.on("error", finish);
      worker.on("exit", finish);
      send();
      runHere().then(
        () => {
          hereDone = true;
          if (done) resolve(out);
          else if (pending === 0) finish();
        },
        (error: unknown) => {
          // This thread's own parse failed (not the content: a bug or a broken setting): the build reports it.
          done = true;
          this.worker = null;
          void worker.terminate();
          reject(error);
        },
      );
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

function spawn(setup: WorkerSetup): Worker {
  return new Worker(workerEntry(import.meta.url, "read-worker"), { workerData: setup });
}

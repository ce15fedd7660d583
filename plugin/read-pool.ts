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

export class ReadPool {
  private worker: Worker | null = null;

  /** Read and parse `files` (absolute paths) on a worker; resolves one entry per file, null where the caller must do it. */
  read(files: readonly { key: string; display: string }[], setup: WorkerSetup): Promise<(ReadAhead | null)[]> {
    const out = new Array<ReadAhead | null>(files.length).fill(null);
    if (files.length === 0) return Promise.resolve(out);
    let worker: Worker;
    try {
      worker = spawn(setup);
    } catch {
      return Promise.resolve(out);
    }
    this.worker = worker;
    const slot = new Map(files.map((f, i) => [f.key, i]));
    return new Promise((resolve) => {
      let remaining = files.length;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.worker = null;
        void worker.terminate();
        resolve(out);
      };
      worker.on("message", (m: ReadResponse) => {
        const i = slot.get(m.key);
        if (i !== undefined && "result" in m) out[i] = { result: m.result, hash: m.hash, html: m.html, words: m.words };
        if (--remaining === 0) finish();
      });
      // A broken worker must not stall the build: what it did not finish is read on the main thread.
      worker.on("error", finish);
      worker.on("exit", finish);
      worker.postMessage({ files: [...files] } satisfies ReadRequest);
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

/**
 * Reads a build's raw files on a worker thread ahead of Eleventy asking for
 * them. Eleventy's own work is single-threaded; this puts parsing and tagging
 * on the second core. Small builds (where starting a worker costs more than
 * it saves) and any worker failure fall back to reading on the main thread.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ReadResult } from "./core/read-article.ts";
import { filesUnder, isArticleFile } from "./news-files.ts";
import type { TagOptions } from "./options.ts";

export interface WorkerSetup {
  zone: string;
  slugMaxLength: number;
  tags: TagOptions;
  dataDir: string | undefined;
}
export interface ReadRequest {
  files: { key: string; display: string }[];
}
export type ReadResponse = { key: string; result: ReadResult; hash: string } | { key: string; failure: string };
export interface ReadAhead {
  result: ReadResult;
  /** SHA-1 of the bytes the worker read. */
  hash: string;
}

/** Below this many files a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD = 300;

export class ReadPool {
  private worker: Worker | null = null;
  private readonly pending = new Map<string, { resolve: (r: ReadAhead | null) => void; promise: Promise<ReadAhead | null> }>();

  /** Start reading every `.txt` under `newsDir`; returns how many files were queued (0: not used). */
  start(newsDir: string, setup: WorkerSetup, display: (p: string) => string): number {
    const files = listTxt(newsDir);
    if (files.length < WORKER_THRESHOLD) return 0;
    try {
      this.worker = spawn(setup);
    } catch {
      return 0;
    }
    for (const key of files) {
      let resolve!: (r: ReadAhead | null) => void;
      const promise = new Promise<ReadAhead | null>((r) => (resolve = r));
      this.pending.set(key, { resolve, promise });
    }
    let remaining = files.length;
    const worker = this.worker;
    worker.on("message", (m: ReadResponse) => {
      this.pending.get(m.key)?.resolve("result" in m ? { result: m.result, hash: m.hash } : null);
      // Done: let the process exit on its own even if the build stops before `eleventy.after`.
      if (--remaining === 0) void worker.terminate();
    });
    // A broken worker must not stall the build: every waiting file is read on the main thread.
    const giveUp = () => {
      for (const entry of this.pending.values()) entry.resolve(null);
    };
    worker.on("error", giveUp);
    worker.on("exit", giveUp);
    this.worker.postMessage({ files: files.map((key) => ({ key, display: display(key) })) } satisfies ReadRequest);
    return files.length;
  }

  /** The worker's result for an absolute path; null when the caller must read it itself. */
  take(key: string): Promise<ReadAhead | null> | null {
    return this.pending.get(key)?.promise ?? null;
  }

  stop(): void {
    for (const entry of this.pending.values()) entry.resolve(null);
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = null;
  }
}

function spawn(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  // From source (`.ts`, run through tsx or vitest) the worker needs tsx's loader; compiled, it is plain JS.
  if (here.endsWith(".ts")) return new Worker(new URL("./read-worker-tsx.mjs", here), { workerData: setup });
  return new Worker(new URL("./read-worker.js", here), { workerData: setup });
}

function listTxt(dir: string): string[] {
  return filesUnder(dir).filter(isArticleFile).map((n) => path.resolve(dir, n));
}

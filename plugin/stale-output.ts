/**
 * Output that a build no longer produces is removed, so a deleted or
 * retracted article, or a day left without articles, is never served again:
 * not by a running `--serve`/`--watch`, and not from an output folder that
 * is built again and uploaded. Eleventy itself never removes output. The
 * plugin keeps a manifest of the pages it wrote (`.news-archive-manifest.json`
 * in the output folder); only files listed there are ever candidates, and
 * only inside the output folder, so nothing the user put there (or another
 * template wrote) is touched.
 */
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MANIFEST_FILE = ".news-archive-manifest.json";

export interface BuildResult {
  inputPath?: string;
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

  /** Record this build's output (the plugin's pages only) and return the files removed from disk. */
  prune(results: readonly BuildResult[], outputDir: string, kind: BuildKind, removedUrls: readonly string[] = []): string[] {
    const before = this.written;
    this.written ??= readManifest(outputDir);
    const listed = this.written?.size ?? -1;
    const removed = this.update(results, outputDir, kind, removedUrls);
    // A partial rebuild that rewrote known pages and removed none leaves the manifest as it was on disk.
    const same = kind !== "full" && before !== null && removed.length === 0 && this.written?.size === listed;
    if (!same) writeManifest(outputDir, this.written);
    return removed;
  }

  private update(results: readonly BuildResult[], outputDir: string, kind: BuildKind, removedUrls: readonly string[]): string[] {
    const current = new Map<string, string>();
    for (const r of results) if (typeof r.outputPath === "string") current.set(path.resolve(r.outputPath), typeof r.url === "string" ? r.url : "");
    const root = path.resolve(outputDir) + path.sep;
    const removed: string[] = [];
    const drop = (file: string) => {
      if (current.has(file) || !file.startsWith(root)) return;
      rmSync(file, { force: true });
      removed.push(file);
      // The folder a pretty URL made (`/2021/12/08/bai/`) goes too, when nothing else is in it.
      for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break; // not empty (or already gone): stop climbing
        }
      }
    };
    if (this.written && kind === "full") {
      for (const file of this.written.keys()) drop(file);
      this.written = current;
      return removed;
    }
    // Updated in place: a rebuild while serving touches a few of tens of thousands of entries.
    const next = this.written ?? new Map<string, string>();
    for (const [file, url] of current) next.set(file, url);
    if (kind === "partial" && removedUrls.length > 0) {
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

interface Manifest {
  /** Output files relative to the output folder, `/`-separated, with their URLs. */
  files: Record<string, string>;
}

/** The last build's pages, or null when there is no manifest (nothing is then removed). */
function readManifest(outputDir: string): Map<string, string> | null {
  const root = path.resolve(outputDir);
  try {
    const m = JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), "utf8")) as Manifest;
    const out = new Map<string, string>();
    for (const [rel, url] of Object.entries(m.files ?? {})) {
      const file = path.resolve(root, rel);
      if (file.startsWith(root + path.sep) && typeof url === "string") out.set(file, url);
    }
    return out;
  } catch {
    return null;
  }
}

function writeManifest(outputDir: string, written: Map<string, string> | null): void {
  if (!written) return;
  const root = path.resolve(outputDir);
  const files: Record<string, string> = {};
  for (const [file, url] of [...written].sort((a, b) => (a[0] < b[0] ? -1 : 1))) files[path.relative(root, file).split(path.sep).join("/")] = url;
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, MANIFEST_FILE), `${JSON.stringify({ files } satisfies Manifest)}\n`);
}

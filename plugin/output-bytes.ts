/**
 * The plugin's pages reach Eleventy as UTF-8 bytes instead of JavaScript text, in a
 * one-off build to disk. Eleventy keeps every page it wrote until the build ends
 * (they are `eleventy.after`'s results); a Vietnamese page is a two-byte-per-character
 * string, so the same page as bytes takes about half the memory (35,000 articles:
 * 2.98 → 2.27 GB peak). Eleventy writes a Buffer as it is.
 *
 * One job: decide when that is safe, and convert. It is safe only when no transform
 * runs after this one that could expect text (the bundle plugin's transforms, which
 * pass bytes through, are the only ones allowed after it, and only while no bundle is
 * declared), when Eleventy writes files (not `--to=json`), and when not serving (the
 * dev server compares pages as text).
 *
 * Once a page's file is on disk its bytes are let go (`PageRelease`): nothing in a one-off
 * build reads them again, and at 35,000 articles they are about 680 MB.
 */
import { statSync, type Stats } from "node:fs";
import { PAGES_FOLDER } from "./pages.ts";
import type { EleventyConfig } from "./eleventy-types.ts";

export const OUTPUT_BYTES_TRANSFORM = "news-archive/output-bytes";

/** Transforms that leave content that is not a string untouched. */
const PASS_THROUGH = new Set(["@11ty/eleventy-bundle", "@11ty/eleventy-bundle/delayed"]);

export interface OutputBytesContext {
  /** Names of the configured transforms, in the order Eleventy runs them. */
  transforms: readonly string[];
  /** Bundles declared with `addBundle` (their transforms then do work on text). */
  bundles: number;
  runMode: string | undefined;
  outputMode: string | undefined;
}

/** Whether this build can hand pages over as bytes. */
export function outputBytesSafe(ctx: OutputBytesContext): boolean {
  if (ctx.runMode !== "build" || ctx.outputMode !== "fs") return false;
  const at = ctx.transforms.indexOf(OUTPUT_BYTES_TRANSFORM);
  if (at < 0) return false;
  const after = ctx.transforms.slice(at + 1);
  return after.every((name) => PASS_THROUGH.has(name)) && (after.length === 0 || ctx.bundles === 0);
}

interface TransformConfig {
  addTransform(name: string, fn: (this: { inputPath?: string }, content: unknown) => unknown): void;
  transforms?: Record<string, unknown>;
  getBundleManagers?(): Record<string, unknown>;
  templateHandling?: { writeMode?: string };
}

export function registerOutputBytes(eleventyConfig: EleventyConfig): void {
  const config = eleventyConfig as unknown as TransformConfig;
  let on = false;
  const own = `/${PAGES_FOLDER}/`;
  const release = new PageRelease();
  config.addTransform(OUTPUT_BYTES_TRANSFORM, function (this: { inputPath?: string; outputPath?: unknown }, content) {
    // Only the plugin's own pages: the site's other pages stay as Eleventy made them.
    if (!on || typeof content !== "string" || !this.inputPath?.includes(own)) return content;
    const bytes = Buffer.from(content, "utf8");
    release.handOver(typeof this.outputPath === "string" ? this.outputPath : null, bytes);
    return bytes;
  });
  eleventyConfig.on("eleventy.before", ((arg: { runMode?: string; outputMode?: string } | undefined) => {
    on = outputBytesSafe({
      transforms: Object.keys(config.transforms ?? {}),
      bundles: Object.keys(config.getBundleManagers?.() ?? {}).length,
      runMode: arg?.runMode,
      outputMode: arg?.outputMode,
    });
    // `configureTemplateHandling({ writeMode: "async" })`: Node's asynchronous write reads the bytes again after the last chunk.
    release.begin(config.templateHandling?.writeMode !== "async");
  }) as (arg: never) => unknown);
  // The last pages, written after the last transform ran.
  eleventyConfig.on("eleventy.after", () => release.finish());
}

type FileState = Pick<Stats, "size" | "mtimeMs" | "ctimeMs" | "ino">;
type StatFile = (path: string) => FileState | undefined;

/**
 * Lets go of the bytes of pages already on disk. Eleventy keeps every page it wrote until the build
 * ends (in `eleventy.after`'s results and in each page's render cache), though a one-off build never
 * reads them again. The page's file is looked at when the page is handed over (before Eleventy writes
 * it); the page counts as written once the file is there with the page's length and has changed since
 * (another modification or change time, or another file). Its bytes are then detached, which returns
 * their memory at once and leaves an empty buffer where Eleventy kept them. No clock is compared, so a
 * file system whose clock runs ahead cannot make an unwritten page look written. Eleventy writes each
 * page soon after its transforms, so the pages handed over before are checked each time a new one is,
 * except the last few (not written yet as a rule): a page not found written after a few checks is kept
 * as it is (a dry run writes nothing, and after a run of such pages the checks stop). Only for Eleventy's synchronous writes: an asynchronous
 * write may still read the bytes after the file is complete. A page is looked at when handed over even
 * into an output folder that was empty when the build began: another `eleventy.before` listener may
 * still be restoring an earlier copy of the site there (Eleventy runs them at once).
 */
export class PageRelease {
  private pending: { path: string; bytes: Buffer; before: FileState | undefined; checks: number }[] = [];
  private keptInARow = 0;
  private on = true;
  /** Pages whose bytes were let go in this build. */
  released = 0;

  constructor(
    private readonly stat: StatFile = (p) => statSync(p, { throwIfNoEntry: false }),
    /** Pages handed over last that are not looked at yet. */
    private readonly lag = LAG,
  ) {}

  /** A new build; `on: false` hands pages over without letting any go. */
  begin(on = true): void {
    this.pending = [];
    this.keptInARow = 0;
    this.released = 0;
    this.on = on;
  }

  /** A page's bytes, about to be written to `path`. */
  handOver(path: string | null, bytes: Buffer): void {
    if (!this.on) return;
    this.check(CHECKS_PER_PAGE, this.lag);
    // Only bytes with a memory block of their own (a small page shares Node's pool with other buffers).
    if (path === null || this.keptInARow >= GIVE_UP_AFTER || bytes.byteOffset !== 0 || bytes.buffer.byteLength !== bytes.byteLength) return;
    this.pending.push({ path, bytes, before: this.stat(path), checks: 0 });
  }

  /** The build has written everything it will: check what is left once. */
  finish(): void {
    for (const p of this.pending) p.checks = MAX_CHECKS - 1;
    this.check(this.pending.length);
    this.pending = [];
  }

  /** Look at up to `limit` pages, oldest first, leaving the `lag` handed over last. */
  private check(limit: number, lag = 0): void {
    const still: typeof this.pending = [];
    let checked = 0;
    const last = this.pending.length - lag;
    for (let i = 0; i < this.pending.length; i++) {
      const p = this.pending[i]!;
      if (checked >= limit || i >= last) {
        still.push(p);
        continue;
      }
      checked++;
      if (written(p.before, this.stat(p.path), p.bytes.byteLength) && detach(p.bytes)) {
        this.released++;
        this.keptInARow = 0;
      } else if (++p.checks < MAX_CHECKS) still.push(p);
      else this.keptInARow++;
    }
    this.pending = still;
  }
}

/** The file is there with `size` bytes, and is not the file that was there before. */
function written(before: FileState | undefined, now: FileState | undefined, size: number): boolean {
  if (now === undefined || now.size !== size) return false;
  return before === undefined || now.ino !== before.ino || now.mtimeMs !== before.mtimeMs || now.ctimeMs !== before.ctimeMs;
}

const CHECKS_PER_PAGE = 4;
/**
 * Pages handed over last that are not looked at yet: Eleventy renders several templates at once, so a
 * page is often written only after a few more have been handed over (looking too early costs a stat).
 */
const LAG = 8;
const MAX_CHECKS = 8;
/** Pages found unwritten in a row after which no more are tracked (a dry run). */
const GIVE_UP_AFTER = 32;

/** Empty `bytes` and free their memory block (a transfer to a copy that is dropped). */
function detach(bytes: Buffer): boolean {
  try {
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    return true;
  } catch {
    return false;
  }
}

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
 */
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
}

export function registerOutputBytes(eleventyConfig: EleventyConfig): void {
  const config = eleventyConfig as unknown as TransformConfig;
  let on = false;
  const own = `/${PAGES_FOLDER}/`;
  config.addTransform(OUTPUT_BYTES_TRANSFORM, function (content) {
    // Only the plugin's own pages: the site's other pages stay as Eleventy made them.
    if (!on || typeof content !== "string" || !this.inputPath?.includes(own)) return content;
    return Buffer.from(content, "utf8");
  });
  eleventyConfig.on("eleventy.before", ((arg: { runMode?: string; outputMode?: string } | undefined) => {
    on = outputBytesSafe({
      transforms: Object.keys(config.transforms ?? {}),
      bundles: Object.keys(config.getBundleManagers?.() ?? {}).length,
      runMode: arg?.runMode,
      outputMode: arg?.outputMode,
    });
  }) as (arg: never) => unknown);
}

/** Build fixture archives with Eleventy's programmatic API and read the output. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import newsArchive from "../../plugin/index.ts";
import type { UserOptions } from "../../plugin/options.ts";

export interface BuiltPage {
  url: string;
  inputPath: string;
  content: string;
  /** For an article page: its raw file relative to the input folder (`news/a.txt`), from `collections.newsArticles`. */
  sourceFile: string | null;
}

/**
 * A user template every fixture site gets: `collections.newsArticles` as JSON
 * (raw file → URL), so tests know which file each article page came from the
 * way a user's own template would.
 */
const ARTICLE_MAP = "_article-map.njk";
const ARTICLE_MAP_URL = "/_article-map.json";
const ARTICLE_MAP_TEMPLATE = `---
permalink: ${ARTICLE_MAP_URL}
eleventyExcludeFromCollections: true
---
{{ collections.newsArticles | dump | safe }}`;

/** A temporary project: `files` are paths under `src/` → text or bytes. */
export function makeSite(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "news-archive-it-"));
  for (const [name, content] of Object.entries({ [ARTICLE_MAP]: ARTICLE_MAP_TEMPLATE, ...files })) {
    const file = path.join(root, "src", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function addFile(root: string, name: string, content: string): void {
  const file = path.join(root, "src", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Build in memory; returns pages by URL. */
export async function buildSite(root: string, options: UserOptions = {}, eleventyOptions: Record<string, unknown> = {}): Promise<Map<string, BuiltPage>> {
  // Relative paths, as on the command line: Eleventy 3 does not find directory data files when
  // given an absolute input path. Each site's paths differ (`./news-archive-it-XXXX/src/…`) because
  // Eleventy keeps module-level caches keyed by input path. (Vitest runs test files in forks.)
  const previous = process.cwd();
  process.chdir(path.dirname(root));
  try {
    return await buildHere(path.basename(root), options, eleventyOptions);
  } finally {
    process.chdir(previous);
  }
}

async function buildHere(site: string, options: UserOptions, eleventyOptions: Record<string, unknown>): Promise<Map<string, BuiltPage>> {
  const elev = new Eleventy(`${site}/src`, `${site}/_site`, {
    quietMode: true,
  configPath: false, // only the plugin, never a config file found in the working folder
    ...eleventyOptions,
    config(eleventyConfig: { addPlugin(p: unknown, o?: object): void; setIncludesDirectory(dir: string): void }) {
      // `includes` (relative to the input folder), e.g. "../_includes" for the design card's shape.
      if (typeof eleventyOptions.includes === "string") eleventyConfig.setIncludesDirectory(eleventyOptions.includes);
      // No parse cache unless a test asks: these builds run from the system's temporary folder.
      eleventyConfig.addPlugin(newsArchive, { printWarnings: false, cache: false, ...options });
    },
  });
  const pages = await elev.toJSON();
  const out = new Map<string, BuiltPage>();
  const map = pages.find((p) => p.url === ARTICLE_MAP_URL);
  const sources = new Map<string, string>();
  if (map) for (const item of JSON.parse(map.content) as { url: string; inputPath: string }[]) sources.set(item.url, item.inputPath.replace(/^.*?\/src\//, ""));
  for (const p of pages) {
    if (typeof p.url !== "string" || p.url === ARTICLE_MAP_URL) continue;
    out.set(p.url, { url: p.url, inputPath: p.inputPath, content: p.content, sourceFile: sources.get(p.url) ?? null });
  }
  return out;
}

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), "build-cli.ts");

/** Build to disk in a child process (own TZ, real exit status). */
export function buildInChild(
  root: string,
  env: Record<string, string> = {},
  options: UserOptions = {},
  eleventyOptions: { pathPrefix?: string; dryRun?: boolean } = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), CLI, JSON.stringify(options), JSON.stringify(eleventyOptions)], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every output file under `_site`, relative path → content. */
export function readOutput(root: string): Map<string, string> {
  const base = path.join(root, "_site");
  const out = new Map<string, string>();
  for (const rel of readdirSync(base, { recursive: true }) as string[]) {
    const full = path.join(base, rel);
    try {
      out.set(rel.split(path.sep).join("/"), readFileSync(full, "utf8"));
    } catch {
      // a folder
    }
  }
  return out;
}

/** A raw article in the corpus's usual shape. */
export function article(title: string, dateLine: string | null, opts: { tags?: string[]; source?: string; body?: string } = {}): string {
  const lines = [title, ""];
  if (dateLine) lines.push(dateLine, "");
  lines.push(opts.body ?? `Nội dung chính của bài "${title}" được viết để kiểm thử.`, "", "Đoạn thứ hai của bài viết.");
  if (opts.tags) lines.push("", `Từ khóa: ${opts.tags.join(", ")}`);
  if (opts.source) lines.push("", `Theo ${opts.source}`);
  return lines.join("\n");
}

/**
 * The project `inspect` runs in: its Eleventy config, loaded by Eleventy
 * itself (the project's own copy), and the options and folders the plugin
 * was given there. Nothing is rendered; only the config runs.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NewsArchiveOptions } from "../options.ts";
import { projectRegistry } from "../project-registry.ts";

export interface Project {
  /** The config file, relative to the project folder. */
  configFile: string;
  options: NewsArchiveOptions;
  input: string;
  data: string | undefined;
}

/** Eleventy 3's own config file names, in its order, then the TypeScript ones. */
export const CONFIG_NAMES = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts", "eleventy.config.mts", ".eleventy.ts"];

export function findConfig(projectDir: string): string | null {
  return CONFIG_NAMES.find((name) => existsSync(path.join(projectDir, name))) ?? null;
}

interface EleventyLike {
  initializeConfig(): Promise<void>;
}
type EleventyClass = new (input?: string, output?: string, options?: object) => EleventyLike;

/**
 * Runs the config as `npx eleventy` would. Null when there is no config file;
 * throws with the fix when there is one that cannot be loaded or that does not add the plugin.
 */
export async function loadProject(projectDir: string, configFile: string | null = findConfig(projectDir)): Promise<Project | null> {
  if (configFile === null) return null;
  if (!existsSync(path.resolve(projectDir, configFile))) throw new Error(`the Eleventy config ${configFile} does not exist`);
  if (/\.[cm]?ts$/.test(configFile)) await registerTypeScript(configFile);
  const Eleventy = await eleventyOf(projectDir);
  const registry = projectRegistry();
  const before = registry.length;
  const elev = new Eleventy(undefined, undefined, { quietMode: true, configPath: configFile, runMode: "build" });
  await elev.initializeConfig();
  const mine = registry.slice(before);
  registry.length = before;
  const reg = mine[0];
  if (!reg) {
    throw new Error(`${configFile} does not add the news-archive plugin (eleventyConfig.addPlugin(newsArchive)); run inspect with --no-config to use the default options`);
  }
  const dirs = reg.dirs();
  return { configFile, options: reg.options, input: dirs.input, data: dirs.data };
}

/** The project's own Eleventy (as its build uses), else the one next to this package. */
async function eleventyOf(projectDir: string): Promise<EleventyClass> {
  let specifier = "@11ty/eleventy";
  try {
    // Its ES module entry (`require.resolve` would give the CommonJS one).
    const manifest = createRequire(path.join(projectDir, "package.json")).resolve("@11ty/eleventy/package.json");
    const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { main?: string; exports?: { ".": { import?: string } } };
    const entry = pkg.exports?.["."]?.import ?? pkg.main;
    if (entry) specifier = pathToFileURL(path.join(path.dirname(manifest), entry)).href;
  } catch {
    // not installed in the project: try our own resolution below
  }
  try {
    const mod = (await import(specifier)) as { default: EleventyClass };
    return mod.default;
  } catch (cause) {
    throw new Error(`inspect reads the project's Eleventy config, which needs @11ty/eleventy installed (npm install @11ty/eleventy), or run it with --no-config`, { cause });
  }
}

async function registerTypeScript(configFile: string): Promise<void> {
  try {
    const api = (await import("tsx/esm/api")) as { register(): unknown };
    api.register();
  } catch (cause) {
    throw new Error(`${configFile} is TypeScript: install tsx (npm install --save-dev tsx) so inspect can load it`, { cause });
  }
}

/**
 * Directory data for raw files. Raw files are not Eleventy templates, so the
 * plugin applies Eleventy's directory data files itself, with Eleventy's
 * names and order: for each folder from the input folder down to the
 * article's, `<folder>.json`, then `<folder>.11tydata.json`, then
 * `<folder>.11tydata.{js,cjs,mjs}` (an object, or a function returning
 * one), each overriding the one before; deeper folders override shallower.
 * `news/cand/cand.11tydata.json` with `{ "source": "CAND" }` sets the source
 * of every article under `news/cand/` that names none itself.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isEleventyKey } from "./core/apply-front-matter.ts";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "./core/types.ts";

export type Data = Record<string, unknown>;

export interface FolderData {
  data: Data;
  /** Changes whenever any file contributing to `data` changes. */
  fingerprint: string;
}

export class DirectoryData {
  private readonly byFolder = new Map<string, Promise<FolderData>>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly inputDir: string,
    private readonly display: (p: string) => string,
  ) {}

  /** The merged data for a folder (absolute path) inside the input folder. */
  forFolder(folder: string): Promise<FolderData> {
    let known = this.byFolder.get(folder);
    if (!known) {
      known = this.compute(folder);
      this.byFolder.set(folder, known);
    }
    return known;
  }

  private async compute(folder: string): Promise<FolderData> {
    const root = path.resolve(this.inputDir);
    // A file outside the input folder (`inspect incoming/a.txt`) gets no folder's data.
    if (folder !== root && !folder.startsWith(root + path.sep)) return { data: {}, fingerprint: "" };
    const parent = folder === root || !folder.startsWith(root + path.sep) ? null : path.dirname(folder);
    const base = parent ? await this.forFolder(parent) : { data: {}, fingerprint: "" };
    let data = base.data;
    let fingerprint = base.fingerprint;
    const name = path.basename(folder);
    for (const file of [`${name}.json`, `${name}.11tydata.json`, `${name}.11tydata.js`, `${name}.11tydata.cjs`, `${name}.11tydata.mjs`]) {
      const full = path.join(folder, file);
      if (!existsSync(full)) continue;
      const own = await this.load(full);
      if (own === null) continue;
      data = mergeData(data, own);
      fingerprint += `|${full}:${statSync(full).mtimeMs}`;
    }
    return { data, fingerprint };
  }

  private async load(file: string): Promise<Data | null> {
    try {
      let value: unknown;
      if (file.endsWith(".json")) value = JSON.parse(readFileSync(file, "utf8"));
      else {
        // The query makes a running `--serve` see an edited file (Node caches modules by URL).
        const mod = (await import(`${pathToFileURL(file).href}?v=${statSync(file).mtimeMs}`)) as { default?: unknown };
        value = mod.default ?? mod;
        if (typeof value === "function") value = await (value as () => unknown)();
      }
      if (value && typeof value === "object" && !Array.isArray(value)) return this.withoutTemplateKeys(file, value as Data);
      this.fail(file, "A directory data file must hold an object of fields, e.g. { \"source\": \"CAND\" }.");
    } catch (cause) {
      this.fail(file, `Cannot read this directory data file: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    return null;
  }

  /**
   * Keys that would make sense only for Eleventy templates (`layout`,
   * `pagination`, …) or for one page (`permalink`) are refused by name;
   * `permalink: false` (unpublish the folder) is kept.
   */
  private withoutTemplateKeys(file: string, data: Data): Data {
    const out: Data = {};
    for (const [key, value] of Object.entries(data)) {
      if (isEleventyKey(key) || key === "layout" || (key === "permalink" && value !== false)) {
        this.diagnostics.push({
          severity: "warning",
          ruleId: "reserved-key",
          reason: `Directory data key \`${key}\` has no meaning for raw articles (they are not templates, and one permalink cannot serve a folder of articles); it was ignored.`,
          file: this.display(file),
          line: 1,
          column: 1,
        });
      } else out[key] = value;
    }
    return out;
  }

  private fail(file: string, reason: string): void {
    this.diagnostics.push({ severity: "error", ruleId: "directory-data", reason, file: this.display(file), line: 1, column: 1 });
  }
}

/** Eleventy's deep merge: objects merge key by key, arrays concatenate (without repeats), other values replace. */
export function mergeData(base: Data, over: Data): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = out[key];
    if (Array.isArray(before) && Array.isArray(value)) out[key] = [...new Set([...before, ...value])];
    else if (isPlainObject(before) && isPlainObject(value)) out[key] = mergeData(before, value);
    else out[key] = value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Data {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

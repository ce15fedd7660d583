/**
 * Tag settings from options plus the project's `_data/newsTaxonomy.json`:
 *   { "tags": [{ "name": "Công an nhân dân", "aliases": ["CAND"] }], "stop": ["Hội nghị"] }
 * Project entries are added to the built-in taxonomy; an entry with the same
 * name (compared as a slug) replaces the built-in one.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "./core/types.ts";
import { foldKey } from "./core/slug.ts";
import { DEFAULT_TAXONOMY } from "./core/tags/default-taxonomy.ts";
import { defaultTagSettings, type TagSettings } from "./core/tags/derive-tags.ts";
import type { TaxonomyEntry } from "./core/tags/taxonomy.ts";
import type { TagOptions } from "./options.ts";

export const TAXONOMY_FILE = "newsTaxonomy.json";

/**
 * A taxonomy file at the project root's `_data/` when Eleventy's data folder is elsewhere
 * (`src/_data`): it would be ignored in silence, so it is named.
 */
export function misplacedTaxonomy(dataDir: string | undefined, projectDir: string, display: (p: string) => string): Diagnostic | null {
  const atRoot = resolve(projectDir, "_data", TAXONOMY_FILE);
  const used = dataDir ? resolve(dataDir, TAXONOMY_FILE) : null;
  if (used === atRoot || !existsSync(atRoot)) return null;
  const where = used ? display(used) : "Eleventy's data folder";
  return {
    severity: "warning",
    ruleId: "misplaced-taxonomy",
    reason: `This taxonomy file is not read: Eleventy's data folder is ${dataDir ? display(dataDir) : "not set"}, so the plugin reads ${where}. Move the file there (or set Eleventy's \`dir.data\`).`,
    file: display(atRoot),
    line: 1,
    column: 1,
  };
}

interface TaxonomyFile {
  tags?: TaxonomyEntry[];
  stop?: string[];
}

export function readTaxonomyFile(dataDir: string | undefined): TaxonomyFile {
  if (!dataDir) return {};
  const path = join(dataDir, TAXONOMY_FILE);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`news-archive: ${path} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const file = parsed as TaxonomyFile;
  if (typeof parsed !== "object" || parsed === null || (file.tags !== undefined && !Array.isArray(file.tags)) || (file.stop !== undefined && !Array.isArray(file.stop))) {
    throw new Error(`news-archive: ${path} must be { "tags": [{ "name", "aliases" }], "stop": [names] }`);
  }
  for (const [i, t] of (file.tags ?? []).entries()) {
    if (typeof t?.name !== "string" || (t.aliases !== undefined && !Array.isArray(t.aliases))) {
      throw new Error(`news-archive: ${path} tags[${i}] needs a "name" string and an optional "aliases" array`);
    }
  }
  return file;
}

/**
 * Later lists win: an entry replaces an earlier one of the same name, and
 * comes first, so its aliases win over an earlier entry's same alias
 * (a project can move `CAND` from `Công an nhân dân` to a tag of its own).
 */
export function mergeTaxonomies(...lists: readonly (readonly TaxonomyEntry[])[]): TaxonomyEntry[] {
  const byName = new Map<string, TaxonomyEntry>();
  for (const list of [...lists].reverse()) {
    for (const entry of list) {
      const key = foldKey(entry.name);
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  return [...byName.values()];
}

/** `options` were validated by `resolveOptions`; only the taxonomy file is checked here. */
export function resolveTagSettings(options: Partial<TagOptions> = {}, dataDir?: string): TagSettings {
  const defaults = defaultTagSettings();
  const file = readTaxonomyFile(dataDir);
  return {
    ...defaults,
    mode: options.mode ?? defaults.mode,
    maxTags: options.maxTags ?? defaults.maxTags,
    minScore: options.minScore ?? defaults.minScore,
    stopList: [...(file.stop ?? []), ...(options.stopList ?? [])],
    taxonomy: mergeTaxonomies(DEFAULT_TAXONOMY, file.tags ?? [], options.taxonomy ?? []),
  };
}

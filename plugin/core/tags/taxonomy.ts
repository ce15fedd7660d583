/**
 * The taxonomy: canonical tags with their aliases and abbreviations
 * (`Công an nhân dân` ↔ `CAND`), matched on word boundaries. Aliases written
 * in capitals only (acronyms) match case-sensitively; others ignore case.
 */
import { foldKey } from "../slug.ts";
import { normaliseTones, type TagText } from "./text-index.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";

export interface TaxonomyEntry {
  /** Canonical display name: the one spelling every page uses. */
  name: string;
  aliases?: string[];
  /** Optional kind for display and explanation (`topic`, `organisation`, `place`, `person`). */
  kind?: string;
  /**
   * Match the aliases only: the name alone is also an ordinary word or a given name
   * (`Đức`, `Séc`), so the text must write an alias (`CHLB Đức`, `CH Séc`). The name is
   * still the tag every alias maps to.
   */
  aliasesOnly?: boolean;
}

export interface TaxonomyMatch {
  name: string;
  kind: string;
  form: string;
  start: number;
  end: number;
}

export interface CompiledTaxonomy {
  entries: readonly TaxonomyEntry[];
  /** Slug key of any name or alias → canonical name. */
  byKey: ReadonlyMap<string, string>;
  find(t: TagText): TaxonomyMatch[];
}

/** Capitals, digits and punctuation only: an abbreviation to match exactly. */
export function isAcronym(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

export function compileTaxonomy(entries: readonly TaxonomyEntry[]): CompiledTaxonomy {
  const byKey = new Map<string, string>();
  const exact: [string, TaxonomyEntry][] = [];
  const folded: [string, TaxonomyEntry][] = [];
  for (const entry of entries) {
    for (const raw of [entry.name, ...(entry.aliases ?? [])]) {
      const form = normaliseTones(raw.normalize("NFC").trim());
      if (!form) continue;
      const key = foldKey(form);
      if (key && !byKey.has(key)) byKey.set(key, entry.name);
      if (entry.aliasesOnly && raw === entry.name) continue;
      (isAcronym(form) ? exact : folded).push([form, entry]);
    }
  }
  const exactMatcher = new PhraseMatcher(exact);
  const foldedMatcher = new PhraseMatcher(folded, true);

  function find(t: TagText): TaxonomyMatch[] {
    const out: TaxonomyMatch[] = [];
    for (const matcher of [exactMatcher, foldedMatcher]) {
      for (const hit of matcher.find(t)) {
        const e = hit.value;
        out.push({ name: e.name, kind: e.kind ?? "topic", form: t.text.slice(hit.start, hit.end), start: hit.start, end: hit.end });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return { entries, byKey, find };
}

/**
 * The taxonomy: canonical tags with their aliases and abbreviations
 * (`Công an nhân dân` ↔ `CAND`), matched on word boundaries. Aliases written
 * in capitals only (acronyms) match case-sensitively; others ignore case.
 */
import { foldKey } from "../slug.ts";
import { normaliseTones } from "./text-index.ts";

export interface TaxonomyEntry {
  /** Canonical display name: the one spelling every page uses. */
  name: string;
  aliases?: string[];
  /** Optional kind for display and explanation (`topic`, `organisation`, `place`, `person`). */
  kind?: string;
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
  find(text: string): TaxonomyMatch[];
}

const B = "(?<![\\p{L}\\p{M}\\p{N}])";
const E = "(?![\\p{L}\\p{M}\\p{N}])";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Capitals, digits and punctuation only: an abbreviation to match exactly. */
export function isAcronym(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

export function compileTaxonomy(entries: readonly TaxonomyEntry[]): CompiledTaxonomy {
  const byKey = new Map<string, string>();
  const formToEntry = new Map<string, TaxonomyEntry>();
  const exact: string[] = [];
  const folded: string[] = [];
  for (const entry of entries) {
    for (const raw of [entry.name, ...(entry.aliases ?? [])]) {
      const form = normaliseTones(raw.normalize("NFC").trim());
      if (!form) continue;
      const key = foldKey(form);
      if (key && !byKey.has(key)) byKey.set(key, entry.name);
      if (isAcronym(form)) {
        if (!formToEntry.has(form)) { formToEntry.set(form, entry); exact.push(form); }
      } else {
        const lower = form.toLowerCase();
        if (!formToEntry.has(lower)) { formToEntry.set(lower, entry); folded.push(form); }
      }
    }
  }
  // Longest first, so `Bộ Công an` wins over `Công an` at the same place.
  const byLength = (a: string, b: string) => b.length - a.length;
  const exactRe = exact.length ? new RegExp(`${B}(?:${exact.sort(byLength).map(escape).join("|")})${E}`, "gu") : null;
  const foldedRe = folded.length ? new RegExp(`${B}(?:${folded.sort(byLength).map(escape).join("|")})${E}`, "giu") : null;

  function find(text: string): TaxonomyMatch[] {
    const out: TaxonomyMatch[] = [];
    const scan = (re: RegExp | null, lookup: (s: string) => string) => {
      if (!re) return;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const entry = formToEntry.get(lookup(m[0]));
        if (entry) out.push({ name: entry.name, kind: entry.kind ?? "topic", form: m[0], start: m.index, end: m.index + m[0].length });
      }
    };
    scan(exactRe, (s) => s);
    scan(foldedRe, (s) => s.toLowerCase());
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return { entries, byKey, find };
}

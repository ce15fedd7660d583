/**
 * Named entities in Vietnamese news text, found with name lists and the
 * capitalisation rules of Vietnamese proper names: people (family name +
 * capitalised syllables, titles stripped), local public bodies
 * (`Công an tỉnh Quảng Ninh`), companies and clubs, places, and acronyms
 * that the text defines (`Công an nhân dân (CAND)`) or repeats.
 */
import { foldKey } from "../slug.ts";
import {
  ADMIN_LEVELS, AMBIGUOUS_CUES, AMBIGUOUS_PLACES, COMPANY_FORMS, COMPANY_HEADS, COUNTRIES, LOCAL_BODY_HEADS, SURNAMES, VIETNAM_PLACES,
} from "./gazetteer.ts";

export interface EntityMatch {
  name: string;
  kind: "person" | "organisation" | "place" | "acronym" | "name";
  form: string;
  start: number;
  end: number;
  /** For acronyms the text defines: the acronym, so it counts towards the expansion. */
  alias?: string;
}

const B = "(?<![\\p{L}\\p{M}\\p{N}])";
const E = "(?![\\p{L}\\p{M}\\p{N}])";
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*";
const CAP_RUN = new RegExp(`${B}${WORD}(?: ${WORD})*`, "gu");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

const SURNAME_SET = new Set(SURNAMES);
const PLACE_LIST = [...VIETNAM_PLACES, ...COUNTRIES];
const PLACE_RE = new RegExp(`${B}(?:${alt(PLACE_LIST)})${E}`, "gu");
const AMBIGUOUS_RE = new RegExp(`(?:${alt(AMBIGUOUS_CUES)}) (${alt(AMBIGUOUS_PLACES)})${E}`, "gu");
const LOCAL_BODY_RE = new RegExp(
  `${B}(${alt(LOCAL_BODY_HEADS)}) (?:(${alt(ADMIN_LEVELS)}) ?)?(${WORD}(?: ${WORD}){0,3})`,
  "gu",
);
const COMPANY_RE = new RegExp(
  `${B}(${alt(COMPANY_HEADS)}) (?:(?:${alt(COMPANY_FORMS)}) )*((?:${WORD}|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.]*)(?: (?:${WORD}|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&]*)){0,4})`,
  "gu",
);
const DEFINED_ACRONYM = /\(([\p{Lu}Đ][\p{Lu}\p{N}&-]{1,9})\)/gu;
const ACRONYM_TOKEN = new RegExp(`${B}[\\p{Lu}][\\p{Lu}\\p{N}]{1,7}(?:-[\\p{Lu}\\p{N}]+)?${E}`, "gu");

/** Canonical short forms of local-body heads and administrative levels. */
const HEAD_CANON: Record<string, string> = {
  "Ủy ban nhân dân": "UBND", "Hội đồng nhân dân": "HĐND", "Tòa án nhân dân": "TAND", "Viện kiểm sát nhân dân": "VKSND",
};
const LEVEL_CANON: Record<string, string> = { "thành phố": "TP", "TP.": "TP" };

function isUpperStart(s: string | undefined): boolean {
  return s !== undefined && /^\p{Lu}/u.test(s);
}

/** The word just before `start` and just after `end`, for adjacency checks. */
function neighbours(text: string, start: number, end: number): { before: string | undefined; after: string | undefined } {
  const before = /(?:^|[\s(])([\p{L}\p{M}\p{N}]+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^ ([\p{L}\p{M}\p{N}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return { before, after };
}

function atSentenceStart(text: string, index: number): boolean {
  return index <= 0 || /(?:^|[.!?:…"“”]\s*|\n)\s*$/.test(text.slice(Math.max(0, index - 4), index));
}

/** Part of a longer proper name (`Mỹ Đình`, `Becamex Bình Dương`): not the place itself. */
export function partOfLongerName(text: string, start: number, end: number): boolean {
  const { before, after } = neighbours(text, start, end);
  if (isUpperStart(after)) return true;
  if (!isUpperStart(before) || atSentenceStart(text, start)) return false;
  // `Tại Đà Nẵng` at the start of a sentence: the word before is capitalised only by position.
  const beforeStart = start - 1 - before!.length;
  return !(atSentenceStart(text, beforeStart) && isVietnameseSyllable(before!) && !SURNAME_SET.has(before!));
}

export function findPlaces(text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (partOfLongerName(text, m.index, end)) continue;
    out.push({ name: m[0], kind: "place", form: m[0], start: m.index, end });
  }
  AMBIGUOUS_RE.lastIndex = 0;
  for (let m = AMBIGUOUS_RE.exec(text); m; m = AMBIGUOUS_RE.exec(text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (isUpperStart(neighbours(text, start, start + name.length).after)) continue;
    out.push({ name, kind: "place", form: name, start, end: start + name.length });
  }
  return out;
}

const PLACE_SET = new Set(VIETNAM_PLACES);

/**
 * `Công an tỉnh Quảng Ninh`, `UBND TP Hà Nội`, `Sở Y tế Đà Nẵng`. The place
 * must be a known place, or follow an administrative level word; `canonPlace`
 * maps spellings such as `TP.HCM` to the taxonomy's name.
 */
export function findLocalBodies(text: string, canonPlace: (s: string) => string | undefined = () => undefined): EntityMatch[] {
  const out: EntityMatch[] = [];
  LOCAL_BODY_RE.lastIndex = 0;
  for (let m = LOCAL_BODY_RE.exec(text); m; m = LOCAL_BODY_RE.exec(text)) {
    const head = HEAD_CANON[m[1]!] ?? m[1]!;
    const level = m[2] ? (LEVEL_CANON[m[2]] ?? m[2]) : "";
    const words = m[3]!.split(" ");
    let place: string | undefined;
    for (let n = words.length; n >= 1 && !place; n--) {
      const candidate = words.slice(0, n).join(" ");
      if (PLACE_SET.has(candidate)) place = candidate;
    }
    if (!place && level) place = words.slice(0, 3).join(" ");
    if (!place) continue;
    const placeName = canonPlace(`${level} ${place}`.trim()) ?? (level ? `${level} ${place}` : (canonPlace(place) ?? place));
    const formEnd = m.index + m[0].length - (m[3]!.length - place.length);
    out.push({ name: `${head} ${placeName}`, kind: "organisation", form: text.slice(m.index, formEnd), start: m.index, end: formEnd });
  }
  return out;
}

export function findCompanies(text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  COMPANY_RE.lastIndex = 0;
  for (let m = COMPANY_RE.exec(text); m; m = COMPANY_RE.exec(text)) {
    const head = m[1]!;
    const run = m[2]!.replace(/[.]+$/, "");
    // A one-word brand stands alone (`Vingroup`); a descriptive name keeps its head (`Ngân hàng Nhà nước`).
    const name = run.includes(" ") || head === "CLB" || head === "Câu lạc bộ" || head === "Trường" || head === "Đại học" || head === "Bệnh viện" ? `${head} ${run}` : run;
    out.push({ name, kind: "organisation", form: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findPeople(text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
    const words = m[0].split(" ");
    let offset = 0;
    for (let i = 0; i < words.length; i++) {
      if (SURNAME_SET.has(words[i]!) && i + 1 < words.length) {
        const name = words.slice(i, Math.min(words.length, i + 4));
        const form = name.join(" ");
        out.push({ name: form, kind: "person", form, start: m.index + offset, end: m.index + offset + form.length });
        break;
      }
      offset += words[i]!.length + 1;
    }
  }
  return out;
}

const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Could this word be one Vietnamese syllable? `Vinamilk`, `Messi`, `Shin` cannot. */
export function isVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(foldKey(word));
}

/**
 * Names in a foreign script form: capitalised runs with a word that cannot
 * be a Vietnamese syllable (`Vinamilk`, `Real Madrid`, `Shin Tae Yong`).
 * Leading Vietnamese words and acronyms (`HLV`, `Theo`) are dropped.
 */
export function findForeignNames(text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  CAP_RUN.lastIndex = 0;
  for (let m = CAP_RUN.exec(text); m; m = CAP_RUN.exec(text)) {
    const words = m[0].split(" ");
    const first = words.findIndex((w) => !/^[\p{Lu}\p{N}-]+$/u.test(w) && !isVietnameseSyllable(w));
    if (first === -1) continue;
    const name = words.slice(first, first + 4).join(" ");
    const start = m.index + words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    out.push({ name, kind: "name", form: name, start, end: start + name.length });
  }
  return out;
}

function initials(words: readonly string[]): string {
  return words.map((w) => foldKey(w).charAt(0)).join("").toUpperCase();
}

/** Acronyms the text defines: `Công an nhân dân (CAND)` → `Công an nhân dân` with alias `CAND`. */
export function findDefinedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  DEFINED_ACRONYM.lastIndex = 0;
  for (let m = DEFINED_ACRONYM.exec(text); m; m = DEFINED_ACRONYM.exec(text)) {
    const acronym = m[1]!;
    const letters = foldKey(acronym).replace(/[^a-z]/g, "").toUpperCase();
    if (letters.length < 2 || defined.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index).trimEnd().split(/\s+/);
    for (let n = letters.length; n >= 2 && n <= before.length; n--) {
      const words = before.slice(before.length - n);
      if (words.some((w) => /[^\p{L}\p{M}-]/u.test(w))) break;
      if (initials(words) === letters) {
        const expansion = words.join(" ");
        defined.set(acronym, expansion.charAt(0).toUpperCase() + expansion.slice(1));
        break;
      }
    }
  }
  return defined;
}

/** Every all-capitals token (2–8 letters), for acronyms the text repeats. */
export function findAcronymTokens(text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  ACRONYM_TOKEN.lastIndex = 0;
  for (let m = ACRONYM_TOKEN.exec(text); m; m = ACRONYM_TOKEN.exec(text)) {
    if (/^\p{N}/u.test(m[0]) || !/\p{Lu}.*\p{Lu}/u.test(m[0])) continue;
    out.push({ name: m[0], kind: "acronym", form: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

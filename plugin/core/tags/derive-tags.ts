/**
 * Tags for one article, from (in priority order) the editor's own tags, the
 * taxonomy, and named entities in the text; scored by frequency and position
 * (title and lead count more), filtered by minimum evidence and the stop
 * list, capped per article. Every chosen tag carries the reason it was chosen.
 */
import { foldKey, forgetFolds } from "../slug.ts";
import { buildTagText } from "./text-index.ts";
import { compileTaxonomy, type CompiledTaxonomy, type TaxonomyEntry } from "./taxonomy.ts";
import {
  acronymAfter, capitalisedRuns, forgetWords, findAcronymTokens, findCompanies, findDefinedAcronyms, findForeignNames, findLocalBodies, findNationalTeams, findPeople,
  findPlaceClubs, findPlaces, findSponsorClubs, findTickers, findVenues, isVietnameseSyllable, partOfLongerName, type EntityMatch,
} from "./entities.ts";
import { DEFAULT_STOP_LIST } from "./gazetteer.ts";

export type TagMode = "off" | "explicit" | "taxonomy" | "auto";
export const TAG_MODES: readonly TagMode[] = ["off", "explicit", "taxonomy", "auto"];

export interface TagSettings {
  mode: TagMode;
  taxonomy: readonly TaxonomyEntry[];
  /** Extra names that are never tags (added to the default stop list). */
  stopList: readonly string[];
  /** At most this many tags per article, the editor's own included. */
  maxTags: number;
  /** Minimum score: one point per mention, +2 in the title, +1 in the lead. */
  minScore: number;
  /** An acronym the text neither defines nor has in the taxonomy needs this many mentions. */
  minAcronymMentions: number;
}

export function defaultTagSettings(): TagSettings {
  return { mode: "auto", taxonomy: [], stopList: [], maxTags: 8, minScore: 2, minAcronymMentions: 3 };
}

export interface TagReason {
  tag: string;
  from: "explicit" | "taxonomy" | "entity";
  kind: string;
  score: number;
  mentions: number;
  inTitle: boolean;
  inLead: boolean;
  /** The spellings found in the text. */
  forms: string[];
}

export interface TagResult {
  tags: string[];
  reasons: TagReason[];
  /** The tags the tagger found itself (not the editor's): the archive keeps them only where enough articles carry them. */
  derived: string[];
}

export interface Tagger {
  settings: TagSettings;
  taxonomy: CompiledTaxonomy;
  /** Canonical display name for any spelling (taxonomy name, or the input). */
  canonical(name: string): string;
  derive(article: { title: string; lead: string; paragraphs: readonly string[]; explicit: readonly string[] }): TagResult;
  /**
   * Forget the names and words remembered between articles. A remembered piece of an article's text can
   * keep the whole text in memory (a JavaScript substring points into its parent), so a build calls this
   * once it has read its files.
   */
  release(): void;
}

interface Candidate {
  name: string;
  from: TagReason["from"];
  kind: string;
  mentions: number;
  inTitle: boolean;
  inLead: boolean;
  first: number;
  forms: Set<string>;
  titled: boolean;
  /** Mentions right after a title or function. */
  titledMentions: number;
}

export function createTagger(settings: TagSettings): Tagger {
  const taxonomy = compileTaxonomy(settings.taxonomy);
  const stop = new Set([...DEFAULT_STOP_LIST, ...settings.stopList].map(foldKey).filter(Boolean));
  // A tag is a name: `giao thông` is shown as `Giao thông` (the taxonomy's own spelling always wins).
  const canonicalNames = new Map<string, string>();
  const canonical = (name: string) => {
    // The same few thousand names come back in every article: one lookup instead of a fold and a case change.
    let known = canonicalNames.get(name);
    if (known === undefined) {
      if (canonicalNames.size > 100_000) canonicalNames.clear();
      known = taxonomy.byKey.get(foldKey(name)) ?? capitalise(name.normalize("NFC").trim());
      canonicalNames.set(name, known);
    }
    return known;
  };
  // Every spelling the taxonomy writes, exactly: a lower-case one (`nước Mỹ`) may match in lower case.
  const exactForms = new Set(taxonomy.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((f) => f.normalize("NFC"))));

  function derive(article: { title: string; lead: string; paragraphs: readonly string[]; explicit: readonly string[] }): TagResult {
    const reasons: TagReason[] = [];
    const seen = new Set<string>();
    if (settings.mode === "off") return { tags: [], reasons, derived: [] };

    for (const raw of article.explicit) {
      const name = canonical(raw);
      const key = foldKey(name);
      if (!name || seen.has(key)) continue;
      seen.add(key);
      reasons.push({ tag: name, from: "explicit", kind: "editor", score: Infinity, mentions: 0, inTitle: false, inLead: false, forms: [raw] });
    }
    if (settings.mode === "explicit") return finish(reasons);

    const tagText = buildTagText(article.title, article.lead, article.paragraphs);
    const { text, titleEnd, leadEnd } = tagText;
    const taken = new Uint8Array(text.length);
    const candidates = new Map<string, Candidate>();
    // Tickers the text defines without a company name: never a tag on their own.
    const tickers = new Set<string>();

    // Spans of national teams (`đội tuyển bóng chuyền nam Việt Nam`): the sport in them still counts as a topic.
    const teams: EntityMatch[] = [];
    const inTeam = (m: { start: number; end: number }) => teams.some((t) => m.start >= t.start && m.end <= t.end);
    const accept = (m: { name: string; form: string; start: number; end: number; kind: string; titled?: boolean }, from: Candidate["from"], overlap = false): boolean => {
      if (!overlap) for (let i = m.start; i < m.end; i++) if (taken[i]) return false;
      taken.fill(1, m.start, m.end);
      const name = from === "taxonomy" ? m.name : canonical(m.name);
      const key = foldKey(name);
      if (!key || stop.has(key) || stop.has(foldKey(m.form)) || tickers.has(m.form)) return true;
      let c = candidates.get(key);
      if (!c) {
        c = { name, from: taxonomy.byKey.has(key) ? "taxonomy" : from, kind: m.kind, mentions: 0, inTitle: false, inLead: false, first: m.start, forms: new Set(), titled: false, titledMentions: 0 };
        candidates.set(key, c);
      }
      c.mentions++;
      if (m.titled) { c.titled = true; c.titledMentions++; }
      if (m.start < titleEnd) c.inTitle = true;
      else if (m.start < leadEnd) c.inLead = true;
      c.forms.add(m.form);
      return true;
    };

    const placeName = (s: string) => taxonomy.byKey.get(foldKey(s));
    // Acronyms and tickers the text gives a name become a small taxonomy of their own.
    const defined: TaxonomyEntry[] = [];
    const named = (m: EntityMatch) => {
      const acronym = acronymAfter(text, m.end);
      if (acronym && !taxonomy.byKey.has(foldKey(acronym))) defined.push({ name: m.name, aliases: [acronym], kind: "acronym" });
    };
    if (settings.mode === "auto") {
      // Local bodies and national teams first: `UBND TP.HCM`, `đội tuyển Thái Lan` are one organisation, not a place.
      for (const m of findLocalBodies(tagText, placeName)) if (accept(m, "entity")) named(m);
      for (const m of findNationalTeams(tagText, placeName)) if (accept(m, "entity")) { named(m); teams.push(m); }
      for (const m of [...findVenues(tagText), ...findPlaceClubs(tagText)]) accept(m, "entity");
      for (const { ticker, name } of findTickers(text)) {
        if (name === undefined) tickers.add(ticker);
        else if (name !== ticker) defined.push({ name, aliases: [ticker], kind: "organisation" });
      }
    }
    for (const m of taxonomy.find(tagText)) {
      if (m.kind === "place" && partOfLongerName(text, m.start, m.end)) continue;
      // `Inter Miami`, `Real Betis`, `Trump Organization`: a one-word short form (`Inter`, `Real`, `Trump`)
      // that another capitalised word continues is the start of another name.
      if (isName(m.kind) && !m.form.includes(" ") && m.name.includes(" ") && continuedByName(text, m.end)) continue;
      // Names and places match only capitalised: `Mỹ` is not in `mỹ phẩm`; topics match in any case.
      if (m.kind !== "topic" && m.kind !== "theme" && !exactForms.has(m.form) && startsLowerCase(m.form)) continue;
      // `500 MB`, `4 GB`: two capitals after a number are a unit, not the bank or body they also name.
      if (m.form.length <= 2 && /\p{N} ?$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) {
        taken.fill(1, m.start, m.end);
        continue;
      }
      // `“Bão” trên sàn chứng khoán`: a topic word alone in quotation marks is a figure of speech.
      if ((m.kind === "topic" || m.kind === "theme") && inQuotes(text, m.start, m.end)) continue;
      accept(m, "taxonomy", (m.kind === "topic" || m.kind === "theme") && inTeam(m));
    }

    if (settings.mode === "auto") {
      for (const [acronym, expansion] of findDefinedAcronyms(text)) {
        if (taxonomy.byKey.has(foldKey(acronym)) || taxonomy.byKey.has(foldKey(expansion))) continue;
        // `Sumitomo Mitsui Banking Corporation (SMBC)`, then `SMBC` throughout: a foreign company goes by the
        // short name the text uses most; a Vietnamese body keeps its full name (`Công an nhân dân (CAND)`).
        const byAcronym = isForeign(expansion) && countWord(text, acronym) > countWord(text, expansion) + 1;
        defined.push(byAcronym ? { name: acronym, aliases: [expansion], kind: "acronym" } : { name: expansion, aliases: [acronym], kind: "acronym" });
      }
      if (defined.length) for (const m of compileTaxonomy(defined).find(tagText)) accept(m, "entity");
      const definedBefore = defined.length;

      const runs = capitalisedRuns(tagText);
      const groups: EntityMatch[][] = [findCompanies(tagText, placeName), findSponsorClubs(tagText), findPlaces(tagText), findPeople(runs, text), findForeignNames(runs, text)];
      for (const group of groups) for (const m of group) if (accept(m, "entity") && m.kind === "organisation") named(m);
      // `Công ty Kantar Việt Nam (KVN)`: an acronym given to a company found just now.
      if (defined.length > definedBefore) for (const m of compileTaxonomy(defined.slice(definedBefore)).find(tagText)) accept(m, "entity");
      countShortNames(text, taken, candidates);
      mergeIntoShortNames(candidates);
      mergePartialNames(candidates);
      mergePlacesIntoClubs(candidates);

      for (const m of findAcronymTokens(tagText)) {
        const before = candidates.get(foldKey(m.name))?.mentions ?? 0;
        if (accept(m, "entity") && candidates.has(foldKey(m.name))) {
          const c = candidates.get(foldKey(m.name))!;
          if (before === 0) c.kind = "acronym";
        }
      }
    }

    let tickerUses: Map<string, number> | undefined; // only an article with an unexplained acronym needs them
    const scored: (TagReason & { first: number })[] = [];
    for (const [key, c] of candidates) {
      if (seen.has(key)) continue;
      // A person introduced with a title or function is someone the story is about.
      const score = c.mentions + (c.inTitle ? 2 : 0) + (c.inLead ? 1 : 0) + (c.titled ? 1 : 0);
      if (score < settings.minScore) continue;
      if ((c.kind === "name" || c.kind === "venue") && c.mentions < 2) continue;
      if (c.kind === "region" && !c.inTitle) continue;
      // `tiền vệ Kroos`, `HLV Mourinho`: a person the text names only by one word of a foreign name is
      // someone an archive cannot give one page (the full name is not in the text).
      if (c.kind === "name" && c.from === "entity" && !c.name.includes(" ") && c.titledMentions * TITLED_SHARE >= c.mentions) continue;
      if (c.kind === "acronym" && c.from === "entity" && !/[a-zà-ỹ]/.test(c.name) && c.mentions < settings.minAcronymMentions && !c.inTitle) continue;
      if (c.from === "entity" && c.kind !== "place" && isFragment(c.name)) continue;
      // `cổ phiếu VCI`, `mã NVL`: a code the text uses as a stock ticker is never a tag on its own.
      if (c.from === "entity" && c.kind === "acronym" && ((tickerUses ??= countTickerUses(text)).get(c.name) ?? 0) * TICKER_SHARE >= c.mentions) continue;
      // `RON95`, `E5RON92`, `A350`: an all-capitals code with digits is a product or grade, not a subject.
      if (c.from === "entity" && c.kind === "acronym" && /\p{N}/u.test(c.name) && !/\p{Ll}/u.test(c.name)) continue;
      scored.push({ tag: c.name, from: c.from, kind: c.kind, score, mentions: c.mentions, inTitle: c.inTitle, inLead: c.inLead, forms: [...c.forms], first: c.first });
    }
    // Named things first; a broad theme takes a place only when one is left.
    scored.sort((a, b) => Number(a.kind === "theme") - Number(b.kind === "theme") || b.score - a.score || a.first - b.first);
    let themes = 0;
    for (const s of scored) {
      if (reasons.length >= settings.maxTags) break;
      // A broad theme (`Tai nạn giao thông`, `Thuế`) only when the article dwells on it, and at most two.
      if (s.kind === "theme" && (s.score < THEME_MIN_SCORE || themes >= MAX_THEMES || !themeIsSubject(s))) continue;
      if (s.kind === "theme") themes++;
      const { first: _first, ...reason } = s;
      reasons.push(reason);
    }
    return finish(reasons);
  }

  function release(): void {
    canonicalNames.clear();
    forgetWords();
    forgetFolds();
  }

  return { settings, taxonomy, canonical, derive, release };
}

/**
 * Later mentions of a person by the given name only (`Văn Lâm` after
 * `Đặng Văn Lâm`) count for the full name.
 */
function countShortNames(text: string, taken: Uint8Array, candidates: Map<string, Candidate>): void {
  for (const c of candidates.values()) {
    if (c.kind !== "person") continue;
    const words = c.name.split(" ");
    if (words.length < 3) continue;
    const short = words.slice(-2).join(" ");
    for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + short.length)) {
      if (taken[at] || isWordChar(text, at - 1) || isWordChar(text, at + short.length)) continue;
      taken.fill(1, at, at + short.length);
      c.mentions++;
      c.forms.add(short);
    }
  }
}

/** Mentions of `word` on word boundaries. */
function countWord(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) n++;
  }
  return n;
}

/** A name in a foreign script form: some word cannot be a Vietnamese syllable. */
function isForeign(name: string): boolean {
  return name.split(" ").some((w) => !isVietnameseSyllable(w));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/** `Gama` → `Alexandre Gama`, `Muangthong` → `Muangthong United`: one tag, the longest name. */
function mergePartialNames(candidates: Map<string, Candidate>): void {
  const names = [...candidates.entries()].filter(([, c]) => c.kind === "name" || c.kind === "person").map(([key, c]) => ({ key, c, words: c.name.split(" ") }));
  for (const { key, c: short, words } of names) {
    if (candidates.get(key) !== short) continue;
    let target: Candidate | undefined;
    for (const { key: otherKey, c: long, words: lw } of names) {
      if (otherKey === key || !candidates.has(otherKey)) continue;
      if (lw.length <= words.length) continue;
      const prefix = words.every((w, i) => lw[i] === w);
      const suffix = words.every((w, i) => lw[lw.length - words.length + i] === w);
      if ((prefix || suffix) && (!target || long.mentions > target.mentions)) target = long;
    }
    if (!target) continue;
    // `Đỗ Quang Hiển Cơm không ăn…`, `HLV Tan Cheng Hoe Malaysia…` in a title without punctuation, the shorter
    // name in the body: the extra word starts the title's next clause, so the body's name is the person's.
    if (titleOnly(target) && target.name.split(" ").length === words.length + 1 && target.name.startsWith(`${short.name} `)) {
      absorb(short, target);
      candidates.delete(foldKey(target.name));
      continue;
    }
    // `VinFast` four times, `VinFast Global Showroom Design` once: a brand goes by the short name most used,
    // not a longer phrase it starts (a name one word longer, `Nona Source`, is often the brand's full name;
    // `X Việt Nam` is left to `mergeIntoShortNames`).
    const extraWords = target.name.split(" ").length - words.length;
    if (
      short.kind === "name" && target.kind === "name" && target.name.startsWith(`${short.name} `) && !target.name.endsWith(" Việt Nam") &&
      extraWords >= 2 && short.mentions > target.mentions
    ) {
      absorb(short, target);
      candidates.delete(foldKey(target.name));
      continue;
    }
    absorb(target, short);
    candidates.delete(key);
  }
}

/** Mentioned once, in the title. */
function titleOnly(c: Candidate): boolean {
  return c.mentions === 1 && c.inTitle && !c.inLead;
}

/** Merge candidate `from` into `into`. */
function absorb(into: Candidate, from: Candidate): void {
  into.mentions += from.mentions;
  into.inTitle ||= from.inTitle;
  into.inLead ||= from.inLead;
  into.titled ||= from.titled;
  into.titledMentions += from.titledMentions;
  into.first = Math.min(into.first, from.first);
  for (const f of from.forms) into.forms.add(f);
}

/** Words after a company's name that are not part of the name an archive files it under. */
const COMPANY_SUFFIXES = new Set(["Việt Nam", "Group", "Ratings", "Rating", "Holdings", "Corporation", "Corp", "Inc", "Ltd", "JSC", "Company", "Co"]);

/**
 * `Công ty Kantar Việt Nam`, `Fitch Ratings` with `Kantar`, `Fitch` used as often in the same
 * text: one tag, the short name (an archive files a company under the name most used).
 */
function mergeIntoShortNames(candidates: Map<string, Candidate>): void {
  for (const [key, long] of [...candidates]) {
    if (long.kind !== "name" && long.kind !== "organisation") continue;
    const words = long.name.split(" ");
    for (const n of [1, 2]) {
      const suffix = words.slice(-n).join(" ");
      if (words.length <= n || !COMPANY_SUFFIXES.has(suffix)) continue;
      // `Shark Tank Việt Nam` is a show of its own; a company's local arm is written `Công ty X Việt Nam`.
      if (n === 2 && long.kind !== "organisation") continue;
      const short = candidates.get(foldKey(words.slice(0, -n).join(" ")));
      if (!short || short === long || (short.kind !== "name" && short.kind !== "organisation") || short.mentions < long.mentions) continue;
      // `Ant Group` as often as `Ant`: the group's own name. A local arm goes to the brand on a tie.
      if (short.mentions === long.mentions && n === 1) continue;
      absorb(short, long);
      candidates.delete(key);
      break;
    }
  }
}

/** In a story that names `CLB Nam Định`, a bare `Nam Định` is the club too (`thắng Nam Định 2-1`). */
function mergePlacesIntoClubs(candidates: Map<string, Candidate>): void {
  for (const club of [...candidates.values()]) {
    if (club.kind !== "organisation" || !club.name.startsWith("CLB ")) continue;
    const placeKey = foldKey(club.name.slice(4));
    const place = candidates.get(placeKey);
    if (!place || place.kind !== "place") continue;
    absorb(club, place);
    candidates.delete(placeKey);
  }
}

/** `cổ phiếu VCI`, `mã NVL`, `mã chứng khoán: HAG`, `NVL là mã`. */
const TICKER_USE = /(?:[Cc]ổ phiếu|[Mm]ã(?: chứng khoán| cổ phiếu| CK)?:?) ([A-Z][A-Z0-9]{2,3})(?![\p{L}\p{M}\p{N}])|(?<![\p{L}\p{M}\p{N}])([A-Z][A-Z0-9]{2,3}) là mã(?![\p{L}\p{M}\p{N}])/gu;
/** An acronym is a ticker when at least one mention in this many is one. */
const TICKER_SHARE = 3;

function countTickerUses(text: string): Map<string, number> {
  const uses = new Map<string, number>();
  for (const m of text.matchAll(TICKER_USE)) {
    const ticker = m[1] ?? m[2]!;
    uses.set(ticker, (uses.get(ticker) ?? 0) + 1);
  }
  return uses;
}

/** A one-word foreign name is a person's surname when at least one mention in this many follows a title (`HLV Mourinho`). */
const TITLED_SHARE = 2;

/** A theme needs this score (three mentions, or two with one in the title or lead)… */
const THEME_MIN_SCORE = 3;
/** …and an article gets at most this many: the subjects it is about, not every one it mentions. */
const MAX_THEMES = 2;

/**
 * A broad theme the title or lead names is what the story is about; one only the body
 * names (`thuế`, `y tế`, `quy hoạch` in passing) is not, unless it is more than one word
 * and the body names it in a specific phrase of at least `SPECIFIC_FORM_WORDS` words
 * (`xếp hạng tín nhiệm`).
 */
function themeIsSubject(s: { tag: string; inTitle: boolean; inLead: boolean; forms: readonly string[] }): boolean {
  return s.inTitle || s.inLead || (s.tag.includes(" ") && s.forms.some((f) => f.split(" ").length >= SPECIFIC_FORM_WORDS));
}
const SPECIFIC_FORM_WORDS = 3;

/** Taxonomy kinds that are names of one organisation or person. */
function isName(kind: string): boolean {
  return kind === "organisation" || kind === "person";
}

/** The next word, after one space, is capitalised: `Inter` in `Inter Miami`. */
function continuedByName(text: string, end: number): boolean {
  return text.charAt(end) === " " && /^\p{Lu}/u.test(text.charAt(end + 1));
}

const OPENING_QUOTES = new Set(['"', "“", "‘", "'", "«"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'", "»"]);
/** The span is the whole of a quotation (`“Bão”`). */
function inQuotes(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.has(text.charAt(start - 1)) && CLOSING_QUOTES.has(text.charAt(end));
}

function startsLowerCase(s: string): boolean {
  const first = s.charAt(0);
  return first !== first.toLocaleUpperCase("vi");
}

/**
 * Never a tag of the tagger's own: a number (`198`, `36`), a fragment of one
 * or two letters (`A`, `Nh`, `Tr`, `GD`), or a run of digits and letters
 * without a word in it (`3A`, `F1`) — unless the taxonomy names it.
 */
export function isFragment(name: string): boolean {
  const letters = [...name.normalize("NFC")].filter((c) => /\p{L}/u.test(c));
  if (letters.length <= 2) return true;
  return /^[\p{N}\s.,:/-]+$/u.test(name);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

function finish(reasons: TagReason[]): TagResult {
  return { tags: reasons.map((r) => r.tag), reasons, derived: reasons.filter((r) => r.from !== "explicit").map((r) => r.tag) };
}

/** One line per tag for `inspect --explain`. */
export function explainTag(r: TagReason): string {
  if (r.from === "explicit") return `${r.tag}: written by the editor (${r.forms.join(", ")})`;
  const where = [r.inTitle ? "title" : "", r.inLead ? "lead" : ""].filter(Boolean).join(" and ");
  return `${r.tag}: ${r.from === "taxonomy" ? "taxonomy" : r.kind}, ${r.mentions} mention${r.mentions === 1 ? "" : "s"}${where ? ` incl. ${where}` : ""} as ${r.forms.map((f) => `"${f}"`).join(", ")}, score ${r.score}`;
}

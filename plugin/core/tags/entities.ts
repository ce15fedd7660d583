/**
 * Named entities in Vietnamese news text, found with name lists and the
 * capitalisation rules of Vietnamese proper names: people (family name +
 * capitalised syllables, titles stripped), local public bodies
 * (`Công an tỉnh Quảng Ninh`), companies and clubs, places, and acronyms
 * that the text defines (`Công an nhân dân (CAND)`) or repeats.
 */
import { foldKey, foldText } from "../slug.ts";
import { PhraseMatcher, type PhraseHit, type Token } from "./phrase-matcher.ts";
import type { TagText } from "./text-index.ts";
import {
  ADMIN_LEVELS, AMBIGUOUS_CUES, AMBIGUOUS_PLACES, COMPANY_FORMS, COMPANY_HEADS, COUNTRIES, LOCAL_BODY_HEADS, PERSON_TITLES, SURNAMES, VIETNAM_PLACES,
} from "./gazetteer.ts";

export interface EntityMatch {
  name: string;
  kind: "person" | "organisation" | "place" | "acronym" | "name";
  form: string;
  start: number;
  end: number;
  /** A person named right after a title or function (`ông`, `Thứ trưởng`). */
  titled?: boolean;
}

const B = "(?<![\\p{L}\\p{M}\\p{N}])";
const E = "(?![\\p{L}\\p{M}\\p{N}])";
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

const SURNAME_SET = new Set(SURNAMES);
const PLACE_SET_ALL = new Set([...VIETNAM_PLACES, ...COUNTRIES]);
const PLACES = new PhraseMatcher([...VIETNAM_PLACES, ...COUNTRIES].map((p) => [p, p] as [string, string]));
const AMBIGUOUS_RE = new RegExp(`(?:${alt(AMBIGUOUS_CUES)}) (${alt(AMBIGUOUS_PLACES)})${E}`, "gu");
const LOCAL_HEADS = new PhraseMatcher(LOCAL_BODY_HEADS.map((h) => [h, h] as [string, string]));
const LOCAL_REST = new RegExp(` (?:(${alt(ADMIN_LEVELS)}) ?)?(${WORD}(?: ${WORD}){0,3})`, "uy");
const COMPANY_HEAD_MATCHER = new PhraseMatcher(COMPANY_HEADS.map((h) => [h, h] as [string, string]));
const COMPANY_REST = new RegExp(
  ` (?:(?:${alt(COMPANY_FORMS)}) )*((?:${WORD}|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.]*)(?: (?:${WORD}|[\\p{Lu}\\p{N}][\\p{L}\\p{N}&]*)){0,4})`,
  "uy",
);
const DEFINED_ACRONYM = /\(([\p{Lu}Đ][\p{Lu}\p{N}&-]{1,9})\)/gu;
const ACRONYM = /^[A-ZĐ][A-ZĐ0-9]{1,7}$/;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

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

export function findPlaces(t: TagText): EntityMatch[] {
  const { text } = t;
  const out: EntityMatch[] = [];
  for (const hit of PLACES.find(text, t.tokens)) {
    if (partOfLongerName(text, hit.start, hit.end)) continue;
    out.push({ name: hit.value, kind: "place", form: hit.value, start: hit.start, end: hit.end });
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

/** A head phrase (`Công an`, `Công ty`) followed by what the sticky `rest` pattern reads after it. */
function* headed(t: TagText, heads: PhraseMatcher<string>, rest: RegExp): Generator<{ hit: PhraseHit<string>; m: RegExpExecArray }> {
  for (const hit of heads.find(t.text, t.tokens)) {
    rest.lastIndex = hit.end;
    const m = rest.exec(t.text);
    if (m) yield { hit, m };
  }
}

/**
 * `Công an tỉnh Quảng Ninh`, `UBND TP Hà Nội`, `Sở Y tế Đà Nẵng`. The place
 * must be a known place, or follow an administrative level word; `canonPlace`
 * maps spellings such as `TP.HCM` to the taxonomy's name.
 */
export function findLocalBodies(t: TagText, canonPlace: (s: string) => string | undefined = () => undefined): EntityMatch[] {
  const { text } = t;
  const out: EntityMatch[] = [];
  for (const { hit, m } of headed(t, LOCAL_HEADS, LOCAL_REST)) {
    const head = HEAD_CANON[hit.value] ?? hit.value;
    const level = m[1] ? (LEVEL_CANON[m[1]] ?? m[1]) : "";
    const words = m[2]!.split(" ");
    let place: string | undefined;
    for (let n = words.length; n >= 1 && !place; n--) {
      const candidate = words.slice(0, n).join(" ");
      if (PLACE_SET.has(candidate)) place = candidate;
    }
    if (!place && level) place = words.slice(0, 3).join(" ");
    if (!place) continue;
    // `TP Hồ Chí Minh` → `TP.HCM`, but `tỉnh Quảng Ninh` stays as written: the level is part of the body's name.
    const withLevel = level ? canonPlace(`${level} ${place}`) : undefined;
    const placeName = withLevel !== undefined && withLevel !== place ? withLevel : level ? `${level} ${place}` : (canonPlace(place) ?? place);
    const formEnd = hit.end + m[0].length - (m[2]!.length - place.length);
    out.push({ name: `${head} ${placeName}`, kind: "organisation", form: text.slice(hit.start, formEnd), start: hit.start, end: formEnd });
  }
  return out;
}

const NAMED_INSTITUTIONS = new Set(["CLB", "Trường", "Đại học", "Học viện", "Bệnh viện"]);

export function findCompanies(t: TagText, canonPlace: (s: string) => string | undefined = () => undefined): EntityMatch[] {
  const { text } = t;
  const out: EntityMatch[] = [];
  for (const { hit, m } of headed(t, COMPANY_HEAD_MATCHER, COMPANY_REST)) {
    const head = hit.value === "Câu lạc bộ" ? "CLB" : hit.value;
    const run = m[1]!.replace(/[.]+$/, "");
    const runWords = run.split(" ");
    const foreign = runWords.some((w) => isAllCaps(w) || !isVietnameseSyllable(w));
    // Vietnamese words after `Công ty`, `Ngân hàng`… are usually a description cut short
    // (`Ngân hàng TMCP Bưu điện Liên Việt`): only brands, clubs and institutions are names.
    if (!foreign && !NAMED_INSTITUTIONS.has(head)) continue;
    if (!foreign && runWords.length < 2 && head !== "CLB") continue;
    // A brand stands alone (`Vingroup`, `Cerezo Osaka`); a Vietnamese club or school keeps its head (`CLB Hải Phòng`).
    const name = foreign ? run : `${head} ${canonPlace(run) ?? run}`;
    const end = hit.end + m[0].length - (m[1]!.length - run.length);
    out.push({ name, kind: "organisation", form: text.slice(hit.start, end), start: hit.start, end });
  }
  return out;
}

const TITLES_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(PERSON_TITLES)})\\.? $`, "iu");
const MODEL_NUMBER = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}-]+$/u;
const HONORIFICS = new Set(["Sir", "Mr", "Mrs", "Ms", "Dr", "Prof", "Dame", "Lord", "HLV", "Coach"]);

/**
 * People: a run of Vietnamese syllables starting with a family name
 * (`Trần Quốc Tỏ`). Titles before it are not part of it; a title right
 * before the name (`Thứ trưởng Trần Quốc Tỏ`, `ông Nguyễn Văn An`) marks a
 * person the story is about (`titled`).
 */
export function findPeople(runs: readonly CapRun[], text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (const m of runs) {
    const words = m.text.split(" ");
    if (words.length < 2) continue;
    let offset = 0;
    for (let i = 0; i < words.length; i++) {
      const two = `${words[i]} ${words[i + 1] ?? ""}`;
      if (SURNAME_SET.has(words[i]!) && i + 1 < words.length && !PLACE_SET_ALL.has(two) && !PLACE_SET_ALL.has(`${two} ${words[i + 2] ?? ""}`)) {
        let n = 1;
        while (n < 4 && i + n < words.length && isVietnameseSyllable(words[i + n]!)) n++;
        if (n < 2) break;
        const form = words.slice(i, i + n).join(" ");
        const start = m.start + offset;
        const titled = i > 0 ? TITLES_BEFORE.test(words.slice(0, i).join(" ") + " ") : TITLES_BEFORE.test(text.slice(Math.max(0, start - 25), start));
        out.push({ name: form, kind: "person", form, start, end: start + form.length, titled });
        break;
      }
      offset += words[i]!.length + 1;
    }
  }
  return out;
}

/** Capitals, digits and hyphens only. */
const isAllCaps = (w: string) => /^[\p{Lu}\p{N}-]+$/u.test(w);

/**
 * Names in a foreign script form: capitalised runs with a word that cannot
 * be a Vietnamese syllable (`Vinamilk`, `Real Madrid`, `Shin Tae Yong`).
 * Leading honorifics and acronyms (`Sir`, `HLV`), a leading place (`Thái Lan
 * Kiatisuk`) and, at the start of a sentence, leading Vietnamese words
 * (`Theo Messi`) are dropped.
 */
export function findForeignNames(runs: readonly CapRun[], text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (const m of runs) {
    const words = m.text.split(" ");
    if (!words.some((w) => !isAllCaps(w) && !isVietnameseSyllable(w))) continue;
    let from = 0;
    for (;;) {
      const w = words[from]!;
      if (HONORIFICS.has(w) || isAllCaps(w)) { from++; continue; }
      const place = [3, 2, 1].find((n) => from + n < words.length && PLACE_SET_ALL.has(words.slice(from, from + n).join(" ")));
      if (place) { from += place; continue; }
      break;
    }
    if (atSentenceStart(text, m.start + words.slice(0, from).reduce((n, w) => n + w.length + 1, 0))) {
      while (from < words.length - 1 && isVietnameseSyllable(words[from]!) && !isAllCaps(words[from]!)) from++;
    }
    const rest = words.slice(from);
    if (!rest.some((w) => !isAllCaps(w) && !isVietnameseSyllable(w))) continue;
    // Product models (`Haval H6`, `Galaxy S21`) are not topics an archive files under.
    if (rest.some((w) => MODEL_NUMBER.test(w))) continue;
    const name = rest.slice(0, 4).join(" ");
    const start = m.start + words.slice(0, from).reduce((n, w) => n + w.length + 1, 0);
    out.push({ name, kind: "name", form: name, start, end: start + name.length });
  }
  return out;
}

const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Could this word be one Vietnamese syllable? `Vinamilk`, `Messi`, `Shin` cannot. */
export function isVietnameseSyllable(word: string): boolean {
  let known = syllableCache.get(word);
  if (known === undefined) {
    if (syllableCache.size > 50_000) syllableCache.clear();
    known = VIETNAMESE_SYLLABLE.test(foldText(word));
    syllableCache.set(word, known);
  }
  return known;
}
const syllableCache = new Map<string, boolean>();

/** Runs of capitalised words separated by single spaces; shared by the person and foreign-name finders. */
export interface CapRun { text: string; start: number }
/** Capitalised words that begin Vietnamese sentences and never end a name. */
const SENTENCE_STARTS = new Set(
  // Not given names that also start sentences (`Năm`, `Sáng`, `Chính`, `Thế` are names too).
  ("Các Những Một Mỗi Ngày Theo Trước Sau Là Khi Trong Tại Với Và Nhưng Đây Này Đó Cũng Để Vì Do Nếu Ngoài Hiện Chiều Trưa Tối Đêm Hôm " +
    "Tháng Tuần Ông Bà Người Nhiều Đến Cho Có Không Đã Sẽ Đang Bị Được Vậy Còn Rồi Lúc Qua Giờ Riêng Dù Tuy Bởi Cùng Ngay Vừa Thì Mà Nên Phải Hãy Xin Ảnh Video Clip")
    .split(" "),
);

/** Capitalised labels that stand before a name and are not part of it. */
const LEADING_LABELS = new Set(["Video", "Clip", "Ảnh", "Fan", "Fans"]);

export function capitalisedRuns(t: TagText): CapRun[] {
  const { text, tokens } = t;
  const out: CapRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.upper) { i++; continue; }
    const start = tokens[i]!.start;
    let end = tokens[i]!.end;
    let j = i + 1;
    // Ends of the run after each word joined by a space (where it may be cut back).
    const wordEnds: { end: number; word: string }[] = [];
    for (; j < tokens.length; j++) {
      const tok: Token = tokens[j]!;
      const gap = text.slice(end, tok.start);
      // `Hang-seo`, `N'Golo`, `O’Neill`: a hyphen or apostrophe joins parts of one word; a single space joins capitalised words.
      // `T&T`, `Procter & Gamble`, `William Grant & Sons`: an ampersand between capitalised words makes one company.
      if (gap === "-" || gap === "'" || gap === "’" || (gap === "&" && tok.upper)) end = tok.end;
      else if ((gap === " " || gap === " & ") && tok.upper) {
        wordEnds.push({ end, word: tok.text });
        end = tok.end;
      } else if (gap === " " && joinsForeignName(text, tokens, j)) {
        // `Erik ten Hag`, `Virgil van Dijk`, `Frenkie de Jong`: a particle inside a foreign name.
        wordEnds.push({ end, word: tok.text });
        end = tokens[++j]!.end;
      } else break;
    }
    // A name never ends in `Các`, `Ngày`, `Theo`…: that word starts the next sentence of a text
    // that lost its full stop (a caption, a heading). `Aleppo Các em` → `Aleppo`.
    while (wordEnds.length > 0 && SENTENCE_STARTS.has(wordEnds[wordEnds.length - 1]!.word)) end = wordEnds.pop()!.end;
    // `Video Nadal`, `Clip Messi`, `Fan Chelsea`: a caption's or a crowd's label before the name.
    let from = start;
    if (wordEnds.length > 0 && LEADING_LABELS.has(tokens[i]!.text)) from = tokens[i + 1]!.start;
    out.push({ text: text.slice(from, end), start: from });
    i = j;
  }
  return out;
}

/** Lower-case particles of European and Arabic names (`ten Hag`, `van Dijk`, `de Jong`, `bin Salman`). */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "ten", "ter", "de", "da", "di", "del", "della", "dos", "das", "du", "le", "la", "bin", "ibn", "al"]);

/**
 * Token `j` is such a particle between two capitalised words that cannot be Vietnamese
 * syllables (`Erik ten Hag`), so it joins them; Vietnamese `da`, `la`, `di` between Vietnamese words never do.
 */
function joinsForeignName(text: string, tokens: readonly Token[], j: number): boolean {
  const particle = tokens[j]!;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  if (!before || !after || particle.upper || !NAME_PARTICLES.has(particle.text)) return false;
  if (text.slice(particle.end, after.start) !== " " || !after.upper) return false;
  return !isVietnameseSyllable(before.text) && !isVietnameseSyllable(after.text);
}

function initials(words: readonly string[]): string {
  return words.map((w) => foldText(w).charAt(0)).join("").toUpperCase();
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

/** Every all-capitals token (2–8 letters, `COVID-19` style suffix allowed), for acronyms the text repeats. */
export function findAcronymTokens(t: TagText): EntityMatch[] {
  const { text, tokens } = t;
  const out: EntityMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.upper || tok.text.length > 8 || !ACRONYM.test(tok.text) || !TWO_CAPITALS.test(tok.text)) continue;
    if (tok.start > 0 && text[tok.start - 1] === "-") continue;
    let end = tok.end;
    const next = tokens[i + 1];
    if (next && text[end] === "-" && next.start === end + 1 && /^[\p{Lu}\p{N}]+$/u.test(next.text)) { end = next.end; i++; }
    if (end < text.length && text[end] === "-") continue;
    const form = text.slice(tok.start, end);
    out.push({ name: form, kind: "acronym", form, start: tok.start, end });
  }
  return out;
}

/**
 * Named entities in Vietnamese news text, found with name lists and the
 * capitalisation rules of Vietnamese proper names: people (family name +
 * capitalised syllables, titles stripped), local public bodies
 * (`Công an tỉnh Quảng Ninh`), companies and clubs, places, and acronyms
 * that the text defines (`Công an nhân dân (CAND)`) or repeats.
 */
import { ASCII_FOLD, ASCII_FOLDS, foldKey, foldText } from "../slug.ts";
import { isWordAt } from "../word-chars.ts";
import { PhraseMatcher, type PhraseHit, type Token } from "./phrase-matcher.ts";
import type { TagText } from "./text-index.ts";
import {
  ADMIN_LEVELS, AMBIGUOUS_CUES, AMBIGUOUS_PLACES, COMPANY_FORMS, COMPANY_HEADS, COUNTRIES, LOCAL_BODY_HEADS, PERSON_TITLES, SURNAMES, VIETNAM_PLACES,
} from "./gazetteer.ts";

export interface EntityMatch {
  name: string;
  kind: "person" | "organisation" | "place" | "venue" | "acronym" | "name";
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
const LEVEL_CANON: Record<string, string> = { "thành phố": "TP", "TP.": "TP", "Tp.": "TP", "Tp": "TP" };

function isUpperStart(s: string | undefined): boolean {
  return s !== undefined && /^\p{Lu}/u.test(s);
}

/**
 * The word just before `start` and just after `end` (a space apart, within 30 characters), for adjacency
 * checks. The word before must follow white space or `(`, or begin the 30 characters looked at.
 */
function neighbours(text: string, start: number, end: number): { before: string | undefined; after: string | undefined } {
  let before: string | undefined;
  const from = Math.max(0, start - 30);
  if (start - 1 > from && text.charCodeAt(start - 1) === 0x20) {
    let j = start - 1;
    while (j > from && isWordAt(text, j - 1)) j--;
    if (j < start - 1 && (j === from || BEFORE_WORD.test(text[j - 1]!))) before = text.slice(j, start - 1);
  }
  let after: string | undefined;
  const to = Math.min(text.length, end + 30);
  if (end + 1 < to && text.charCodeAt(end) === 0x20) {
    let j = end + 1;
    while (j < to && isWordAt(text, j)) j++;
    if (j > end + 1) after = text.slice(end + 1, j);
  }
  return { before, after };
}
const BEFORE_WORD = /[\s(]/u;

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
  for (const hit of PLACES.find(t)) {
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
  for (const hit of heads.find(t)) {
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

const CLUB_COUNTRIES = new Set([...COUNTRIES.filter((c) => c !== "Việt Nam"), ...AMBIGUOUS_PLACES, "Pháp", "Nhật", "Hàn", "Séc"]);
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
    // `các CLB Anh`, `CLB Tây Ban Nha`: clubs of a country, not a club's name.
    if (head === "CLB" && CLUB_COUNTRIES.has(run)) continue;
    // A brand stands alone (`Vingroup`, `Cerezo Osaka`); a Vietnamese club or school keeps its head (`CLB Hải Phòng`).
    const name = foreign ? run : `${head} ${canonPlace(run) ?? run}`;
    const end = hit.end + m[0].length - (m[1]!.length - run.length);
    out.push({ name, kind: "organisation", form: text.slice(hit.start, end), start: hit.start, end });
  }
  return out;
}

const TITLES_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(PERSON_TITLES)})\\.? $`, "iu");
const MODEL_NUMBER = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}-]+$/u;
const HONORIFICS = new Set([
  "Sir", "Mr", "Mrs", "Ms", "Dr", "Prof", "Dame", "Lord", "HLV", "Coach",
  // Vietnamese forms of address before a foreign name (`anh John Smith`, `bà Mary`).
  "Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "Em", "Ngài",
]);
/** Lower-case heads of place names whose next word is capitalised (`châu Âu`, `biển Đông`, `sông Hồng`). */
const PLACE_HEADS_BEFORE = /(?:^|[^\p{L}\p{M}])(?:châu|biển|sông|vịnh|đảo|núi|xứ) $/u;

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
        // `An Dương Vương`, `Kinh Dương Vương`: a surname inside a longer name is not a person of its own.
        if (i > 0 && !leadsIntoName(words.slice(0, i), atSentenceStart(text, m.start))) break;
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

/**
 * Whether capitalised words before a surname may stand in front of a person's name rather than be part
 * of a longer one: a place (`tỉnh Quảng Nam Lê Trí Thanh`), an acronym or title (`HLV`, `PGS`), a form of
 * address, or one word at the start of a sentence (`Ông Trần Văn Hải`, `Theo Nguyễn Văn A`).
 */
function leadsIntoName(before: readonly string[], sentenceStart: boolean): boolean {
  const last = before[before.length - 1]!;
  if (isAllCaps(last) || HONORIFICS.has(last) || !isVietnameseSyllable(last)) return true;
  if (sentenceStart && before.length === 1) return true;
  for (let j = 0; j < before.length; j++) if (PLACE_SET_ALL.has(before.slice(j).join(" "))) return true;
  return false;
}

/** Capitals, digits and hyphens only. */
const isAllCaps = (w: string) => (wordClass(w) & ALL_CAPS) !== 0;
/** A word in a foreign script form: neither all capitals nor a possible Vietnamese syllable (`Vinamilk`, `Messi`). */
const isForeignWord = (w: string) => wordClass(w) === 0;

/** A run with a foreign word, or an unmarked name of three words or more (its all-capitals words aside). */
export function mayBeForeign(run: string): boolean {
  let unmarked = 0;
  let allUnmarked = true;
  for (let start = 0; start <= run.length; ) {
    let end = run.indexOf(" ", start);
    if (end < 0) end = run.length;
    const word = classAt(run, start, end);
    if (word === 0) return true;
    if ((word & ALL_CAPS) === 0) {
      unmarked++;
      if (allUnmarked && !isCapitalThenLower(run, start, end)) allUnmarked = false;
    }
    start = end + 1;
  }
  return unmarked >= 3 && allUnmarked;
}

/** `/^[A-Z][a-z]+$/` on `text[start, end)`. */
function isCapitalThenLower(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c = text.charCodeAt(start);
  if (c < 0x41 || c > 0x5a) return false;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d < 0x61 || d > 0x7a) return false;
  }
  return true;
}

/** Empty the word memory (its keys may be pieces of whole article texts, which they keep alive). */
export function forgetWords(): void {
  wordClasses.clear();
}

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
    if (!mayBeForeign(m.text)) continue;
    const words = m.text.split(" ");
    const offsetOf = (n: number) => m.start + words.slice(0, n).reduce((sum, w) => sum + w.length + 1, 0);
    // `châu Âu Florentino Perez`, `biển Đông Shinzo Abe`: the first word ends a lower-case place name.
    let from = PLACE_HEADS_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && isVietnameseSyllable(words[0]!) ? 1 : 0;
    // Leading honorifics, acronyms and places, and at a sentence start Vietnamese words, in any order
    // (`Việc HLV Mourinho`, `Họp ĐHCĐ Vinamilk`).
    const sentence = atSentenceStart(text, m.start);
    while (from < words.length - 1) {
      const w = words[from]!;
      if (HONORIFICS.has(w) || isAllCaps(w)) { from++; continue; }
      const place = [3, 2, 1].find((n) => from + n < words.length && PLACE_SET_ALL.has(words.slice(from, from + n).join(" ")));
      if (place) { from += place; continue; }
      // `HLV Tan Cheng Hoe` at a sentence start: an unmarked name keeps its first word (`Theo` still goes).
      const unmarked = isUnmarkedName(words.slice(from)) && !SENTENCE_STARTS.has(w);
      if ((sentence || atSentenceStart(text, offsetOf(from))) && isVietnameseSyllable(w) && !unmarked) { from++; continue; }
      break;
    }
    const rest = words.slice(from);
    if (!rest.some(isForeignWord) && !isUnmarkedName(rest)) continue;
    // Product models (`Haval H6`, `Galaxy S21`) are not topics an archive files under.
    if (rest.some((w) => MODEL_NUMBER.test(w))) continue;
    // `Suzuki Ertiga MT`, `Buick Excelle GT`: a short code after a model's name is its trim.
    const kept = rest.length >= 3 && TRIM_CODE.test(rest[rest.length - 1]!) ? rest.slice(0, -1) : rest;
    const name = kept.slice(0, 4).join(" ");
    const start = offsetOf(from);
    const before = from > 0 ? words.slice(0, from).join(" ") + " " : text.slice(Math.max(0, start - 25), start);
    out.push({ name, kind: "name", form: name, start, end: start + name.length, titled: TITLES_BEFORE.test(before) });
  }
  return out;
}

/**
 * `Tan Cheng Hoe`, `Li Huan Ning`: three or more capitalised words, none with a Vietnamese mark, read like
 * Vietnamese syllables but are a Chinese, Malay or Korean name (Vietnamese names written in Vietnamese text carry
 * their tones).
 */
function isUnmarkedName(words: readonly string[]): boolean {
  return words.length >= 3 && words.every((w) => /^[A-Z][a-z]+$/.test(w));
}

/** Two or three capitals: a trim (`MT`, `AT`, `GT`) when it ends a name of three words or more. */
const TRIM_CODE = /^[A-Z]{2,3}$/;

const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Could this word be one Vietnamese syllable? `Vinamilk`, `Messi`, `Shin` cannot. */
export function isVietnameseSyllable(word: string): boolean {
  return (wordClass(word) & SYLLABLE) !== 0;
}

const ALL_CAPS = 1;
const SYLLABLE = 2;
/** Both answers for a word, asked for again and again by the name finders. */
export function wordClass(word: string): number {
  return classAt(word, 0, word.length);
}

/**
 * `wordClass` of `text[start, end)`, read from the characters (`ASCII_FOLD`, `CAPS`): a lookup in a large
 * memory costs more than this. A word with a character the tables do not answer for (beyond U+1FFF, or one
 * that folds to more than one letter) takes the full path, which is remembered.
 */
function classAt(text: string, start: number, end: number): number {
  let caps = end > start;
  let folded = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = c < ASCII_FOLDS ? ASCII_FOLD[c]! : -1;
    if (f < 0) return slowWordClass(text.slice(start, end));
    if (CAPS[c] === 0) caps = false;
    // Longer than any syllable (`nghiêng`): its letters need not be gathered.
    if (f > 0 && folded.length <= MAX_SYLLABLE) folded += String.fromCharCode(f);
  }
  return (caps ? ALL_CAPS : 0) | (folded.length <= MAX_SYLLABLE && VIETNAMESE_SYLLABLE.test(folded) ? SYLLABLE : 0);
}

function slowWordClass(word: string): number {
  let known = wordClasses.get(word);
  if (known === undefined) {
    if (wordClasses.size > 100_000) wordClasses.clear();
    known = (/^[\p{Lu}\p{N}-]+$/u.test(word) ? ALL_CAPS : 0) | (VIETNAMESE_SYLLABLE.test(foldText(word)) ? SYLLABLE : 0);
    wordClasses.set(word, known);
  }
  return known;
}

/** The longest folded syllable the pattern accepts: three onset letters, three vowels, two coda letters. */
const MAX_SYLLABLE = 8;
/** Per character code below U+2000 (as `ASCII_FOLD`): 1 for a capital letter, a digit or `-` (the all-capitals class). */
const CAPS = new Uint8Array(ASCII_FOLDS);
for (let c = 0; c < ASCII_FOLDS; c++) {
  const ch = String.fromCharCode(c);
  CAPS[c] = /^[\p{Lu}\p{N}-]$/u.test(ch) ? 1 : 0;
}
const wordClasses = new Map<string, number>();

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

/** Sports whose national teams and federations news names (`đội tuyển bóng chuyền nam Việt Nam`, `Liên đoàn Bóng đá Thái Lan`). */
const SPORTS: readonly string[] = [
  "bóng đá", "bóng chuyền", "bóng rổ", "bóng ném", "bóng bàn", "futsal", "cầu lông", "quần vợt", "điền kinh", "bơi lội", "bơi",
  "cờ vua", "bắn súng", "cử tạ", "thể dục dụng cụ", "judo", "karate", "taekwondo", "vovinam", "quyền anh", "boxing", "golf",
];
/** Countries as a national team or federation names them: any country, even one that is also a word (`tuyển Anh`). */
const TEAM_COUNTRIES: readonly string[] = [...COUNTRIES, ...AMBIGUOUS_PLACES, "Pháp", "Nhật", "Hàn", "Áo", "Séc", "CH Séc", "xứ Wales", "Hàn Quốc"];
/** `bóng đá`, `Bóng đá`, `Bóng Đá`: how the sport is capitalised varies. */
const anyCase = (s: string) => [...s].map((c) => (c.toLowerCase() === c.toUpperCase() ? escape(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join("");
const SPORT_ALT = [...SPORTS].sort((a, b) => b.length - a.length).map(anyCase).join("|");
const TEAM_RE = new RegExp(`${B}(?:[Đđ]ội tuyển|tuyển|ĐT)((?: (?:${SPORT_ALT}))?)((?: (?:nam|nữ))?)(?: quốc gia)? (${alt(TEAM_COUNTRIES)})${E}`, "gu");
const FEDERATION_RE = new RegExp(`${B}(?:Liên đoàn (${SPORT_ALT})|(LĐBĐ)) (${alt(TEAM_COUNTRIES)})${E}`, "gu");

/**
 * National teams and sports federations: `đội tuyển Thái Lan`, `tuyển xứ Wales`,
 * `đội tuyển bóng chuyền nam Việt Nam` → `Đội tuyển …`; `Liên đoàn bóng đá Thái Lan`
 * → `Liên đoàn Bóng đá Thái Lan`. The team is the tag, not the country it plays for.
 */
export function findNationalTeams(t: TagText, canonPlace: (s: string) => string | undefined = () => undefined): EntityMatch[] {
  const { text } = t;
  const out: EntityMatch[] = [];
  // `Hoa Kỳ` → `Mỹ`; a lower-case form (`xứ Wales`) is the country's Vietnamese name and stays.
  const country = (c: string) => (startsLower(c) ? c : (canonPlace(c) ?? c));
  const oneWordFollowedByName = (c: string, end: number) => !c.includes(" ") && isUpperStart(neighbours(text, end, end).after);
  TEAM_RE.lastIndex = 0;
  for (let m = TEAM_RE.exec(text); m; m = TEAM_RE.exec(text)) {
    const end = m.index + m[0].length;
    // `tuyển Anh Tuấn`: a one-word country right before a name is part of that name.
    if (oneWordFollowedByName(m[3]!, end)) continue;
    // Football is the default: `đội tuyển bóng đá Việt Nam` is `Đội tuyển Việt Nam`.
    const sport = m[1]!.toLowerCase() === " bóng đá" && !m[2] ? "" : m[1]!.toLowerCase();
    const name = `Đội tuyển${sport}${m[2]!} ${country(m[3]!)}`;
    out.push({ name, kind: "organisation", form: m[0], start: m.index, end });
  }
  FEDERATION_RE.lastIndex = 0;
  for (let m = FEDERATION_RE.exec(text); m; m = FEDERATION_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (oneWordFollowedByName(m[3]!, end)) continue;
    const sport = m[1] ? m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase() : "Bóng đá";
    out.push({ name: `Liên đoàn ${sport} ${country(m[3]!)}`, kind: "organisation", form: m[0], start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function startsLower(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** `(FAT)` right after a name: the acronym the text gives that name. */
const ACRONYM_AFTER = /^ \(([\p{Lu}Đ][\p{Lu}\p{N}&-]{1,9})\)/u;
export function acronymAfter(text: string, end: number): string | undefined {
  return ACRONYM_AFTER.exec(text.slice(end, end + 14))?.[1];
}

/** `(mã chứng khoán: HLP)`, `(HoSE: VCB)`: a stock ticker the text gives a company. */
const TICKER_DEFINITION = /\((?:mã chứng khoán|mã CK|mã cổ phiếu|mã|sàn|HoSE|HOSE|HSX|HNX|UPCoM|UPCOM)\s*:\s*([A-Z][A-Z0-9]{1,4})\)/gu;

/**
 * Tickers the text defines, with the company's short name: the longest tail of the
 * capitalised words before the bracket that the text uses again on its own
 * (`Công ty Cổ phần Đầu tư Hòa Lộc Phát (mã chứng khoán: HLP)`, later
 * `cổ đông Hòa Lộc Phát` → `Hòa Lộc Phát`), unless the text uses the ticker more (`PNJ`): an
 * archive files a company under the short name most used. `name` is undefined when
 * the text uses neither again: a ticker alone is never a tag.
 */
export function findTickers(text: string): { ticker: string; name: string | undefined }[] {
  const out: { ticker: string; name: string | undefined }[] = [];
  const count = (phrase: string) => text.match(new RegExp(`${B}${escape(phrase)}${E}`, "gu"))?.length ?? 0;
  TICKER_DEFINITION.lastIndex = 0;
  for (let m = TICKER_DEFINITION.exec(text); m; m = TICKER_DEFINITION.exec(text)) {
    const ticker = m[1]!;
    const words = text.slice(Math.max(0, m.index - 80), m.index).trimEnd().split(" ");
    let tail = 0;
    while (tail < Math.min(4, words.length) && /^\p{Lu}[\p{L}\p{M}&-]*$/u.test(words[words.length - 1 - tail]!)) tail++;
    let name: string | undefined;
    let uses = 1;
    for (let n = tail; n >= 1 && !name; n--) {
      const phrase = words.slice(words.length - n).join(" ");
      if (n === 1 && isVietnameseSyllable(phrase)) break;
      if ((uses = count(phrase)) >= 2) name = phrase;
    }
    const tickerUses = count(ticker);
    out.push({ ticker, name: name && uses >= tickerUses ? name : tickerUses >= 2 ? ticker : undefined });
  }
  return out;
}

const VENUE_RE = new RegExp(`${B}(?:[Ss]ân vận động|[Ss]ân|SVĐ) (${WORD}(?: ${WORD}){0,3})`, "gu");

/**
 * Stadiums: `sân Pleiku`, `sân Stamford Bridge`, `SVĐ Mỹ Đình` → `Sân …`. The ground
 * is not the city or club it is named after; lower-case words after `sân` (`sân bay`,
 * `sân nhà`, `sân golf`) are not venues.
 */
export function findVenues(t: TagText): EntityMatch[] {
  const { text } = t;
  const out: EntityMatch[] = [];
  VENUE_RE.lastIndex = 0;
  for (let m = VENUE_RE.exec(text); m; m = VENUE_RE.exec(text)) {
    const words = m[1]!.split(" ");
    // `sân Thống Nhất Các cầu thủ`: a sentence start is not part of the name.
    while (words.length > 1 && SENTENCE_STARTS.has(words[words.length - 1]!)) words.pop();
    const name = words.join(" ");
    const end = m.index + m[0].length - (m[1]!.length - name.length);
    out.push({ name: `Sân ${name}`, kind: "venue", form: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}

const TEAM_OF_PLACE_RE = new RegExp(`${B}(?:[Đđ]ội bóng|[Đđ]ội) (${alt(VIETNAM_PLACES)})${E}`, "gu");

/**
 * `Hà Nội FC`, `đội Nam Định`, `đội bóng Thanh Hóa`: a club named after a place is
 * `CLB <place>`, apart from the place.
 */
export function findPlaceClubs(t: TagText): EntityMatch[] {
  const { text, tokens } = t;
  const out: EntityMatch[] = [];
  TEAM_OF_PLACE_RE.lastIndex = 0;
  for (let m = TEAM_OF_PLACE_RE.exec(text); m; m = TEAM_OF_PLACE_RE.exec(text)) {
    const end = m.index + m[0].length;
    // `đội Sài Gòn FC`, `đội Hà Nội T&T`: the club's own longer name follows.
    if (isUpperStart(neighbours(text, end, end).after)) continue;
    out.push({ name: `CLB ${m[1]}`, kind: "organisation", form: m[0], start: m.index, end });
  }
  for (let i = 1; i < tokens.length; i++) {
    const fc = tokens[i]!;
    if (fc.text !== "FC" || text[fc.start - 1] !== " ") continue;
    for (let n = Math.min(4, i); n >= 1; n--) {
      const first = tokens[i - n]!;
      const place = text.slice(first.start, fc.start - 1);
      if (!PLACE_SET.has(place)) continue;
      out.push({ name: `CLB ${place}`, kind: "organisation", form: text.slice(first.start, fc.end), start: first.start, end: fc.end });
      break;
    }
  }
  return out;
}

/** Capitals before a place that make a level or a generic head, not a sponsor's brand. */
const NOT_SPONSORS = new Set(["TP", "TX", "CLB", "FC", "QL", "UBND", "HĐND", "ĐT", "U", "ĐH", "THPT", "THCS", "KCN", "BV", "BVĐK"]);

/**
 * Clubs named after a sponsor and a province (`SHB Đà Nẵng`, `SL Nghệ An`): a brand's
 * capitals right before a province make one name, not the place.
 */
export function findSponsorClubs(t: TagText): EntityMatch[] {
  const { text, tokens } = t;
  const out: EntityMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const brand = tokens[i]!;
    if (!/^[A-Z]{2,4}$/.test(brand.text) || NOT_SPONSORS.has(brand.text) || text[brand.end] !== " " || tokens[i + 1]!.start !== brand.end + 1) continue;
    for (let n = Math.min(3, tokens.length - i - 1); n >= 1; n--) {
      const last = tokens[i + n]!;
      const place = text.slice(tokens[i + 1]!.start, last.end);
      if (!PLACE_SET.has(place) || isUpperStart(neighbours(text, last.end, last.end).after)) continue;
      out.push({ name: text.slice(brand.start, last.end), kind: "organisation", form: text.slice(brand.start, last.end), start: brand.start, end: last.end });
      i += n;
      break;
    }
  }
  return out;
}

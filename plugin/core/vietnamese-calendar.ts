/**
 * Calendar words as Vietnamese (and English-language) news sites print them:
 * weekday and month names for display, and the aliases the date-line parser
 * accepts. Weekdays are numbered like luxon: 1 = Monday … 7 = Sunday.
 *
 * Aliases are stored *folded* (see `foldVietnamese`): lower case, no
 * diacritics, `đ` → `d`, so `Thứ Hai`, `thứ hai` and `Thu hai` share one key.
 */

/** Display names, capitalised as in a dateline: `Thứ Hai` … `Chủ Nhật`. */
export const VIETNAMESE_WEEKDAYS: readonly string[] = [
  "Thứ Hai",
  "Thứ Ba",
  "Thứ Tư",
  "Thứ Năm",
  "Thứ Sáu",
  "Thứ Bảy",
  "Chủ Nhật",
];

export const ENGLISH_WEEKDAYS: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

export const ENGLISH_MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Folded Vietnamese weekday aliases. `Thứ 2` is Monday because the Vietnamese
 * week counts Sunday as day 1; `T2` and `CN` are the short forms of calendars.
 */
const VIETNAMESE_WEEKDAY_ALIASES: Readonly<Record<string, number>> = {
  "thu hai": 1, "thu 2": 1, t2: 1,
  "thu ba": 2, "thu 3": 2, t3: 2,
  "thu tu": 3, "thu 4": 3, t4: 3,
  "thu nam": 4, "thu 5": 4, t5: 4,
  "thu sau": 5, "thu 6": 5, t6: 5,
  // `bẩy` is a common spelling of `bảy`; both fold to `bay`.
  "thu bay": 6, "thu 7": 6, t7: 6,
  "chu nhat": 7, cn: 7,
};

const ENGLISH_WEEKDAY_ALIASES: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/**
 * Words after `tháng`. Numbers are handled by the parser; these are the
 * spelled-out forms, including the lunar-style `giêng` (1) and `chạp` (12)
 * that some papers use for Gregorian months too.
 */
const VIETNAMESE_MONTH_WORDS: Readonly<Record<string, number>> = {
  mot: 1, gieng: 1,
  hai: 2,
  ba: 3,
  tu: 4, bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  "muoi mot": 11,
  "muoi hai": 12, chap: 12,
};

const ENGLISH_MONTH_ALIASES: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Regex source alternatives, longest first so `muoi hai` wins over `muoi`. */
function alternation(keys: readonly string[]): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/ /g, "\\s+"))
    .join("|");
}

export const VIETNAMESE_WEEKDAY_PATTERN = alternation(Object.keys(VIETNAMESE_WEEKDAY_ALIASES));
export const ENGLISH_WEEKDAY_PATTERN = alternation(Object.keys(ENGLISH_WEEKDAY_ALIASES));
export const VIETNAMESE_MONTH_WORD_PATTERN = alternation(Object.keys(VIETNAMESE_MONTH_WORDS));
export const ENGLISH_MONTH_PATTERN = alternation(Object.keys(ENGLISH_MONTH_ALIASES));

function lookup(table: Readonly<Record<string, number>>, folded: string): number | undefined {
  const key = folded.trim().replace(/\s+/g, " ").replace(/\.$/, "");
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Weekday number (1 = Monday) of a folded Vietnamese alias such as `thu tu`. */
export function vietnameseWeekdayNumber(folded: string): number | undefined {
  return lookup(VIETNAMESE_WEEKDAY_ALIASES, folded);
}

/** Weekday number (1 = Monday) of a folded English name such as `wed`. */
export function englishWeekdayNumber(folded: string): number | undefined {
  return lookup(ENGLISH_WEEKDAY_ALIASES, folded);
}

/** Month number of a folded word after `tháng` (`muoi hai` → 12) or digits. */
export function vietnameseMonthNumber(folded: string): number | undefined {
  return /^\d{1,2}$/.test(folded) ? Number(folded) : lookup(VIETNAMESE_MONTH_WORDS, folded);
}

/** Month number of a folded English name or abbreviation (`dec.` → 12). */
export function englishMonthNumber(folded: string): number | undefined {
  return lookup(ENGLISH_MONTH_ALIASES, folded);
}

const foldCache = new Map<string, string>([
  ["đ", "d"],
  ["Đ", "d"],
]);

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    // Keep exactly one code unit per input code unit so that indexes found in
    // the folded text are columns in the original line.
    const base = char.normalize("NFD").charAt(0).toLowerCase();
    folded = base.length === 1 ? base : char;
    foldCache.set(char, folded);
  }
  return folded;
}

/**
 * Lower-case, strip Vietnamese diacritics and map `đ` to `d`, keeping the
 * string length (one UTF-16 code unit in, one out), so a match at index `i`
 * of the folded text is at index `i` of the input. Expects NFC input.
 */
export function foldVietnamese(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]) : foldChar(text[i] as string);
  }
  return out;
}

/**
 * Reads the date line of a raw news file ("Thứ Tư, 8/12/2021, 17:50 (GMT+7)").
 *
 * A line is lexed left to right by an ordered table of named rules (a date,
 * a time, a zone, a weekday, a label word such as `Cập nhật`); separators
 * between them are skipped. A line with anything else in it is ordinary text,
 * so body sentences that merely mention a date are never taken for a date line.
 * Numeric dates are always day/month/year, except ISO-style year-first forms.
 */
import { FixedOffsetZone, Info, type Zone } from "luxon";
import { instantOf, isoOffset } from "./wall-time.ts";
import type { ParsedDate } from "./types.ts";
import {
  ENGLISH_MONTH_PATTERN,
  ENGLISH_WEEKDAYS,
  ENGLISH_WEEKDAY_PATTERN,
  VIETNAMESE_MONTH_WORD_PATTERN,
  VIETNAMESE_WEEKDAYS,
  VIETNAMESE_WEEKDAY_PATTERN,
  englishMonthNumber,
  englishWeekdayNumber,
  foldVietnamese,
  vietnameseMonthNumber,
  vietnameseWeekdayNumber,
} from "./vietnamese-calendar.ts";

export interface DateFinding {
  severity: "error" | "warning";
  ruleId: "invalid-date" | "weekday-mismatch" | "ambiguous-time";
  reason: string;
  /** 1-based column (UTF-16 code units) in the line where the problem starts. */
  column: number;
  actual?: string;
  expected?: string;
}

export type DateLineResult =
  | { matched: false }
  | { matched: true; date: ParsedDate | null; findings: DateFinding[] };

export interface DateLineOptions {
  /** IANA zone (or fixed offset such as `UTC+7`) for wall times without an offset. */
  zone: string;
}

/** Longest line, after trimming, that can still be a date line. */
export const MAX_DATE_LINE_LENGTH = 80;

/** The `zone` option is not a time zone luxon knows (a configuration error, not content). */
export class InvalidZoneError extends Error {
  override name = "InvalidZoneError";
  constructor(zone: unknown) {
    super(
      `news-archive: option "zone" must be an IANA time zone such as "Asia/Ho_Chi_Minh" ` +
        `or a fixed offset such as "UTC+7"; received ${JSON.stringify(zone)}.`,
    );
  }
}

type Meridiem = "am" | "pm" | "noon" | "evening";

interface Span {
  start: number;
  end: number;
  /** The token as written in the line. */
  text: string;
}
interface DateToken extends Span {
  kind: "date";
  day: number;
  month: number;
  year: number;
}
interface TimeToken extends Span {
  kind: "time";
  hour: number;
  minute: number;
  second: number;
  meridiem: Meridiem | null;
}
interface ZoneToken extends Span {
  kind: "zone";
  /** Offset from UTC in minutes, signed. */
  offsetMinutes: number;
  hours: number;
  minutes: number;
}
interface WeekdayToken extends Span {
  kind: "weekday";
  weekday: number;
  english: boolean;
}
interface LabelToken extends Span {
  kind: "label";
}
type Token = DateToken | TimeToken | ZoneToken | WeekdayToken | LabelToken;

/** What a rule read, before the lexer adds its position. */
type Reading =
  | Omit<DateToken, keyof Span>
  | Omit<TimeToken, keyof Span>
  | Omit<ZoneToken, keyof Span>
  | Omit<WeekdayToken, keyof Span>
  | Omit<LabelToken, keyof Span>;

interface Rule {
  name: string;
  /** Sticky, run on the folded line (lower case, no diacritics). */
  pattern: RegExp;
  /** Returns null when the match does not apply here (the next rule is tried). */
  read(match: RegExpExecArray, previous: Token | undefined, position: number): Reading | null;
}

/** End of a word: the next character is neither a letter nor a digit. */
const WORD_END = "(?![\\p{L}\\p{N}])";
const sticky = (source: string): RegExp => new RegExp(source, "uy");

const SEPARATORS = sticky("[\\s,;|()\\[\\]{}\\-–—/:.•·]+");
const MERIDIEM = sticky(`\\s?(a\\.m\\.|p\\.m\\.|am|pm|sang|sa|chieu|ch|toi|trua)${WORD_END}`);

/** Label words that may surround the date: `Cập nhật lúc`, `Ngày đăng:`, `Published on`. */
const LABELS = [
  "cap nhat", "thoi gian", "xuat ban", "lan cuoi", "ngay", "dang", "luc", "vao",
  "published", "updated", "posted", "modified", "last", "date", "on", "at",
].map((label) => label.replace(/ /g, "\\s+"));

const MERIDIEM_WORDS: Readonly<Record<string, Meridiem>> = {
  am: "am", "a.m.": "am", sa: "am", sang: "am",
  pm: "pm", "p.m.": "pm", ch: "pm", chieu: "pm",
  trua: "noon",
  toi: "evening",
};

function date(day: number, month: number, year: number): Reading {
  return { kind: "date", day, month, year };
}

function time(hour: string | undefined, minute: string | undefined, second?: string): Reading {
  return { kind: "time", hour: Number(hour), minute: Number(minute ?? 0), second: Number(second ?? 0), meridiem: null };
}

function offset(sign: string | undefined, hours: string | undefined, minutes: string | undefined): Reading {
  const h = Number(hours ?? 0);
  const m = Number(minutes ?? 0);
  return { kind: "zone", hours: h, minutes: m, offsetMinutes: (sign === "-" ? -1 : 1) * (h * 60 + m) };
}

/**
 * Two-digit years (`08/12/21`) use the POSIX pivot: 00–68 → 2000s,
 * 69–99 → 1900s. They are accepted only with `/`, where they are common;
 * `8-12-21` or `1.2.10` read too much like scores and version numbers.
 */
function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 4 ? year : year < 69 ? 2000 + year : 1900 + year;
}

const afterTime = (previous: Token | undefined, position: number): boolean =>
  previous?.kind === "time" && previous.end === position;

/** Tried in order at each position; the first rule that reads something wins. */
const RULES: readonly Rule[] = [
  {
    name: "year-first-date", // 2021-12-08, 2021/12/08, 2021-12-08T17:50
    pattern: sticky("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:t(?=\\d))?"),
    read: (m) => date(Number(m[4]), Number(m[3]), Number(m[1])),
  },
  {
    name: "day-first-date", // 08/12/2021, 8-12-2021, 08.12.2021, 08/12/21
    pattern: sticky("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)"),
    read: (m) => (m[4]?.length === 2 && m[2] !== "/" ? null : date(Number(m[1]), Number(m[3]), fullYear(m[4] ?? ""))),
  },
  {
    name: "vietnamese-month-date", // 8 tháng 12, 2021 · 8 tháng 12 năm 2021 · 8 tháng Chạp 2021
    pattern: sticky(
      `(\\d{1,2})\\s+thang\\s+(\\d{1,2}(?!\\d)|(?:${VIETNAMESE_MONTH_WORD_PATTERN})${WORD_END})` +
        "(?:\\s*,\\s*|\\s+)(?:nam\\s+)?(\\d{4})(?!\\d)",
    ),
    read: (m) => {
      const month = vietnameseMonthNumber(m[2] ?? "");
      return month === undefined ? null : date(Number(m[1]), month, Number(m[3]));
    },
  },
  {
    // December 8, 2021 · Dec. 8th 2021 · December, 08/2021 (Việt Nam News)
    name: "english-month-first-date",
    pattern: sticky(
      `(${ENGLISH_MONTH_PATTERN})(?:\\.\\s*|\\s*,\\s*|\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+|/)(\\d{4})(?!\\d)`,
    ),
    read: (m) => date(Number(m[2]), englishMonthNumber(m[1] ?? "") ?? 0, Number(m[3])),
  },
  {
    name: "english-day-first-date", // 8 December 2021 · 08 Dec 2021 · 8th of December, 2021
    pattern: sticky(
      `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ENGLISH_MONTH_PATTERN})(?:\\.\\s*|\\s*,\\s*|\\s+)(\\d{4})(?!\\d)`,
    ),
    read: (m) => date(Number(m[1]), englishMonthNumber(m[2] ?? "") ?? 0, Number(m[3])),
  },
  {
    name: "clock-time", // 17:50 · 17:50:30 · 17:50:30.000 (ISO)
    pattern: sticky("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?!\\d)"),
    read: (m) => time(m[1], m[2], m[3]),
  },
  {
    name: "letter-time", // 17h50 · 17g50 · 17h50' · 17h50p
    pattern: sticky(`(\\d{1,2})\\s?[hg]\\s?(\\d{2})(?!\\d)(?:'|p${WORD_END})?`),
    read: (m) => time(m[1], m[2]),
  },
  {
    name: "hour-time", // 17h
    pattern: sticky(`(\\d{1,2})\\s?[hg]${WORD_END}`),
    read: (m) => time(m[1], "0"),
  },
  {
    name: "word-time", // 17 giờ 50 phút · 17 giờ
    pattern: sticky(`(\\d{1,2})\\s+gio(?:\\s+(\\d{1,2})(?:\\s+phut)?)?${WORD_END}`),
    read: (m) => time(m[1], m[2]),
  },
  {
    // +07:00, +0700 right after a time; with a space only in full hh:mm form,
    // so "08/12/2021 - 07:00" stays a date and a time, and never the start of
    // a date ("17:50-08/12/2021").
    name: "numeric-offset",
    pattern: sticky("(\\s?)([+-])(\\d{2})(?::?(\\d{2}))?(?![\\d/]|[.-]\\d)"),
    read: (m, previous, position) =>
      afterTime(previous, position) && (m[1] === "" || m[4] !== undefined) ? offset(m[2], m[3], m[4]) : null,
  },
  {
    name: "zulu", // 2021-12-08T10:50:00Z
    pattern: sticky(`z${WORD_END}`),
    read: (_m, previous, position) => (afterTime(previous, position) ? offset("+", "0", "0") : null),
  },
  {
    name: "gmt-offset", // GMT+7 · GMT+07:00 · UTC+0700 · GMT · UTC
    pattern: sticky(`(?:gmt|utc)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?${WORD_END}`),
    read: (m) => offset(m[1], m[2], m[3]),
  },
  {
    name: "ict", // Indochina Time, Vietnam's zone
    pattern: sticky(`ict${WORD_END}`),
    read: () => offset("+", "7", "0"),
  },
  {
    name: "vietnamese-weekday", // Thứ Tư · thứ 4 · T4 · Chủ nhật · CN
    pattern: sticky(`(?:${VIETNAMESE_WEEKDAY_PATTERN})${WORD_END}`),
    read: (m) => ({ kind: "weekday", weekday: vietnameseWeekdayNumber(m[0]) ?? 0, english: false }),
  },
  {
    name: "english-weekday", // Wednesday · Wed.
    pattern: sticky(`(${ENGLISH_WEEKDAY_PATTERN})\\.?${WORD_END}`),
    read: (m) => ({ kind: "weekday", weekday: englishWeekdayNumber(m[1] ?? "") ?? 0, english: true }),
  },
  {
    name: "label",
    pattern: sticky(`(?:${LABELS.join("|")})${WORD_END}`),
    read: () => ({ kind: "label" }),
  },
];

function readMeridiem(folded: string, token: TimeToken, line: string): void {
  MERIDIEM.lastIndex = token.end;
  const m = MERIDIEM.exec(folded);
  if (m === null) return;
  token.meridiem = MERIDIEM_WORDS[m[1] ?? ""] ?? null;
  token.end += m[0].length;
  token.text = line.slice(token.start, token.end);
}

/** The tokens of a date line, or null when something in it is not date material. */
function lex(line: string): Token[] | null {
  const folded = foldVietnamese(line);
  const tokens: Token[] = [];
  let position = 0;
  outer: while (position < folded.length) {
    const previous = tokens[tokens.length - 1];
    for (const rule of RULES) {
      rule.pattern.lastIndex = position;
      const m = rule.pattern.exec(folded);
      if (m === null) continue;
      const reading = rule.read(m, previous, position);
      if (reading === null) continue;
      const end = position + m[0].length;
      const token = { ...reading, start: position, end, text: line.slice(position, end) } as Token;
      if (token.kind === "time") readMeridiem(folded, token, line);
      tokens.push(token);
      position = token.end;
      continue outer;
    }
    SEPARATORS.lastIndex = position;
    if (!SEPARATORS.test(folded)) return null;
    position = SEPARATORS.lastIndex;
  }
  return tokens;
}

/** Cheap pre-check: false for lines that cannot be date lines (long, or too few digits). */
export function looksLikeDateLine(line: string): boolean {
  const length = line.trim().length;
  if (length === 0 || length > MAX_DATE_LINE_LENGTH) return false;
  // Any accepted date has at least a day and a two-digit year.
  let digits = 0;
  for (let i = 0; i < line.length && digits < 3; i++) {
    const code = line.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits >= 3;
}

const zoneCache = new Map<string, Zone | null>();

/** An IANA zone or fixed offset the parser can read wall times in (never the machine's own zone). */
export function isUsableZone(name: unknown): boolean {
  try {
    resolveZone(name);
    return true;
  } catch {
    return false;
  }
}

function resolveZone(name: unknown): Zone {
  if (typeof name !== "string" || name.trim() === "") throw new InvalidZoneError(name);
  let zone = zoneCache.get(name);
  if (zone === undefined) {
    const normalized = Info.normalizeZone(name);
    // "local"/"system" would make the archive depend on the build machine.
    zone = normalized.isValid && normalized.type !== "system" ? normalized : null;
    zoneCache.set(name, zone);
  }
  if (zone === null) throw new InvalidZoneError(name);
  return zone;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const dmy = (d: DateToken): string => `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;

function invalid(token: Span, reason: string): DateFinding {
  return { severity: "error", ruleId: "invalid-date", reason, column: token.start + 1, actual: token.text };
}

function checkDate(d: DateToken): DateFinding | null {
  const shown = `"${d.text.trim()}"`;
  if (d.month < 1 || d.month > 12) {
    return invalid(d, `${shown} is not a date: month ${d.month} does not exist (numeric dates are read day/month/year)`);
  }
  if (d.year < 1000) return invalid(d, `${shown} is not a date: the year must have four digits`);
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (d.day < 1 || d.day > daysInMonth) {
    return invalid(d, `${shown} is not a date: month ${d.month} of ${d.year} has ${daysInMonth} days`);
  }
  return null;
}

/** 24-hour clock value of a time token, or a finding saying why there is none. */
function clockHour(t: TimeToken): number | DateFinding {
  const shown = `"${t.text.trim()}"`;
  const h = t.hour;
  switch (t.meridiem) {
    case null:
      break;
    case "am": // 12 AM is midnight; "00:30 AM" is unambiguous too
      if (h > 12) return invalid(t, `${shown} is not a time of day: AM/SA hours run from 1 to 12`);
      return h === 12 ? 0 : h;
    case "pm": // sites print both "05:50 PM" and the redundant "17:50 PM"
      if (h === 0 || h > 23) return invalid(t, `${shown} is not a time of day: PM/CH hours run from 1 to 12`);
      return h < 12 ? h + 12 : h;
    case "noon": // "12 giờ trưa", "1 giờ trưa"
      if (h === 11 || h === 12 || h === 13 || h === 14) return h;
      if (h === 1 || h === 2) return h + 12;
      return invalid(t, `${shown} is not a time of day: "trưa" means around noon`);
    case "evening":
      if (h >= 6 && h <= 11) return h + 12;
      if (h >= 18 && h <= 23) return h;
      return invalid(t, `${shown} is not a time of day: "tối" means 18:00–23:59`);
  }
  if (h === 24 && t.minute === 0 && t.second === 0) {
    return invalid(t, `${shown} is not a time of day: write 00:00 of the next day`);
  }
  if (h > 23) return invalid(t, `${shown} is not a time of day: hours run from 00 to 23`);
  return h;
}

function checkTime(t: TimeToken): number | DateFinding {
  const hour = clockHour(t);
  if (typeof hour !== "number") return hour;
  if (t.minute > 59) return invalid(t, `"${t.text.trim()}" is not a time of day: minutes run from 00 to 59`);
  if (t.second > 59) return invalid(t, `"${t.text.trim()}" is not a time of day: seconds run from 00 to 59`);
  return hour;
}

function checkOffset(z: ZoneToken): DateFinding | null {
  if (z.minutes > 59 || z.offsetMinutes > 14 * 60 || z.offsetMinutes < -12 * 60) {
    return invalid(z, `"${z.text.trim()}" is not a UTC offset: offsets run from -12:00 to +14:00`);
  }
  return null;
}

function checkWeekday(w: WeekdayToken, d: DateToken): DateFinding | null {
  // Calendar arithmetic in UTC: the weekday of the date as written, in no zone.
  const actual = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
  if (w.weekday === actual) return null;
  const expected = (w.english ? ENGLISH_WEEKDAYS : VIETNAMESE_WEEKDAYS)[actual - 1] ?? "";
  const written = w.text.trim();
  return {
    severity: "warning",
    ruleId: "weekday-mismatch",
    reason: `Weekday "${written}" does not match ${dmy(d)} (${expected})`,
    column: w.start + 1,
    actual: written,
    expected,
  };
}

function only<K extends Token["kind"]>(tokens: Token[], kind: K): Extract<Token, { kind: K }>[] {
  return tokens.filter((t): t is Extract<Token, { kind: K }> => t.kind === kind);
}

/**
 * Reads one NFC-normalised line. `matched: false` means ordinary text;
 * `matched: true` with `date: null` means a date line whose date or time is
 * impossible (an `invalid-date` finding says why). Never throws on content;
 * throws `InvalidZoneError` when `options.zone` is not a usable zone.
 */
export function parseDateLine(line: string, options: DateLineOptions): DateLineResult {
  const defaultZone = resolveZone(options.zone);
  if (!looksLikeDateLine(line)) return { matched: false };
  const tokens = lex(line);
  if (tokens === null) return { matched: false };
  const dates = only(tokens, "date");
  const times = only(tokens, "time");
  const zones = only(tokens, "zone");
  const weekdays = only(tokens, "weekday");
  // Exactly one date; a second date or time would make us guess which one counts.
  if (dates.length !== 1 || times.length > 1 || zones.length > 1 || weekdays.length > 1) return { matched: false };
  const d = dates[0] as DateToken;
  const t = times[0];
  const z = zones[0];
  const w = weekdays[0];

  const findings: DateFinding[] = [];
  const dateFinding = checkDate(d);
  if (dateFinding) findings.push(dateFinding);
  const hour = t === undefined ? 0 : checkTime(t);
  if (typeof hour !== "number") findings.push(hour);
  const offsetFinding = z === undefined ? null : checkOffset(z);
  if (offsetFinding) findings.push(offsetFinding);
  if (findings.length > 0 || typeof hour !== "number") return { matched: true, date: null, findings };

  const zone = z === undefined ? defaultZone : FixedOffsetZone.instance(z.offsetMinutes);
  const wall = { year: d.year, month: d.month, day: d.day, hour, minute: t?.minute ?? 0, second: t?.second ?? 0 };
  const instant = instantOf(wall, zone);
  if (instant.kind === "skipped") {
    const at = t ?? d;
    const reason = `"${at.text.trim()}" on ${dmy(d)} does not exist in ${zone.name}: clocks skip it for daylight saving time`;
    return { matched: true, date: null, findings: [invalid(at, reason)] };
  }
  if (w !== undefined) {
    const weekdayFinding = checkWeekday(w, d);
    if (weekdayFinding) findings.push(weekdayFinding);
  }
  const iso = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${isoOffset(instant.offset)}`;
  if (instant.kind === "ambiguous") {
    const at = t ?? d;
    findings.push({
      severity: "warning",
      ruleId: "ambiguous-time",
      reason: `"${at.text.trim()}" on ${dmy(d)} happens twice in ${zone.name} (clocks go back): read as the first, ${isoOffset(instant.offset)}. Write the offset, "GMT${isoOffset(instant.laterOffset)}", to mean the second.`,
      column: at.start + 1,
      actual: at.text.trim(),
    });
  }
  const date: ParsedDate = {
    iso,
    epochMs: instant.epochMs,
    hasTime: t !== undefined,
    zone: z === undefined ? options.zone : zone.name,
  };
  return { matched: true, date, findings };
}

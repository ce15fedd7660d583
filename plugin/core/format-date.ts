/**
 * Display strings and archive keys for a parsed date, computed in the
 * archive's zone (never UTC, never the build machine's zone). Strings are
 * built from our own tables rather than Intl's `vi` locale, whose output
 * differs between Node/ICU builds.
 */
import { DateTime, IANAZone } from "luxon";
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, VIETNAMESE_WEEKDAYS } from "./vietnamese-calendar.ts";
import { offsetAt } from "./wall-time.ts";

export interface FormatDateOptions {
  /** Append the time of day (`, 17:50`). Default true; pass false for date-only articles. */
  withTime?: boolean;
}

/** Year, month and day of an article in the archive's zone, zero-padded, for URLs and indexes. */
export interface DateKeys {
  year: string;
  month: string;
  day: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** What the formatters read of an instant seen in a zone (luxon's numbering: weekday 1 is Monday). */
interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

/** The instant of `iso` seen in `zone`; throws on a value the parser would never produce. */
// The store (URLs) and the index (buckets, display) ask for the same instants: each (instant, zone) is converted once.
const zoned = new Map<string, ZonedTime>();

function inZone(iso: string, zone: string, caller: string): ZonedTime {
  const cacheKey = `${zone}\u0000${iso}`;
  const cached = zoned.get(cacheKey);
  if (cached) return cached;
  const t = offsetForm(iso, zone) ?? byLuxon(iso, zone, caller);
  if (zoned.size > 200_000) zoned.clear();
  zoned.set(cacheKey, t);
  return t;
}

function byLuxon(iso: string, zone: string, caller: string): ZonedTime {
  const dt = DateTime.fromISO(iso, { zone, setZone: false });
  // "local"/"system" would make pages depend on the build machine's zone.
  if (!dt.isValid || dt.zone.type === "system") {
    throw new RangeError(`${caller}: cannot read ${JSON.stringify(iso)} in zone ${JSON.stringify(zone)} (${dt.invalidExplanation ?? dt.invalidReason ?? "machine-dependent zone"})`);
  }
  return { year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute, weekday: dt.weekday };
}

/** The form every dated article has (`2021-12-08T17:50:00+07:00`), with at most milliseconds. */
const OFFSET_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const ianaZones = new Map<string, IANAZone | null>();

/**
 * A string in the offset form naming a real date and time (luxon reads it alike), with its instant;
 * null for any other string, which luxon must read. A year below 100, hour 24 and an offset beyond
 * 23:59 are left to luxon too.
 */
function readOffsetForm(iso: string): { epochMs: number } | null {
  const m = OFFSET_FORM.exec(iso);
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  // Years below 100 are read as 19xx by `Date.UTC`.
  if (year < 100) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, Number((m[7] ?? "").padEnd(3, "0")));
  const w = new Date(wall);
  if (w.getUTCFullYear() !== year || w.getUTCMonth() + 1 !== month || w.getUTCDate() !== day || w.getUTCHours() !== hour || w.getUTCMinutes() !== minute || w.getUTCSeconds() !== second) return null;
  if (m[8] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  const offset = m[8] === undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return { epochMs: wall - offset * 60_000 };
}

/** `iso` is in the offset form every dated article has and names a real instant (luxon would read it as valid). */
export function isOffsetForm(iso: string): boolean {
  return readOffsetForm(iso) !== null;
}

/**
 * `iso` in the offset form seen in an IANA zone, from the zone's offset at that instant (`offsetAt`, one
 * cached formatter per zone): luxon's parser and zone conversion cost about ten times as much, once per
 * article on a first build. Null for any other form or zone, or a date that does not exist: luxon decides.
 */
function offsetForm(iso: string, zone: string): ZonedTime | null {
  const read = readOffsetForm(iso);
  if (read === null) return null;
  let z = ianaZones.get(zone);
  if (z === undefined) {
    z = IANAZone.isValidZone(zone) ? IANAZone.create(zone) : null;
    ianaZones.set(zone, z);
  }
  if (z === null) return null;
  const epochMs = read.epochMs;
  const here = offsetAt(z, epochMs);
  // Local mean time (before standard zones) has offsets in seconds: luxon decides there.
  if (!Number.isInteger(here)) return null;
  const local = new Date(epochMs + here * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

const clock = (dt: ZonedTime): string => `${pad(dt.hour)}:${pad(dt.minute)}`;

/** `tháng 12`. */
export function vietnameseMonthName(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`vietnameseMonthName: month must be an integer from 1 to 12; received ${month}`);
  }
  return `tháng ${month}`;
}

/** `December`. */
export function englishMonthName(month: number): string {
  const name = Number.isInteger(month) ? ENGLISH_MONTHS[month - 1] : undefined;
  if (name === undefined) {
    throw new RangeError(`englishMonthName: month must be an integer from 1 to 12; received ${month}`);
  }
  return name;
}

/** `Thứ Tư, 8 tháng 12, 2021, 17:50`, or `Thứ Tư, 8 tháng 12, 2021` without the time. */
export function formatVietnameseDate(iso: string, zone: string, opts: FormatDateOptions = {}): string {
  const dt = inZone(iso, zone, "formatVietnameseDate");
  const date = `${VIETNAMESE_WEEKDAYS[dt.weekday - 1]}, ${dt.day} ${vietnameseMonthName(dt.month)}, ${dt.year}`;
  return opts.withTime === false ? date : `${date}, ${clock(dt)}`;
}

/** `Wednesday, 8 December 2021, 17:50`, or `Wednesday, 8 December 2021` without the time. */
export function formatEnglishDate(iso: string, zone: string, opts: FormatDateOptions = {}): string {
  const dt = inZone(iso, zone, "formatEnglishDate");
  const date = `${ENGLISH_WEEKDAYS[dt.weekday - 1]}, ${dt.day} ${englishMonthName(dt.month)} ${dt.year}`;
  return opts.withTime === false ? date : `${date}, ${clock(dt)}`;
}

/**
 * `{ year: "2021", month: "12", day: "08" }` of the calendar day in `zone`:
 * an article at 00:30 in Hà Nội belongs to that day, although it is still
 * the previous day in UTC.
 */
export function dateKeys(iso: string, zone: string): DateKeys {
  const memo = `${zone} ${iso}`;
  const known = keysOf.get(memo);
  if (known) return { ...known };
  const dt = inZone(iso, zone, "dateKeys");
  const keys = { year: String(dt.year).padStart(4, "0"), month: pad(dt.month), day: pad(dt.day) };
  // Every build asks again for every article's date: remember the answers.
  if (keysOf.size > 200_000) keysOf.clear();
  keysOf.set(memo, keys);
  return { ...keys };
}
const keysOf = new Map<string, DateKeys>();

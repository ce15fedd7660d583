/**
 * Display strings and archive keys for a parsed date, computed in the
 * archive's zone (never UTC, never the build machine's zone). Strings are
 * built from our own tables rather than Intl's `vi` locale, whose output
 * differs between Node/ICU builds.
 */
import { DateTime } from "luxon";
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, VIETNAMESE_WEEKDAYS } from "./vietnamese-calendar.ts";

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

/** The instant of `iso` seen in `zone`; throws on a value the parser would never produce. */
// The store (URLs) and the index (buckets, display) ask for the same instants; luxon's zone
// conversion is the expensive part, so each (instant, zone) is converted once.
const zoned = new Map<string, DateTime>();

function inZone(iso: string, zone: string, caller: string): DateTime {
  const cacheKey = `${zone}\u0000${iso}`;
  const cached = zoned.get(cacheKey);
  if (cached) return cached;
  const dt = DateTime.fromISO(iso, { zone, setZone: false });
  // "local"/"system" would make pages depend on the build machine's zone.
  if (!dt.isValid || dt.zone.type === "system") {
    throw new RangeError(`${caller}: cannot read ${JSON.stringify(iso)} in zone ${JSON.stringify(zone)} (${dt.invalidExplanation ?? dt.invalidReason ?? "machine-dependent zone"})`);
  }
  if (zoned.size > 200_000) zoned.clear();
  zoned.set(cacheKey, dt);
  return dt;
}

const clock = (dt: DateTime): string => `${pad(dt.hour)}:${pad(dt.minute)}`;

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
  // Every build asks again for every article's date (luxon is not free): remember the answers.
  if (keysOf.size > 200_000) keysOf.clear();
  keysOf.set(memo, keys);
  return { ...keys };
}
const keysOf = new Map<string, DateKeys>();

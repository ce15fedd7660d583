/**
 * A wall-clock time in a zone → the instant it names. Dating an article is one
 * such conversion; luxon's `DateTime.fromObject` does it with two or three calls
 * of `Intl.DateTimeFormat#formatToParts` and asks the zone's offset at the
 * current time first, so the instant of a time that happens twice (clocks going
 * back) depended on the day of the build. Here the offsets come from one cached
 * formatter per zone, read from its plain `format` string (with luxon's zone
 * answer as the fallback), and a time that happens twice is always read as its
 * first occurrence, and said to be ambiguous.
 *
 * Assumes, as luxon does, that a zone changes its offset at most once within a
 * day on either side of the wall time.
 */
import type { Zone } from "luxon";

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type Instant =
  /** `offset` in minutes east of UTC; fractional for local mean time before standard zones. */
  | { kind: "exact"; epochMs: number; offset: number }
  /** Clocks went back: the wall time happened twice. `epochMs` and `offset` are the first; `laterOffset` the second. */
  | { kind: "ambiguous"; epochMs: number; offset: number; laterOffset: number }
  /** Clocks jumped forward over it: the wall time never happened. */
  | { kind: "skipped" };

const DAY_MS = 86_400_000;

/** Milliseconds of a wall time read as if it were UTC (any year, including 0–99). */
function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// `en-US` with these fields prints `12/07/2026 AD, 06:55:21`.
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d+) (AD|BC), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's offset from UTC in minutes at an instant. */
export function offsetAt(zone: Zone, epochMs: number): number {
  if (zone.isUniversal) return zone.offset(epochMs);
  let dtf = formatters.get(zone.name);
  if (dtf === undefined) {
    dtf = new Intl.DateTimeFormat("en-US", {
      timeZone: zone.name, hourCycle: "h23", era: "short",
      year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(zone.name, dtf);
  }
  const m = FORMATTED.exec(dtf.format(epochMs));
  if (m === null) return zone.offset(epochMs);
  const year = m[4] === "BC" ? 1 - Number(m[3]) : Number(m[3]);
  const asUtc = wallMs(year, Number(m[1]), Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
  // The formatter shows whole seconds: compare with the instant cut to its second (as luxon does).
  const over = epochMs % 1000;
  const asTs = epochMs - (over >= 0 ? over : 1000 + over);
  return (asUtc - asTs) / (60 * 1000);
}

/** The instant a wall time names in `zone`. */
export function instantOf(wall: WallTime, zone: Zone): Instant {
  const local = wallMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  const fits = (offset: number): boolean => offsetAt(zone, local - offset * 60 * 1000) === offset;
  const before = offsetAt(zone, local - DAY_MS);
  const after = zone.isUniversal ? before : offsetAt(zone, local + DAY_MS);
  if (before === after && fits(before)) return { kind: "exact", epochMs: local - before * 60 * 1000, offset: before };
  // A change near the wall time: each offset in force around it may name it (both do when clocks went back).
  const candidates = new Set([before, after, offsetAt(zone, local - before * 60 * 1000), offsetAt(zone, local - after * 60 * 1000)]);
  // The larger offset is the earlier instant.
  const fitting = [...candidates].filter(fits).sort((a, b) => b - a);
  const first = fitting[0];
  if (first === undefined) return { kind: "skipped" };
  const epochMs = local - first * 60 * 1000;
  const second = fitting[1];
  return second === undefined ? { kind: "exact", epochMs, offset: first } : { kind: "ambiguous", epochMs, offset: first, laterOffset: second };
}

/** `+07:00`, as luxon writes an offset in ISO 8601 (a fractional minute is cut). */
export function isoOffset(offset: number): string {
  const hours = Math.trunc(Math.abs(offset / 60));
  const minutes = Math.trunc(Math.abs(offset % 60));
  return `${offset >= 0 ? "+" : "-"}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * Calendar views of the archive: a month as weeks of days, Monday first as
 * Vietnamese calendars print them, each day with its article count, a shade
 * level and its day page; and each year's months as a small bar chart. Pure:
 * the day counts are already keyed in the archive's zone, and the weekday of a
 * calendar date depends on no zone.
 */

/** Shade levels above 0 (a day without articles). */
export const SHADE_LEVELS = 4;

export type ShadeLevel = 0 | 1 | 2 | 3 | 4;

export interface CalendarDay {
  /** 1 … 31. */
  day: number;
  /** `2021-12-08`. */
  key: string;
  count: number;
  /** 0 without articles; 1 … 4 relative to the busiest day of the year. */
  level: ShadeLevel;
  /** The day's page, or null without articles or when day pages are off. */
  url: string | null;
  /** Date and count as a sentence (`Thứ Tư, 8 tháng 12, 2021: 3 bài`), for screen readers. */
  label: string;
}

export interface CalendarMonth {
  year: string;
  /** `01` … `12`. */
  month: string;
  /** `2021-12`. */
  key: string;
  /** `Tháng 12, 2021`. */
  heading: string;
  /** The month's page, or null without articles or when month pages are off. */
  url: string | null;
  count: number;
  /** Weeks of 7 cells, Monday first; null pads the first and last week. */
  weeks: (CalendarDay | null)[][];
}

export interface CalendarLabels {
  /** `Tháng 12, 2021`. */
  month: (year: string, month: string) => string;
  /** `weekday`: 1 = Monday … 7 = Sunday, as luxon numbers them. */
  day: (year: string, month: string, day: string, weekday: number, count: number) => string;
}

/** What a calendar needs of one day that has articles. */
export interface DayCount {
  count: number;
  url: string | null;
}

export interface CalendarInput {
  year: string;
  /** `MM-DD` → the day's count and page; days absent have no articles. */
  days: ReadonlyMap<string, DayCount>;
  /** `MM` → the month's page, for months with articles. */
  monthUrls: ReadonlyMap<string, string | null>;
  labels: CalendarLabels;
}

/** 1 = Monday … 7 = Sunday of a proleptic Gregorian date (no zone involved). */
export function isoWeekday(year: number, month: number, day: number): number {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 for no articles, else 1 … 4 in proportion to the busiest day (`max`). */
export function shadeLevel(count: number, max: number): ShadeLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(SHADE_LEVELS, Math.max(1, Math.ceil((SHADE_LEVELS * count) / max))) as ShadeLevel;
}

/** The 12 months of a year (or the given `months`), shaded against the year's busiest day. */
export function yearCalendar(input: CalendarInput, months: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]): CalendarMonth[] {
  let max = 0;
  for (const d of input.days.values()) max = Math.max(max, d.count);
  return months.map((m) => monthCalendar(input, m, max));
}

function monthCalendar(input: CalendarInput, month: number, max: number): CalendarMonth {
  const y = Number(input.year);
  const mm = String(month).padStart(2, "0");
  const weeks: (CalendarDay | null)[][] = [];
  let week: (CalendarDay | null)[] = new Array<CalendarDay | null>(isoWeekday(y, month, 1) - 1).fill(null);
  let total = 0;
  const length = daysInMonth(y, month);
  for (let d = 1; d <= length; d++) {
    const dd = String(d).padStart(2, "0");
    const found = input.days.get(`${mm}-${dd}`);
    const count = found?.count ?? 0;
    total += count;
    week.push({
      day: d,
      key: `${input.year}-${mm}-${dd}`,
      count,
      level: shadeLevel(count, max),
      url: count > 0 ? (found?.url ?? null) : null,
      label: input.labels.day(input.year, mm, dd, isoWeekday(y, month, d), count),
    });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push(week.concat(new Array<null>(7 - week.length).fill(null)));
  return {
    year: input.year,
    month: mm,
    key: `${input.year}-${mm}`,
    heading: input.labels.month(input.year, mm),
    url: total > 0 ? (input.monthUrls.get(mm) ?? null) : null,
    count: total,
    weeks,
  };
}

/** One month of the coverage chart. */
export interface CoverageMonth {
  month: string;
  /** Short label, `T12` / `Dec`. */
  label: string;
  count: number;
  /** Bar height, 0 … 100, against the busiest month of the whole archive; `rest` is 100 − `percent`. */
  percent: number;
  rest: number;
  url: string | null;
  /** `Tháng 12, 2021: 40 bài`. */
  title: string;
}

export interface CoverageYear {
  year: string;
  url: string | null;
  count: number;
  months: CoverageMonth[];
}

export interface CoverageInput {
  year: string;
  url: string | null;
  /** `MM` → count and page of the year's months with articles. */
  months: ReadonlyMap<string, DayCount>;
}

/** Each year's 12 monthly counts, newest year first as given, so gaps in the collection show. */
export function coverage(years: readonly CoverageInput[], labels: { short: (month: string) => string; title: (year: string, month: string, count: number) => string }): CoverageYear[] {
  let max = 0;
  for (const y of years) for (const m of y.months.values()) max = Math.max(max, m.count);
  return years.map((y) => {
    let count = 0;
    const months: CoverageMonth[] = [];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, "0");
      const found = y.months.get(mm);
      const c = found?.count ?? 0;
      count += c;
      // A month with any article gets a visible bar, however small next to the busiest.
      const percent = c === 0 || max === 0 ? 0 : Math.max(4, Math.round((100 * c) / max));
      months.push({ month: mm, label: labels.short(mm), count: c, percent, rest: 100 - percent, url: c > 0 ? (found?.url ?? null) : null, title: labels.title(y.year, mm, c) });
    }
    return { year: y.year, url: y.url, count, months };
  });
}

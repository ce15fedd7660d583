/**
 * "On this day": for each calendar day (`12-08`) that has articles in any
 * year, those articles grouped by year, newest year first; and the index of
 * every such day, by month. Computed from the archive's day keys (its zone),
 * never from the date of the build: which day is "today" is decided by the
 * reader's browser.
 */
import type { IndexedArticle } from "./archive-index.ts";
import { fillPattern } from "./url-pattern.ts";

export interface OnThisDayYear {
  year: string;
  /** The day page of that year (`/2021/12/08/`), or null when day pages are off. */
  dayUrl: string | null;
  /** `Ngày 8 tháng 12, 2021`. */
  label: string;
  /** Newest first. */
  items: IndexedArticle[];
}

export interface OnThisDayPage {
  kind: "onThisDay";
  url: string;
  /** `12-08`. */
  key: string;
  month: string;
  day: string;
  /** `Ngày 8 tháng 12` (no year). */
  heading: string;
  title: string;
  total: number;
  /** Newest year first. */
  years: OnThisDayYear[];
}

export interface OnThisDayLink {
  key: string;
  /** `Ngày 8 tháng 12`. */
  label: string;
  url: string;
  count: number;
  /** How many years have articles on that day. */
  yearCount: number;
}

export interface OnThisDayMonth {
  month: string;
  /** `Tháng 12`. */
  heading: string;
  days: OnThisDayLink[];
}

export interface OnThisDayLabels {
  /** `Ngày 8 tháng 12`. */
  dayOfYear: (month: string, day: string) => string;
  /** `Ngày 8 tháng 12, 2021`. */
  day: (year: string, month: string, day: string) => string;
  /** `Tháng 12`. */
  month: (month: string) => string;
  /** `Ngày này năm xưa`: the pages' titles start with it. */
  title: string;
}

export interface OnThisDayOptions {
  /** Pattern with `:month` and `:day`. */
  pattern: string;
  /** Day pages' pattern, or null when they are off. */
  dayPattern: string | null;
  labels: OnThisDayLabels;
}

/** `dated`: newest first. Pages in calendar order (`01-01` … `12-31`). */
export function onThisDayPages(dated: readonly IndexedArticle[], opts: OnThisDayOptions): OnThisDayPage[] {
  const byDay = new Map<string, Map<string, IndexedArticle[]>>();
  for (const a of dated) {
    if (!a.keys) continue;
    const key = `${a.keys.month}-${a.keys.day}`;
    let years = byDay.get(key);
    if (!years) byDay.set(key, (years = new Map()));
    const list = years.get(a.keys.year);
    if (list) list.push(a);
    else years.set(a.keys.year, [a]);
  }
  const pages: OnThisDayPage[] = [];
  for (const key of [...byDay.keys()].sort()) {
    const [month, day] = key.split("-") as [string, string];
    const years = [...byDay.get(key)!].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
    const heading = opts.labels.dayOfYear(month, day);
    pages.push({
      kind: "onThisDay",
      url: fillPattern(opts.pattern, { month, day }),
      key,
      month,
      day,
      heading,
      title: `${opts.labels.title}: ${heading}`,
      total: years.reduce((n, [, items]) => n + items.length, 0),
      years: years.map(([year, items]) => ({
        year,
        dayUrl: opts.dayPattern === null ? null : fillPattern(opts.dayPattern, { year, month, day }),
        label: opts.labels.day(year, month, day),
        items,
      })),
    });
  }
  return pages;
}

/** The index of every on-this-day page, by month. */
export function onThisDayIndex(pages: readonly OnThisDayPage[], labels: OnThisDayLabels): OnThisDayMonth[] {
  const out: OnThisDayMonth[] = [];
  for (const p of pages) {
    let last = out[out.length - 1];
    if (!last || last.month !== p.month) out.push((last = { month: p.month, heading: labels.month(p.month), days: [] }));
    last.days.push({ key: p.key, label: p.heading, url: p.url, count: p.total, yearCount: p.years.length });
  }
  return out;
}

/** What the home page's script needs to link to today's page: the days that have one, and their URL with `__MM__-__DD__` in place. */
export interface TodayLink {
  /** Where the link goes without JavaScript, or when today has no page: the index. */
  url: string;
  /** `01-01 02-29 12-08`: the days with a page. */
  days: string;
  pattern: string;
}

export function todayLink(pages: readonly OnThisDayPage[], pattern: string, indexUrl: string): TodayLink {
  return { url: indexUrl, days: pages.map((p) => p.key).join(" "), pattern: fillPattern(pattern, { month: "__MM__", day: "__DD__" }) };
}

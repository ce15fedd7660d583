/** The calendar views' core: weeks Monday first, weekday offsets, counts and shades, the coverage chart. */
import { describe, expect, it } from "vitest";
import { coverage, daysInMonth, isoWeekday, shadeLevel, yearCalendar, type CalendarDay, type DayCount } from "../../plugin/core/calendar.ts";
import { buildArchiveIndex, type ArticleRecord } from "../../plugin/core/archive-index.ts";
import { dateKeys, formatVietnameseDate } from "../../plugin/core/format-date.ts";
import { calendarLabels, dateLabels } from "../../plugin/i18n.ts";
import { getDefaults } from "../../plugin/options.ts";

const labels = calendarLabels("vi");
const days = (entries: [string, number][]) => new Map<string, DayCount>(entries.map(([k, count]) => [k, { count, url: `/2021/${k.replace("-", "/")}/` }]));

describe("calendar arithmetic", () => {
  it("numbers weekdays Monday = 1 … Sunday = 7, whatever the machine's zone", () => {
    expect(isoWeekday(2021, 12, 8)).toBe(3); // a Wednesday
    expect(isoWeekday(2021, 12, 5)).toBe(7); // a Sunday
    expect(isoWeekday(2024, 2, 29)).toBe(4);
    expect(isoWeekday(2000, 1, 1)).toBe(6);
  });

  it("knows month lengths, leap years included", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2021, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it("shades 0 without articles, then 1 … 4 in proportion to the busiest day", () => {
    expect(shadeLevel(0, 10)).toBe(0);
    expect([1, 2, 3, 5, 7, 8, 10].map((n) => shadeLevel(n, 10))).toEqual([1, 1, 2, 2, 3, 4, 4]);
    expect(shadeLevel(1, 1)).toBe(4);
    expect(shadeLevel(3, 0)).toBe(0);
  });
});

describe("yearCalendar", () => {
  const cal = yearCalendar({ year: "2021", days: days([["12-08", 4], ["12-03", 1], ["03-01", 2]]), monthUrls: new Map([["12", "/2021/12/"], ["03", "/2021/03/"]]), labels: labels.labels });

  it("lays out 12 months in weeks of 7, Monday first, padded with empty cells", () => {
    expect(cal).toHaveLength(12);
    const dec = cal[11]!;
    expect(dec.heading).toBe("Tháng 12, 2021");
    expect(dec.weeks.every((w) => w.length === 7)).toBe(true);
    // 1 December 2021 was a Wednesday: two empty cells first; 31 December a Friday: two after.
    expect(dec.weeks[0]!.slice(0, 3).map((d) => d?.day ?? null)).toEqual([null, null, 1]);
    expect(dec.weeks.at(-1)!.map((d) => d?.day ?? null)).toEqual([27, 28, 29, 30, 31, null, null]);
    // February 2021 starts on a Monday and fills exactly four weeks.
    expect(cal[1]!.weeks.map((w) => w.map((d) => d?.day))).toHaveLength(4);
    expect(cal[1]!.weeks[0]![0]!.day).toBe(1);
    const all = cal.flatMap((m) => m.weeks.flat().filter((d): d is CalendarDay => d !== null));
    expect(all).toHaveLength(365);
  });

  it("gives each day its count, shade, page and a label with date and count; months their totals", () => {
    const dec = cal[11]!.weeks.flat().filter((d): d is CalendarDay => d !== null);
    const eighth = dec.find((d) => d.day === 8)!;
    expect(eighth).toEqual({ day: 8, key: "2021-12-08", count: 4, level: 4, url: "/2021/12/08/", label: "Thứ Tư, 8 tháng 12, 2021: 4 bài" });
    expect(dec.find((d) => d.day === 3)).toMatchObject({ count: 1, level: 1, url: "/2021/12/03/" });
    expect(dec.find((d) => d.day === 9)).toMatchObject({ count: 0, level: 0, url: null, label: "Thứ Năm, 9 tháng 12, 2021: 0 bài" });
    expect(cal.map((m) => m.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
    expect(cal[11]!.url).toBe("/2021/12/");
    expect(cal[0]!.url).toBeNull();
    expect(calendarLabels("en").labels.day("2021", "12", "08", 3, 1)).toBe("Wednesday, 8 December 2021: 1 article");
  });
});

describe("coverage", () => {
  it("gives every year 12 months, bars against the busiest month of the archive, gaps at zero", () => {
    const chart = coverage(
      [
        { year: "2022", url: "/2022/", months: new Map([["01", { count: 50, url: "/2022/01/" }]]) },
        { year: "2021", url: "/2021/", months: new Map([["12", { count: 100, url: "/2021/12/" }], ["03", { count: 1, url: "/2021/03/" }]]) },
      ],
      { short: labels.monthShort, title: labels.monthCount },
    );
    expect(chart.map((y) => [y.year, y.count])).toEqual([["2022", 50], ["2021", 101]]);
    expect(chart[1]!.months.map((m) => m.percent)).toEqual([0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 100]); // a lone article still shows
    expect(chart[0]!.months[0]).toEqual({ month: "01", label: "T1", count: 50, percent: 50, rest: 50, url: "/2022/01/", title: "Tháng 1, 2022: 50 bài" });
    expect(chart[0]!.months[1]).toMatchObject({ count: 0, url: null });
  });
});

describe("the archive index's calendars", () => {
  const d = getDefaults();
  const rec = (id: string, date: string): ArticleRecord => ({ id, url: `/${id}/`, title: id, date, dateHasTime: true, lead: "", author: null, source: null, tags: [] });
  const records = [rec("a", "2021-12-08T06:30:00+07:00"), rec("b", "2021-12-07T23:30:00Z"), rec("c", "2021-12-03T10:00:00+07:00"), rec("d", "2022-01-01T00:10:00+07:00")];
  const build = (pages: Partial<typeof d.pages> = {}, withCalendar = true) =>
    buildArchiveIndex(records, {
      zone: d.zone, pageSize: 50, permalinks: d.permalinks, pages, collation: "vi", dateKeys,
      formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
      labels: dateLabels("vi"),
      calendar: withCalendar ? labels : undefined,
    });

  it("counts days in the archive's zone and matches the day pages", () => {
    const index = build();
    const year = index.pages.year.find((p) => p.key === "2021")!;
    const cells = year.calendar.flatMap((m) => m.weeks.flat()).filter((c): c is CalendarDay => c !== null && c.count > 0);
    // 23:30 UTC on 7 December is 06:30 on 8 December in Hà Nội.
    expect(cells.map((c) => [c.key, c.count, c.url])).toEqual([["2021-12-03", 1, "/2021/12/03/"], ["2021-12-08", 2, "/2021/12/08/"]]);
    for (const c of cells) expect(index.pages.day.find((p) => p.key === c.key)!.total).toBe(c.count);
    const month = index.pages.month.find((p) => p.key === "2021-12")!;
    expect(month.calendar.map((m) => m.key)).toEqual(["2021-12"]);
    expect(index.coverage.map((y) => [y.year, y.count])).toEqual([["2022", 1], ["2021", 3]]);
  });

  it("leaves links out for day pages that are off, and calendars out when off", () => {
    const noDays = build({ day: false });
    const cells = noDays.pages.year[0]!.calendar.flatMap((m) => m.weeks.flat()).filter((c): c is CalendarDay => c !== null && c.count > 0);
    expect(cells.every((c) => c.url === null)).toBe(true);
    const off = build({}, false);
    expect(off.pages.year.every((p) => p.calendar.length === 0)).toBe(true);
    expect(off.coverage).toEqual([]);
  });
});

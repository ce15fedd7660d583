/** On this day: every calendar day with articles in some year, by year, newest year first; the index; the home page's link. */
import { describe, expect, it } from "vitest";
import { buildArchiveIndex, type ArticleRecord } from "../../plugin/core/archive-index.ts";
import { dateKeys, formatVietnameseDate } from "../../plugin/core/format-date.ts";
import { dateLabels, onThisDayLabels } from "../../plugin/i18n.ts";
import { getDefaults, resolveOptions } from "../../plugin/options.ts";

const d = getDefaults();
const rec = (id: string, date: string | null): ArticleRecord => ({ id, url: `/${id}/`, title: id, date, dateHasTime: true, lead: "", author: null, source: null, tags: [] });
const records = [
  rec("y2019", "2019-12-08T09:00:00+07:00"),
  rec("y2021-late", "2021-12-08T17:50:00+07:00"),
  rec("y2021-early", "2021-12-07T23:30:00Z"), // 06:30 on 8 December in Hà Nội
  rec("y2023", "2023-12-08T10:00:00+07:00"),
  rec("leap", "2024-02-29T10:00:00+07:00"),
  rec("jan", "2022-01-01T00:10:00+07:00"),
  rec("undated", null),
];
const build = (pages: Partial<typeof d.pages> = {}, indexUrl: string | null = d.permalinks.onThisDayIndex) =>
  buildArchiveIndex(records, {
    zone: d.zone, pageSize: 50, permalinks: d.permalinks, pages, collation: "vi", dateKeys,
    formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
    labels: dateLabels("vi"),
    onThisDay: { pattern: d.permalinks.onThisDay, indexUrl, labels: onThisDayLabels("vi") },
  });

describe("on-this-day pages", () => {
  it("has one page per MM-DD with articles, in calendar order, and nothing for undated articles", () => {
    const index = build();
    expect(index.onThisDay.map((p) => [p.key, p.url, p.total])).toEqual([
      ["01-01", "/ngay-nay/01-01/", 1],
      ["02-29", "/ngay-nay/02-29/", 1],
      ["12-08", "/ngay-nay/12-08/", 4],
    ]);
  });

  it("groups a day's articles by year, newest year first, newest article first within a year", () => {
    const page = build().onThisDay.find((p) => p.key === "12-08")!;
    expect(page.heading).toBe("Ngày 8 tháng 12");
    expect(page.title).toBe("Ngày này năm xưa: Ngày 8 tháng 12");
    expect(page.years.map((y) => [y.year, y.dayUrl, y.label, y.items.map((a) => a.id)])).toEqual([
      ["2023", "/2023/12/08/", "Ngày 8 tháng 12, 2023", ["y2023"]],
      ["2021", "/2021/12/08/", "Ngày 8 tháng 12, 2021", ["y2021-late", "y2021-early"]],
      ["2019", "/2019/12/08/", "Ngày 8 tháng 12, 2019", ["y2019"]],
    ]);
  });

  it("indexes the days by month, and gives the home page the days and the URL pattern for its script", () => {
    const index = build();
    expect(index.onThisDayMonths.map((m) => [m.heading, m.days.map((x) => [x.label, x.count, x.yearCount])])).toEqual([
      ["Tháng 1", [["Ngày 1 tháng 1", 1, 1]]],
      ["Tháng 2", [["Ngày 29 tháng 2", 1, 1]]],
      ["Tháng 12", [["Ngày 8 tháng 12", 4, 3]]],
    ]);
    expect(index.links.onThisDay).toBe("/ngay-nay/");
    expect(index.today).toEqual({ url: "/ngay-nay/", days: "01-01 02-29 12-08", pattern: "/ngay-nay/__MM__-__DD__/" });
  });

  it("drops year links when day pages are off, the index and the home link when the index is off", () => {
    const noDays = build({ day: false });
    expect(noDays.onThisDay.flatMap((p) => p.years.map((y) => y.dayUrl))).toEqual([null, null, null, null, null]);
    const noIndex = build({}, null);
    expect(noIndex.onThisDay).toHaveLength(3);
    expect(noIndex.onThisDayMonths).toEqual([]);
    expect(noIndex.links.onThisDay).toBeNull();
    expect(noIndex.today).toBeNull();
    expect(onThisDayLabels("en").dayOfYear("12", "08")).toBe("8 December");
  });
});

describe("on-this-day and open-data options", () => {
  it("speak English by default with locale en, need :month and :day, and take file names for the data files", () => {
    expect(resolveOptions({ locale: "en" }).permalinks).toMatchObject({ onThisDay: "/on-this-day/:month-:day/", onThisDayIndex: "/on-this-day/" });
    expect(resolveOptions({ locale: "en", permalinks: { onThisDay: "/hom-nay/:month/:day/" } }).permalinks.onThisDay).toBe("/hom-nay/:month/:day/");
    expect(() => resolveOptions({ permalinks: { onThisDay: "/ngay-nay/:day/" } })).toThrow(/permalinks\.onThisDay.*:month/);
    expect(resolveOptions({ permalinks: { dataCsv: "/open/bai.csv" } }).permalinks.dataCsv).toBe("/open/bai.csv");
    expect(() => resolveOptions({ pages: { calendar: "no" as unknown as boolean } })).toThrow(/pages\.calendar/);
  });
});

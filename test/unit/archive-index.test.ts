import { describe, expect, it } from "vitest";
import { buildArchiveIndex, groupLetter, letterSlug, termKey, type ArticleRecord } from "../../plugin/core/archive-index.ts";
import { assignPermalinks } from "../../plugin/core/assign-permalinks.ts";
import { dateKeys, formatVietnameseDate } from "../../plugin/core/format-date.ts";
import { getDefaults, resolveOptions } from "../../plugin/options.ts";

const rec = (id: string, date: string | null, tags: string[] = [], source: string | null = null): ArticleRecord => ({
  id, url: `/${id}/`, title: id, date, dateHasTime: true, lead: "", author: null, source, tags,
});
const d = getDefaults();
const build = (records: ArticleRecord[], pageSize = 2, pages: Partial<typeof d.pages> = {}) =>
  buildArchiveIndex(records, {
    zone: d.zone, pageSize, permalinks: d.permalinks, pages, collation: "vi", dateKeys,
    formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
    labels: { month: (y, m) => `${m}/${y}`, monthShort: (m) => m, day: (y, m, dd) => `${dd}/${m}/${y}`, undated: "u", years: "y", page: "Trang" },
  });

describe("archive index", () => {
  it("buckets by the archive zone, not UTC", () => {
    const index = build([rec("a", "2021-12-08T00:30:00+07:00")]);
    expect(index.dated[0]!.keys).toEqual({ year: "2021", month: "12", day: "08" });
    expect(index.pages.day.map((p) => p.url)).toEqual(["/2021/12/08/"]);
  });

  it("computes prev (older) and next (newer) once", () => {
    const index = build([rec("b", "2021-12-09T10:00:00+07:00"), rec("a", "2021-12-08T10:00:00+07:00"), rec("c", "2021-12-10T10:00:00+07:00")]);
    expect(index.neighbours.get("b")!.prev!.id).toBe("a");
    expect(index.neighbours.get("b")!.next!.id).toBe("c");
    expect(index.neighbours.get("a")!.prev).toBeNull();
  });

  it("cuts list pages to size with prev/next URLs", () => {
    const index = build(["1", "2", "3", "4", "5"].map((n) => rec(n, `2021-12-0${n}T10:00:00+07:00`, ["x"])));
    expect(index.pages.tag.map((p) => [p.url, p.items.length, p.prevUrl, p.nextUrl])).toEqual([
      ["/tags/x/", 2, null, "/tags/x/page/2/"],
      ["/tags/x/page/2/", 2, "/tags/x/", "/tags/x/page/3/"],
      ["/tags/x/page/3/", 1, "/tags/x/page/2/", null],
    ]);
  });

  it("merges case/diacritic variants and prefers the accented spelling", () => {
    const index = build([rec("a", null, ["Da Nang"]), rec("b", null, ["Đà Nẵng"]), rec("c", null, ["đà nẵng"])]);
    expect(index.tags.map((t) => [t.name, t.key, t.count])).toEqual([["Đà Nẵng", "da-nang", 3]]);
  });

  it("owns link gating: a kind that is off has no pages and nothing links to it", () => {
    const records = [rec("a", "2021-12-08T10:00:00+07:00", ["Hà Nội"], "CAND"), rec("b", null)];
    const on = build(records);
    expect(on.tags[0]!.url).toBe("/tags/ha-noi/");
    expect(on.links).toEqual({ home: "/", years: "/years/", tags: "/tags/", sources: "/sources/", authors: null, latest: "/latest/", older: null, undated: "/undated/", onThisDay: null, feed: null });
    const off = build(records, 2, { tag: false, source: false, day: false, month: false, years: false, undated: false, tags: false });
    expect(off.tags[0]!.url).toBeNull();
    expect(off.dated[0]!.tags[0]!.url).toBeNull();
    expect(off.dated[0]!.source!.url).toBeNull();
    expect(off.pages.tag).toEqual([]);
    expect(off.pages.source).toEqual([]);
    expect(off.pages.day).toEqual([]);
    expect(off.pages.month).toEqual([]);
    expect(off.pages.year[0]!.buckets[0]!.url).toBeNull();
    expect(off.pages.year[0]!.trail).toEqual([{ label: "y", url: null, kind: "years" }]);
    expect(off.years[0]!.url).toBe("/2021/");
    expect(off.links).toEqual({ home: "/", years: null, tags: null, sources: "/sources/", authors: null, latest: "/latest/", older: null, undated: null, onThisDay: null, feed: null });
  });

  it("titles list pages after the first with the page number", () => {
    const index = build(["1", "2", "3"].map((n) => rec(n, `2021-12-0${n}T10:00:00+07:00`, ["x"])));
    expect(index.pages.tag.map((p) => p.title)).toEqual(["x", "x · Trang 2"]);
  });

  it("files terms under Vietnamese letters, D before Đ", () => {
    expect(["Ẩm thực", "Ăn uống", "đời sống", "Dân sinh", "123"].map(groupLetter)).toEqual(["Â", "Ă", "Đ", "D", "#"]);
    const index = build([rec("a", null, ["Đà Nẵng"]), rec("b", null, ["Dân sinh"])]);
    expect(index.tagGroups.map((g) => g.letter)).toEqual(["D", "Đ"]);
    expect(termKey("!!!")).toMatch(/^x-[0-9a-z]{6}$/);
  });

  it("files a foreign letter under its base letter, and never makes two letter pages with one URL", () => {
    expect(["Île-de-France", "Ŏsaka", "Ûrümqi", "Ơn", "Ưu", "Ôn", "Ênh"].map(groupLetter)).toEqual(["I", "O", "U", "Ơ", "Ư", "Ô", "Ê"]);
    // Fullwidth and other letters whose slug is a Latin letter's join that letter's page.
    const index = build([rec("a", null, ["Iran"]), rec("b", null, ["Ｉｎｔｅｒ"]), rec("c", null, ["Île-de-France"])]);
    const slugs = index.tagGroups.map((g) => letterSlug(g.letter));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(index.tagLetterPages.map((p) => p.url)).toEqual([...new Set(index.tagLetterPages.map((p) => p.url))]);
  });
});

describe("assignPermalinks", () => {
  const input = (id: string, epochMs: number) => ({ id, file: id, slug: "tin", keys: { year: "2021", month: "12", day: "08" }, epochMs });
  it("keeps the bare slug for the earliest collider and hashes the others by path", () => {
    const one = assignPermalinks([input("x.txt", 2), input("y.txt", 1)], d.permalinks);
    expect(one.urls.get("y.txt")).toBe("/2021/12/08/tin/");
    expect(one.urls.get("x.txt")).toMatch(/^\/2021\/12\/08\/tin-[0-9a-z]{6}\/$/);
    expect(one.diagnostics.map((x) => x.ruleId)).toEqual(["slug-collision"]);
    const two = assignPermalinks([input("x.txt", 2), input("y.txt", 1), input("z.txt", 3)], d.permalinks);
    expect(two.urls.get("x.txt")).toBe(one.urls.get("x.txt"));
  });
});

describe("options", () => {
  it("merges over fresh defaults and names bad options", () => {
    expect(resolveOptions({ pageSize: 20 }).pageSize).toBe(20);
    expect(getDefaults().pageSize).toBe(50);
    expect(() => resolveOptions({ zone: "Mars/Base" })).toThrow('news-archive: option `zone` is "Mars/Base"');
    expect(() => resolveOptions({ permalinks: { article: "/:year/" } })).toThrow("permalinks.article");
    expect(() => resolveOptions({ pages: { tagz: true } } as never)).toThrow("pages.tagz");
    expect(() => resolveOptions({ colour: "red" } as never)).toThrow("`colour`");
  });
});

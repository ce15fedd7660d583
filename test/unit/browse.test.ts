/** The core of following and browsing: authors, related articles, feeds, date navigation, the sitemap. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArchiveIndex, summarise, type ArticleRecord } from "../../plugin/core/archive-index.ts";
import { bylineAuthors, isPersonName } from "../../plugin/core/authors.ts";
import { dateKeys, formatVietnameseDate } from "../../plugin/core/format-date.ts";
import { relatedArticles } from "../../plugin/core/related.ts";
import { archivePages, buildSitemap } from "../../plugin/core/sitemap.ts";
import { getDefaults } from "../../plugin/options.ts";

const d = getDefaults();
const rec = (id: string, date: string | null, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id, url: `/${id}/`, title: id, date, dateHasTime: true, lead: "", author: null, source: null, tags: [], ...extra,
});
const feeds = { size: 3, termSize: 2, atomSuffix: "feed.xml", jsonSuffix: "feed.json", scopes: { archive: true, tag: true, source: true, author: true } };
const build = (records: ArticleRecord[], more: { pageSize?: number; homeSize?: number; latestSize?: number; pages?: Partial<typeof d.pages>; feeds?: typeof feeds | undefined } = {}) =>
  buildArchiveIndex(records, {
    zone: d.zone, pageSize: more.pageSize ?? 2, homeSize: more.homeSize ?? 1, latestSize: more.latestSize, permalinks: d.permalinks, pages: more.pages ?? {}, collation: "vi", dateKeys,
    feeds: "feeds" in more ? more.feeds : feeds,
    formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
    labels: { month: (y, m) => `${m}/${y}`, monthShort: (m) => m, day: (y, m, dd) => `${dd}/${m}/${y}`, undated: "u", years: "y", page: "Trang", latest: "Tất cả", recent: "Gần đây" },
  });
const at = (day: string, hour = "10") => `2021-12-${day}T${hour}:00:00+07:00`;

describe("bylines", () => {
  it("names people and leaves staff credits, outlets and bare initials as text", () => {
    expect(bylineAuthors("Minh Anh")).toEqual(["Minh Anh"]);
    expect(bylineAuthors("Nhật Nguyên - Hiếu Công")).toEqual(["Nhật Nguyên", "Hiếu Công"]);
    expect(bylineAuthors("Minh Anh, Hoàng Nam và Lê Lan")).toEqual(["Minh Anh", "Hoàng Nam", "Lê Lan"]);
    expect(bylineAuthors("Hồng Hạnh/Báo Tin Tức")).toEqual(["Hồng Hạnh"]);
    expect(bylineAuthors("T.Anh (tổng hợp)")).toEqual(["T.Anh"]);
    expect(bylineAuthors("Bài, ảnh: Minh Anh")).toEqual(["Minh Anh"]);
    expect(bylineAuthors("MINH ANH")).toEqual(["MINH ANH"]);
    expect(bylineAuthors("minh anh")).toEqual([]);
    for (const staff of ["PV", "P.V", "Nhóm PV", "Nhóm phóng viên", "BTV", "CTV", "Theo Vnexpress", "Q.H", "T.N.L.L", "K. L"]) {
      expect(bylineAuthors(staff), staff).toEqual([]);
    }
    // Names that start like an outlet word stay names.
    expect(isPersonName("Bảo Dung")).toBe(true);
    expect(isPersonName("Trang Phạm")).toBe(true);
    expect(isPersonName("Báo Tin Tức")).toBe(false);
  });

  it("gives people an author page and the index, staff no page", () => {
    const index = build([rec("a", at("08"), { author: "Minh Anh" }), rec("b", at("09"), { author: "PV" }), rec("c", at("10"), { author: "MINH ANH" })]);
    expect(index.authors.map((a) => [a.name, a.url, a.count])).toEqual([["Minh Anh", "/authors/minh-anh/", 2]]);
    expect(index.byId.get("b")!.authors).toEqual([]);
    expect(index.byId.get("b")!.author).toBe("PV");
    expect(index.pages.author.map((p) => p.url)).toEqual(["/authors/minh-anh/"]);
    expect(index.links.authors).toBe("/authors/");
    expect(index.pages.author[0]!.feeds).toEqual({ atom: "/authors/minh-anh/feed.xml", json: "/authors/minh-anh/feed.json" });
    const off = build([rec("a", at("08"), { author: "Minh Anh" })], { pages: { author: false, authors: false } });
    expect(off.byId.get("a")!.authors[0]!.url).toBeNull();
    expect(off.pages.author).toEqual([]);
    expect(off.links.authors).toBeNull();
  });
});

describe("related articles", () => {
  it("ranks by shared tags weighted by rarity, then by closeness in time", () => {
    const records = [
      rec("a", at("10"), { tags: ["Rare", "Common"] }),
      rec("near", at("11"), { tags: ["Common"] }),
      rec("far", at("01"), { tags: ["Common"] }),
      rec("rare", at("02"), { tags: ["Rare"] }),
      rec("both", at("03"), { tags: ["Rare", "Common"] }),
      ...["x1", "x2", "x3", "x4"].map((id, i) => rec(id, `2020-01-0${i + 1}T10:00:00+07:00`, { tags: ["Common"] })),
      rec("alone", at("05")),
    ];
    const index = build(records);
    // both (rare + common) > rare (rare only) > near (common, 1 day) > far (common, 9 days) > x4 …
    expect(index.related.get("a")!.map((r) => r.id)).toEqual(["both", "rare", "near", "far", "x4"]);
    expect(index.related.has("alone")).toBe(false);
    expect(index.related.get("a")!.some((r) => r.id === "a")).toBe(false);
  });

  it("looks only at a window of each tag's timeline, so the cost is articles × tags", () => {
    const list = Array.from({ length: 100 }, (_, i) => ({ id: `a${i}`, epochMs: i * 1000, url: `/a${i}/`, tags: [{ key: "t" }] }));
    const timeline = [...list].reverse();
    const related = relatedArticles(list, new Map([["t", timeline]]), { max: 5, window: 3 });
    // a50 sees a47…a53 only; the nearest in time win.
    expect(related.get("a50")!.map((r) => r.id)).toEqual(["a49", "a51", "a48", "a52", "a47"]);
    for (const r of related.get("a50")!) expect(Math.abs(Number(r.id.slice(1)) - 50)).toBeLessThanOrEqual(3);
    expect(relatedArticles(list, new Map([["t", timeline]]), { max: 0 }).size).toBe(0);
  });

  it("equals the plain reading of the rule (a score map per article) on random archives", () => {
    type A = { id: string; epochMs: number | null; url: string; tags: { key: string }[] };
    // The rule written plainly: each shared tag within the window adds log(1 + N / df); best score, then nearest, then URL.
    const reference = (articles: A[], timelines: Map<string, A[]>, max: number, window: number) => {
      const out = new Map<string, string[]>();
      for (const a of articles) {
        const score = new Map<A, number>();
        for (const t of a.tags) {
          const list = timelines.get(t.key) ?? [];
          let i = -1;
          list.forEach((x, k) => (x.id === a.id ? (i = k) : null));
          if (i < 0 || list.length < 2) continue;
          const w = Math.log(1 + articles.length / list.length);
          for (let j = Math.max(0, i - window); j <= Math.min(list.length - 1, i + window); j++) if (j !== i) score.set(list[j]!, (score.get(list[j]!) ?? 0) + w);
        }
        const far = (b: A) => (a.epochMs === null || b.epochMs === null ? Number.MAX_SAFE_INTEGER : Math.abs(a.epochMs - b.epochMs));
        const ranked = [...score].sort(([x, xs], [y, ys]) => ys - xs || far(x) - far(y) || (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
        if (ranked.length > 0) out.set(a.id, ranked.slice(0, max).map(([b]) => b.id));
      }
      return out;
    };
    const archive = fc.array(
      fc.record({ epoch: fc.option(fc.integer({ min: 0, max: 40 })), tags: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 4 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(archive, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), (raw, max, window) => {
        const articles: A[] = raw.map((r, i) => ({ id: `x${i}`, epochMs: r.epoch === null ? null : r.epoch * 1000, url: `/x${String(i).padStart(3, "0")}/`, tags: r.tags.map((key) => ({ key })) }));
        const timelines = new Map<string, A[]>();
        for (const a of articles) for (const t of a.tags) timelines.set(t.key, [...(timelines.get(t.key) ?? []), a]);
        for (const list of timelines.values()) list.sort((x, y) => (y.epochMs ?? -1) - (x.epochMs ?? -1));
        const ours = new Map([...relatedArticles(articles, timelines, { max, window })].map(([id, list]) => [id, list.map((b) => b.id)]));
        expect(ours).toEqual(reference(articles, timelines, max, window));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("feeds", () => {
  const records = [
    rec("old", at("01"), { tags: ["X"], source: "CAND", updated: at("05") }),
    rec("mid", at("02"), { tags: ["X"], source: "CAND" }),
    rec("new", at("03"), { tags: ["X"] }),
    rec("undated", null, { tags: ["X", "OnlyUndated"] }),
  ];
  it("makes an Atom and a JSON feed for the archive and each tag, source and author, newest first, dated only", () => {
    const index = build(records);
    const archive = index.feeds.filter((f) => f.scope === "archive");
    expect(archive.map((f) => [f.format, f.url, f.alternateUrl, f.pageUrl])).toEqual([
      ["atom", "/feed.xml", "/feed.json", "/"],
      ["json", "/feed.json", "/feed.xml", "/"],
    ]);
    expect(archive[0]!.entries.map((a) => a.id)).toEqual(["new", "mid", "old"]);
    expect(archive[0]!.full).toBe(true);
    // The newest time among the entries counts revisions: `old` was updated on the 5th.
    expect(archive[0]!.updated).toBe(at("05"));
    const tag = index.feeds.find((f) => f.scope === "tag" && f.key === "x" && f.format === "atom")!;
    expect(tag.entries.map((a) => a.id)).toEqual(["new", "mid"]); // termSize 2
    expect(tag.full).toBe(false);
    expect(tag.url).toBe("/tags/x/feed.xml");
    expect(index.links.feed).toEqual({ atom: "/feed.xml", json: "/feed.json" });
    // A tag with only undated articles has nothing to put in a feed.
    expect(index.tags.find((t) => t.key === "onlyundated")!.feeds).toBeNull();
    expect(index.feeds.some((f) => f.key === "onlyundated")).toBe(false);
    expect(index.pages.source[0]!.feeds).toEqual({ atom: "/sources/cand/feed.xml", json: "/sources/cand/feed.json" });
  });

  it("follows pages.* : no feeds of a kind that is off, and none for a term page that is off", () => {
    const off = build(records, { feeds: { ...feeds, scopes: { archive: false, tag: true, source: false, author: true } }, pages: { tag: false } });
    expect(off.feeds).toEqual([]);
    expect(off.links.feed).toBeNull();
    expect(build(records, { feeds: undefined }).feeds).toEqual([]);
  });
});

describe("the reader's way through", () => {
  const records = [rec("a", at("01")), rec("b", at("01", "11")), rec("c", at("05")), rec("d", "2022-03-01T10:00:00+07:00"), rec("e", "2019-06-01T10:00:00+07:00")];
  it("links each day, month and year page to the previous and next non-empty one", () => {
    const index = build(records);
    const day = (key: string) => index.pages.day.find((p) => p.key === key)!;
    expect(day("2021-12-05").prevBucket).toEqual({ label: "01/12/2021", url: "/2021/12/01/" });
    expect(day("2021-12-05").nextBucket).toEqual({ label: "01/03/2022", url: "/2022/03/01/" });
    expect(day("2019-06-01").prevBucket).toBeNull();
    expect(day("2022-03-01").nextBucket).toBeNull();
    const month = index.pages.month.find((p) => p.key === "2021-12")!;
    expect([month.prevBucket?.url, month.nextBucket?.url]).toEqual(["/2019/06/", "/2022/03/"]);
    const year = index.pages.year.find((p) => p.key === "2021")!;
    expect([year.prevBucket?.url, year.nextBucket?.url]).toEqual(["/2019/", "/2022/"]);
  });

  it("gives an article its day link and its year › month › day trail", () => {
    const index = build(records);
    expect(index.byId.get("c")!.dayUrl).toBe("/2021/12/05/");
    expect(index.dayTrails.get("2021-12-05")!.map((s) => [s.kind, s.url])).toEqual([["year", "/2021/"], ["month", "/2021/12/"], ["day", "/2021/12/05/"]]);
    expect(build(records, { pages: { day: false } }).byId.get("c")!.dayUrl).toBeNull();
  });

  it("continues the home page's list on the page of all articles that holds the next one", () => {
    expect(build(records, { homeSize: 1, pageSize: 2 }).links.older).toBe("/latest/");
    expect(build(records, { homeSize: 2, pageSize: 2 }).links.older).toBe("/latest/page/2/");
    expect(build(records, { homeSize: 5 }).links.older).toBeNull(); // everything is on the home page
    expect(build(records, { pages: { latest: false } }).links.older).toBeNull();
  });

  it("cuts the latest list at latestSize, so an added article moves a bounded number of its pages, and points on to the years", () => {
    const many = Array.from({ length: 9 }, (_, i) => rec(`a${i}`, at(String(10 + i))));
    const whole = build(many, { pageSize: 2 });
    expect(whole.pages.latest.map((p) => [p.heading, p.items.length, p.moreUrl])).toEqual([["Tất cả", 2, null], ["Tất cả", 2, null], ["Tất cả", 2, null], ["Tất cả", 2, null], ["Tất cả", 1, null]]);
    const cut = build(many, { pageSize: 2, latestSize: 3 });
    expect(cut.pages.latest.map((p) => [p.heading, p.items.map((a) => a.id), p.moreUrl])).toEqual([
      ["Gần đây", ["a8", "a7"], null],
      ["Gần đây", ["a6"], "/years/"],
    ]);
    // One more article: the cut list still has two pages, and every older article keeps its date pages.
    const added = build([...many, rec("new", at("30"))], { pageSize: 2, latestSize: 3 });
    expect(added.pages.latest.map((p) => p.items.map((a) => a.id))).toEqual([["new", "a8"], ["a7"]]);
    expect(added.pages.day.some((p) => p.items.some((a) => a.id === "a0"))).toBe(true);
    expect(build(many, { pageSize: 2, latestSize: 3, pages: { years: false } }).pages.latest.at(-1)!.moreUrl).toBeNull();
    expect(build(many, { pageSize: 2, latestSize: 9 }).pages.latest.every((p) => p.moreUrl === null && p.heading === "Tất cả")).toBe(true);
  });

  it("keeps Vietnamese alphabetical order of tags from one build to the next, when names come and go", () => {
    const vi = new Intl.Collator("vi");
    const names = (index: ReturnType<typeof build>) => index.tags.map((t) => t.name);
    const tagged = (tags: string[][]) => tags.map((t, i) => rec(`t${i}`, at(String(10 + i)), { tags: t }));
    const first = build(tagged([["Đà Nẵng", "Bình Dương"], ["An Giang", "Ê-đê"]]));
    expect(names(first)).toEqual(["An Giang", "Bình Dương", "Đà Nẵng", "Ê-đê"]);
    const second = build(tagged([["Đà Nẵng", "Bình Dương"], ["An Giang", "Ê-đê"], ["Ăn uống", "Dân số", "Zalo"]]));
    expect(names(second)).toEqual(["An Giang", "Ăn uống", "Bình Dương", "Dân số", "Đà Nẵng", "Ê-đê", "Zalo"]);
    expect(names(second)).toEqual([...names(second)].sort(vi.compare));
    const third = build(tagged([["Đà Nẵng"], ["Ê-đê", "Âm nhạc"]]));
    expect(names(third)).toEqual(["Âm nhạc", "Đà Nẵng", "Ê-đê"]);
  });

  it("shows a revision only when it is later than the publication", () => {
    const index = build([rec("a", at("01"), { updated: at("02") }), rec("b", at("03"), { updated: at("02") })]);
    expect(index.byId.get("a")!.updated).toBe(at("02"));
    expect(index.byId.get("a")!.updatedText).toMatch(/2\/12\/2021|2 tháng 12/);
    expect(index.byId.get("b")!.updated).toBeNull();
  });

  it("cuts a long lead after a word for list pages", () => {
    const lead = "Một hai ba bốn năm sáu bảy tám chín mười. ".repeat(10);
    const s = summarise(lead, 50);
    expect(s.endsWith("…")).toBe(true);
    expect([...s].length).toBeLessThanOrEqual(51);
    expect(lead.startsWith(s.slice(0, -1))).toBe(true);
    expect(summarise("Ngắn.")).toBe("Ngắn.");
  });
});

describe("sitemap", () => {
  const abs = (u: string) => `https://example.org${u}`;
  it("is one file when under the limits, with lastmod from updated or publication", () => {
    const index = build([rec("a", at("01"), { updated: at("04") }), rec("b", at("02")), rec("u", null)]);
    const pages = archivePages(index, ["/", null]);
    const files = buildSitemap(pages, { url: "/sitemap.xml", partPattern: "/sitemap-:n.xml", maxUrls: 50000, maxBytes: 50e6, absolute: abs });
    expect(files.length).toBe(1);
    expect(files[0]!.kind).toBe("urlset");
    const byLoc = new Map(files[0]!.entries.map((e) => [e.loc, e.lastmod]));
    expect(byLoc.get("https://example.org/a/")).toBe(at("04"));
    expect(byLoc.get("https://example.org/b/")).toBe(at("02"));
    expect(byLoc.get("https://example.org/u/")).toBeNull();
    expect(byLoc.get("https://example.org/")).toBe(at("04"));
    expect(byLoc.get("https://example.org/2021/12/01/")).toBe(at("04"));
    expect([...byLoc.keys()].every((loc) => loc.startsWith("https://"))).toBe(true);
    expect(new Set(byLoc.keys()).size).toBe(files[0]!.entries.length);
  });

  it("splits under an index past the URL limit or the byte limit", () => {
    const pages = Array.from({ length: 7 }, (_, i) => ({ url: `/p${i}/`, lastmod: `2021-12-0${i + 1}T10:00:00+07:00` }));
    const files = buildSitemap(pages, { url: "/sitemap.xml", partPattern: "/sitemap-:n.xml", maxUrls: 3, maxBytes: 50e6, absolute: abs });
    expect(files.map((f) => [f.url, f.kind, f.entries.length])).toEqual([
      ["/sitemap.xml", "index", 3],
      ["/sitemap-1.xml", "urlset", 3],
      ["/sitemap-2.xml", "urlset", 3],
      ["/sitemap-3.xml", "urlset", 1],
    ]);
    expect(files[0]!.entries.map((e) => [e.loc, e.lastmod])).toEqual([
      ["https://example.org/sitemap-1.xml", "2021-12-03T10:00:00+07:00"],
      ["https://example.org/sitemap-2.xml", "2021-12-06T10:00:00+07:00"],
      ["https://example.org/sitemap-3.xml", "2021-12-07T10:00:00+07:00"],
    ]);
    const bySize = buildSitemap(pages, { url: "/sitemap.xml", partPattern: "/sitemap-:n.xml", maxUrls: 50000, maxBytes: 400, absolute: abs });
    expect(bySize.length).toBeGreaterThan(2);
    expect(bySize.slice(1).flatMap((f) => f.entries).length).toBe(7);
  });
});

describe("the tag index", () => {
  const names = ["An", "Ăng", "Âu", "Bé", "Dê", "Đá", "Đổ", "Đũa", "Đèn", "Đinh", "3G Mobile"];
  const records = names.map((n, i) => rec(`a${i}`, at(String(10 + i)), { tags: [n, ...(i < 3 ? ["Đèn"] : [])] }));
  it("files tags under Vietnamese letters, one paginated page per letter, Telex in the URL", () => {
    const index = buildArchiveIndex(records, {
      zone: d.zone, pageSize: 2, permalinks: d.permalinks, collation: "vi", dateKeys, termPageSize: 2, topTags: 3,
      formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
      labels: { month: (y, m) => `${m}/${y}`, monthShort: (m) => m, day: (y, m, dd) => `${dd}/${m}/${y}`, undated: "u", years: "y", page: "Trang" },
    });
    expect(index.tagLetters.map((l) => [l.letter, l.url, l.count])).toEqual([
      ["#", "/tags/letter/0-9/", 1],
      ["A", "/tags/letter/a/", 1],
      ["Ă", "/tags/letter/aw/", 1],
      ["Â", "/tags/letter/aa/", 1],
      ["B", "/tags/letter/b/", 1],
      ["D", "/tags/letter/d/", 1],
      ["Đ", "/tags/letter/dd/", 5],
    ]);
    const dd = index.tagLetterPages.filter((p) => p.letter === "Đ");
    expect(dd.map((p) => [p.url, p.terms.map((t) => t.name), p.prevUrl, p.nextUrl])).toEqual([
      ["/tags/letter/dd/", ["Đá", "Đèn"], null, "/tags/letter/dd/page/2/"],
      ["/tags/letter/dd/page/2/", ["Đinh", "Đổ"], "/tags/letter/dd/", "/tags/letter/dd/page/3/"],
      ["/tags/letter/dd/page/3/", ["Đũa"], "/tags/letter/dd/page/2/", null],
    ]);
    expect(index.topTags.map((t) => [t.name, t.count])).toEqual([["Đèn", 4], ["3G Mobile", 1], ["An", 1]]);
  });
});

describe("tags over the archive", () => {
  it("counts differently accented names apart, as the index files them", async () => {
    const { keepCommonTags } = await import("../../plugin/core/tags/archive-tags.ts");
    const data = [
      { tags: ["Lê Văn Quảng", "Đà Nẵng"], derivedTags: ["Lê Văn Quảng", "Đà Nẵng"] },
      { tags: ["Lê Văn Quảng", "Da Nang"], derivedTags: ["Lê Văn Quảng", "Da Nang"] },
      { tags: ["Lê Văn Quang", "Chủ đề riêng"], derivedTags: ["Lê Văn Quang"] },
    ];
    const keep = keepCommonTags(data, 2);
    expect(keep(data[0]!)).toEqual(["Lê Văn Quảng", "Đà Nẵng"]);
    expect(keep(data[1]!)).toEqual(["Lê Văn Quảng", "Da Nang"]);
    // `Lê Văn Quang` is another person, on one article only; the editor's tag stays.
    expect(keep(data[2]!)).toEqual(["Chủ đề riêng"]);
  });
});

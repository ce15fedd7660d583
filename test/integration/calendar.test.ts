/** Calendars, on-this-day pages and citations of a real build, over a fixture spanning several years. */
import { describe, expect, it, vi } from "vitest";
import { article, buildSite, makeSite } from "./helpers.ts";

const withByline = (title: string, date: string, byline: string, source: string) =>
  [title, "", date, "", `Đoạn mở đầu của bài ${title}, viết để kiểm thử lịch và trích dẫn.`, "", "Đoạn thứ hai.", "", byline, "", `Theo ${source}`].join("\n");

/** 8 December in three years (2019, 2021 twice, 2023), other days around them, one undated article. */
const files = {
  "news/2019/a.txt": withByline("Cầu mới năm 2019", "Chủ nhật, 08/12/2019 09:00", "Minh Anh", "CAND"),
  "news/2021/b.txt": withByline("Khánh thành cầu Rạch Miễu 2", "Thứ tư, 08/12/2021 17:50", "Minh Anh - Hoàng Nam", "Tuổi Trẻ"),
  "news/2021/c.txt": article("Sáng 8/12 ở Hà Nội", "Thứ tư, 08/12/2021 06:30", { source: "CAND" }),
  "news/2021/d.txt": article("Một ngày tháng 12", "Thứ sáu, 03/12/2021 07:00", { source: "CAND" }),
  "news/2021/e.txt": article("Ngày cuối năm", "Thứ sáu, 31/12/2021 22:00", { source: "CAND" }),
  "news/2021/f.txt": article("Đầu tháng ba", "Thứ hai, 01/03/2021 08:00", { source: "CAND" }),
  "news/2023/g.txt": withByline("Ngày 8/12 năm 2023", "Thứ sáu, 08/12/2023 10:00", "PV", "CAND"),
  "news/2024/h.txt": article("Ngày nhuận", "Thứ năm, 29/02/2024 10:00", { source: "CAND" }),
  "news/u.txt": article("Bài không ngày", null),
};

/** The calendar's days as [date label, count, link]. */
function calendarDays(html: string): { label: string; count: number; url: string | null }[] {
  const section = html.match(/<section class="news-calendar"[\s\S]*?<\/section>/)?.[0] ?? "";
  const linked = [...section.matchAll(/<a href="([^"]+)"><span class="visually-hidden">([^<]+): (\d+) bài<\/span>/g)].map((m) => ({ label: m[2]!, count: Number(m[3]), url: m[1]! }));
  const plain = [...section.matchAll(/<td class="lv0"><span class="visually-hidden">([^<]+): (\d+) bài<\/span>/g)].map((m) => ({ label: m[1]!, count: Number(m[2]), url: null }));
  return [...linked, ...plain];
}

describe("calendars", () => {
  it("shows each year's 12 months of days with the index's counts, each day labelled with its date and count", async () => {
    const pages = await buildSite(makeSite(files));
    const year = pages.get("/2021/")!.content;
    const days = calendarDays(year);
    expect(days).toHaveLength(365);
    expect(year.match(/<table class="news-month-calendar">/g)).toHaveLength(12);
    // The counts are the day pages' counts; only days with articles link, to their day page.
    const withArticles = days.filter((d) => d.count > 0).sort((a, b) => a.url!.localeCompare(b.url!));
    expect(withArticles.map((d) => [d.url, d.count])).toEqual([
      ["/2021/03/01/", 1],
      ["/2021/12/03/", 1],
      ["/2021/12/08/", 2],
      ["/2021/12/31/", 1],
    ]);
    for (const d of withArticles) expect(pages.get(d.url!)!.content).toContain(`<small>(${d.count} bài)</small>`);
    expect(days.filter((d) => d.url === null).every((d) => d.count === 0)).toBe(true);
    expect(withArticles.map((d) => d.label)).toContain("Thứ Tư, 8 tháng 12, 2021");
    // Monday first: 1 December 2021 was a Wednesday, so the month's first week starts with two empty cells.
    const december = year.match(/<caption><a href="\/2021\/12\/">Tháng 12, 2021<\/a> <span class="count">4<\/span><\/caption>[\s\S]*?<\/table>/)![0];
    expect(december).toContain('<th scope="col" abbr="Thứ Hai">T2</th>');
    expect(december).toMatch(/<tr><td><\/td><td><\/td><td class="lv0"><span class="visually-hidden">Thứ Tư, 1 tháng 12, 2021: 0 bài<\/span>/);
    // Shades: the busiest day (2 articles) is the darkest.
    expect(december).toMatch(/<td class="lv4"><a href="\/2021\/12\/08\/"><span class="visually-hidden">Thứ Tư, 8 tháng 12, 2021: 2 bài<\/span><span aria-hidden="true">8<span class="n">2<\/span><\/span><\/a><\/td>/);
    expect(december).toMatch(/<td class="lv2"><a href="\/2021\/12\/03\/"/);
    // A leap year has 29 February; a month page shows its own month only.
    expect(calendarDays(pages.get("/2024/")!.content)).toHaveLength(366);
    const month = pages.get("/2021/12/")!.content;
    expect(month.match(/<table class="news-month-calendar">/g)).toHaveLength(1);
    expect(calendarDays(month).filter((d) => d.count > 0).reduce((n, d) => n + d.count, 0)).toBe(4);
  }, 60_000);

  it("charts every year's monthly counts on the years page, gaps included", async () => {
    const pages = await buildSite(makeSite(files));
    const years = pages.get("/years/")!.content;
    const table = years.match(/<table class="news-coverage-table">[\s\S]*?<\/table>/)![0];
    const rows = [...table.matchAll(/<tr><th scope="row"><a href="\/(\d{4})\/">\d{4}<\/a><\/th>([\s\S]*?)<\/tr>/g)].map((m) => ({
      year: m[1],
      counts: [...m[2]!.matchAll(/<span class="n"[^>]*>(\d+)<\/span>/g)].map((c) => Number(c[1])),
      total: Number(/<td class="total">(\d+)<\/td>/.exec(m[2]!)![1]),
    }));
    expect(rows.map((r) => r.year)).toEqual(["2024", "2023", "2021", "2019"]);
    const y2021 = rows.find((r) => r.year === "2021")!;
    expect(y2021.counts).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(y2021.total).toBe(5);
    expect(table).toContain('<a href="/2021/12/"><span class="visually-hidden">Tháng 12, 2021: 4 bài</span><svg viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true"><rect x="1" y="0" width="8" height="100"/>');
  }, 60_000);

  it("heads only the first page of a long month with its calendar", async () => {
    const pages = await buildSite(makeSite(files), { pageSize: 2 });
    expect(pages.get("/2021/12/")!.content).toContain('<table class="news-month-calendar">');
    expect(pages.get("/2021/12/page/2/")!.content).not.toContain("news-calendar");
  }, 60_000);

  it("turns calendars off with pages.calendar", async () => {
    const pages = await buildSite(makeSite(files), { pages: { calendar: false } });
    expect(pages.get("/2021/")!.content).not.toContain("news-calendar");
    expect(pages.get("/2021/12/")!.content).not.toContain("news-calendar");
    expect(pages.get("/years/")!.content).not.toContain("news-coverage");
  }, 60_000);
});

describe("on this day", () => {
  it("has a page for each calendar day with articles, by year, newest year first, and an index", async () => {
    const pages = await buildSite(makeSite(files));
    const otd = [...pages.keys()].filter((u) => u.startsWith("/ngay-nay/")).sort();
    expect(otd).toEqual(["/ngay-nay/", "/ngay-nay/02-29/", "/ngay-nay/03-01/", "/ngay-nay/12-03/", "/ngay-nay/12-08/", "/ngay-nay/12-31/"]);
    const day = pages.get("/ngay-nay/12-08/")!.content;
    expect(day).toContain("<title>Ngày này năm xưa: Ngày 8 tháng 12 · ");
    expect(day).toContain("<h1>Ngày 8 tháng 12 <small>(4 bài)</small></h1>");
    const years = [...day.matchAll(/<h2 id="news-otd-(\d{4})"><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+)<\/span><\/h2>/g)].map((m) => [m[1], m[2], m[3], Number(m[4])]);
    expect(years).toEqual([
      ["2023", "/2023/12/08/", "Ngày 8 tháng 12, 2023", 1],
      ["2021", "/2021/12/08/", "Ngày 8 tháng 12, 2021", 2],
      ["2019", "/2019/12/08/", "Ngày 8 tháng 12, 2019", 1],
    ]);
    // Within a year, newest first; 06:30 in Hà Nội is still 8 December (the previous day in UTC).
    const in2021 = day.split('id="news-otd-2021"')[1]!.split("</section>")[0]!;
    expect([...in2021.matchAll(/<li>\s*<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/2021/12/08/khanh-thanh-cau-rach-mieu-2/", "/2021/12/08/sang-8-12-o-ha-noi/"]);
    const index = pages.get("/ngay-nay/")!.content;
    expect(index).toContain('<a href="/ngay-nay/12-08/">Ngày 8 tháng 12</a> <span class="count">4 bài, 3 năm</span>');
    expect(index).toContain("<h2>Tháng 2</h2>");
    // The home page links to the index, and carries what its script needs to link to today's page.
    const home = pages.get("/")!.content;
    expect(home).toContain('<a id="news-on-this-day" href="/ngay-nay/" data-days="02-29 03-01 12-03 12-08 12-31" data-pattern="/ngay-nay/__MM__-__DD__/" data-zone="Asia/Ho_Chi_Minh">');
  }, 60_000);

  it("speaks English under /on-this-day/, and turns off with pages.onThisDay and pages.onThisDayIndex", async () => {
    const en = await buildSite(makeSite(files), { locale: "en" });
    expect(en.get("/on-this-day/12-08/")!.content).toContain("<h1>8 December <small>(4 articles)</small></h1>");
    expect(en.get("/on-this-day/")!.content).toContain('<a href="/on-this-day/12-08/">8 December</a>');
    const noIndex = await buildSite(makeSite(files), { pages: { onThisDayIndex: false } });
    expect(noIndex.has("/ngay-nay/")).toBe(false);
    expect(noIndex.has("/ngay-nay/12-08/")).toBe(true);
    expect(noIndex.get("/")!.content).not.toContain("news-on-this-day");
    const off = await buildSite(makeSite(files), { pages: { onThisDay: false } });
    expect([...off.keys()].filter((u) => u.startsWith("/ngay-nay/"))).toEqual([]);
    expect(off.get("/")!.content).not.toContain("news-on-this-day");
  }, 60_000);

  it("does not depend on the day of the build: two builds with different clocks are identical", async () => {
    const root = makeSite(files);
    const first = await buildSite(root);
    // The second build runs on another day: `Date` (and `Date.now()`) read a clock 550 days ahead, 8 December of no year here.
    const real = Date.now();
    vi.useFakeTimers({ toFake: ["Date"], now: real + 550 * 86_400_000, shouldAdvanceTime: true });
    try {
      expect(new Date().getTime() - real).toBeGreaterThan(549 * 86_400_000);
      const second = await buildSite(root);
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [url, page] of first) expect(second.get(url)!.content, url).toBe(page.content);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe("citations", () => {
  it("gives each article a Cite block and citation_* meta for reference managers", async () => {
    const pages = await buildSite(makeSite(files), { site: { url: "https://example.org", title: "Kho tin" } }, { pathPrefix: "/kho/" });
    const a = pages.get("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")!.content;
    const meta = (name: string) => [...a.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, "g"))].map((m) => m[1]);
    expect(meta("citation_title")).toEqual(["Khánh thành cầu Rạch Miễu 2"]);
    expect(meta("citation_author")).toEqual(["Minh Anh", "Hoàng Nam"]);
    expect(meta("citation_publication_date")).toEqual(["2021/12/08"]);
    expect(meta("citation_publisher")).toEqual(["Tuổi Trẻ"]);
    expect(meta("citation_public_url")).toEqual(["https://example.org/kho/2021/12/08/khanh-thanh-cau-rach-mieu-2/"]);
    expect(a).toContain('<h2 id="news-cite-heading">Trích dẫn</h2>');
    expect(a).toContain(
      '<p class="news-cite-text">Minh Anh, Hoàng Nam, “Khánh thành cầu Rạch Miễu 2”, Tuổi Trẻ, Thứ Tư, 8 tháng 12, 2021. <a href="/kho/2021/12/08/khanh-thanh-cau-rach-mieu-2/">https://example.org/kho/2021/12/08/khanh-thanh-cau-rach-mieu-2/</a> (truy cập ngày …)</p>',
    );
    // A staff credit is no author; an undated article has no publication date; without a source the archive publishes it.
    const staff = pages.get("/2023/12/08/ngay-8-12-nam-2023/")!.content;
    expect(staff).not.toContain('name="citation_author"');
    expect(staff).toContain("PV, “Ngày 8/12 năm 2023”, CAND, Thứ Sáu, 8 tháng 12, 2023.");
    const undated = pages.get("/undated/bai-khong-ngay/")!.content;
    expect(undated).not.toContain("citation_publication_date");
    expect(undated).toContain('<meta name="citation_publisher" content="Kho tin">');
    const en = await buildSite(makeSite(files), { locale: "en" });
    expect(en.get("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")!.content).toContain('<h2 id="news-cite-heading">Cite</h2>');
    const off = await buildSite(makeSite(files), { pages: { cite: false } });
    const plain = off.get("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")!.content;
    expect(plain).not.toContain("citation_");
    expect(plain).not.toContain("news-cite");
  }, 60_000);
});

/** The reader's way through a real build: date links, breadcrumbs, neighbouring dates, related articles, authors, updates. */
import { describe, expect, it } from "vitest";
import { article, buildSite, makeSite } from "./helpers.ts";

const withByline = (title: string, date: string, byline: string, tags: string[], extra: string[] = []) =>
  [title, "", date, ...extra, "", `Đoạn mở đầu của bài ${title}, đủ dài để làm phần tóm tắt trong danh sách bài viết của kho lưu trữ.`, "", "Đoạn thứ hai.", "", byline, "", `Từ khóa: ${tags.join(", ")}`, "", "Theo CAND"].join("\n");

const files = {
  "news/a.txt": withByline("Khánh thành cầu Rạch Miễu 2", "Thứ tư, 08/12/2021 17:50", "Minh Anh", ["Rạch Miễu", "Bến Tre", "Giao thông"], ["Cập nhật: 09/12/2021 08:15"]),
  "news/b.txt": withByline("Cầu Rạch Miễu 2 hợp long", "Thứ hai, 06/12/2021 09:00", "Minh Anh", ["Rạch Miễu", "Bến Tre"]),
  "news/c.txt": withByline("Giao thông Bến Tre sau Tết", "Thứ sáu, 03/12/2021 07:00", "PV", ["Bến Tre", "Giao thông"]),
  "news/d.txt": withByline("Giao thông Hà Nội giờ cao điểm", "Thứ năm, 02/12/2021 07:00", "Nhóm PV", ["Giao thông", "Hà Nội"]),
  "news/e.txt": withByline("Hà Nội mùa hoa sữa", "Thứ hai, 01/11/2021 07:00", "Hoàng Nam - Minh Anh", ["Hà Nội"]),
  "news/f.txt": article("Bài không liên quan", "Thứ hai, 01/11/2021 09:00", { source: "CAND" }),
};

describe("browsing", () => {
  it("links an article to its day, with a year › month › day trail, its update and its authors", async () => {
    const pages = await buildSite(makeSite(files), { site: { url: "https://example.org" } });
    const a = pages.get("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")!.content;
    expect(a).toMatch(/<nav class="news-trail" aria-label="Vị trí">\s*<ol><li><a href="\/2021\/">2021<\/a><\/li><li><a href="\/2021\/12\/">Tháng 12, 2021<\/a><\/li><li><a href="\/2021\/12\/08\/">Ngày 8 tháng 12, 2021<\/a><\/li>/);
    expect(a).toContain('<a href="/2021/12/08/"><time datetime="2021-12-08T17:50:00+07:00">');
    expect(a).toMatch(/<span class="news-updated">Cập nhật <time datetime="2021-12-09T08:15:00\+07:00">[^<]+<\/time><\/span>/);
    expect(a).toContain('<meta property="article:modified_time" content="2021-12-09T08:15:00+07:00">');
    const ld = JSON.parse(a.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(ld.dateModified).toBe("2021-12-09T08:15:00+07:00");
    expect(ld.author).toEqual({ "@type": "Person", name: "Minh Anh", url: "https://example.org/authors/minh-anh/" });
    expect(a).toContain('<a href="/authors/minh-anh/" rel="author">Minh Anh</a>');
  }, 60_000);

  it("chooses related articles by rare shared tags first, then closeness in time", async () => {
    const pages = await buildSite(makeSite(files));
    const related = (url: string) => {
      const html = pages.get(url)!.content;
      const section = html.match(/<section class="news-related"[\s\S]*?<\/section>/)?.[0] ?? "";
      return [...section.matchAll(/<li>\s*<a href="([^"]+)"/g)].map((m) => m[1]);
    };
    // b shares the rare Rạch Miễu (2 articles) and Bến Tre; c shares Bến Tre and Giao thông; d only Giao thông; e nothing.
    expect(related("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")).toEqual([
      "/2021/12/06/cau-rach-mieu-2-hop-long/",
      "/2021/12/03/giao-thong-ben-tre-sau-tet/",
      "/2021/12/02/giao-thong-ha-noi-gio-cao-diem/",
    ]);
    expect(related("/2021/11/01/bai-khong-lien-quan/")).toEqual([]);
    expect(pages.get("/2021/11/01/bai-khong-lien-quan/")!.content).not.toContain("news-related");
  }, 60_000);

  it("links day, month and year pages to their non-empty neighbours, and lists show source and lead", async () => {
    const pages = await buildSite(makeSite({ ...files, "news/g.txt": article("Năm sau", "Thứ hai, 03/01/2022 09:00") }));
    const day = pages.get("/2021/12/06/")!.content;
    expect(day).toMatch(/<a class="news-datenav-prev" href="\/2021\/12\/03\/"><span>← Ngày trước<\/span> Ngày 3 tháng 12, 2021<\/a>/);
    expect(day).toMatch(/<a class="news-datenav-next" href="\/2021\/12\/08\/"><span>Ngày sau →<\/span> Ngày 8 tháng 12, 2021<\/a>/);
    expect(day).toMatch(/<p class="news-summary">Đoạn mở đầu của bài Cầu Rạch Miễu 2 hợp long, đủ dài[^<]*<\/p>/);
    expect(day).toContain("<span>CAND</span>");
    const month = pages.get("/2021/12/")!.content;
    expect(month).toContain('class="news-datenav-prev" href="/2021/11/"');
    expect(month).toContain('class="news-datenav-next" href="/2022/01/"');
    const year = pages.get("/2021/")!.content;
    expect(year).not.toContain("news-datenav-prev");
    expect(year).toContain('class="news-datenav-next" href="/2022/"');
  }, 60_000);

  it("gives people a page and an index, staff bylines none, and the home page a way on to older articles", async () => {
    const pages = await buildSite(makeSite(files), { homeSize: 2, pageSize: 2, termFeedMinArticles: 3 });
    const author = pages.get("/authors/minh-anh/")!.content;
    expect(author).toContain("<h1>Minh Anh <small>(3 bài)</small></h1>");
    expect(author).toContain('href="/authors/minh-anh/feed.xml"');
    expect(pages.has("/authors/hoang-nam/")).toBe(true);
    expect([...pages.keys()].filter((u) => /^\/authors\/[^/]+\/$/.test(u)).sort()).toEqual(["/authors/hoang-nam/", "/authors/minh-anh/"]);
    const index = pages.get("/authors/")!.content;
    expect(index).toContain('<a href="/authors/minh-anh/">Minh Anh</a> <span class="count">3</span>');
    expect(index).not.toContain("PV");
    expect(pages.get("/2021/12/03/giao-thong-ben-tre-sau-tet/")!.content).toContain("<span>Tác giả: PV</span>");
    const home = pages.get("/")!.content;
    expect(home).toContain('<p class="news-older"><a href="/latest/page/2/">Xem các bài cũ hơn →</a></p>');
    expect(pages.get("/latest/page/2/")!.content).toContain('href="/2021/12/03/giao-thong-ben-tre-sau-tet/"');
    expect(pages.get("/latest/page/3/")!.content).toContain('href="/2021/11/01/bai-khong-lien-quan/"');
    // Cut short, the list of all articles becomes the recent ones and points on to the years.
    const cut = await buildSite(makeSite(files), { homeSize: 2, pageSize: 2, latestSize: 3 });
    expect([...cut.keys()].filter((u) => u.startsWith("/latest/")).sort()).toEqual(["/latest/", "/latest/page/2/"]);
    const last = cut.get("/latest/page/2/")!.content;
    expect(last).toContain("<h1>Bài viết gần đây <small>(3 bài)</small></h1>");
    expect(last).toContain('<p class="news-older"><a href="/years/">Các bài cũ hơn: xem theo năm →</a></p>');
    expect(cut.get("/latest/")!.content).not.toContain('href="/years/">Các bài cũ hơn');
    const off = await buildSite(makeSite(files), { pages: { author: false, authors: false, latest: false } });
    expect([...off.keys()].some((u) => u.startsWith("/authors/") || u.startsWith("/latest/"))).toBe(false);
    expect(off.get("/2021/12/08/khanh-thanh-cau-rach-mieu-2/")!.content).toContain("<span>Tác giả: Minh Anh</span>");
    expect(off.get("/")!.content).not.toContain("news-older");
  }, 60_000);
});

import { beforeAll, describe, expect, it } from "vitest";
import { article, buildSite, makeSite, type BuiltPage } from "./helpers.ts";

// Six articles in December 2021 (one at 00:30 Hà Nội time), two in 2020, one undated.
const FILES = {
  "news/a.txt": article("Khai mạc hội chợ", "Thứ tư, 08/12/2021 17:50", { tags: ["Đà Nẵng", "kinh tế"], source: "CAND" }),
  "news/b.txt": article("Mưa lớn ở miền Trung", "Thứ Tư, 8/12/2021, 00:30 (GMT+7)", { tags: ["Da Nang", "thời tiết"], source: "Tuổi Trẻ" }),
  "news/c.txt": article("Giá xăng giảm", "09/12/2021 10:00", { tags: ["kinh tế"], source: "báo Tuổi Trẻ" }),
  "news/d.txt": article("Đội tuyển tập trung", "Thứ sáu, 10-12-2021, 08:00", { tags: ["Dân sinh", "bóng đá", "giáo dục"] }),
  "news/e.txt": article("Trường học mở cửa", "Thứ bảy, 11/12/2021 - 07:00", { tags: ["giáo dục"], source: "VnExpress" }),
  "news/f.txt": article("Cầu mới thông xe", "12/12/2021 09:15 GMT+7", { tags: ["giao thông", "Ẩm thực"] }),
  "news/2020/g.txt": article("Lũ rút chậm", "Thứ tư, 21/10/2020 19:05", { tags: ["thời tiết"], source: "TTXVN" }),
  "news/2020/h.txt": article("Học sinh trở lại trường", "04/05/2020 07:30", { tags: ["giáo dục"], source: "Dân trí" }),
  "news/undated.txt": article("Ghi chép chợ phiên", null, { tags: ["đời sống"] }),
};

let pages: Map<string, BuiltPage>;
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page at ${url}; have ${[...pages.keys()].join(" ")}`);
  return p.content;
};
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(async () => {
  // Most tags here are on one article: keep them (the default, minArticles 2, is tested in tags.test.ts).
  pages = await buildSite(makeSite(FILES), { pageSize: 2, tags: { minArticles: 1 } });
}, 60_000);

describe("article pages", () => {
  it("publishes every article once at /YYYY/MM/DD/<slug>/ in the archive's zone", () => {
    const articleUrls = [...pages.values()].filter((p) => p.sourceFile).map((p) => p.url).sort();
    expect(articleUrls).toEqual([
      "/2020/05/04/hoc-sinh-tro-lai-truong/",
      "/2020/10/21/lu-rut-cham/",
      "/2021/12/08/khai-mac-hoi-cho/",
      "/2021/12/08/mua-lon-o-mien-trung/", // 00:30 in Hà Nội is still 7 December in UTC
      "/2021/12/09/gia-xang-giam/",
      "/2021/12/10/doi-tuyen-tap-trung/",
      "/2021/12/11/truong-hoc-mo-cua/",
      "/2021/12/12/cau-moi-thong-xe/",
      "/undated/ghi-chep-cho-phien/",
    ]);
  });

  it("shows <time datetime> with the offset and the Vietnamese date text", () => {
    const html = page("/2021/12/08/khai-mac-hoi-cho/");
    expect(html).toContain('<time datetime="2021-12-08T17:50:00+07:00">Thứ Tư, 8 tháng 12, 2021, 17:50</time>');
  });

  it("emits JSON-LD NewsArticle with headline, offset date, source, keywords, language and URL", () => {
    const html = page("/2021/12/08/khai-mac-hoi-cho/");
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    const ld = JSON.parse(json);
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "Khai mạc hội chợ",
      datePublished: "2021-12-08T17:50:00+07:00",
      publisher: { "@type": "Organization", name: "CAND" },
      sourceOrganization: { name: "CAND" },
      inLanguage: "vi",
      url: "/2021/12/08/khai-mac-hoi-cho/",
    });
    expect(ld.keywords).toEqual(["Đà Nẵng", "Kinh tế"]);
    expect(html).toContain('<meta property="og:title" content="Khai mạc hội chợ">');
    expect(html).toContain('<link rel="canonical" href="/2021/12/08/khai-mac-hoi-cho/">');
  });

  it("links previous and next articles in time", () => {
    const html = page("/2021/12/09/gia-xang-giam/");
    expect(html).toMatch(/<a rel="prev" href="\/2021\/12\/08\/khai-mac-hoi-cho\/">/);
    expect(html).toMatch(/<a rel="next" href="\/2021\/12\/10\/doi-tuyen-tap-trung\/">/);
  });

  it("links tags and source to their index pages", () => {
    const links = hrefs(page("/2021/12/08/mua-lon-o-mien-trung/"));
    expect(links).toContain("/tags/da-nang/");
    expect(links).toContain("/tags/thoi-tiet/");
    expect(links).toContain("/sources/tuoi-tre/");
  });
});

describe("date indexes", () => {
  it("lists years with counts", () => {
    const html = page("/years/");
    expect(html).toMatch(/href="\/2021\/">2021<\/a> <span class="count">6</);
    expect(html).toMatch(/href="\/2020\/">2020<\/a> <span class="count">2</);
    expect(html).toContain('href="/undated/"');
  });

  it("lists a year's months with counts", () => {
    expect(page("/2020/")).toMatch(/href="\/2020\/05\/">Tháng 5<\/a> <span class="count">1</);
    expect(page("/2020/")).toMatch(/href="\/2020\/10\/">Tháng 10<\/a> <span class="count">1</);
  });

  it("paginates a month with rel=prev/next and counts its days", () => {
    const first = page("/2021/12/");
    expect(first).toContain("(6 bài)");
    expect(first).toMatch(/href="\/2021\/12\/08\/">8<\/a> <span class="count">2</);
    expect(first).toContain('<link rel="next" href="/2021/12/page/2/">');
    expect(first).not.toContain('rel="prev"');
    const second = page("/2021/12/page/2/");
    expect(second).toContain('<link rel="prev" href="/2021/12/">');
    expect(second).toContain('<link rel="next" href="/2021/12/page/3/">');
    expect(pages.has("/2021/12/page/3/")).toBe(true);
    expect(pages.has("/2021/12/page/4/")).toBe(false);
    // newest first across pages
    expect(first.indexOf("cau-moi-thong-xe")).toBeGreaterThan(-1);
    expect(page("/2021/12/page/3/")).toContain("/2021/12/08/mua-lon-o-mien-trung/");
  });

  it("puts the 00:30 article on its Hà Nội day page", () => {
    expect(page("/2021/12/08/")).toContain("/2021/12/08/mua-lon-o-mien-trung/");
    expect(pages.has("/2021/12/07/")).toBe(false);
  });

  it("lists undated articles on their own page", () => {
    expect(page("/undated/")).toContain("/undated/ghi-chep-cho-phien/");
  });
});

describe("tag and source indexes", () => {
  it("sorts tags in Vietnamese order (D before Đ) on one page per letter, with counts, and the most used first on /tags/", () => {
    const html = page("/tags/");
    const letters = [...html.matchAll(/<li><a href="\/tags\/letter\/([^"/]+)\/">([^<]+)<\/a> <span class="count">(\d+)<\/span><\/li>/g)].map((m) => [m[2], m[1]]);
    // Vietnamese alphabet: A < Ă < Â < B … D < Đ; a letter's URL is its Telex spelling.
    expect(letters.map((l) => l[0])).toEqual(["Â", "B", "D", "Đ", "G", "K", "T", "X"]);
    expect(letters).toContainEqual(["Đ", "dd"]);
    expect(letters).toContainEqual(["Â", "aa"]);
    const names = letters.flatMap(([, slug]) => [...page(`/tags/letter/${slug}/`).matchAll(/<a href="\/tags\/(?!letter\/)[^"]+\/">([^<]+)<\/a>/g)].map((m) => m[1]));
    // Tone marks only break ties (Giáo dục < Giao thông by "d" < "t").
    expect(names).toEqual(["Ẩm thực", "Bóng đá", "Dân sinh", "Đà Nẵng", "Đời sống", "Giáo dục", "Giao thông", "Kinh tế", "Thời tiết", "Xăng dầu"]);
    expect(page("/tags/letter/k/")).toMatch(/href="\/tags\/kinh-te\/">Kinh tế<\/a> <span class="count">2</);
    // The most used come first on /tags/.
    const top = [...html.split('class="news-terms news-top-tags"')[1]!.matchAll(/<a href="\/tags\/[^"]+\/">([^<]+)<\/a> <span class="count">(\d+)/g)].map((m) => Number(m[2]));
    expect(top).toEqual([...top].sort((x, y) => y - x));
    expect(top.length).toBe(names.length);
  });

  it("merges tags that differ only in case or diacritics into one page (no duplicate permalink)", () => {
    const html = page("/tags/da-nang/");
    expect(html).toContain("(2 bài)");
    expect(html).toContain("/2021/12/08/khai-mac-hoi-cho/");
    expect(html).toContain("/2021/12/08/mua-lon-o-mien-trung/");
  });

  it("paginates a tag page", () => {
    expect(page("/tags/kinh-te/")).not.toContain('rel="next"');
    const first = page("/tags/giao-duc/");
    expect(first).toContain("(3 bài)");
    expect(first).toContain('<link rel="next" href="/tags/giao-duc/page/2/">');
    const second = page("/tags/giao-duc/page/2/");
    expect(second).toContain('<link rel="prev" href="/tags/giao-duc/">');
    expect(second).not.toContain('rel="next"');
  });

  it("lists sources with counts, merging `báo Tuổi Trẻ` into `Tuổi Trẻ`", () => {
    const html = page("/sources/");
    expect(html).toMatch(/href="\/sources\/tuoi-tre\/">Tuổi Trẻ<\/a> <span class="count">2</);
    expect(page("/sources/cand/")).toContain("/2021/12/08/khai-mac-hoi-cho/");
  });
});

describe("home and 404", () => {
  it("shows the latest articles and links into every index", () => {
    const html = page("/");
    const links = hrefs(html);
    for (const url of ["/years/", "/tags/", "/sources/", "/undated/", "/2021/", "/2020/", "/2021/12/12/cau-moi-thong-xe/"]) expect(links).toContain(url);
  });

  it("has a 404 page and a stylesheet", () => {
    expect(page("/404.html")).toContain("Không tìm thấy trang");
    expect(page("/news-archive.css")).toContain("prefers-color-scheme: dark");
  });

  it("reaches every article from the home page by links", () => {
    const seen = new Set<string>(["/"]);
    const queue = ["/"];
    while (queue.length) {
      const url = queue.shift()!;
      for (const h of hrefs(pages.get(url)?.content ?? "")) {
        if (h.startsWith("/") && pages.has(h) && !seen.has(h)) {
          seen.add(h);
          queue.push(h);
        }
      }
    }
    const articles = [...pages.values()].filter((p) => p.sourceFile).map((p) => p.url);
    expect(articles.filter((u) => !seen.has(u))).toEqual([]);
  });
});

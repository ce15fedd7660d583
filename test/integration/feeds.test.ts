/** Feeds, sitemap and robots.txt of a real build, read back with an XML parser and JSON.parse. */
import { existsSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import newsArchive from "../../plugin/index.ts";
import { article, buildInChild, buildSite, makeSite } from "./helpers.ts";

const files = {
  "news/a.txt": article("Bảo đảm công tác Đảng", "Thứ tư, 08/12/2021 17:50", { source: "CAND", tags: ["Bộ Công an", "Hà Nội"] }),
  "news/b.txt": ["Cầu mới thông xe", "", "Thứ năm, 09/12/2021 08:00", "Cập nhật: 10/12/2021 09:30", "", "Cây cầu mới nối hai bờ sông đã thông xe sáng nay.", "", "Đoạn hai & <b>ký tự</b> đặc biệt.", "", "Minh Anh", "", "Theo Tuổi Trẻ"].join("\n"),
  "news/c.txt": article("Hà Nội mở tuyến buýt", "Thứ sáu, 10/12/2021 07:00", { source: "CAND", tags: ["Hà Nội"] }),
  "news/u.txt": article("Bài không ngày", null, { tags: ["Hà Nội"] }),
};
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?\+07:00$/;

describe("feeds", () => {
  it("writes Atom and JSON Feed 1.1 for the archive, each tag and each source, with offsets, absolute links and stable ids", async () => {
    // A small fixture: every tag and source gets feeds.
    const opts = { site: { url: "https://example.org", title: "Kho tin" }, termFeedMinArticles: 1 };
    const pages = await buildSite(makeSite(files), opts, { pathPrefix: "/kho/" });
    const atomText = pages.get("/feed.xml")!.content;
    expect(XMLValidator.validate(atomText)).toBe(true);
    const atom = xml.parse(atomText).feed;
    expect(atom["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(atom.title).toBe("Kho tin");
    expect(atom.id).toBe("https://example.org/kho/");
    expect(atom.updated).toBe("2021-12-10T09:30:00+07:00"); // b's revision is the newest time
    const links = (atom.link as { "@rel": string; "@href": string }[]).map((l) => [l["@rel"], l["@href"]]);
    expect(links).toContainEqual(["self", "https://example.org/kho/feed.xml"]);
    expect(links).toContainEqual(["alternate", "https://example.org/kho/"]);
    const entries = atom.entry as Record<string, unknown>[];
    expect(entries.map((e) => e.title)).toEqual(["Hà Nội mở tuyến buýt", "Cầu mới thông xe", "Bảo đảm công tác Đảng"]); // dated only, newest first
    for (const e of entries) {
      expect(e.published).toMatch(OFFSET);
      expect(e.updated).toMatch(OFFSET);
      expect(String(e.id)).toMatch(/^https:\/\/example\.org\/kho\/2021\/12\/\d\d\/[^/]+\/$/);
      expect((e.link as Record<string, string>)["@href"]).toBe(e.id);
      expect(String((e.content as Record<string, string>)["#text"])).toContain("<p>");
    }
    const b = entries[1]!;
    expect(b.published).toBe("2021-12-09T08:00:00+07:00");
    expect(b.updated).toBe("2021-12-10T09:30:00+07:00");
    expect((b.author as { name: string; uri: string }).name).toBe("Minh Anh");
    expect((b.author as { name: string; uri: string }).uri).toBe("https://example.org/kho/authors/minh-anh/");
    // HTML in the text is escaped once inside the feed, and reads back as the page's HTML.
    expect(String((b.content as Record<string, string>)["#text"])).toContain("Đoạn hai &amp; &lt;b&gt;ký tự&lt;/b&gt; đặc biệt.");

    const json = JSON.parse(pages.get("/feed.json")!.content);
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe("https://example.org/kho/feed.json");
    expect(json.home_page_url).toBe("https://example.org/kho/");
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(entries.map((e) => e.title));
    expect(json.items[1]).toMatchObject({ date_published: "2021-12-09T08:00:00+07:00", date_modified: "2021-12-10T09:30:00+07:00", authors: [{ name: "Minh Anh", url: "https://example.org/kho/authors/minh-anh/" }] });
    expect(json.items[1].content_html).toContain("Đoạn hai &amp; &lt;b&gt;ký tự&lt;/b&gt;");
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(entries.map((e) => e.id));

    // A tag's and a source's feed: latest entries with the lead as summary, no full text.
    const tag = xml.parse(pages.get("/tags/ha-noi/feed.xml")!.content).feed;
    expect(tag.title).toBe("Hà Nội · Kho tin");
    expect((tag.entry as Record<string, unknown>[]).map((e) => e.title)).toEqual(["Hà Nội mở tuyến buýt", "Bảo đảm công tác Đảng"]);
    expect((tag.entry as Record<string, unknown>[])[0]!.content).toBeUndefined();
    expect((tag.entry as Record<string, unknown>[])[0]!.summary).toBeTruthy();
    const source = JSON.parse(pages.get("/sources/cand/feed.json")!.content);
    expect(source.items.map((i: { title: string }) => i.title)).toEqual(["Hà Nội mở tuyến buýt", "Bảo đảm công tác Đảng"]);
    expect(source.items[0].content_text).toBeTruthy();
    expect(pages.has("/authors/minh-anh/feed.xml")).toBe(true);

    // Every home, tag, source and author page advertises its feeds.
    for (const [url, feed] of [["/", "/feed"], ["/tags/ha-noi/", "/tags/ha-noi/feed"], ["/sources/cand/", "/sources/cand/feed"], ["/authors/minh-anh/", "/authors/minh-anh/feed"]] as const) {
      const html = pages.get(url)!.content;
      expect(html, url).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(html, url).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/kho${feed}\\.xml">`));
      expect(html, url).toMatch(new RegExp(`<link rel="alternate" type="application/feed\\+json" title="[^"]+" href="/kho${feed}\\.json">`));
    }
  }, 60_000);

  it("keeps every id and date the same from one build to the next, and uses URN ids without site.url", async () => {
    const one = await buildSite(makeSite(files));
    const two = await buildSite(makeSite(files));
    const ids = (pages: Map<string, { content: string }>) => {
      const feed = xml.parse(pages.get("/feed.xml")!.content).feed;
      return [feed.id, feed.updated, ...(feed.entry as { id: string; updated: string }[]).flatMap((e) => [e.id, e.updated])];
    };
    expect(ids(one)).toEqual(ids(two));
    expect(ids(one)[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one.get("/feed.xml")!.content).toBe(two.get("/feed.xml")!.content);
    expect(one.get("/feed.json")!.content).toBe(two.get("/feed.json")!.content);
  }, 60_000);

  it("lets a site add its own RSS 2.0 feed with the official feedPlugin over collections.newsDated", async () => {
    const root = makeSite(files);
    const previous = process.cwd();
    process.chdir(path.dirname(root));
    try {
      const elev = new Eleventy(`${path.basename(root)}/src`, `${path.basename(root)}/_site`, {
        quietMode: true,
        configPath: false,
        config(config: { addPlugin(p: unknown, o?: object): void }) {
          config.addPlugin(newsArchive, { printWarnings: false });
          config.addPlugin(feedPlugin, { type: "rss", outputPath: "/rss.xml", collection: { name: "newsDated", limit: 2 }, metadata: { language: "vi", title: "Kho", base: "https://example.org/", author: { name: "Kho" } } });
        },
      });
      const rss = (await elev.toJSON()).find((p) => p.url === "/rss.xml")!.content;
      expect(XMLValidator.validate(rss)).toBe(true);
      const items = xml.parse(rss).rss.channel.item as { title: string; link: string; description: string }[];
      expect(items.map((i) => i.title)).toEqual(["Hà Nội mở tuyến buýt", "Cầu mới thông xe"]); // newest first, limit 2
      expect(items[1]!.link).toBe("https://example.org/2021/12/09/cau-moi-thong-xe/");
      expect(items[1]!.description).toContain("<p>Cây cầu mới nối hai bờ sông đã thông xe sáng nay.</p>");
    } finally {
      process.chdir(previous);
    }
  }, 60_000);

  it("gives a tag, source or author feeds only with termFeedMinArticles articles (default 5), and links only those", async () => {
    const pages = await buildSite(makeSite(files));
    expect(pages.has("/feed.xml")).toBe(true);
    expect(pages.has("/tags/ha-noi/feed.xml")).toBe(false);
    expect(pages.has("/sources/cand/feed.json")).toBe(false);
    expect(pages.get("/tags/ha-noi/")!.content).not.toContain("/tags/ha-noi/feed.xml");
    const two = await buildSite(makeSite(files), { termFeedMinArticles: 2 });
    expect(two.has("/tags/ha-noi/feed.xml")).toBe(true);
    expect(two.get("/tags/ha-noi/")!.content).toContain('href="/tags/ha-noi/feed.xml"');
  }, 60_000);

  it("turns each feed kind off under pages.*", async () => {
    const pages = await buildSite(makeSite(files), { pages: { feed: false, tagFeed: false }, termFeedMinArticles: 1 });
    expect(pages.has("/feed.xml")).toBe(false);
    expect(pages.has("/tags/ha-noi/feed.xml")).toBe(false);
    expect(pages.has("/sources/cand/feed.xml")).toBe(true);
    expect(pages.get("/")!.content).not.toContain("application/atom+xml");
    expect(pages.get("/tags/ha-noi/")!.content).not.toContain("application/atom+xml");
  }, 60_000);
});

describe("sitemap and robots.txt", () => {
  it("lists every page with absolute URLs and lastmod, and robots.txt names it", async () => {
    const pages = await buildSite(makeSite(files), { site: { url: "https://example.org" } }, { pathPrefix: "/kho/" });
    const text = pages.get("/sitemap.xml")!.content;
    expect(XMLValidator.validate(text)).toBe(true);
    const set = xml.parse(text).urlset;
    expect(set["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls = (set.url as { loc: string; lastmod?: string }[]);
    const locs = urls.map((u) => u.loc);
    expect(locs.every((l) => l.startsWith("https://example.org/kho/"))).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
    // Every HTML page of the build except the 404 page is listed, and the open-data files (written after the pages).
    const html = [...pages.keys()].filter((u) => u.endsWith("/") || (u.endsWith(".html") && u !== "/404.html"));
    const data = ["/data/articles.jsonl", "/data/articles.csv", "/data/tags.json", "/data/sources.json"];
    expect(locs.map((l) => l.replace("https://example.org/kho", "")).sort()).toEqual([...html, ...data].sort());
    const b = urls.find((u) => u.loc.includes("/2021/12/09/") && u.loc.split("/").length > 8)!;
    expect(b.lastmod).toBe("2021-12-10T09:30:00+07:00");
    expect(pages.get("/robots.txt")!.content).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/kho/sitemap.xml\n");
  }, 60_000);

  it("splits under a sitemap index past the URL limit", async () => {
    const pages = await buildSite(makeSite(files), { site: { url: "https://example.org" }, sitemapMaxUrls: 5 });
    const index = xml.parse(pages.get("/sitemap.xml")!.content).sitemapindex;
    const parts = (index.sitemap as { loc: string; lastmod?: string }[]);
    expect(parts.length).toBeGreaterThan(2);
    let total = 0;
    parts.forEach((p, i) => {
      expect(p.loc).toBe(`https://example.org/sitemap-${i + 1}.xml`);
      const part = xml.parse(pages.get(`/sitemap-${i + 1}.xml`)!.content).urlset;
      const urls = [part.url].flat();
      expect(urls.length).toBeLessThanOrEqual(5);
      total += urls.length;
    });
    expect(total).toBe([...pages.keys()].filter((u) => u.endsWith("/")).length + 4); // + the four open-data files
  }, 60_000);

  it("says once, in a real build, that no sitemap was written without site.url", () => {
    const root = makeSite(files);
    const r = buildInChild(root);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/no sitemap\.xml was written: a sitemap needs absolute URLs, and `site\.url` is not set/g)?.length).toBe(1);
    expect(existsSync(path.join(root, "_site/sitemap.xml"))).toBe(false);
    const quiet = buildInChild(makeSite(files), {}, { pages: { sitemap: false } });
    expect(quiet.stderr).not.toContain("sitemap");
  }, 60_000);

  it("writes no sitemap without site.url, and a robots.txt without a Sitemap line", async () => {
    const pages = await buildSite(makeSite(files));
    expect(pages.has("/sitemap.xml")).toBe(false);
    expect(pages.get("/robots.txt")!.content).toBe("User-agent: *\nAllow: /\n");
    const off = await buildSite(makeSite(files), { site: { url: "https://example.org" }, pages: { sitemap: false, robots: false } });
    expect(off.has("/sitemap.xml")).toBe(false);
    expect(off.has("/robots.txt")).toBe(false);
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { addFile, article, buildInChild, buildSite, makeSite, readOutput, type BuiltPage } from "./helpers.ts";

const articleUrls = (pages: Map<string, BuiltPage>) => new Map([...pages].filter(([, p]) => p.sourceFile).map(([url, p]) => [p.sourceFile!, url]));

describe("permalink stability", () => {
  it("gives same-slug same-day articles distinct URLs, and adding files never changes existing ones", async () => {
    const root = makeSite({
      "news/x/tin.txt": article("Tin nóng", "08/12/2021 09:00"),
      "news/y/tin.txt": article("Tin nóng", "08/12/2021 15:00"),
      "news/other.txt": article("Bài khác", "08/12/2021 10:00"),
    });
    const before = articleUrls(await buildSite(root));
    expect(before.get("news/x/tin.txt")).toBe("/2021/12/08/tin-nong/");
    expect(before.get("news/y/tin.txt")).toMatch(/^\/2021\/12\/08\/tin-nong-[0-9a-z]{6}\/$/);

    // A later collider, another article that day, and an article whose path sorts first.
    addFile(root, "news/z/tin.txt", article("Tin nóng", "08/12/2021 20:00"));
    addFile(root, "news/a-first.txt", article("Bài mới", "08/12/2021 11:00"));
    addFile(root, "news/0/tin-khac.txt", article("Tin nóng khác", "08/12/2021 12:00"));
    const after = articleUrls(await buildSite(root));
    for (const [file, url] of before) expect(after.get(file)).toBe(url);
    expect(new Set(after.values()).size).toBe(after.size);
  }, 60_000);
});

describe("time zone independence", () => {
  it("builds byte-identical output under TZ=UTC and TZ=America/Los_Angeles", () => {
    const files = {
      "news/dem.txt": article("Tin lúc nửa đêm", "Thứ tư, 08/12/2021 00:30", { tags: ["thời sự"], source: "CAND" }),
      "news/toi.txt": article("Tin buổi tối", "31/12/2021 23:45", { source: "Tuổi Trẻ" }),
      "news/utc.txt": article("Tin có múi giờ", "2022-01-01T02:00:00Z"),
    };
    const a = makeSite(files);
    const b = makeSite(files);
    const ra = buildInChild(a, { TZ: "UTC" });
    const rb = buildInChild(b, { TZ: "America/Los_Angeles" });
    expect(ra.status, ra.stderr).toBe(0);
    expect(rb.status, rb.stderr).toBe(0);
    const oa = readOutput(a);
    const ob = readOutput(b);
    expect([...oa.keys()].sort()).toEqual([...ob.keys()].sort());
    for (const [file, content] of oa) expect(ob.get(file), file).toBe(content);
    expect(oa.has("2021/12/08/tin-luc-nua-dem/index.html")).toBe(true);
    expect(oa.has("2021/12/31/tin-buoi-toi/index.html")).toBe(true);
    expect(oa.has("2022/01/01/tin-co-mui-gio/index.html")).toBe(true); // 09:00 in Hà Nội
  }, 60_000);
});

describe("summary and exit status", () => {
  const files = {
    "news/ok.txt": article("Bài tốt", "08/12/2021 10:00"),
    "news/bad-date.txt": article("Ngày sai", "31/02/2021 10:00"),
    "news/no-date.txt": article("Không ngày", null),
  };

  it("prints every error with file:line:col, one summary line, and exits non-zero", () => {
    const r = buildInChild(makeSite(files));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("[news-archive] 3 files read, 3 articles published, 2 undated, 1 warnings, 1 errors");
    expect(r.stderr).toMatch(/src\/news\/bad-date\.txt:3:\d+ +error .*\[invalid-date\]/);
    expect(r.stderr).toContain("failOnError");
  }, 60_000);

  it("exits zero with failOnError: false and still reports", () => {
    const r = buildInChild(makeSite(files), {}, { failOnError: false });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 errors");
    expect(r.stderr).toContain("[invalid-date]");
  }, 60_000);
});

describe("sub-path hosting", () => {
  it("prefixes links, assets, canonical, Open Graph and JSON-LD URLs with pathPrefix", async () => {
    const root = makeSite({ "news/a.txt": article("Bài một", "08/12/2021 10:00", { tags: ["Hà Nội"], source: "CAND" }) });
    const pages = await buildSite(root, { site: { url: "https://example.org", title: "T", description: "" } }, { pathPrefix: "/archive/" });
    const html = pages.get("/2021/12/08/bai-mot/")!.content;
    expect(html).toContain('href="/archive/news-archive.css"');
    expect(html).toContain('href="/archive/tags/ha-noi/"');
    expect(html).toContain('<link rel="canonical" href="https://example.org/archive/2021/12/08/bai-mot/">');
    expect(html).toContain('<meta property="og:url" content="https://example.org/archive/2021/12/08/bai-mot/">');
    expect(html).toContain('"url":"https://example.org/archive/2021/12/08/bai-mot/"');
    const hrefs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const h of hrefs) expect(h.startsWith("/archive/")).toBe(true);
    const home = pages.get("/")!.content;
    for (const m of home.matchAll(/href="(\/[^"]*)"/g)) expect(m[1]!.startsWith("/archive/")).toBe(true);
  }, 60_000);

  it("keeps root-relative, unprefixed URLs when there is no site URL and no prefix", async () => {
    const pages = await buildSite(makeSite({ "news/a.txt": article("Bài một", "08/12/2021 10:00") }));
    const html = pages.get("/2021/12/08/bai-mot/")!.content;
    expect(html).toContain('<link rel="canonical" href="/2021/12/08/bai-mot/">');
  }, 60_000);
});

describe("options", () => {
  it("renders a complete English UI with locale: en", async () => {
    const pages = await buildSite(makeSite({ "news/a.txt": article("Bài một", "08/12/2021 17:50", { tags: ["Hà Nội"] }) }), { locale: "en" });
    const html = pages.get("/2021/12/08/bai-mot/")!.content;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Wednesday, 8 December 2021, 17:50");
    expect(pages.get("/tags/")!.content).toContain("All topics");
    expect(pages.get("/2021/")!.content).toContain("December");
  }, 60_000);

  it("turns page kinds off and honours permalink patterns", async () => {
    const pages = await buildSite(makeSite({ "news/a.txt": article("Bài một", "08/12/2021 17:50", { tags: ["Hà Nội"] }) }), {
      pages: { tag: false, tags: false, day: false },
      permalinks: { article: "/bai/:year/:slug/", month: "/thang/:year/:month/" },
    });
    expect(pages.has("/bai/2021/bai-mot/")).toBe(true);
    expect(pages.has("/thang/2021/12/")).toBe(true);
    expect(pages.has("/tags/")).toBe(false);
    expect(pages.has("/tags/ha-noi/")).toBe(false);
    expect(pages.has("/2021/12/08/")).toBe(false);
    expect(pages.get("/bai/2021/bai-mot/")!.content).not.toContain('href="/tags/');
    // No link may lead to a page kind that is off (regression: month pages linked their days).
    expect(pages.get("/thang/2021/12/")!.content).not.toContain('href="/2021/12/08/"');
  }, 60_000);

  it("does not link the years page or a year from breadcrumbs when those kinds are off", async () => {
    const pages = await buildSite(makeSite({ "news/a.txt": article("Bài một", "08/12/2021 17:50") }), { pages: { years: false, year: false } });
    const day = pages.get("/2021/12/08/")!.content;
    expect(day).not.toContain('href="/years/"');
    expect(day).not.toContain('href="/2021/"');
    expect(day).toContain('href="/2021/12/"');
  }, 60_000);

  it("fails at start naming the option and the value", async () => {
    const error = await buildSite(makeSite({ "news/a.txt": article("Bài", "08/12/2021 10:00") }), { pageSize: 0 }).catch((e: unknown) => e);
    const messages: string[] = [];
    for (let e = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) messages.push(e.message ?? "");
    expect(messages.join("\n")).toContain("news-archive: option `pageSize` is 0; expected a whole number from 1 to 100000.");
  }, 60_000);
});

describe("raw bytes and the data cascade", () => {
  it("reads UTF-16 files and lets directory data and front matter take part", async () => {
    const text = article("Bài UTF-16", "08/12/2021 10:00", { source: "CAND" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const root = makeSite({
      "news/u16.txt": utf16,
      "news/fm.txt": `---\ntitle: Tiêu đề đã sửa\nslug: tieu-de-sua\n---\n${article("Tiêu đề gốc", "09/12/2021 10:00")}`,
      "news/news.11tydata.json": JSON.stringify({ source: "Nguồn mặc định" }),
    });
    const pages = await buildSite(root);
    expect(pages.get("/2021/12/08/bai-utf-16/")!.content).toContain("<h1>Bài UTF-16</h1>");
    const fm = pages.get("/2021/12/09/tieu-de-sua/")!.content;
    expect(fm).toContain("<h1>Tiêu đề đã sửa</h1>");
    expect(fm).toContain("Nguồn mặc định"); // no attribution line: directory data supplies the source
  }, 60_000);

  it("does not turn .txt files outside the news folder into pages", async () => {
    const pages = await buildSite(makeSite({ "notes.txt": "ghi chú", "news/a.txt": article("Bài một", "08/12/2021 10:00") }));
    expect([...pages.values()].filter((p) => p.sourceFile).map((p) => p.sourceFile)).toEqual(["news/a.txt"]);
    expect([...pages.values()].some((p) => p.content.includes("ghi chú"))).toBe(false);
  }, 60_000);
});

describe("what gets published (regressions from review)", () => {
  it("honours permalink: false, and never publishes a file it cannot read as a page", async () => {
    const pages = await buildSite(
      makeSite({
        "news/ok.txt": article("Bài tốt", "08/12/2021 10:00"),
        "news/hidden.txt": `---\npermalink: false\n---\n${article("Bài ẩn", "08/12/2021 11:00")}`,
        "news/binary.txt": new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0x00]),
        "news/empty.txt": "",
      }),
      { failOnError: false },
    );
    const articleUrls = [...pages.values()].filter((p) => p.content.includes('<article class="news-article">')).map((p) => p.url);
    expect(articleUrls).toEqual(["/2021/12/08/bai-tot/"]);
    expect(pages.get("/undated/")).toBeUndefined();
  }, 60_000);

  it("builds cleanly when front matter fixes an impossible date line", () => {
    const r = buildInChild(makeSite({ "news/a.txt": `---\ndate: 2021-02-28 10:00\n---\n${article("Ngày sửa", "31/02/2021 10:00")}` }));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("1 files read, 1 articles published, 0 undated, 0 warnings, 0 errors");
  }, 60_000);

  it("resolves a front-matter permalink that another article's derived URL would take", async () => {
    const pages = await buildSite(
      makeSite({
        "news/a.txt": article("Tin", "08/12/2021 09:00"),
        "news/b.txt": `---\npermalink: /2021/12/08/tin/\n---\n${article("Khác", "08/12/2021 15:00")}`,
      }),
    );
    expect(pages.get("/2021/12/08/tin/")!.sourceFile).toBe("news/b.txt");
    expect([...pages.keys()].filter((u) => u.startsWith("/2021/12/08/tin-"))).toHaveLength(1);
  }, 60_000);
});

describe("nothing dropped silently", () => {
  it("warns about files in the news folder that are not .txt articles", () => {
    const r = buildInChild(
      makeSite({
        "news/a.txt": article("Bài một", "08/12/2021 10:00"),
        "news/B.TXT": article("Bài hai", "08/12/2021 11:00"),
        "news/ghi-chu.doc": "x",
        "news/news.json": "{}",
        "news/.DS_Store": "x",
      }),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/src\/news\/ghi-chu\.doc:1:1 {2}warning .*\[not-an-article\]/);
    expect(r.stderr).not.toMatch(/news\.json|DS_Store/);
    expect(r.stdout).toContain("2 files read, 2 articles published, 0 undated, 1 warnings, 0 errors"); // B.TXT is an article too
  }, 60_000);
});

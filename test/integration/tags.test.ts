import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { article, buildInChild, buildSite, makeSite, readOutput } from "./helpers.ts";

const sample = readFileSync(new URL("../fixtures/raw/sample-article.txt", import.meta.url), "utf8");
const tagLinks = (html: string) => [...html.matchAll(/href="\/tags\/([^"/]+)\/"/g)].map((m) => m[1]);

describe("automatic tags in the archive", () => {
  it("tags the sample article and builds one page per tag", async () => {
    const pages = await buildSite(makeSite({ "news/sample.txt": sample }), { tags: { minArticles: 1 } });
    const articlePage = pages.get("/2021/12/08/bao-dam-cong-tac-dang-cong-tac-chinh-tri-bam-sat-thuc-tien/")!.content;
    expect(tagLinks(articlePage)).toEqual(expect.arrayContaining(["tran-quoc-to", "bo-cong-an", "cong-an-nhan-dan", "covid-19"]));
    expect(pages.get("/tags/tran-quoc-to/")!.content).toContain("Trần Quốc Tỏ");
    const index = pages.get("/tags/")!.content;
    expect(index).not.toMatch(/>Hội nghị</);
    expect(index).not.toMatch(/>Thứ trưởng</);
  }, 60_000);

  it("keeps a derived tag only where tags.minArticles articles carry it, and an editor's tag always", async () => {
    const story = (title: string, date: string, extra: string) =>
      article(title, date, { body: `Ông Trần Quốc Tỏ, Thứ trưởng Bộ Công an, dự lễ. ${extra} Trần Quốc Tỏ phát biểu. Bộ Công an cho biết thêm.` });
    const files = {
      "news/a.txt": story("Lễ ra quân", "08/12/2021 10:00", "Bà Lê Thị Hồng Nhung đến dự. Lê Thị Hồng Nhung nói."),
      "news/b.txt": story("Hội nghị tổng kết", "09/12/2021 10:00", ""),
      "news/c.txt": article("Bài có từ khóa riêng", "10/12/2021 10:00", { tags: ["Chủ đề hiếm"] }),
    };
    const pages = await buildSite(makeSite(files));
    const tagPages = [...pages.keys()].filter((u) => /^\/tags\/[^/]+\/$/.test(u)).sort();
    // On two articles: kept. On one (Lê Thị Hồng Nhung): dropped. The editor's own: kept on one.
    expect(tagPages).toEqual(expect.arrayContaining(["/tags/bo-cong-an/", "/tags/chu-de-hiem/", "/tags/tran-quoc-to/"]));
    expect(tagPages).not.toContain("/tags/le-thi-hong-nhung/");
    expect(pages.get("/2021/12/08/le-ra-quan/")!.content).not.toContain("Lê Thị Hồng Nhung</a>");
    const one = await buildSite(makeSite(files), { tags: { minArticles: 1 } });
    expect(one.has("/tags/le-thi-hong-nhung/")).toBe(true);
    const three = await buildSite(makeSite(files), { tags: { minArticles: 3 } });
    expect([...three.keys()].filter((u) => /^\/tags\/[^/]+\/$/.test(u))).toEqual(["/tags/chu-de-hiem/"]);
  }, 60_000);

  it("derives no tags with tags.mode off, and only the editor's with explicit", async () => {
    const files = { "news/sample.txt": sample, "news/b.txt": article("Bài có từ khóa", "08/12/2021 10:00", { tags: ["Giao thông"] }) };
    const off = await buildSite(makeSite(files), { tags: { mode: "off" } });
    expect([...off.keys()].filter((u) => u.startsWith("/tags/") && u !== "/tags/")).toEqual([]);
    const explicit = await buildSite(makeSite(files), { tags: { mode: "explicit" } });
    expect([...explicit.keys()].filter((u) => /^\/tags\/(?!letter\/)[^/]+\/$/.test(u))).toEqual(["/tags/giao-thong/"]);
  }, 60_000);

  it("merges case, tone placement and unaccented spellings, keeps differently accented names apart, and warns only when it must guess", () => {
    const files = {
      "news/a.txt": article("Tin một", "08/12/2021 10:00", { tags: ["Đà Nẵng", "Lê Văn Quảng", "Thanh Hóa", "Nguyễn Huệ"] }),
      "news/b.txt": article("Tin hai", "09/12/2021 10:00", { tags: ["Da Nang", "Lê Văn Quang", "Thanh Hoá", "Nguyễn Huế"] }),
      "news/c.txt": article("Tin ba", "10/12/2021 10:00", { tags: ["đà nẵng", "Lê Văn Quảng", "Nguyễn Huệ"] }),
      "news/d.txt": article("Tin bốn", "11/12/2021 10:00", { tags: ["Nguyen Hue"] }),
    };
    const root = makeSite(files);
    const r = buildInChild(root, {}, { tags: { mode: "explicit" } });
    expect(r.status, r.stderr).toBe(0);
    const out = readOutput(root);
    expect(out.get("tags/da-nang/index.html")).toContain("(3 bài)");
    expect(out.get("tags/da-nang/index.html")).toContain("<h1>Đà Nẵng ");
    expect(out.get("tags/thanh-hoa/index.html")).toContain("(2 bài)");
    // Two people: the one on more articles keeps the bare slug, the other gets a hash of its spelling.
    expect(out.get("tags/le-van-quang/index.html")).toContain("<h1>Lê Văn Quảng <small>(2 bài)");
    const other = [...out.keys()].find((k) => /^tags\/le-van-quang-[0-9a-z]{6}\/index\.html$/.test(k))!;
    expect(out.get(other)).toContain("<h1>Lê Văn Quang <small>(1 bài)");
    // Only `Nguyen Hue` needs a guess (Huệ or Huế?): one warning, at the file that wrote it.
    expect(r.stderr.match(/\[tag-variants\]/g)?.length).toBe(1);
    expect(r.stderr).toMatch(/src\/news\/d\.txt:1:1 {2}warning {2}Tag "Nguyen Hue" is written without accents.*filed under "Nguyễn Huệ"/);
    expect(out.get("tags/nguyen-hue/index.html")).toContain("<h1>Nguyễn Huệ <small>(3 bài)");

    const declared = makeSite({ ...files, "_data/newsTaxonomy.json": JSON.stringify({ tags: [{ name: "Nguyễn Huệ", aliases: ["Nguyen Hue"] }] }) });
    const r2 = buildInChild(declared, {}, { tags: { mode: "explicit" } });
    expect(r2.status, r2.stderr).toBe(0);
    expect(r2.stderr).not.toContain("tag-variants");
  }, 60_000);

  it("lets the project's taxonomy and stop list shape the tags", async () => {
    const files = {
      "news/sample.txt": sample,
      "_data/newsTaxonomy.json": JSON.stringify({ tags: [{ name: "Lực lượng Công an", aliases: ["CAND", "Công an nhân dân"] }], stop: ["Trần Quốc Tỏ"] }),
    };
    const pages = await buildSite(makeSite(files), { tags: { minArticles: 1 } });
    expect(pages.has("/tags/luc-luong-cong-an/")).toBe(true);
    expect(pages.has("/tags/cong-an-nhan-dan/")).toBe(false);
    expect(pages.has("/tags/tran-quoc-to/")).toBe(false);
  }, 60_000);

  it("rejects a bad tags option naming it", async () => {
    const error = await buildSite(makeSite({ "news/a.txt": sample }), { tags: { mode: "everything" as never } }).catch((e: unknown) => e);
    const messages: string[] = [];
    for (let e = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) messages.push(e.message ?? "");
    expect(messages.join("\n")).toContain('news-archive: option `tags.mode` is "everything"');
  }, 60_000);
});

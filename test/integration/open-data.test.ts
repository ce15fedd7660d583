/** The open-data files of a real build on disk, read back as JSON Lines, CSV (RFC 4180) and JSON. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { article, buildInChild, makeSite } from "./helpers.ts";

const files = {
  "news/2021/a.txt": [
    "Bảo đảm công tác Đảng, \"chính trị\" bám sát thực tiễn",
    "",
    "Thứ tư, 08/12/2021 17:50",
    "Cập nhật: 09/12/2021 08:15",
    "",
    "Ngày 7-12, Bộ Công an tổ chức Hội nghị, với nhiều đại biểu; dấu phẩy, ngoặc \"kép\" và xuống dòng.",
    "",
    "Đoạn thứ hai của bài viết.", // 6 words: 26 with the lead
    "",
    "Minh Anh",
    "",
    "Từ khóa: Bộ Công an, Hà Nội",
    "",
    "Theo CAND",
  ].join("\n"),
  "news/2021/b.txt": article("Cầu mới thông xe", "Thứ năm, 09/12/2021 08:00", { source: "Tuổi Trẻ", tags: ["Hà Nội"] }),
  "news/2022/c.txt": article("Hà Nội mở tuyến buýt", "Thứ hai, 10/01/2022 07:00", { source: "CAND", tags: ["Hà Nội"] }),
  "news/u.txt": article("Bài không ngày", null),
  "news/draft.txt": ["---", "draft: true", "---", "Bản nháp", "", "Thứ hai, 10/01/2022 07:00", "", "Chưa đăng."].join("\n"),
};

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas, CR and LF inside; records end with CRLF. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field), records.push(record), (record = []), (field = ""), i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}

const site = (root: string, rel: string) => path.join(root, "_site", rel);

describe("open data", () => {
  it("writes every published article to articles.jsonl and articles.csv, and tags and sources as JSON", () => {
    const root = makeSite(files);
    const r = buildInChild(root, {}, { site: { url: "https://example.org" }, printWarnings: false });
    expect(r.status, r.stderr).toBe(0);
    const published = Number(/(\d+) articles published/.exec(r.stdout)![1]);
    expect(published).toBe(4);

    const lines = readFileSync(site(root, "data/articles.jsonl"), "utf8").split("\n");
    expect(lines.pop()).toBe(""); // every line ends with a newline
    const rows = lines.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(published);
    const a = rows.find((x) => x.file === "2021/a.txt");
    expect(a).toEqual({
      url: "https://example.org/2021/12/08/bao-dam-cong-tac-dang-chinh-tri-bam-sat-thuc-tien/",
      title: 'Bảo đảm công tác Đảng, "chính trị" bám sát thực tiễn',
      date: "2021-12-08T17:50:00+07:00",
      updated: "2021-12-09T08:15:00+07:00",
      source: "CAND",
      author: "Minh Anh",
      tags: ["Bộ Công an", "Hà Nội"],
      lead: 'Ngày 7-12, Bộ Công an tổ chức Hội nghị, với nhiều đại biểu; dấu phẩy, ngoặc "kép" và xuống dòng.',
      wordCount: 26,
      file: "2021/a.txt",
    });
    expect(rows.find((x) => x.file === "u.txt")).toMatchObject({ date: null, updated: null, source: null, title: "Bài không ngày" });
    expect(rows.some((x) => x.file === "draft.txt")).toBe(false);
    // The article's page exists at the URL the data gives.
    expect(existsSync(site(root, "2021/12/08/bao-dam-cong-tac-dang-chinh-tri-bam-sat-thuc-tien/index.html"))).toBe(true);

    const bytes = readFileSync(site(root, "data/articles.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const records = readCsv(bytes.toString("utf8").slice(1));
    expect(records[0]).toEqual(["url", "title", "date", "updated", "source", "author", "tags", "lead", "wordCount", "file"]);
    expect(records).toHaveLength(published + 1);
    const csvA = Object.fromEntries(records[0]!.map((k, i) => [k, records.find((rec) => rec[9] === "2021/a.txt")![i]]));
    // The same fields as the JSON line: tags joined with "; ", null as an empty field.
    expect(csvA).toEqual({ ...a, tags: "Bộ Công an; Hà Nội", wordCount: "26" });
    const csvU = records.find((rec) => rec[9] === "u.txt")!;
    expect(csvU[2]).toBe("");

    const tags = JSON.parse(readFileSync(site(root, "data/tags.json"), "utf8"));
    expect(tags).toEqual([
      { name: "Bộ Công an", slug: "bo-cong-an", count: 1, url: "https://example.org/tags/bo-cong-an/" },
      { name: "Hà Nội", slug: "ha-noi", count: 3, url: "https://example.org/tags/ha-noi/" },
    ]);
    const sources = JSON.parse(readFileSync(site(root, "data/sources.json"), "utf8"));
    expect(sources).toEqual([
      { name: "CAND", slug: "cand", count: 2, url: "https://example.org/sources/cand/" },
      { name: "Tuổi Trẻ", slug: "tuoi-tre", count: 1, url: "https://example.org/sources/tuoi-tre/" },
    ]);

    // The /data/ page describes them; every page's footer links them; the sitemap lists them.
    const page = readFileSync(site(root, "data/index.html"), "utf8");
    for (const name of ["articles.jsonl", "articles.csv", "tags.json", "sources.json"]) expect(page).toContain(`<a href="/data/${name}">${name}</a>`);
    expect(page).toContain("<code>wordCount</code>");
    const home = readFileSync(site(root, "index.html"), "utf8");
    expect(home).toContain('<p class="news-open-data"><a href="/data/">Dữ liệu mở</a>: <a href="/data/articles.jsonl">articles.jsonl</a> · ');
    const sitemap = new XMLParser().parse(readFileSync(site(root, "sitemap.xml"), "utf8")).urlset.url as { loc: string }[];
    const locs = sitemap.map((u) => u.loc);
    for (const url of ["/data/", "/data/articles.jsonl", "/data/articles.csv", "/data/tags.json", "/data/sources.json", "/ngay-nay/", "/ngay-nay/12-08/"]) {
      expect(locs).toContain(`https://example.org${url}`);
    }
  }, 60_000);

  it("puts URLs under the path prefix, writes nothing with --dryrun, and turns each file off under pages.*", () => {
    const root = makeSite(files);
    const dry = buildInChild(root, {}, { printWarnings: false }, { dryRun: true });
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(site(root, "data"))).toBe(false);
    expect(existsSync(site(root, "index.html"))).toBe(false);

    const r = buildInChild(root, {}, { pages: { dataCsv: false, dataSources: false }, site: { url: "https://example.org" }, printWarnings: false }, { pathPrefix: "/kho/" });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(site(root, "data/articles.jsonl"))).toBe(true);
    expect(existsSync(site(root, "data/tags.json"))).toBe(true);
    expect(existsSync(site(root, "data/articles.csv"))).toBe(false);
    expect(existsSync(site(root, "data/sources.json"))).toBe(false);
    const home = readFileSync(site(root, "index.html"), "utf8");
    expect(home).not.toContain("articles.csv");
    expect(home).toContain('<a href="/kho/data/articles.jsonl">articles.jsonl</a>');
    expect(JSON.parse(readFileSync(site(root, "data/articles.jsonl"), "utf8").split("\n")[0]!).url).toMatch(/^https:\/\/example\.org\/kho\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/);
    expect(JSON.parse(readFileSync(site(root, "data/tags.json"), "utf8"))[0].url).toMatch(/^https:\/\/example\.org\/kho\/tags\//);
    // Without site.url, URLs are root-relative under the prefix.
    const bare = makeSite(files);
    expect(buildInChild(bare, {}, { printWarnings: false }, { pathPrefix: "/kho/" }).status).toBe(0);
    expect(JSON.parse(readFileSync(site(bare, "data/articles.jsonl"), "utf8").split("\n")[0]!).url).toMatch(/^\/kho\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/);

    const off = makeSite(files);
    const none = buildInChild(off, {}, { pages: { data: false, dataJsonl: false, dataCsv: false, dataTags: false, dataSources: false }, printWarnings: false });
    expect(none.status, none.stderr).toBe(0);
    expect(existsSync(site(off, "data"))).toBe(false);
    expect(readFileSync(site(off, "index.html"), "utf8")).not.toContain("news-open-data");
  }, 60_000);
});

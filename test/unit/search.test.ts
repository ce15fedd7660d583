/** Vietnamese search: the index the plugin writes, read by the search page's own code. */
import { describe, expect, it } from "vitest";
// The search page's own module (plain JavaScript, served as is).
import { decodePostings, excerptAround, fold, markWords, queryTerms, rank, shardOf } from "../../_includes/news-archive/search.js";
import type { IndexedArticle } from "../../plugin/core/archive-index.ts";
import { buildSearchIndex, DOC_CHUNK, SearchIndexBuilder, searchOrder, shardOf as coreShardOf, type SearchDoc, type SearchManifest } from "../../plugin/core/search-index.ts";
import { searchDoc } from "../../plugin/core/search-records.ts";

const doc = (over: Partial<SearchDoc>): SearchDoc => ({
  url: "/x/", title: "", paragraphs: [], extra: [], lead: "", dateText: null, datetime: null, epochMs: null, year: null, source: null, tags: [], ...over,
});
const at = (iso: string) => Date.parse(iso);

/** Search a built index as the page does: terms → shards → postings → rank; returns URLs. */
function searchIn(files: Map<string, string>, query: string, opts: { source?: string; tag?: string; year?: string; newest?: boolean } = {}): string[] {
  const manifest = JSON.parse(files.get("index.json")!) as SearchManifest;
  const postings = (key: string) => {
    const shard = JSON.parse(files.get(`t/${shardOf(key, manifest.shards)}.json`)!) as Record<string, string>;
    return shard[key] === undefined ? { docs: [], weights: [] } : decodePostings(shard[key]);
  };
  const filters: Set<number>[] = [];
  if (opts.source) filters.push(new Set(postings(`#s:${opts.source}`).docs));
  if (opts.tag) filters.push(new Set(postings(`#t:${opts.tag}`).docs));
  const range = opts.year ? (manifest.years[opts.year] ?? [1, 0]) : null;
  const allowed = (n: number) => (!range || (n >= range[0] && n <= range[1])) && filters.every((f) => f.has(n));
  const lists = queryTerms(query).map((t) => ({ folded: postings(t.folded), exact: t.exact ? postings(t.exact) : null }));
  const url = (n: number) => (JSON.parse(files.get(`d/${Math.floor(n / manifest.chunk)}.json`)!) as string[][])[n % manifest.chunk]![0]!;
  return rank(manifest.docs, lists, allowed, opts.newest).map(url);
}

const archive = [
  doc({ url: "/a/", title: "Bảo đảm công tác Đảng", paragraphs: ["Thứ trưởng Trần Quốc Tỏ dự hội nghị.", "Ảnh: Hội nghị."], epochMs: at("2021-12-08T10:00:00Z"), year: "2021", source: "CAND", tags: ["Bộ Công an"] }),
  doc({ url: "/b/", title: "Cầu mới thông xe", paragraphs: ["Người dân đi bàn chuyện cầu mới ở Đà Nẵng. COVID-19 giảm."], epochMs: at("2022-01-02T10:00:00Z"), year: "2022", source: "Tuổi Trẻ" }),
  doc({ url: "/c/", title: "Bạn đọc hỏi", paragraphs: ["Bạn đọc hỏi về bản án, bán nhà và cầu đường."], epochMs: at("2020-05-05T10:00:00Z"), year: "2020", source: "CAND" }),
  doc({ url: "/u/", title: "Bài không ngày", paragraphs: ["Không rõ ngày đăng, bàn về cầu."] }),
];

describe("the search index", () => {
  const { files, manifest } = buildSearchIndex(archive);

  it("is the same built one article at a time (as the worker is fed in batches) as built at once", () => {
    const builder = new SearchIndexBuilder();
    for (const d of [...archive].sort(searchOrder)) builder.add(d);
    expect(builder.finish().files).toEqual(files);
  });

  it("refuses an article out of search order rather than write a broken posting list", () => {
    const builder = new SearchIndexBuilder();
    builder.add(archive[1]!);
    expect(() => builder.add(archive[2]!)).not.toThrow();
    expect(() => builder.add(archive[0]!)).toThrow(/out of order: \/a\/ after \/c\//);
  });

  it("numbers articles newest first, undated last, so a year is a range and date order is number order", () => {
    expect(manifest.docs).toBe(4);
    expect(manifest.years).toEqual({ "2022": [0, 0], "2021": [1, 1], "2020": [2, 2] });
    expect(manifest.sources).toEqual(["CAND", "Tuổi Trẻ"]);
    expect(searchIn(files, "cau", { newest: true })).toEqual(["/b/", "/c/", "/u/"]);
  });

  it("finds Vietnamese typed with or without diacritics, đ as d, NFD as NFC", () => {
    for (const q of ["tran quoc to", "Trần Quốc Tỏ", "TRAN QUOC TO", "Trần Quốc Tỏ".normalize("NFD"), "bao dam cong tac dang"]) expect(searchIn(files, q)).toEqual(["/a/"]);
    expect(searchIn(files, "da nang")).toEqual(["/b/"]);
    expect(searchIn(files, "covid-19")).toEqual(["/b/"]);
    expect(searchIn(files, "covid")).toEqual(["/b/"]);
    expect(searchIn(files, "không có từ này")).toEqual([]);
  });

  it("needs every word, and ranks the spelling typed with marks first", () => {
    expect(searchIn(files, "cầu hội nghị")).toEqual([]);
    // `ban` matches bàn, bạn, bản and bán; typed `bàn`, the articles with bàn come first.
    expect(searchIn(files, "bàn")[0]).toMatch(/^\/(b|u)\/$/);
    expect(searchIn(files, "bàn").slice(0, 2).sort()).toEqual(["/b/", "/u/"]);
    expect(searchIn(files, "bạn")[0]).toBe("/c/");
    // A title mention outranks one in the body.
    expect(searchIn(files, "hoi nghi")).toEqual(["/a/"]);
    expect(searchIn(files, "cau")[0]).toBe("/b/");
  });

  it("filters by source, tag and year", () => {
    expect(searchIn(files, "cau", { source: "CAND" })).toEqual(["/c/"]);
    expect(searchIn(files, "cong tac", { tag: "Bộ Công an" })).toEqual(["/a/"]);
    expect(searchIn(files, "cong tac", { tag: "Không có" })).toEqual([]);
    expect(searchIn(files, "cau", { year: "2020" })).toEqual(["/c/"]);
    expect(searchIn(files, "cau", { year: "2019" })).toEqual([]);
  });

  it("shards posting lists the same way in the plugin and in the browser, and keeps result files small", () => {
    for (const key of ["cong", "=công", "#s:CAND", "#t:Bộ Công an", "đ"]) for (const n of [1, 7, 64]) expect(shardOf(key, n)).toBe(coreShardOf(key, n));
    const many = Array.from({ length: 2 * DOC_CHUNK + 5 }, (_, i) => doc({ url: `/n${i}/`, title: `Tin số ${i}`, paragraphs: [`Nội dung ${"chữ ".repeat(400)}`] }));
    const big = buildSearchIndex(many);
    expect([...big.files.keys()].filter((f) => f.startsWith("d/")).sort()).toEqual(["d/0.json", "d/1.json", "d/2.json"]);
    for (const [name, text] of big.files) if (name.startsWith("d/")) expect(text.length).toBeLessThan(DOC_CHUNK * 1100);
    expect(searchIn(big.files, `tin so ${2 * DOC_CHUNK + 4}`)).toEqual([`/n${2 * DOC_CHUNK + 4}/`]);
  });

  it("decodes large article numbers and gaps (several bytes a gap)", () => {
    const spread = Array.from({ length: 3 }, (_, i) => doc({ url: `/s${i}/`, title: i === 2 ? "hiếm" : `bài ${i}`, epochMs: i }));
    const filler = Array.from({ length: 20_000 }, (_, i) => doc({ url: `/f${String(i).padStart(5, "0")}/`, title: "tin", epochMs: 10 + i }));
    const built = buildSearchIndex([...spread, ...filler]);
    expect(searchIn(built.files, "hiem")).toEqual(["/s2/"]);
    expect(searchIn(built.files, "tin").length).toBe(20_000);
  });
});

describe("the search page's text helpers", () => {
  it("folds tones, other diacritics and đ, in NFC or NFD", () => {
    expect(fold("Bảo đảm công tác Đảng")).toBe("bao dam cong tac dang");
    expect(fold("Trần Quốc Tỏ".normalize("NFD"))).toBe("tran quoc to");
    expect(fold("hoá")).toBe(fold("hóa"));
    expect(fold("thuỷ")).toBe(fold("thủy"));
  });
  it("reads a query as terms: folded, with the exact spelling when typed with marks, each once", () => {
    expect(queryTerms("Bảo đảm bảo  dang")).toEqual([{ folded: "bao", exact: "=bảo" }, { folded: "dam", exact: "=đảm" }, { folded: "dang", exact: null }]);
    expect(queryTerms("  ")).toEqual([]);
  });
  it("marks matched words and escapes the rest", () => {
    expect(markWords("Bảo đảm <an> ninh & Đảng", new Set(["dang", "an"]))).toBe("Bảo đảm &lt;<mark>an</mark>&gt; ninh &amp; <mark>Đảng</mark>");
    expect(markWords("Dịch COVID-19 giảm", new Set(["covid"]))).toBe("Dịch <mark>COVID-19</mark> giảm");
  });
  it("shows the part of a long excerpt around the first match", () => {
    const text = `${"mở đầu ".repeat(60)}Trần Quốc Tỏ phát biểu ${"kết thúc ".repeat(60)}`;
    const shown = excerptAround(text, new Set(["to"]), 120);
    expect(shown).toContain("Trần Quốc Tỏ");
    expect(shown.startsWith("… ")).toBe(true);
    expect(shown.length).toBeLessThan(140);
    expect(excerptAround("ngắn", new Set(["x"]))).toBe("ngắn");
  });
});

describe("search records", () => {
  const article: IndexedArticle = {
    id: "./src/news/a.txt", url: "/2021/12/08/bai/", title: "Bảo đảm công tác Đảng", date: "2021-12-08T17:50:00+07:00", epochMs: Date.parse("2021-12-08T17:50:00+07:00"),
    keys: { year: "2021", month: "12", day: "08" }, dateText: "Thứ tư, 8/12/2021, 17:50", lead: "Ngày 7-12 …", author: "Minh Anh",
    updated: null, updatedText: null, dayUrl: "/2021/12/08/", summary: "Ngày 7-12 …", authors: [{ name: "Minh Anh", key: "minh-anh", url: "/authors/minh-anh/" }],
    source: { name: "CAND", key: "cand", url: "/sources/cand/" }, tags: [{ name: "Bộ Công an", key: "bo-cong-an", url: "/tags/bo-cong-an/" }],
  };
  it("holds the title, every block, byline, source and tags, and what a result prints and is filtered by", () => {
    const r = searchDoc(article, ["Ngày 7-12 …", "Thứ trưởng Trần Quốc Tỏ."], "/2021/12/08/bai/");
    expect(r).toMatchObject({ url: "/2021/12/08/bai/", title: "Bảo đảm công tác Đảng", paragraphs: ["Ngày 7-12 …", "Thứ trưởng Trần Quốc Tỏ."], extra: ["Minh Anh", "CAND", "Bộ Công an"] });
    expect(r).toMatchObject({ year: "2021", source: "CAND", tags: ["Bộ Công an"], datetime: "2021-12-08T17:50:00+07:00", dateText: "Thứ tư, 8/12/2021, 17:50" });
    const undated = searchDoc({ ...article, date: null, epochMs: null, keys: null, dateText: null }, [], "/u/");
    expect(undated.year).toBeNull();
    expect(undated.epochMs).toBeNull();
  });
});

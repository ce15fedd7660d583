/** Vietnamese search: what the client runs for a query, and what the index holds for an article. */
import { describe, expect, it } from "vitest";
// The search page's own module (plain JavaScript, served as is).
import { fold, mergeResults, queryVariants } from "../../_includes/news-archive/search.js";
import type { IndexedArticle } from "../../plugin/core/archive-index.ts";
import { searchRecord } from "../../plugin/core/search-records.ts";

describe("Vietnamese query folding", () => {
  it("folds tones, other diacritics and đ, in NFC or NFD", () => {
    expect(fold("Bảo đảm công tác Đảng")).toBe("bao dam cong tac dang");
    expect(fold("Trần Quốc Tỏ".normalize("NFD"))).toBe("tran quoc to");
    // Tone placement: old and new style fold to one spelling.
    expect(fold("hoá")).toBe(fold("hóa"));
    expect(fold("thuỷ")).toBe(fold("thủy"));
  });

  it("tries đ for each word typed with a plain initial d, as typed first", () => {
    expect(queryVariants("dang uy")).toEqual(["dang uy", "đang uy"]);
    expect(queryVariants("bao dam cong tac dang")).toEqual(["bao dam cong tac dang", "bao dam cong tac đang", "bao đam cong tac dang", "bao đam cong tac đang"]);
    expect(queryVariants("Dân")).toEqual(["Dân", "Đân"]);
    expect(queryVariants("Đảng đường")).toEqual(["Đảng đường"]); // typed with đ: exact only
    expect(queryVariants("tran quoc to")).toEqual(["tran quoc to"]);
    expect(queryVariants("  ")).toEqual([]);
    expect(queryVariants("d ".repeat(10)).length).toBe(16);
    expect(queryVariants("hoa\u0301".normalize("NFD"))[0]).toBe("hoá".normalize("NFC"));
  });

  it("merges the variants' results, each page once with its best score", () => {
    const merged = mergeResults([
      [{ id: "a", score: 1 }, { id: "b", score: 2 }],
      [{ id: "a", score: 3 }, { id: "c", score: 2 }],
    ]);
    expect(merged.map((r: { id: string; score: number }) => [r.id, r.score])).toEqual([["a", 3], ["b", 2], ["c", 2]]);
  });
});

describe("search records", () => {
  const article: IndexedArticle = {
    id: "./src/news/a.txt", url: "/2021/12/08/bai/", title: "Bảo đảm công tác Đảng", date: "2021-12-08T17:50:00+07:00", epochMs: Date.parse("2021-12-08T17:50:00+07:00"),
    keys: { year: "2021", month: "12", day: "08" }, dateText: "Thứ tư, 8/12/2021, 17:50", lead: "Ngày 7-12 …", author: "Minh Anh",
    updated: null, updatedText: null, dayUrl: "/2021/12/08/", summary: "Ngày 7-12 …", authors: [{ name: "Minh Anh", key: "minh-anh", url: "/authors/minh-anh/" }],
    source: { name: "CAND", key: "cand", url: "/sources/cand/" }, tags: [{ name: "Bộ Công an", key: "bo-cong-an", url: "/tags/bo-cong-an/" }],
  };
  it("holds the title, every block, byline, source and tags, with filters, meta and a time-ordered sort key", () => {
    const r = searchRecord(article, ["Ngày 7-12 …", "Thứ trưởng Trần Quốc Tỏ."], "/archive/2021/12/08/bai/");
    expect(r.url).toBe("/archive/2021/12/08/bai/");
    expect(r.content.split("\n")).toEqual(["Bảo đảm công tác Đảng", "Ngày 7-12 …", "Thứ trưởng Trần Quốc Tỏ.", "Minh Anh", "CAND", "Bộ Công an"]);
    expect(r.filters).toEqual({ source: ["CAND"], year: ["2021"], tag: ["Bộ Công an"] });
    expect(r.meta).toEqual({ title: "Bảo đảm công tác Đảng", date: "Thứ tư, 8/12/2021, 17:50", datetime: "2021-12-08T17:50:00+07:00", source: "CAND" });
    expect(r.sort.date).toBe("2021-12-08T10:50:00.000Z");
    const undated = searchRecord({ ...article, date: null, epochMs: null, keys: null, dateText: null }, [], "/u/");
    expect(undated.sort.date! < r.sort.date!).toBe(true);
    expect(undated.filters.year).toBeUndefined();
  });
});

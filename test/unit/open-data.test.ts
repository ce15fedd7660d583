/** Open-data rows: JSON lines, RFC 4180 CSV records, word counts, tag and source rows; citations. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArchiveIndex, type ArticleRecord } from "../../plugin/core/archive-index.ts";
import { citation } from "../../plugin/core/citation.ts";
import { dateKeys, formatVietnameseDate } from "../../plugin/core/format-date.ts";
import { ARTICLE_FIELDS, articleRow, csvField, csvHeader, csvRow, jsonLine, termRows, wordCount } from "../../plugin/core/open-data.ts";
import { dateLabels } from "../../plugin/i18n.ts";
import { getDefaults } from "../../plugin/options.ts";

const d = getDefaults();
const records: ArticleRecord[] = [
  { id: "a", url: "/2021/12/08/a/", title: 'Cầu "mới", thông xe', date: "2021-12-08T17:50:00+07:00", dateHasTime: true, updated: "2021-12-09T08:15:00+07:00", lead: "Dòng một\ndòng hai", author: "Minh Anh - Hoàng Nam", source: "CAND", tags: ["Hà Nội", "Giao thông"] },
  { id: "b", url: "/undated/b/", title: "Không ngày", date: null, dateHasTime: false, lead: "", author: "PV", source: null, tags: [] },
];
const index = buildArchiveIndex(records, {
  zone: d.zone, pageSize: 50, permalinks: d.permalinks, collation: "vi", dateKeys,
  formatDate: (iso, zone, withTime) => formatVietnameseDate(iso, zone, { withTime }),
  labels: dateLabels("vi"),
});
const a = index.byId.get("a")!;
const b = index.byId.get("b")!;

describe("article rows", () => {
  it("hold the fields in the documented order", () => {
    const row = articleRow(a, "https://example.org/2021/12/08/a/", "2021/a.txt", wordCount(["Một hai ba.", "COVID-19 ngày 7-12."]));
    expect(Object.keys(row)).toEqual([...ARTICLE_FIELDS]);
    expect(row).toEqual({
      url: "https://example.org/2021/12/08/a/",
      title: 'Cầu "mới", thông xe',
      date: "2021-12-08T17:50:00+07:00",
      updated: "2021-12-09T08:15:00+07:00",
      source: "CAND",
      author: "Minh Anh - Hoàng Nam",
      tags: ["Hà Nội", "Giao thông"], // as the article lists them
      lead: "Dòng một\ndòng hai",
      wordCount: 6,
      file: "2021/a.txt",
    });
    expect(articleRow(b, "/undated/b/", "b.txt", wordCount([]))).toMatchObject({ date: null, updated: null, source: null, tags: [], wordCount: 0 });
  });

  it("count words as runs of letters and digits", () => {
    expect(wordCount(["Bảo đảm công tác Đảng, công tác chính trị."])).toBe(9);
    expect(wordCount(["COVID-19 ngày 7-12 — 100 người", "  "])).toBe(5);
    expect(wordCount([])).toBe(0);
    expect(wordCount(["a--b a.b. l'eau 𝐀𝐁 🙂 x’y"])).toBe(6);
  });

  it("counts words as the pattern `[\\p{L}\\p{N}\\p{M}]+(?:[-'’.][\\p{L}\\p{N}\\p{M}]+)*` does, on any text", () => {
    const pattern = /[\p{L}\p{N}\p{M}]+(?:[-'’.][\p{L}\p{N}\p{M}]+)*/gu;
    const pieces = fc.constantFrom("a", "Đ", "ệ", "\u0301", "7", "-", "'", "’", ".", " ", ",", "—", "\u00A0", "𝐀", "🙂", "\uD800", "\uDC00", "ß", "中");
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 30 }).map((a) => a.join("")), { maxLength: 4 }), (paragraphs) => {
        expect(wordCount(paragraphs)).toBe(paragraphs.reduce((n, p) => n + (p.match(pattern)?.length ?? 0), 0));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
    // Every character below U+3000 (the table's range and past it) alone, and joining or splitting two words.
    for (let c = 0; c < 0x3000; c++) {
      const p = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)} x-${String.fromCharCode(c)}`;
      expect(wordCount([p]), c.toString(16)).toBe(p.match(pattern)?.length ?? 0);
    }
  });

  it("become one JSON line each, safe as JavaScript too", () => {
    expect(jsonLine({ t: "a\u2028b", n: null })).toBe('{"t":"a\\u2028b","n":null}\n');
    expect(JSON.parse(jsonLine({ lead: "x\ny" }))).toEqual({ lead: "x\ny" });
  });

  it("become RFC 4180 CSV records: quoted only when needed, quotes doubled, CRLF, tags joined with '; '", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
    expect(csvHeader()).toBe("url,title,date,updated,source,author,tags,lead,wordCount,file\r\n");
    const row = articleRow(a, "/a/", "a.txt", wordCount(["Một hai."]));
    expect(csvRow(row)).toBe(`/a/,"Cầu ""mới"", thông xe",2021-12-08T17:50:00+07:00,2021-12-09T08:15:00+07:00,CAND,Minh Anh - Hoàng Nam,${row.tags.join("; ")},"Dòng một\ndòng hai",2,a.txt\r\n`);
  });

  it("list tags and sources with slug, count and absolute URL", () => {
    expect(termRows(index.sources, (u) => `https://example.org${u}`)).toEqual([{ name: "CAND", slug: "cand", count: 1, url: "https://example.org/sources/cand/" }]);
  });
});

describe("citations", () => {
  it("name the people of the byline, the title, the outlet and the date, and leave the accessed date to the reader", () => {
    const c = citation(a, "https://example.org/2021/12/08/a/", { accessed: "(truy cập ngày …)", siteTitle: "Kho tin" });
    expect(c.text).toBe("Minh Anh, Hoàng Nam, “Cầu \"mới\", thông xe”, CAND, Thứ Tư, 8 tháng 12, 2021.");
    expect(c.accessed).toBe("(truy cập ngày …)");
    expect(c.meta).toEqual({ title: 'Cầu "mới", thông xe', authors: ["Minh Anh", "Hoàng Nam"], publicationDate: "2021/12/08", publisher: "CAND", publicUrl: "https://example.org/2021/12/08/a/" });
  });

  it("keep a staff byline as written but not as an author, and fall back to the archive as publisher", () => {
    const c = citation(b, "/undated/b/", { accessed: "(accessed …)", siteTitle: "Kho tin" });
    expect(c.text).toBe("PV, “Không ngày”, Kho tin.");
    expect(c.meta).toMatchObject({ authors: [], publicationDate: null, publisher: "Kho tin" });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../plugin/core/parse-article.ts";
import type { ParseResult } from "../../plugin/core/types.ts";

function titleOrError(r: ParseResult): boolean {
  return r.data.title.trim().length > 0 || r.diagnostics.some((d) => d.severity === "error");
}

const newsLike = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom("", "Thứ tư, 08/12/2021 17:50", "31/02/2021", "Theo CAND", "---", "title: x", "Nguồn: https://x.vn", "Minh Anh", "Từ khóa: a, b", "\r", "\u200b", "Ảnh: A"),
      fc.string({ unit: "grapheme" }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join("\n"));

describe("parser properties", () => {
  it("never throws and returns a title or an error on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), newsLike), (s) => {
        const r = parseArticle(s, "x.txt");
        expect(titleOrError(r)).toBe(true);
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws and returns a title or an error on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expect(titleOrError(parseArticle(bytes, "x.txt"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("returns NFC text only", () => {
    fc.assert(
      fc.property(newsLike, (s) => {
        const r = parseArticle(s.normalize("NFD"), "x.txt");
        expect(r.data.title).toBe(r.data.title.normalize("NFC"));
        for (const b of r.body) expect(b.text).toBe(b.text.normalize("NFC"));
      }),
      { numRuns: 500 },
    );
  });
});

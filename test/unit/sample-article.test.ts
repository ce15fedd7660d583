import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../plugin/core/parse-article.ts";

const file = "test/fixtures/raw/sample-article.txt";
const bytes = readFileSync(new URL("../fixtures/raw/sample-article.txt", import.meta.url));
const raw = bytes.toString("utf8");
const { data, body, diagnostics } = parseArticle(bytes, file);

describe("the user's sample article", () => {
  it("reads the title as written", () => {
    expect(data.title).toBe("Bảo đảm công tác Đảng, công tác chính trị bám sát thực tiễn");
  });

  it("reads the date line in Hà Nội time", () => {
    expect(data.date).toBe("2021-12-08T17:50:00+07:00");
    expect(data.dateHasTime).toBe(true);
    expect(data.dateLine).toBe("Thứ tư, 08/12/2021 17:50");
  });

  it("takes the source from the final attribution and removes it from the body", () => {
    expect(data.source).toBe("CAND");
    expect(body.some((b) => b.text === "Theo CAND")).toBe(false);
  });

  it("does not mistake the 'Theo báo cáo…' paragraph for an attribution", () => {
    expect(body.some((b) => b.text.startsWith("Theo báo cáo tại Hội nghị"))).toBe(true);
  });

  it("takes the lead from the first paragraph", () => {
    expect(data.lead.startsWith("Ngày 7-12, Bộ Công an")).toBe(true);
  });

  it("marks exactly the two photo captions", () => {
    const captions = body.filter((b) => b.kind === "caption").map((b) => b.text);
    expect(captions).toEqual([
      "Thứ trưởng Trần Quốc Tỏ và các đại biểu tham dự Hội nghị.",
      "Trung tướng Trần Quốc Tỏ- Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì Hội nghị.",
    ]);
  });

  it("loses and duplicates no body paragraph", () => {
    const paragraphs = raw.split(/\n\s*\n/).map((p) => p.trim().replace(/\s+/g, " ")).filter(Boolean);
    // title, date line and attribution are not body text
    const expected = paragraphs.slice(2, -1);
    expect(body.map((b) => b.text)).toEqual(expected);
    expect(new Set(body.map((b) => b.text)).size).toBe(body.length);
  });

  it("points body blocks at their lines in the file", () => {
    const lines = raw.split("\n");
    for (const b of body) expect(lines[b.line - 1]!.replace(/\s+/g, " ").trim()).toBe(b.text);
  });

  it("has a Vietnamese slug and no diagnostics", () => {
    expect(data.slug).toBe("bao-dam-cong-tac-dang-cong-tac-chinh-tri-bam-sat-thuc-tien");
    expect(diagnostics).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle } from "../../plugin/core/parse-article.ts";

const LEAD = "Sáng 3-5, Ủy ban nhân dân thành phố Đà Nẵng tổ chức lễ khánh thành cây cầu mới bắc qua sông Hàn, công trình được người dân chờ đợi suốt nhiều năm và là điểm nhấn của chương trình chỉnh trang đô thị.";
const PARA = "Theo kế hoạch, cây cầu dài gần 700 mét, gồm sáu làn xe, được xây dựng trong ba năm với tổng vốn đầu tư hơn 1.000 tỷ đồng. Chủ đầu tư cho biết công trình đã vượt tiến độ hai tháng nhờ điều kiện thời tiết thuận lợi và sự phối hợp chặt chẽ giữa các đơn vị thi công.";

function article(...parts: string[]): string {
  return parts.join("\n\n");
}
const parse = (text: string | Uint8Array, opts = {}) => parseArticle(text, "news/a.txt", opts);
const rules = (r: ReturnType<typeof parse>) => r.diagnostics.map((d) => d.ruleId);

describe("bytes and text forms", () => {
  const text = article("Cầu mới ở Đà Nẵng", "Thứ hai, 03/05/2021 09:15", LEAD, PARA, "Theo VnExpress");
  const reference = parse(text);

  it("reads CRLF line endings like LF", () => {
    expect(parse(text.replace(/\n/g, "\r\n"))).toEqual(reference);
  });
  it("reads lone CR line endings like LF", () => {
    expect(parse(text.replace(/\n/g, "\r"))).toEqual(reference);
  });
  it("reads UTF-8 with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    expect(parse(bytes)).toEqual(reference);
  });
  it("reads UTF-16 LE with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(parse(bytes)).toEqual(reference);
  });
  it("reads UTF-16 BE with a byte-order mark", () => {
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(parse(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(reference);
  });
  it("normalises NFD text to NFC", () => {
    const r = parse(text.normalize("NFD"));
    expect(r.data.title).toBe("Cầu mới ở Đà Nẵng");
    expect(r.data.title).toBe(r.data.title.normalize("NFC"));
    expect(r).toEqual(reference);
  });
  it("removes non-breaking and zero-width spaces", () => {
    const r = parse(text.replace("Cầu mới", "Cầu\u00a0\u200bmới"));
    expect(r.data.title).toBe("Cầu mới ở Đà Nẵng");
  });
  it("gives the same result for a string and its UTF-8 bytes", () => {
    expect(parse(Buffer.from(text, "utf8"))).toEqual(reference);
  });
  it("reports bytes that are not UTF-8 with their offset instead of mojibake", () => {
    const bytes = Buffer.concat([Buffer.from("Tiêu đề\n\nNội dung ", "utf8"), Buffer.from([0xe0, 0x41]), Buffer.from(" tiếp", "utf8")]);
    const r = parse(bytes);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", ruleId: "invalid-encoding", line: 3, file: "news/a.txt" });
    expect(r.diagnostics[0]!.reason).toContain(`offset ${Buffer.byteLength("Tiêu đề\n\nNội dung ")}`);
    expect(r.data.title).toBe("");
    expect(r.body).toEqual([]);
  });
  it("reports a Windows-1258 file as not UTF-8", () => {
    // "Hà Nội" in Windows-1258: H, 0xE0, space, N, 0xF4, 0xD2 (combining dot), i
    const r = parse(Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xd2, 0x69]));
    expect(rules(r)).toEqual(["invalid-encoding"]);
    expect(r.diagnostics[0]!.reason).toContain("offset 1");
  });
  it("reports NUL bytes as binary data", () => {
    expect(rules(parse(Buffer.from([0x41, 0x00, 0x42])))).toEqual(["invalid-encoding"]);
  });
  it("reports UTF-16 without a byte-order mark", () => {
    const r = parse(Buffer.from("Tiêu đề bài\n\nThứ tư, 08/12/2021", "utf16le"));
    expect(rules(r)).toContain("invalid-encoding");
  });
});

describe("title and date line", () => {
  it("finds the date line when it is not the second line", () => {
    const r = parse(article("Cầu mới ở Đà Nẵng", "Thời sự - Xã hội", "Thứ hai, 03/05/2021 09:15", LEAD));
    expect(r.data.date).toBe("2021-05-03T09:15:00+07:00");
    expect(r.body.map((b) => b.text)).toEqual(["Thời sự - Xã hội", LEAD]);
  });
  it("reads a byline between title and date line as the author", () => {
    const r = parse(article("Cầu mới ở Đà Nẵng", "Tác giả: Minh Anh", "Thứ hai, 03/05/2021 09:15", LEAD));
    expect(r.data.author).toBe("Minh Anh");
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
  });
  it.each([
    ["Minh Anh | Thứ hai, 03/05/2021 09:15", "Minh Anh"],
    ["Thứ hai, 03/05/2021 09:15 | Minh Anh", "Minh Anh"],
    ["03/05/2021 09:15 - PV", "PV"],
  ])("reads a byline written on the date line: %s", (line, author) => {
    const r = parse(article("Cầu mới", line, LEAD));
    expect(r.data.date).toBe("2021-05-03T09:15:00+07:00");
    expect(r.data.author).toBe(author);
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
  });
  it("reads a place before the date (Hà Nội, ngày 03/05/2021)", () => {
    const r = parse(article("Cầu mới", "Hà Nội, ngày 03/05/2021", LEAD));
    expect(r.data.date).toBe("2021-05-03T00:00:00+07:00");
  });
  it("drops a 'Tiêu đề:' label from the title", () => {
    expect(parse(article("Tiêu đề: Cầu mới", "03/05/2021 09:15", LEAD)).data.title).toBe("Cầu mới");
  });
  it("accepts a date line before the title", () => {
    const r = parse(article("03/05/2021 09:15", "Cầu mới ở Đà Nẵng", LEAD));
    expect(r.data.title).toBe("Cầu mới ở Đà Nẵng");
    expect(r.data.date).toBe("2021-05-03T09:15:00+07:00");
  });
  it("warns about a missing date line and never invents a date", () => {
    const r = parse(article("Cầu mới ở Đà Nẵng", LEAD, PARA));
    expect(r.data.date).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: "warning", ruleId: "missing-date-line", line: 3 })]);
    expect(r.body).toHaveLength(2);
  });
  it("reports an impossible date as an error and leaves the article undated", () => {
    const r = parse(article("Cầu mới", "31/02/2021 10:00", LEAD));
    expect(r.data.date).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: "error", ruleId: "invalid-date", line: 3 })]);
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
  });
  it("reports an impossible time as an error", () => {
    const r = parse(article("Cầu mới", "Thứ hai, 03/05/2021 25:61", LEAD));
    expect(r.data.date).toBeNull();
    expect(rules(r)).toEqual(["invalid-date"]);
  });
  it("warns when the weekday contradicts the date but keeps the date", () => {
    const r = parse(article("Cầu mới", "Thứ hai, 08/12/2021 17:50", LEAD));
    expect(r.data.date).toBe("2021-12-08T17:50:00+07:00");
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: "warning", ruleId: "weekday-mismatch", line: 3 })]);
  });
  it("accepts a date without a time", () => {
    const r = parse(article("Cầu mới", "Thứ Hai, 3/5/2021", LEAD));
    expect(r.data.date).toBe("2021-05-03T00:00:00+07:00");
    expect(r.data.dateHasTime).toBe(false);
  });
  it("interprets wall time in the configured zone", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15", LEAD), { zone: "UTC" });
    expect(r.data.date).toBe("2021-05-03T09:15:00+00:00");
  });
  it("lets an offset on the line win over the configured zone", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15 GMT+7", LEAD), { zone: "America/New_York" });
    expect(new Date(r.data.date!).toISOString()).toBe("2021-05-03T02:15:00.000Z");
  });
  it("reads an 'updated' line after the publication line", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15", "Cập nhật: 04/05/2021 10:00", LEAD));
    expect(r.data.date).toBe("2021-05-03T09:15:00+07:00");
    expect(r.data.updated).toBe("2021-05-04T10:00:00+07:00");
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
  });
  it("reports an empty file as having no title", () => {
    expect(rules(parse(""))).toEqual(["missing-title"]);
    expect(rules(parse(" \n\u200b\n\t\n"))).toEqual(["missing-title"]);
  });
  it("warns about a title with no body", () => {
    const r = parse("Chỉ có tiêu đề\n");
    expect(r.data.title).toBe("Chỉ có tiêu đề");
    expect(rules(r)).toEqual(["missing-date-line", "empty-body"]);
  });
  it("counts diagnostic lines in the original file, front matter and CRLF included", () => {
    const text = ["---", "author: Lan", "---", "Cầu mới", "", "Thứ hai, 08/12/2021 17:50", "", LEAD].join("\r\n");
    const r = parse(text);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: "weekday-mismatch", line: 6, column: 1 });
  });
});

describe("paragraphs and captions", () => {
  it("handles one paragraph per line without blank lines", () => {
    const r = parse(["Cầu mới", "03/05/2021 09:15", LEAD, PARA, "Theo VnExpress"].join("\n"));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
    expect(r.data.source).toBe("VnExpress");
  });
  it("joins hard-wrapped prose into one paragraph", () => {
    const wrapped = "Ủy ban nhân dân thành phố Đà Nẵng hôm nay tổ chức lễ khánh\nthành cây cầu mới bắc qua sông Hàn, công trình được người dân\nchờ đợi suốt nhiều năm.";
    const r = parse(article("Cầu mới", "03/05/2021 09:15", wrapped));
    expect(r.body).toHaveLength(1);
    expect(r.body[0]!.text).toBe(wrapped.replace(/\n/g, " "));
  });
  it("marks lines ending in (Ảnh: …) as captions", () => {
    const cap = "Cầu mới nhìn từ trên cao (Ảnh: Minh Hà).";
    const r = parse(article("Cầu mới", "03/05/2021 09:15", LEAD, PARA, cap, PARA + " Thêm."));
    expect(r.body.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "caption", "paragraph"]);
  });
  it("keeps an ordinary short paragraph in the middle as a paragraph", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15", LEAD, PARA, "Buổi lễ kết thúc lúc 11 giờ.", PARA + " Thêm."));
    expect(r.body.every((b) => b.kind === "paragraph")).toBe(true);
  });
  it("does not turn a short quoted remark after the lead into a caption", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15", LEAD, "“Chúng tôi rất vui”, một người dân nói.", PARA));
    expect(r.body.every((b) => b.kind === "paragraph")).toBe(true);
  });
  it("keeps template syntax in the text as text", () => {
    const r = parse(article("Cầu {{ title }}", "03/05/2021 09:15", "Đoạn {% raw %} và {{ x }} giữ nguyên, dài đủ để là một đoạn văn bình thường của bài báo."));
    expect(r.data.title).toBe("Cầu {{ title }}");
    expect(r.body[0]!.text).toContain("{% raw %} và {{ x }}");
  });
});

describe("closing lines: source, author, keywords", () => {
  const base = ["Cầu mới", "03/05/2021 09:15", LEAD, PARA];
  const closing = (...lines: string[]) => parse(article(...base, ...lines));

  it.each([
    ["Theo CAND", "CAND", null],
    ["Theo báo Tuổi Trẻ", "Tuổi Trẻ", null],
    ["(Theo TTXVN)", "TTXVN", null],
    ["Nguồn: VnExpress", "VnExpress", null],
    ["Theo Dân trí", "Dân trí", null],
    ["Theo Bộ Y tế", "Bộ Y tế", null],
    ["Nguồn: https://tuoitre.vn/cau-moi-123.htm", "Tuổi Trẻ", "https://tuoitre.vn/cau-moi-123.htm"],
    ["Nguồn: Báo Thanh Niên (https://thanhnien.vn/cau-moi.html)", "Thanh Niên", "https://thanhnien.vn/cau-moi.html"],
    ["Nguồn: https://example.org/bai/1", "example.org", "https://example.org/bai/1"],
    ["Theo Reuters, AFP", "Reuters, AFP", null],
    ["Theo VnExpress.net", "VnExpress", null],
    ["(Nguồn: TTXVN)", "TTXVN", null],
    ["Nguồn tin: VOV", "VOV", null],
  ])("reads %s as source %s", (line, source, url) => {
    const r = closing(line);
    expect(r.data.source).toBe(source);
    expect(r.data.sourceUrl).toBe(url);
    expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
  });

  it.each([
    "Theo ông Nguyễn Văn An, cây cầu sẽ giúp giảm ùn tắc.",
    "Theo kế hoạch, cầu thông xe vào tháng sau.",
    "Theo đó, người dân được đi lại miễn phí.",
    "Nguồn vốn chủ yếu từ ngân sách thành phố.",
  ])("does not take the body sentence %s as a source", (line) => {
    const r = closing(line);
    expect(r.data.source).toBeNull();
    expect(r.body.at(-1)!.text).toBe(line);
  });

  it.each([["Minh Anh"], ["PV"], ["Nhóm PV"], ["Minh Anh - Hoàng Nam"], ["Nguyễn Thị Thu Hà"], ["Bài, ảnh: Lê Văn Hùng"]])(
    "reads the byline %s as author",
    (line) => {
      const r = closing(line);
      expect(r.data.author).toBe(line.replace(/^Bài, ảnh: /, ""));
      expect(r.data.source).toBeNull();
      expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
    },
  );
  it("reads 'Minh Anh (tổng hợp)' as the author", () => {
    expect(closing("Minh Anh (tổng hợp)").data.author).toBe("Minh Anh");
  });
  it("does not take a long comma sentence after 'Theo' as several agencies", () => {
    expect(closing("Theo Reuters, giá dầu sẽ còn tăng trong những tuần tới").data.source).toBeNull();
  });
  it("reads a byline after the attribution", () => {
    const r = closing("Theo CAND", "Hoàng Long");
    expect(r.data).toMatchObject({ source: "CAND", author: "Hoàng Long" });
    expect(r.body).toHaveLength(2);
  });
  it("reads a byline before the attribution", () => {
    const r = closing("Hoàng Long", "(Theo Dân trí)");
    expect(r.data).toMatchObject({ source: "Dân trí", author: "Hoàng Long" });
  });
  it.each([
    ["PV (TTXVN)", "PV", "TTXVN"],
    ["Minh Anh - Theo VnExpress", "Minh Anh", "VnExpress"],
    ["T.Anh (tổng hợp)", "T.Anh", null],
  ])("reads %s as author and source", (line, author, source) => {
    expect(closing(line).data).toMatchObject({ author, source });
  });
  it("reads 'Minh Anh (theo Reuters)' as author and source", () => {
    expect(closing("Minh Anh (theo Reuters)").data).toMatchObject({ source: "Reuters", author: "Minh Anh" });
  });
  it("reads a keyword line as tags and removes it", () => {
    const r = closing("Theo CAND", "Từ khóa: COVID-19, Đà Nẵng , cầu Rồng");
    expect(r.data.tags).toEqual(["COVID-19", "Đà Nẵng", "cầu Rồng"]);
    expect(r.data.source).toBe("CAND");
    expect(r.body).toHaveLength(2);
  });
  it("reads 'Tags:' with semicolons", () => {
    expect(closing("Tags: giao thông; Đà Nẵng").data.tags).toEqual(["giao thông", "Đà Nẵng"]);
  });
  it("takes the source from an outlet in brackets before the lead when there is no attribution", () => {
    const r = parse(article("Cầu mới", "03/05/2021 09:15", `(Dân trí) - ${LEAD}`, PARA));
    expect(r.data.source).toBe("Dân trí");
    expect(r.data.lead).toBe(`(Dân trí) - ${LEAD}`);
    expect(parse(article("Cầu mới", "03/05/2021 09:15", `(ảnh minh họa) - ${LEAD}`, PARA)).data.source).toBeNull();
  });
  it("leaves an article that ends with a paragraph without source or author", () => {
    const r = closing();
    expect(r.data.source).toBeNull();
    expect(r.data.author).toBeNull();
    expect(r.body).toHaveLength(2);
  });
});

describe("front matter overrides", () => {
  const body = article("Cầu mới", "03/05/2021 09:15", LEAD, "Theo VnExpress");
  it("overrides derived fields and passes other keys through", () => {
    const r = parse(`---\ntitle: Cầu Rồng mới\ndate: 2021-05-04 08:00\ntags: [Đà Nẵng, giao thông]\nsource: Tuổi Trẻ\nauthor: Lan Anh\nslug: cau-rong\ndraft: true\nsection: Thời sự\n---\n${body}`);
    expect(r.data).toMatchObject({
      title: "Cầu Rồng mới",
      date: "2021-05-04T08:00:00+07:00",
      tags: ["Đà Nẵng", "giao thông"],
      source: "Tuổi Trẻ",
      author: "Lan Anh",
      slug: "cau-rong",
      draft: true,
      section: "Thời sự",
    });
    expect(r.diagnostics).toEqual([]);
  });
  it("accepts tags as a comma-separated string", () => {
    expect(parse(`---\ntags: a, b\n---\n${body}`).data.tags).toEqual(["a", "b"]);
  });
  it("fixes a missing date line with front matter, and the warning goes", () => {
    const r = parse(`---\ndate: 2021-05-04T08:00:00+07:00\n---\nCầu mới\n\n${LEAD}`);
    expect(r.data.date).toBe("2021-05-04T08:00:00+07:00");
    expect(r.diagnostics).toEqual([]);
  });
  it("fixes an impossible date line with front matter, and the error goes (regression)", () => {
    const r = parse(`---\ndate: 2021-02-28 10:00\n---\nCầu mới\n\n31/02/2021 10:00\n\n${LEAD}`);
    expect(r.data.date).toBe("2021-02-28T10:00:00+07:00");
    expect(r.diagnostics).toEqual([]);
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
  });
  it("merges front matter tags with a keyword line (regression)", () => {
    expect(parse(`---\ntags: [A]\n---\n${body}\n\nTừ khóa: B, C`).data.tags).toEqual(["A", "B", "C"]);
  });
  it("reports invalid YAML with its line", () => {
    const r = parse(`---\ntitle: [unclosed\n---\n${body}`);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", ruleId: "invalid-front-matter" });
    expect(r.data.title).toBe("Cầu mới");
  });
  it("reports front matter that is never closed", () => {
    expect(rules(parse(`---\ntitle: x\n${body}`))).toContain("invalid-front-matter");
  });
  it("reports an unreadable front-matter date", () => {
    const r = parse(`---\ndate: hôm qua\n---\n${body}`);
    expect(r.data.date).toBeNull();
    expect(rules(r)).toEqual(["invalid-date"]);
  });
});

describe("slug", () => {
  it("is cut at a word boundary near 80 characters", () => {
    const title = "Thủ tướng yêu cầu các bộ ngành địa phương đẩy nhanh tiến độ giải ngân vốn đầu tư công trong những tháng cuối năm";
    const r = parse(article(title, "03/05/2021 09:15", LEAD));
    expect(r.data.slug.length).toBeLessThanOrEqual(80);
    expect(r.data.slug).toMatch(/^thu-tuong-yeu-cau-cac-bo-nganh-dia-phuong-[a-z0-9-]*[a-z0-9]$/);
    expect("thu-tuong-yeu-cau-cac-bo-nganh-dia-phuong-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-trong").toContain(r.data.slug);
  });
  it("comes from the file name when the title has no letters or digits", () => {
    const r = parseArticle(article("!!!", "03/05/2021 09:15", LEAD), "news/Bài số một.txt");
    expect(r.data.slug).toBe("bai-so-mot");
  });
});

import { describe, expect, it } from "vitest";
import { FURNITURE_RULES, isHeadlineShaped, matchFurniture, readDateline } from "../../plugin/core/furniture.ts";
import { parseArticle } from "../../plugin/core/parse-article.ts";
import { formatReport } from "../../plugin/report.ts";
import { getDefaults, resolveOptions } from "../../plugin/options.ts";

const LEAD = "Sáng 3-5, Ủy ban nhân dân thành phố Đà Nẵng tổ chức lễ khánh thành cây cầu mới bắc qua sông Hàn, công trình được người dân chờ đợi suốt nhiều năm và là điểm nhấn của chương trình chỉnh trang đô thị.";
const PARA = "Theo kế hoạch, cây cầu dài gần 700 mét, gồm sáu làn xe, được xây dựng trong ba năm với tổng vốn đầu tư hơn 1.000 tỷ đồng. Chủ đầu tư cho biết công trình đã vượt tiến độ hai tháng nhờ điều kiện thời tiết thuận lợi.";
const TITLE = "Đà Nẵng khánh thành cây cầu thứ bảy bắc qua sông Hàn";
const DATE = "Thứ hai, 03/05/2021 09:15";

const parse = (text: string, opts = {}) => parseArticle(text, "news/a.txt", opts);
const article = (...parts: string[]) => parts.join("\n\n");
const removed = (r: ReturnType<typeof parse>) =>
  r.diagnostics.filter((d) => d.ruleId.startsWith("furniture-")).map((d) => [d.line, d.ruleId, d.actual]);
const ruleOf = (line: string, head = false) => matchFurniture(line, head)?.ruleId ?? null;

describe("the rule table", () => {
  it("names every rule once, with a furniture rule id", () => {
    const names = FURNITURE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of FURNITURE_RULES) expect(r.ruleId).toMatch(/^furniture-[a-z-]+$/);
  });
});

describe("section and breadcrumb lines (above the title only)", () => {
  it.each(["Giáo dục", "Thời sự", "THỂ THAO", "Kinh doanh", "Sức khỏe", "Pháp luật", "Thế giới", "Ô tô - Xe máy", "Văn hóa - Giải trí", "Bất động sản"])(
    "reads %s as a section",
    (line) => expect(ruleOf(line, true)).toBe("furniture-section"),
  );
  it.each(["Trang chủ › Xã hội", "Trang chủ › Xã hội › Giao thông", "Thời sự > Giao thông", "Trang chủ / Thế giới", "Kinh doanh » Tài chính", "Xã hội - Giao thông", "Thời sự | Chính trị"])(
    "reads the breadcrumb %s as a section",
    (line) => expect(ruleOf(line, true)).toBe("furniture-section"),
  );
  it("does not read a section name in the body as furniture", () => {
    expect(ruleOf("Giáo dục", false)).toBeNull();
  });
  it.each(["Giá vàng hôm nay 3/5", "Hà Nội / TP.HCM", "Trường tôi / Lớp tôi và những mùa thi", "Thế giới / Nga nói gì", "Thể thao - Bóng đá thắng lớn", "Hà Nội - Hải Phòng", "Hà Nội › Cầu mới"])("does not read %s as a breadcrumb", (line) => {
    expect(ruleOf(line, true)).toBeNull();
  });
  it("reads 'Trở lại Thời sự' (a back link) anywhere, but not 'Trở lại Hà Nội'", () => {
    expect(ruleOf("Trở lại Thời sự")).toBe("furniture-section");
    expect(ruleOf("Trở lại Hà Nội")).toBeNull();
  });
  it("keeps a section name as the title when prose, not a headline, follows its date line", () => {
    const r = parse("Tin nóng\n\n08/12/2021 09:00\n\nNội dung chính của bài được viết để kiểm thử.\n\nĐoạn thứ hai.");
    expect(r.data.title).toBe("Tin nóng");
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith("furniture-"))).toEqual([]);
    // The same name above a date line and a headline is the section of a copied page.
    const copied = parse("Tin nóng\n08/12/2021 09:00\nXe buýt điện lăn bánh trên tuyến mới\n\nNội dung chính của bài được viết để kiểm thử.");
    expect(copied.data.title).toBe("Xe buýt điện lăn bánh trên tuyến mới");
  });
  it("never takes the lines a title needs: a section and a date line stay when nothing else is left", () => {
    const r = parse(article("Thể thao", DATE));
    expect(r.data.title).toBe("Thể thao");
  });
});

describe("share, print and font-size bars", () => {
  it.each(["Chia sẻ", "Facebook Twitter Email In bài", "Chia sẻ Facebook Zalo", "A A A", "A- A+", "Cỡ chữ", "Lưu | Copy link", "In bài viết", "Like 12 Share", "Chia sẻ: Facebook · Twitter · Email", "Theo dõi báo Tuổi Trẻ trên Google News"])(
    "reads %s as a share bar",
    (line) => expect(ruleOf(line)).toBe("furniture-share-bar"),
  );
  it.each(["In", "A", "12", "Chia sẻ kinh nghiệm", "Facebook đóng cửa văn phòng tại Hà Nội", "Chia sẻ với phóng viên, ông An cho biết cầu sẽ thông xe trong tháng."])(
    "does not read %s as a share bar",
    (line) => expect(ruleOf(line)).toBeNull(),
  );
});

describe("related-article blocks", () => {
  it.each(["TIN LIÊN QUAN", "Tin liên quan", "Xem thêm:", "Đọc thêm", "Tin cùng chuyên mục", "Tin mới", "Có thể bạn quan tâm", "Video:", ">> Xem thêm", "Đọc nhiều", "Bài liên quan:"])(
    "reads the heading %s",
    (line) => expect(matchFurniture(line, false)).toMatchObject({ ruleId: "furniture-related", opensBlock: true }),
  );
  it.each(["Xem thêm: Đà Nẵng mở thêm tuyến buýt nhanh", "Đọc thêm: Giá xăng giảm lần thứ ba liên tiếp", "Video: Cảnh cầu quay trên sông Hàn", ">> Thủ tướng dự lễ khánh thành cầu mới", "» Tin liên quan: Cầu Rồng phun lửa dịp lễ"])(
    "reads the inline link %s",
    (line) => expect(matchFurniture(line, false)).toMatchObject({ ruleId: "furniture-related", name: "related-inline" }),
  );
  it.each([
    "Xem thêm các quy định mới tại cổng thông tin của Sở Giao thông vận tải.",
    "Xem thêm về lịch trình, người dân có thể gọi tổng đài 1022.",
    "Đọc thêm sách là lời khuyên của các chuyên gia dành cho học sinh.",
    "Tin mới nhất từ Bộ Y tế cho thấy số ca mắc giảm mạnh.",
    "Video do người dân quay lại cho thấy chiếc xe lao xuống sông.",
  ])("keeps the body sentence %s", (line) => {
    expect(ruleOf(line)).toBeNull();
    const r = parse(article(TITLE, DATE, LEAD, line, PARA));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, line, PARA]);
    expect(removed(r)).toEqual([]);
  });
  it("takes the headlines under a heading in its own block, and stops at prose", () => {
    const r = parse(article(TITLE, DATE, LEAD, "TIN LIÊN QUAN\nHà Nội thay xe buýt chạy dầu bằng xe điện\nGiá vé xe buýt điện có gì khác", PARA));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
    expect(removed(r).map((x) => x[0])).toEqual([7, 8, 9]);
  });
  it("keeps a subheading after a blank line when prose follows it", () => {
    const sub = "Tăng cường kiểm tra tải trọng xe";
    const r = parse(article(TITLE, DATE, LEAD, "Tin liên quan", sub, PARA));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, sub, PARA]);
    expect(removed(r)).toEqual([[7, "furniture-related", "Tin liên quan"]]);
  });
  it("keeps a blank-separated run of headline-like lines that meets prose again (subheadings, captions)", () => {
    const r = parse(article(TITLE, DATE, LEAD, "Xem thêm", "Mbappe lập cú đúp vào lưới Metz", "Chân sút người Pháp giúp PSG tạm giữ ngôi đầu", PARA));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, "Mbappe lập cú đúp vào lưới Metz", "Chân sút người Pháp giúp PSG tạm giữ ngôi đầu", PARA]);
    expect(removed(r)).toEqual([[7, "furniture-related", "Xem thêm"]]);
  });
  it("ends a heading's block with its own text block", () => {
    const r = parse(article(TITLE, DATE, LEAD, "TIN LIÊN QUAN\nHà Nội thay xe buýt chạy dầu bằng xe điện", "Mbappe lập cú đúp vào lưới Metz", "Chân sút người Pháp giúp PSG tạm giữ ngôi đầu", PARA));
    expect(r.body.map((b) => b.text)).toEqual([LEAD, "Mbappe lập cú đúp vào lưới Metz", "Chân sút người Pháp giúp PSG tạm giữ ngôi đầu", PARA]);
    expect(removed(r).map((x) => x[0])).toEqual([7, 8]);
  });
  it("takes a blank-separated run that ends at the closing attribution", () => {
    const r = parse(article(TITLE, DATE, LEAD, PARA, "Tin liên quan", "Xe tải lật trên quốc lộ 1A, giao thông ùn tắc", "Hà Nội mở thêm ba tuyến buýt nhanh", "Theo CAND"));
    expect(r.data.source).toBe("CAND");
    expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
    expect(removed(r).map((x) => x[0])).toEqual([9, 11, 13]);
  });
  it("takes blank-separated headlines up to the end of the text", () => {
    const r = parse(article(TITLE, DATE, LEAD, PARA, "Theo VnExpress", "Tin cùng chuyên mục", "Xe tải lật trên quốc lộ 1A, giao thông ùn tắc", "Hà Nội mở thêm ba tuyến buýt nhanh"));
    expect(r.data.source).toBe("VnExpress");
    expect(removed(r).map((x) => x[0])).toEqual([11, 13, 15]);
  });
  it("stops a block at a headline that ends in a full stop (a sentence)", () => {
    expect(isHeadlineShaped("Hà Nội mở thêm ba tuyến buýt nhanh")).toBe(true);
    expect(isHeadlineShaped("Hà Nội mở thêm ba tuyến buýt nhanh.")).toBe(false);
    expect(isHeadlineShaped("Theo báo Tuổi Trẻ")).toBe(false);
    expect(isHeadlineShaped("Nguyễn Văn An")).toBe(false);
  });
});

describe("comment counters and advertising markers", () => {
  it.each(["Bình luận (0)", "Bình luận", "0 bình luận", "Ý kiến (12)", "Gửi bình luận", "Bình luận: 3", "Thảo luận"])("reads %s as a comment counter", (line) => {
    expect(ruleOf(line)).toBe("furniture-comments");
  });
  it.each(["Quảng cáo", "QUẢNG CÁO", "Advertisement", "ADVERTISEMENT", "Nội dung tài trợ"])("reads %s as advertising", (line) => {
    expect(ruleOf(line)).toBe("furniture-advertising");
  });
  it.each(["Bình luận về vụ việc, ông An nói rằng cần xử lý nghiêm.", "Quảng cáo sai sự thật bị phạt 50 triệu đồng", "Ý kiến của cử tri được gửi tới Quốc hội."])(
    "keeps %s",
    (line) => expect(ruleOf(line)).toBeNull(),
  );
});

describe("the dateline before the lead", () => {
  it.each([
    ["TTO - Sáng 3-5, cầu mới thông xe.", "Tuổi Trẻ"],
    ["VOV.VN - Sáng 3-5, cầu mới thông xe.", "VOV"],
    ["TPO - Sáng 3-5, cầu mới thông xe.", "Tiền Phong"],
    ["NDO - Sáng 3-5, cầu mới thông xe.", "Nhân Dân"],
    ["(NLĐO) - Sáng 3-5, cầu mới thông xe.", "Người Lao Động"],
    ["(Dân trí) - Sáng 3-5, cầu mới thông xe.", "Dân trí"],
    ["(CAND) - Sáng 3-5, cầu mới thông xe.", "CAND"],
    ["(Baotintuc.vn) - Sáng 3-5, cầu mới thông xe.", "Tin tức"],
  ])("reads %s as naming %s", (lead, source) => {
    expect(readDateline(lead, true)?.source).toBe(source);
  });
  it("takes the source from it when no attribution closes the text, and keeps the lead as written", () => {
    const r = parse(article(TITLE, DATE, `TTO - ${LEAD}`, PARA));
    expect(r.data.source).toBe("Tuổi Trẻ");
    expect(r.data.lead).toBe(`TTO - ${LEAD}`);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: "info", ruleId: "dateline-source", line: 5, actual: "TTO -" }));
  });
  it("lets a closing attribution win over the dateline", () => {
    expect(parse(article(TITLE, DATE, `TTO - ${LEAD}`, PARA, "Theo Thanh Niên")).data.source).toBe("Thanh Niên");
  });
  it.each(["COVID - 19 vẫn diễn biến phức tạp.", "Hà Nội - Sáng 3-5, cầu mới thông xe.", "(ảnh minh họa) - Cầu mới."])("does not read %s as a dateline", (lead) => {
    expect(readDateline(lead, true)).toBeNull();
  });
});

describe("attribution and byline after furniture", () => {
  it("finds `Theo CAND` above a comment counter and a related list", () => {
    const r = parse(article(TITLE, DATE, LEAD, PARA, "Hoàng Long", "Theo CAND", "Bình luận (0)", "Tin cùng chuyên mục\nCông an Hà Nội triệt phá đường dây đánh bạc\nBắt nghi phạm cướp tiệm vàng ở Huế"));
    expect(r.data).toMatchObject({ source: "CAND", author: "Hoàng Long" });
    expect(r.body.map((b) => b.text)).toEqual([LEAD, PARA]);
  });
});

describe("the title under a label", () => {
  it("chooses the headline under a short label line, with a diagnostic", () => {
    const r = parse(["Chuyện lạ", TITLE, DATE, "", LEAD].join("\n"));
    expect(r.data.title).toBe(TITLE);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: "info", ruleId: "furniture-label", line: 1, actual: "Chuyện lạ" }));
  });
  it("chooses the headline under a label with digits (Euro 2024)", () => {
    const r = parse(["Euro 2024", TITLE, DATE, "", LEAD].join("\n"));
    expect(r.data.title).toBe(TITLE);
  });
  it("keeps a short title with a byline under it", () => {
    const r = parse(["Cầu mới", "Nguyễn Văn An", DATE, "", LEAD].join("\n"));
    expect(r.data.title).toBe("Cầu mới");
    expect(r.data.author).toBe("Nguyễn Văn An");
  });
  it("keeps a short title followed directly by its date line", () => {
    expect(parse(article("Cầu mới", DATE, LEAD)).data.title).toBe("Cầu mới");
  });
  it("lets front matter `title:` win", () => {
    const r = parse(["---", "title: Tiêu đề của biên tập viên", "---", "Giáo dục", TITLE, DATE, "", LEAD].join("\n"));
    expect(r.data.title).toBe("Tiêu đề của biên tập viên");
    expect(r.body.map((b) => b.text)).toEqual([LEAD]);
    expect(removed(r)).toEqual([[4, "furniture-section", "Giáo dục"]]); // a line of the file, front matter counted
  });
});

describe("diagnostics and the option", () => {
  const copied = ["Giáo dục", TITLE, DATE, "Chia sẻ", "", LEAD, "", "Quảng cáo", "", PARA].join("\n");
  it("lists every line set aside as an info diagnostic with line, column, rule and text", () => {
    const r = parse(copied);
    expect(r.data.title).toBe(TITLE);
    expect(r.data.lead).toBe(LEAD);
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith("furniture-"))).toEqual([
      expect.objectContaining({ severity: "info", ruleId: "furniture-section", line: 1, column: 1, actual: "Giáo dục", file: "news/a.txt" }),
      expect.objectContaining({ severity: "info", ruleId: "furniture-share-bar", line: 4, actual: "Chia sẻ" }),
      expect.objectContaining({ severity: "info", ruleId: "furniture-advertising", line: 8, actual: "Quảng cáo" }),
    ]);
  });
  it("turns every rule off with `furniture: false`", () => {
    const r = parse(copied, { furniture: false });
    expect(r.data.title).toBe("Giáo dục");
    expect(r.diagnostics.some((d) => d.ruleId.startsWith("furniture-"))).toBe(false);
    expect(r.body.map((b) => b.text)).toContain("Quảng cáo");
    expect(parse(article(TITLE, DATE, `TTO - ${LEAD}`, PARA), { furniture: false }).data.source).toBeNull();
  });
  it("is on by default and validated as a boolean", () => {
    expect(getDefaults().furniture).toBe(true);
    expect(resolveOptions({ furniture: false }).furniture).toBe(false);
    expect(() => resolveOptions({ furniture: "no" as unknown as boolean })).toThrow(/furniture/);
  });
  it("keeps info diagnostics out of the build's report", () => {
    const r = parse(copied);
    const lines = formatReport(r.diagnostics, true);
    expect(lines.some((l) => l.includes("furniture-"))).toBe(false);
    const warning = parse(article(TITLE, LEAD)).diagnostics;
    expect(formatReport(warning, true).some((l) => l.includes("missing-date-line"))).toBe(true);
  });
});

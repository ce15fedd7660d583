import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../plugin/core/parse-article.ts";
import { createTagger, defaultTagSettings, explainTag, type TagSettings } from "../../plugin/core/tags/derive-tags.ts";
import { DEFAULT_TAXONOMY } from "../../plugin/core/tags/default-taxonomy.ts";
import { normaliseTones } from "../../plugin/core/tags/text-index.ts";
import { capitalisedRuns, findForeignNames, findPeople, isVietnameseSyllable } from "../../plugin/core/tags/entities.ts";
import { buildTagText } from "../../plugin/core/tags/text-index.ts";

const tagger = (over: Partial<TagSettings> = {}) => createTagger({ ...defaultTagSettings(), taxonomy: DEFAULT_TAXONOMY, ...over });
const tagsOf = (paragraphs: string[], over: Partial<TagSettings> = {}, explicit: string[] = [], title = "Tin tức") =>
  tagger(over).derive({ title, lead: paragraphs[0] ?? "", paragraphs, explicit }).tags;

describe("tags of the user's sample article", () => {
  const r = parseArticle(readFileSync(new URL("../fixtures/raw/sample-article.txt", import.meta.url)), "sample.txt");
  const { tags, reasons } = tagger().derive({ title: r.data.title, lead: r.data.lead, paragraphs: r.body.map((b) => b.text), explicit: r.data.tags });

  it("names the people, bodies and topics an editor would", () => {
    expect(tags).toEqual(expect.arrayContaining(["Trần Quốc Tỏ", "Bộ Công an", "Công an nhân dân", "COVID-19"]));
  });
  it("has no generic capitalised words", () => {
    for (const bad of ["Hội nghị", "Thứ trưởng", "Nghị quyết", "Trung ương", "Thứ", "CBCS", "Tổ quốc"]) expect(tags).not.toContain(bad);
  });
  it("keeps to the cap and explains every tag", () => {
    expect(tags.length).toBeLessThanOrEqual(8);
    expect(reasons.map(explainTag).join("\n")).toMatch(/Công an nhân dân: taxonomy, \d+ mentions.*"CAND"/);
  });
});

describe("where tags come from", () => {
  const P = "Sáng nay, Bộ Y tế cho biết thêm 12 ca mắc Covid-19 tại Đà Nẵng. Bộ Y tế đề nghị người dân Đà Nẵng hạn chế ra đường.";

  it("keeps the editor's own tags first, under the taxonomy's spelling", () => {
    expect(tagsOf([P], {}, ["covid", "Y tế cộng đồng"])).toEqual(["COVID-19", "Y tế cộng đồng", "Bộ Y tế", "Đà Nẵng"]);
  });
  it("maps taxonomy aliases to one canonical tag", () => {
    expect(tagsOf(["Lực lượng CAND và Công an nhân dân các tỉnh; CAND được khen."])).toEqual(["Công an nhân dân"]);
  });
  it("matches taxonomy aliases on word boundaries only", () => {
    expect(tagsOf(["Các WHOLESALE và EUR, TWHO, EUX, AWHOB, EURO."], {})).toEqual([]);
  });
  it("matches acronyms in the taxonomy case-sensitively", () => {
    expect(tagsOf(["Ông cand và ông Cand nói chuyện. Bà cand cũng vậy."])).toEqual([]);
  });
  it("reads Vietnamese tone placement alike (Thanh Hoá = Thanh Hóa)", () => {
    expect(normaliseTones("Thanh Hoá, Khánh Hoà, thuỷ sản, quý")).toBe("Thanh Hóa, Khánh Hòa, thủy sản, quý");
    expect(tagsOf(["Tin từ Thanh Hoá: mưa lớn ở Thanh Hóa kéo dài."])).toEqual(["Thanh Hóa"]);
  });
  it("finds people with their titles stripped", () => {
    const text = "Thứ trưởng Trần Quốc Tỏ phát biểu. Ông Nguyễn Văn An, Giám đốc Sở, và bà Lê Thị Hoa cùng dự. Ông Nguyễn Văn An cho biết thêm.";
    expect(findPeople(capitalisedRuns(buildTagText(text, "", [])), text).map((p) => p.name)).toEqual(["Trần Quốc Tỏ", "Nguyễn Văn An", "Lê Thị Hoa", "Nguyễn Văn An"]);
    expect(tagsOf([text])).toContain("Nguyễn Văn An");
  });
  it("counts later given-name mentions for the full name", () => {
    const r = tagger().derive({ title: "Tin", lead: "", paragraphs: ["Thủ môn Đặng Văn Lâm bắt chính. Văn Lâm cản phá tốt. HLV khen Văn Lâm."], explicit: [] });
    expect(r.reasons.find((x) => x.tag === "Đặng Văn Lâm")?.mentions).toBe(3);
  });
  it("finds local public bodies with their place", () => {
    const text = "Công an tỉnh Quảng Ninh phối hợp với UBND TP.HCM. Công an tỉnh Quảng Ninh đã bắt giữ nghi phạm. Ủy ban nhân dân TP.HCM thông báo.";
    expect(tagsOf([text])).toEqual(expect.arrayContaining(["Công an tỉnh Quảng Ninh", "UBND TP.HCM"]));
  });
  it("finds places but not inside longer names", () => {
    expect(tagsOf(["Trận đấu ở sân Mỹ Đình. Sân Mỹ Đình đầy khán giả."])).not.toContain("Mỹ");
    expect(tagsOf(["Đoàn khách từ Hải Phòng đến. Hải Phòng có mưa."])).toContain("Hải Phòng");
    expect(tagsOf(["Sân nhà của Becamex Bình Dương. Becamex Bình Dương thắng."])).not.toContain("Bình Dương");
    expect(tagsOf(["Tại Cà Mau, mưa lớn. Tin khác.", "Ở Cà Mau người dân chống bão."])).toContain("Cà Mau");
  });
  it("takes acronyms the text defines under their expansion", () => {
    expect(tagsOf(["Bảo đảm an ninh trật tự (ANTT) trên địa bàn. Công tác ANTT được chú trọng."])).toEqual(["An ninh trật tự"]);
  });
  it("needs three mentions for an acronym it does not know", () => {
    expect(tagsOf(["Sáng nay HPG tăng. HPG dẫn đầu."])).toEqual([]);
    expect(tagsOf(["Sáng nay HPG tăng. HPG dẫn đầu. Khối ngoại mua HPG."])).toEqual(["HPG"]);
  });
  it("finds foreign names and brands and merges their short forms", () => {
    expect(isVietnameseSyllable("Vinamilk")).toBe(false);
    expect(isVietnameseSyllable("Nguyễn")).toBe(true);
    const r = tagger().derive({ title: "Vinamilk tăng trưởng", lead: "", paragraphs: ["HLV Alexandre Gama khen Vinamilk. Gama nói thêm về Vinamilk."], explicit: [] });
    expect(r.tags).toEqual(["Vinamilk", "Alexandre Gama"]);
  });
});

describe("selection", () => {
  it("applies the stop list from the settings", () => {
    const text = "Trần Quốc Tỏ nói. Trần Quốc Tỏ cười. Tại Đà Nẵng và Đà Nẵng.";
    expect(tagsOf([text])).toEqual(["Trần Quốc Tỏ", "Đà Nẵng"]);
    expect(tagsOf([text], { stopList: ["Da Nang"] })).toEqual(["Trần Quốc Tỏ"]);
  });
  it("drops candidates below the minimum evidence", () => {
    expect(tagsOf(["Chuyện hôm qua.", "Một người ở Cà Mau kể lại."])).toEqual([]);
    expect(tagsOf(["Chuyện hôm qua.", "Một người ở Cà Mau kể lại."], { minScore: 1 })).toEqual(["Cà Mau"]);
  });
  it("caps the number of tags per article", () => {
    const text = ["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Cà Mau"].map((p) => `Ở ${p} và ${p}.`).join(" ");
    expect(tagsOf([text], { maxTags: 3 })).toEqual(["Hà Nội", "Huế", "Đà Nẵng"]);
  });
  it("merges spellings that slug alike into one tag", () => {
    expect(tagsOf(["x"], {}, ["Đà Nẵng", "Da Nang", "đà nẵng"])).toEqual(["Đà Nẵng"]);
  });
});

describe("modes", () => {
  const paragraphs = ["Bộ Y tế họp về Covid-19 tại Hà Nội. Bộ Y tế và Trần Văn Hải ở Hà Nội. Trần Văn Hải nói về Covid-19."];
  it("off: no tags at all", () => expect(tagsOf(paragraphs, { mode: "off" }, ["a"])).toEqual([]));
  it("explicit: only the editor's tags", () => expect(tagsOf(paragraphs, { mode: "explicit" }, ["a"])).toEqual(["A"]));
  it("taxonomy: editor's tags and taxonomy matches, no entities", () =>
    expect(tagsOf(paragraphs, { mode: "taxonomy" }, ["a"])).toEqual(["A", "Bộ Y tế", "COVID-19", "Hà Nội"]));
  it("auto: everything", () => expect(tagsOf(paragraphs, { mode: "auto" })).toEqual(["Bộ Y tế", "COVID-19", "Hà Nội", "Trần Văn Hải"]));
});

describe("a surname inside a longer name", () => {
  it("is not cut out as a person (An Dương Vương is not Dương Vương), while a place or title before a name still leads into it", () => {
    const legend = tagsOf(["Truyền thuyết kể thần đã giúp An Dương Vương xây thành. Đền thờ An Dương Vương ở đây rất cổ."]);
    expect(legend).not.toContain("Dương Vương");
    const official = tagsOf(["Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh dự họp. Ông Lê Trí Thanh yêu cầu khẩn trương."]);
    expect(official).toContain("Lê Trí Thanh");
  });
});

describe("topics written as their common abbreviation", () => {
  it("files ATVSTP and ATTP under the topic's name, never as a tag of their own", () => {
    const tags = tagsOf(["Đoàn kiểm tra ATVSTP làm việc tại chợ. Vi phạm ATVSTP bị xử phạt.", "Kiểm tra ATTP dịp Tết."], {}, [], "Siết chặt kiểm tra ATVSTP");
    expect(tags).toContain("An toàn thực phẩm");
    expect(tags).not.toContain("ATVSTP");
    expect(tags).not.toContain("ATTP");
  });
});

describe("a taxonomy entry matched by its aliases only", () => {
  const entry = { name: "Lúa Vàng", kind: "organisation", aliases: ["Hợp tác xã Lúa Vàng", "HTX Lúa Vàng"], aliasesOnly: true };
  const found = (text: string) => tagsOf([text], { mode: "taxonomy", taxonomy: [entry] });
  it("files an alias under the entry's name", () => expect(found("HTX Lúa Vàng chia lãi. HTX Lúa Vàng mở rộng.")).toEqual(["Lúa Vàng"]));
  it("never matches the bare name", () => expect(found("Cánh đồng Lúa Vàng trĩu hạt. Mùa Lúa Vàng về.")).toEqual([]));
  it("matches the bare name without the flag", () => expect(tagsOf(["Mùa Lúa Vàng về. Lúa Vàng trĩu hạt."], { mode: "taxonomy", taxonomy: [{ ...entry, aliasesOnly: false }] })).toEqual(["Lúa Vàng"]));
});

describe("tags at archive scale: no junk of the tagger's own", () => {
  it("matches names and places only capitalised, topics in any case", () => {
    expect(tagsOf(["Lô hàng mỹ phẩm giả bị thu giữ. Chợ mỹ phẩm và mỹ nhân nói gì về mỹ phẩm?"])).not.toContain("Mỹ");
    expect(tagsOf(["Tổng thống Mỹ thăm Việt Nam. Quan hệ với Mỹ được nâng cấp."])).toContain("Mỹ");
    // A lower-case spelling the taxonomy itself writes still counts.
    expect(tagsOf(["Du khách đến nước Mỹ. Ở nước Mỹ, mùa thu đẹp."])).toContain("Mỹ");
    expect(tagsOf(["Giá vàng tăng. giá vàng hôm nay lại tăng."])).toContain("Giá vàng");
  });

  it("never makes a tag of a number or a one- or two-letter fragment", () => {
    const tags = tagsOf(["Nh Tr St GD đã tới. Nh Tr St GD lại tới. Số 198 và 198 được công bố.", "Nh Tr St GD một lần nữa."]);
    for (const bad of ["Nh", "Tr", "St", "GD", "198", "A"]) expect(tags).not.toContain(bad);
  });

  it("does not glue the next sentence's first word onto a name", () => {
    const runs = capitalisedRuns(buildTagText("Tin", "", ["Quân đội tiến vào Aleppo Các em nhỏ được sơ tán", "Angelina Jolie Một lần nữa"]));
    const texts = runs.map((r) => r.text);
    expect(texts).toContain("Aleppo");
    expect(texts).not.toContain("Aleppo Các");
    expect(texts).toContain("Angelina Jolie");
    // Given names that also start sentences are kept: `Nguyễn Văn Năm`.
    expect(capitalisedRuns(buildTagText("Tin", "", ["Hôm qua Nguyễn Văn Năm đến"])).map((r) => r.text)).toContain("Nguyễn Văn Năm");
  });

  it("tells the archive which tags it derived and which the editor wrote", () => {
    const r = tagger().derive({ title: "Tin", lead: "Bộ Công an họp.", paragraphs: ["Bộ Công an họp.", "Bộ Công an kết luận."], explicit: ["Chủ đề riêng"] });
    expect(r.tags[0]).toBe("Chủ đề riêng");
    expect(r.derived).toContain("Bộ Công an");
    expect(r.derived).not.toContain("Chủ đề riêng");
  });
});

describe("never tags", () => {
  it("leaves out lunar years and role or document abbreviations", () => {
    const tags = tagsOf(["Tết Đinh Dậu đã đến. Xuân Đinh Dậu vui. Đinh Dậu năm nay ấm.", "HĐXX tuyên án. HĐXX nhận định. HĐXX cho rằng. TTXVN đưa tin. TTXVN cho biết. TTXVN viết."]);
    for (const bad of ["Đinh Dậu", "HĐXX", "TTXVN"]) expect(tags).not.toContain(bad);
  });
});

describe("themes from the built-in topic lexicon", () => {
  it("tags what an article dwells on, in lower case, and at most two themes", () => {
    const text = [
      "Vụ tai nạn giao thông trên quốc lộ 1 khiến hai người chết.",
      "Đây là vụ tai nạn giao thông thứ ba trong tuần; TNGT tăng mạnh dịp lễ.",
      "Cơ quan chức năng điều tra vụ việc, xử lý vi phạm nồng độ cồn, xử lý vi phạm tốc độ.",
    ];
    const tags = tagsOf(text, {}, [], "Tai nạn giao thông nghiêm trọng");
    expect(tags).toContain("Tai nạn giao thông");
    // Mentioned once in passing: not what the article is about.
    expect(tags).not.toContain("Rượu bia");
    const many = tagsOf(["ma túy ma túy ma túy", "đánh bạc đánh bạc đánh bạc", "buôn lậu buôn lậu buôn lậu", "lừa đảo lừa đảo lừa đảo"]);
    expect(many.filter((t) => ["Ma túy", "Cờ bạc", "Buôn lậu", "Lừa đảo"].includes(t)).length).toBeLessThanOrEqual(2);
  });
});

describe("labels before a name", () => {
  it("drops a caption's or a crowd's label in front of a name", () => {
    const texts = capitalisedRuns(buildTagText("Tin", "", ["Video Nadal thắng trận", "nhiều Fan Chelsea phản đối"])).map((r) => r.text);
    expect(texts).toContain("Nadal");
    expect(texts).toContain("Chelsea");
    expect(texts).not.toContain("Video Nadal");
    expect(texts).not.toContain("Fan Chelsea");
  });
});

describe("particles inside foreign names", () => {
  it("joins `ten`, `van`, `de` between two foreign words, never Vietnamese `da`, `la` between Vietnamese ones", () => {
    const texts = capitalisedRuns(
      buildTagText("Tin", "", ["HLV Erik ten Hag khen Virgil van Dijk và Frenkie de Jong", "Ông Nguyễn Văn An da ngăm, bà Lê Thị Hoa la lớn"]),
    ).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(["HLV Erik ten Hag", "Virgil van Dijk", "Frenkie de Jong"])); // `HLV` is dropped by the name finder
    expect(texts.some((t) => t.includes(" da ") || t.includes(" la "))).toBe(false);
  });
});

describe("an ampersand inside a company name", () => {
  it("keeps `Procter & Gamble` and `T&T Group` whole, and `và` still separates two names", () => {
    const texts = capitalisedRuns(buildTagText("Tin", "", ["Tập đoàn Procter & Gamble hợp tác với T&T Group", "Hà Nội và Đà Nẵng"])).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining(["Procter & Gamble", "T&T Group", "Hà Nội", "Đà Nẵng"]));
  });
});

describe("entity boundaries: leading words that are not part of a name", () => {
  it("drops a title, a meeting's acronym or a form of address before a foreign name, in any order", () => {
    const names = (s: string) => findForeignNames(capitalisedRuns(buildTagText("Tin", "", [s])), buildTagText("Tin", "", [s]).text).map((m) => m.name);
    expect(names("Việc HLV Mourinho gặp khó.")).toEqual(["Mourinho"]);
    expect(names("Họp ĐHCĐ Vinamilk năm nay.")).toEqual(["Vinamilk"]);
    expect(names("Chuyên gia anh John Smith nói.")).toEqual(["John Smith"]);
    expect(tagsOf(["Theo tin mới.", "Họp ĐHCĐ Vinamilk năm nay. Cổ đông Vinamilk đồng ý."])).toEqual(["Vinamilk"]);
  });
  it("does not glue the end of a lower-case place (`châu Âu`) onto the name after it", () => {
    const tags = tagsOf(["Theo tin mới.", "Giới chủ châu Âu Florentino Perez lên tiếng. Florentino Perez phản đối."]);
    expect(tags).toContain("Florentino Perez");
    expect(tags.some((t) => t.startsWith("Âu"))).toBe(false);
  });
  it("does not tag a person the text names only by a foreign surname after a title", () => {
    expect(tagsOf(["Theo tin mới.", "HLV Bertolazzi gặp khó. HLV Bertolazzi nói. HLV Bertolazzi cười."])).toEqual([]);
  });
});

describe("national teams, federations and clubs", () => {
  it("tags the team, not the country it plays for", () => {
    const tags = tagsOf([
      "Theo tin mới.",
      "Danh sách của đội tuyển Thái Lan đã có. Đội tuyển quốc gia Thái Lan tập trung.",
      "HLV tuyển xứ Wales nói về đội tuyển xứ Wales.",
      "Đội tuyển bóng chuyền nam Việt Nam thi đấu. Đội tuyển bóng chuyền nam Việt Nam thắng.",
    ]);
    expect(tags).toEqual(expect.arrayContaining(["Đội tuyển Thái Lan", "Đội tuyển xứ Wales", "Đội tuyển bóng chuyền nam Việt Nam", "Bóng chuyền"]));
    expect(tags).not.toContain("Thái Lan");
    expect(tags).not.toContain("Wales");
  });
  it("tags a sports federation with the acronym the text gives it", () => {
    const r = tagger().derive({ title: "Tin", lead: "", paragraphs: ["Liên đoàn bóng đá Thái Lan (FAT) ra thông báo. FAT sẽ họp tuần tới, FAT đồng ý."], explicit: [] });
    expect(r.tags).toEqual(["Liên đoàn Bóng đá Thái Lan"]);
    expect(r.reasons[0]!.mentions).toBe(4); // the name, the bracket and two later `FAT`
  });
  it("files `Hà Nội FC` and a bare `Nam Định` beside `CLB Nam Định` under the club; `các CLB Anh` is no club", () => {
    const tags = tagsOf(["Theo tin mới.", "Hà Nội FC thắng. CLB Nam Định thua Hà Nội FC. Nam Định chơi tốt. Nam Định sẽ gặp các CLB Anh."]);
    expect(tags).toEqual(["CLB Nam Định", "CLB Hà Nội"]);
  });
  it("keeps a sponsor's capitals and a province together as one club (`SL Nghệ An`), not the place", () => {
    expect(tagsOf(["Theo tin mới.", "SL Nghệ An thua trên sân khách. Các cầu thủ SL Nghệ An buồn. Tỉnh Nghệ An có mưa."])).toEqual(["SL Nghệ An"]);
  });
  it("tags a stadium as `Sân …`, apart from the city it is named after", () => {
    expect(tagsOf(["Theo tin mới.", "Trận đấu trên sân Pleiku diễn ra. Sân Pleiku kín chỗ. Máy bay hạ cánh ở sân bay Nội Bài. Sân bay Nội Bài đông."])).toEqual(["Sân Pleiku", "Nội Bài"]);
  });
});

describe("companies under the name the text uses", () => {
  it("takes a defined ticker as an alias of the company's short name, and a ticker alone as no tag", () => {
    expect(tagsOf(["Theo tin mới.", "Công ty Cổ phần Đầu tư và Xây dựng Hòa Lộc Phát (mã chứng khoán: HLP) họp. Cổ đông Hòa Lộc Phát vui. Chủ tịch Hòa Lộc Phát nói. HLP tăng."])).toEqual(["Hòa Lộc Phát"]);
    expect(tagsOf(["Theo tin mới.", "Công ty Cổ phần Đầu tư và Xây dựng (mã chứng khoán: HLQ) họp. Cổ phiếu này tăng."])).toEqual([]);
  });
  it("files a local arm (`Công ty Kantar Việt Nam`) under the brand the text also uses", () => {
    expect(tagsOf(["Theo tin mới.", "Công ty Kantar Việt Nam khảo sát. Kantar cho biết. Kantar nói thêm. Công ty Kantar Việt Nam công bố."])).toEqual(["Kantar"]);
  });
  it("never tags a product code or fuel grade with digits", () => {
    expect(tagsOf(["Theo tin mới.", "Giá xăng RON95 giảm. Xăng E5RON92 tăng. RON95 bán chạy. RON95 hết. E5RON92 ổn."])).toEqual([]);
  });
});

describe("places", () => {
  it("tags a continent only when the title names it", () => {
    expect(tagsOf(["Theo tin mới.", "Thị trường châu Âu sôi động. Bóng đá châu Âu. Các nước châu Âu."])).toEqual([]);
    expect(tagsOf(["Châu Âu họp.", "Châu Âu nói."], {}, [], "Châu Âu lo ngại")).toEqual(["Châu Âu"]);
  });
  it("matches the unambiguous aliases of a country whose short name is also a word (`CH Séc`)", () => {
    expect(tagsOf(["Theo tin mới.", "Đội bóng CH Séc thắng. Cộng hòa Séc vui. Người dân CH Séc đổ ra đường."])).toEqual(["Séc"]);
  });
});

describe("broad themes", () => {
  it("tags a broad theme the title or lead names, not one the body mentions in passing", () => {
    expect(tagsOf(["Theo tin mới.", "Doanh nghiệp nộp thuế đúng hạn. Thuế tăng. Tiền thuế nhiều."])).toEqual([]);
    expect(tagsOf(["Thuế tăng.", "Doanh nghiệp nộp thuế. Thuế nhiều."], {}, [], "Thuế tăng mạnh")).toEqual(["Thuế"]);
  });
  it("tags a theme the body names in a specific phrase", () => {
    expect(tagsOf(["Theo tin mới.", "Tổ chức xếp hạng tín nhiệm nâng bậc. Xếp hạng tín nhiệm của Việt Nam tăng. Xếp hạng tín nhiệm ổn định."])).toEqual(["Xếp hạng tín nhiệm"]);
  });
});

describe("short forms, tickers and names cut short", () => {
  it("files a well-known figure or club the text names by a short form under the full name", () => {
    const tags = tagsOf(["Theo tin mới.", "Benzema ghi bàn cho Real Madrid. Benzema lập cú đúp. Atletico bám đuổi. Atletico thắng."]);
    expect(tags).toEqual(expect.arrayContaining(["Karim Benzema", "Atletico Madrid"]));
    expect(tags).not.toContain("Benzema");
    expect(tags).not.toContain("Atletico");
  });
  it("does not read a one-word short form that another capitalised word continues as the known name (`Inter Miami`)", () => {
    const tags = tagsOf(["Theo tin mới.", "Inter Miami ký hợp đồng mới. Inter Miami thắng trận. Inter Miami dẫn đầu."]);
    expect(tags).toContain("Inter Miami");
    expect(tags).not.toContain("Inter Milan");
  });
  it("files a bank under its brand and reads two capitals after a number as a unit", () => {
    expect(tagsOf(["Theo tin mới.", "Ngân hàng TMCP Quân đội vừa báo lãi. MB tăng vốn. MB chia cổ tức."])).toContain("MB");
    expect(tagsOf(["Theo tin mới.", "Tệp nặng 500 MB. Bản khác nặng 700 MB, bản cuối 900 MB."])).not.toContain("MB");
  });
  it("never tags a code the text uses as a stock ticker", () => {
    expect(tagsOf(["Theo tin mới.", "Cổ phiếu KDX tăng trần. KDX dẫn đầu nhóm. Sáng nay KDX khớp lệnh lớn."])).toEqual([]);
    expect(tagsOf(["Theo tin mới.", "Hãng KDX mở nhà máy. KDX tuyển người. Sáng nay KDX ký hợp đồng."])).toEqual(["KDX"]);
  });
  it("files a foreign company under the acronym the text defines and then uses, a Vietnamese body under its full name", () => {
    const foreign = tagsOf(["Theo tin mới.", "Cổ đông Kanemori Heavy Industries (KHI) phản đối. KHI muốn rút vốn. Đại diện KHI nói thêm."]);
    expect(foreign).toEqual(["KHI"]);
    const local = tagsOf(["Theo tin mới.", "Quỹ Hỗ trợ nông dân (QHTND) cho vay. QHTND giải ngân. Đại diện QHTND nói thêm."]);
    expect(local).toEqual(["Quỹ Hỗ trợ nông dân"]);
  });
  it("never tags the descriptor `hàng không quốc tế (HKQT)`", () => {
    expect(tagsOf(["Theo tin mới.", "Cảng hàng không quốc tế (HKQT) quá tải. Cảng HKQT mở rộng. HKQT đông khách."])).not.toContain("Hàng không quốc tế");
  });
  it("ends a name from a title without punctuation where the body ends it", () => {
    const r = tagger().derive({ title: "Giám đốc Trần Minh Khoa Gạo sạch phải có giá", lead: "", paragraphs: ["Ông Trần Minh Khoa cho biết thêm. Trần Minh Khoa nói về giá."], explicit: [] });
    expect(r.tags).toContain("Trần Minh Khoa");
    expect(r.tags.some((t) => t.includes("Gạo"))).toBe(false);
  });
  it("reads three unmarked capitalised words as a foreign name (`Tan Boon Heng`), and cuts a country a title glues to it", () => {
    const r = tagger().derive({ title: "HLV Tan Boon Heng Malaysia tự tin", lead: "", paragraphs: ["HLV Tan Boon Heng nói. HLV Tan Boon Heng cười."], explicit: [] });
    expect(r.tags).toContain("Tan Boon Heng");
    expect(r.tags).not.toContain("Tan Boon Heng Malaysia");
    expect(tagsOf(["Theo tin mới.", "Anh Minh Khoa nói. Anh Minh Khoa cười."])).toEqual([]);
  });
  it("files a brand under the short name most used, not a longer phrase it starts, and drops a trim code", () => {
    const tags = tagsOf(["Theo tin mới.", "Zentrix Global Design Studio khai trương. Zentrix mở cửa. Zentrix bán xe. Zentrix tuyển người."]);
    expect(tags).toEqual(["Zentrix"]);
    const text = "Mẫu Lumora Vexa MT ra mắt.";
    expect(findForeignNames(capitalisedRuns(buildTagText(text, "", [])), text).map((m) => m.name)).toEqual(["Lumora Vexa"]);
  });
  it("does not take a topic alone in quotation marks for the topic (`“Sóng thần” giảm giá`)", () => {
    const quoted = tagger().derive({ title: "“Sóng thần” giảm giá ở chợ", lead: "Một “sóng thần” giảm giá.", paragraphs: ["Một “sóng thần” giảm giá.", "“Sóng thần” lan rộng."], explicit: [] });
    expect(quoted.tags).not.toContain("Sóng thần");
    const plain = tagger().derive({ title: "Sóng thần ở Nhật", lead: "Một trận sóng thần xảy ra.", paragraphs: ["Một trận sóng thần xảy ra.", "Sóng thần lan rộng."], explicit: [] });
    expect(plain.tags).toContain("Sóng thần");
  });
  it("finds market surveillance offices and `Tp.` as a level of a local body", () => {
    const tags = tagsOf(["Theo tin mới.", "Cục quản lý thị trường Nam Định thu giữ hàng. Cục quản lý thị trường Nam Định xử phạt. Cục Quản lý thị trường Tp. Hồ Chí Minh kiểm tra. Cục Quản lý thị trường TP.HCM nói."]);
    expect(tags).toEqual(expect.arrayContaining(["Cục quản lý thị trường Nam Định", "Cục Quản lý thị trường TP.HCM"]));
  });
  it("reads `La Mã` as ancient Rome, not a person of the family La", () => {
    const tags = tagsOf(["Theo tin mới.", "Đồng xu thời La Mã được bán. Người La Mã đúc nó."]);
    expect(tags).toEqual(["La Mã"]);
  });
});

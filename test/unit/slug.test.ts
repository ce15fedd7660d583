import fc from "fast-check";
import slugifyLib from "slugify";
import { describe, expect, it } from "vitest";
import { foldKey, makeSlug } from "../../plugin/core/slug.ts";

const slugify = slugifyLib as unknown as (s: string, o: object) => string;

/** The slug as slugify alone makes it, with no fast path: what `makeSlug` must always equal. */
function slugifyOnly(text: string): string {
  const folded = text.normalize("NFC").replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D")).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const slug = slugify(folded.replace(/[^\p{L}\p{N}]+/gu, " "), { lower: true, strict: true, locale: "vi", trim: true })
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(slug) ? `${slug}-0` : slug;
}

describe("makeSlug", () => {
  it("folds Vietnamese to ASCII words joined by hyphens", () => {
    expect(makeSlug("Thứ trưởng Trần Quốc Tỏ làm việc tại Đà Nẵng")).toBe("thu-truong-tran-quoc-to-lam-viec-tai-da-nang");
    expect(makeSlug("  COVID-19: 1.234 ca mắc mới!  ")).toBe("covid-19-1-234-ca-mac-moi");
    expect(makeSlug("Tiếng Việt (NFD)".normalize("NFD"))).toBe("tieng-viet-nfd");
  });

  it("passes letters outside ASCII to slugify's table", () => {
    expect(makeSlug("Straße in Łódź")).toBe("strasse-in-lodz");
    expect(makeSlug("Москва")).toBe("moskva");
    expect(makeSlug("東京")).toBe("");
  });

  it("cuts long slugs at a word and avoids Windows device names", () => {
    expect(makeSlug("một hai ba bốn năm", 10)).toBe("mot-hai-ba");
    expect(makeSlug("Con")).toBe("con-0");
  });

  it("equals slugify's own result for any text", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.array(fc.constantFrom("Đà", "Nẵng", "hoá", "hóa", "A", "b", "9", " ", "-", "  ", "ß", "Ø", "$", "&", "—", "con", "Nul", "\u0301", "ー"), { maxLength: 12 }).map((w) => w.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(makeSlug(s, Number.MAX_SAFE_INTEGER)).toBe(slugifyOnly(s));
        expect(foldKey(s)).toBe(slugifyOnly(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a name's key from its characters exactly as the slug makes it", () => {
    // `foldKey` answers from a table for text below U+2000 and makes the slug otherwise: both must agree.
    const pieces = [
      ..."aăâđeêoôơuưyAĂÂĐEÊOÔƠUƯYbcdfghklmnpqrstvxzBCDFGHKLMNPQRSTVXZ0123456789",
      ..."áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵẤỰ",
      " ", "  ", "-", ".", ",", "'", "’", "&", "(", ")", "_", "\t", "\u00a0", "\u0300", "\u0301", "\u0309", "\u0323", "\u0344", "\u1dc0",
      "ß", "ø", "Ł", "Σ", "İ", "ª", "²", "\u037e", "\u1fef", "ﬁ", "Å", "ー", "東", "𝐀", "\ud835", "\u0000", "con", "Nul", "LPT1",
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((w) => w.join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(foldKey(s), JSON.stringify(s)).toBe(slugifyOnly(s));
        expect(foldKey(s.normalize("NFD")), JSON.stringify(s)).toBe(slugifyOnly(s.normalize("NFD")));
      }),
      { numRuns: 20_000 },
    );
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      expect(foldKey(`Đà${ch}nẵng`), c.toString(16)).toBe(slugifyOnly(`Đà${ch}nẵng`));
    }
  });
});

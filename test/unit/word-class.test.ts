import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../../plugin/core/slug.ts";
import { isVietnameseSyllable, mayBeForeign, wordClass } from "../../plugin/core/tags/entities.ts";

/** The classes as the patterns define them, read from the whole word: what the character tables must equal. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
function referenceClass(word: string): number {
  return (/^[\p{Lu}\p{N}-]+$/u.test(word) ? 1 : 0) | (SYLLABLE.test(foldText(word)) ? 2 : 0);
}
function referenceForeign(run: string): boolean {
  const words = run.split(" ");
  const unmarked = words.filter((w) => (referenceClass(w) & 1) === 0);
  return words.some((w) => referenceClass(w) === 0) || (unmarked.length >= 3 && unmarked.every((w) => /^[A-Z][a-z]+$/.test(w)));
}

// Letters news text is made of, composed and decomposed, and characters the tables leave to the full path.
const PIECES = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY",
  ..."áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ",
  ..."ÁÀẢÃẠẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ",
  "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u0344", "\u1dc0",
  ..."fjwzFJWZ0123456789-'&.", "İ", "ß", "Σ", "ς", "Ω", "ﬁ", "Ǆ", "ǅ", "ǆ", "ẞ", "Ⅻ", "𝐀", "\ud835", "\u0000", "ª", "²", "Å",
];
const word = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 9 }).map((a) => a.join(""));

describe("word classes read from the characters", () => {
  it("equal the patterns on random words, composed or not", () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(wordClass(w), JSON.stringify(w)).toBe(referenceClass(w));
        expect(wordClass(w.normalize("NFC")), JSON.stringify(w)).toBe(referenceClass(w.normalize("NFC")));
      }),
      { numRuns: 20_000 },
    );
  });

  it("equal the patterns on every character below U+3000 alone and after a syllable", () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      expect(wordClass(ch), c.toString(16)).toBe(referenceClass(ch));
      expect(wordClass(`Ngu${ch}`), c.toString(16)).toBe(referenceClass(`Ngu${ch}`));
    }
  });

  it("tell Vietnamese syllables and all-capitals words", () => {
    expect(["Nguyễn", "nghiêng", "Quốc", "Đà", "NGUYỄN"].map(isVietnameseSyllable)).toEqual([true, true, true, true, true]);
    expect(["Vinamilk", "Messi", "Shin", "COVID-19", "nghiêngg"].map(isVietnameseSyllable)).toEqual([false, false, false, false, false]);
    expect(["UBND", "COVID-19", "HĐND", "Ủy"].map(wordClass)).toEqual([1, 1, 1, 2]);
  });

  it("find runs that may be foreign names as the word lists do", () => {
    const run = fc.array(word, { minLength: 1, maxLength: 5 }).map((a) => a.join(" "));
    fc.assert(
      fc.property(run, (r) => {
        expect(mayBeForeign(r), JSON.stringify(r)).toBe(referenceForeign(r));
      }),
      { numRuns: 20_000 },
    );
    expect(["Real Madrid", "Tan Cheng Hoe", "Nguyễn Văn An", "Procter & Gamble", "UBND Hà Nội", "Li HLV Huan Ning", ""].map(mayBeForeign)).toEqual([
      true, true, false, true, false, true, true,
    ]);
  });
});

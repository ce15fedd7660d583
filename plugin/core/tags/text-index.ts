/**
 * A searchable view of an article's text for tagging: title, lead and body
 * joined into one string with the offsets where each part starts, with
 * Vietnamese tone marks in one placement style so `Thanh Hoá` and
 * `Thanh Hóa` match alike.
 */

import { lowerSameLength, tokenize, type Token } from "./phrase-matcher.ts";

export interface TagText {
  /** Title, lead and body separated by blank lines, tone placement normalised. */
  text: string;
  /** End offset of the title in `text`. */
  titleEnd: number;
  /** End offset of the lead in `text`. */
  leadEnd: number;
  /** `text` in lower case, same length. */
  lower: string;
  tokens: Token[];
}

// Old-style tone placement on open syllables: "oá" → "óa", "uỷ" → "ủy".
const OLD_STYLE = /([oOuU])([\u0300\u0301\u0303\u0309\u0323])?([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;

const OLD_STYLE_HINT = /[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?![\p{L}\p{M}])/u;
/** The same on composed (NFC) text, where the tone of `á` is part of the character. */
const OLD_STYLE_COMPOSED = /([oOuU])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/gu;
const COMBINING = /[\u0300-\u036f]/;
/** A toned `a`/`e`/`y` → its plain letter and which of the five tones it carries. */
const TONED = new Map(
  ["aáàảãạ", "AÁÀẢÃẠ", "eéèẻẽẹ", "EÉÈẺẼẸ", "yýỳỷỹỵ", "YÝỲỶỸỴ"].flatMap((row) => [...row.slice(1)].map((ch, tone) => [ch, { plain: row[0]!, tone }] as const)),
);
const WITH_TONE: Record<string, string> = { o: "óòỏõọ", O: "ÓÒỎÕỌ", u: "úùủũụ", U: "ÚÙỦŨỤ" };

export function normaliseTones(text: string): string {
  if (!OLD_STYLE_HINT.test(text)) return text;
  // Text the parser gives is composed: move the tone without decomposing (twice as fast on a whole article).
  if (!COMBINING.test(text)) {
    return text.replace(OLD_STYLE_COMPOSED, (whole, v1: string, v2: string, offset: number) => {
      const prev = text[offset - 1];
      if ((v1 === "u" || v1 === "U") && (prev === "q" || prev === "Q")) return whole;
      const { plain, tone } = TONED.get(v2)!;
      return WITH_TONE[v1]![tone]! + plain;
    });
  }
  const decomposed = text.normalize("NFD");
  // Only plain vowels + tone: "o" "á" → "ó" "a". Skip "qu" + y (quý stays: u is a consonant glide there).
  const moved = decomposed.replace(OLD_STYLE, (whole, v1: string, t1: string | undefined, v2: string, tone: string, offset: number) => {
    if (t1) return whole;
    const prev = decomposed[offset - 1];
    if ((v1 === "u" || v1 === "U") && (prev === "q" || prev === "Q")) return whole;
    return v1 + tone + v2;
  });
  return moved.normalize("NFC");
}

export function buildTagText(title: string, lead: string, paragraphs: readonly string[]): TagText {
  const t = normaliseTones(title);
  const l = normaliseTones(lead);
  const rest = paragraphs.filter((p) => p !== lead).map(normaliseTones);
  // Characters whose lower case is longer (none in Vietnamese) are replaced so offsets stay aligned.
  let text = [t, l, ...rest].join("\n\n");
  let lower = lowerSameLength(text);
  if (lower === null) {
    text = [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch : "\u0000".repeat(ch.length))).join("");
    lower = text.toLowerCase();
  }
  const tokens = tokenize(text, lower);
  return { text, lower, tokens, titleEnd: t.length, leadEnd: t.length + 2 + l.length };
}

/**
 * Which characters make up words (letters, marks and digits: `[\p{L}\p{M}\p{N}]`), answered from the
 * character code on the paths Vietnamese text takes (ASCII and the Latin blocks), and by the regular
 * expression only for the rest. The tagger's tokens and the open data's word counts both use it.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Anchored: a lone surrogate followed by a letter is not a letter. */
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** The answer from the code alone on the common paths, or undefined when the regular expression must decide. */
function knownWordCode(c: number): boolean | undefined {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return undefined;
}

/** Whether `ch` (one UTF-16 unit, code `c`) is a letter, mark or digit. */
export function isWordCode(c: number, ch: string): boolean {
  return knownWordCode(c) ?? WORD_CHAR.test(ch);
}

/** Whether the character at `i` (a whole surrogate pair when it starts one) is a letter, mark or digit. */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_START.test(text.slice(i, i + 2));
  // The one-character string is made only when the code alone does not tell (it is not free for non-ASCII text).
  return knownWordCode(c) ?? WORD_CHAR.test(text[i] ?? "");
}

/** Codes below U+2000 that are letters, marks or digits, in a table (the hot loops read it directly). */
export const WORD_CODES = 0x2000;
export const WORD_TABLE = new Uint8Array(WORD_CODES);
for (let c = 0; c < WORD_CODES; c++) WORD_TABLE[c] = isWordCode(c, String.fromCharCode(c)) ? 1 : 0;

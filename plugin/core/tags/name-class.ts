/**
 * When two spellings of a tag are one name. Accents tell Vietnamese names
 * apart (`Quảng` is not `Quang`); case, tone-mark placement (`hoá`/`hóa`),
 * spaces and punctuation (`Cheol-soo`/`Cheol Soo`) do not.
 */
import { normaliseTones } from "./text-index.ts";

/** Letters with their accents, lower case, tone placement normalised, other characters as single spaces. */
export function nameClass(t: string): string {
  let c = classes.get(t);
  if (c === undefined) {
    // The archive asks for the same few thousand tag names on every build.
    if (classes.size > 50_000) classes.clear();
    c = normaliseTones(t.normalize("NFC")).toLocaleLowerCase("vi").replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
    classes.set(t, c);
  }
  return c;
}
const classes = new Map<string, string>();

/** Has any Vietnamese mark (tone, breve, circumflex, horn, đ). */
export function hasMarks(s: string): boolean {
  // ASCII letters, digits and punctuation carry no mark: most of the names asked about.
  if (/^[\x00-\x7f]*$/.test(s)) return false;
  return /[\u0300-\u036f]/.test(s.normalize("NFD")) || /[đĐ]/.test(s);
}

import slugifyLib from "slugify";

// slugify ships CommonJS with a default export; under NodeNext the callable is the module itself.
const slugify = slugifyLib as unknown as (s: string, o: object) => string;

export const DEFAULT_SLUG_MAX_LENGTH = 80;

/**
 * Vietnamese-aware URL slug: diacritics removed (đ→d), lower case, ASCII
 * letters, digits and single hyphens only, at most `maxLength` characters,
 * cut at a word boundary. Returns "" when nothing sluggable is left.
 */
export function makeSlug(text: string, maxLength: number = DEFAULT_SLUG_MAX_LENGTH): string {
  const folded = text
    .normalize("NFC")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  const words = folded.replace(/[^\p{L}\p{N}]+/gu, " ");
  // Almost every Vietnamese title is plain ASCII letters, digits and spaces once folded: slugify would
  // only trim, hyphenate and lower-case it, at a regular expression per character.
  const slug = ASCII_WORDS.test(words)
    ? words.trim().replaceAll(" ", "-").toLowerCase()
    : slugify(words, { lower: true, strict: true, locale: "vi", trim: true })
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
  const cut = cutAtWord(slug, maxLength);
  // A folder named `con` or `nul` cannot exist on Windows: keep the archive copyable to any disk.
  return WINDOWS_DEVICE.test(cut) ? `${cut}-0` : cut;
}

const ASCII_WORDS = /^[A-Za-z0-9 ]*$/;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf("-");
  // A single over-long word is cut hard rather than dropped.
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-$/, "");
}

/**
 * Identity key for names that must not produce two pages when they differ
 * only in case, diacritics or spacing (`Đà Nẵng` / `Da Nang`): `makeSlug`
 * without a length limit. Read from the characters when each is in
 * `ASCII_FOLD` (news text almost always is), else made by `makeSlug` and
 * remembered.
 */
export function foldKey(text: string): string {
  let key = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < ASCII_FOLDS ? ASCII_FOLD[c]! : -1;
    if (f < 0) return slowFoldKey(text);
    if (f === 0) continue; // a mark: removed before words are cut
    if ((f >= 0x61 && f <= 0x7a) || (f >= 0x30 && f <= 0x39)) {
      if (gap && key !== "") key += "-";
      gap = false;
      key += String.fromCharCode(f);
    } else gap = true;
  }
  return WINDOWS_DEVICE.test(key) ? `${key}-0` : key;
}

function slowFoldKey(text: string): string {
  let key = foldCache.get(text);
  if (key === undefined) {
    if (foldCache.size > 50_000) foldCache.clear();
    key = makeSlug(text, Number.MAX_SAFE_INTEGER);
    foldCache.set(text, key);
  }
  return key;
}
const foldCache = new Map<string, string>();

/** Empty `foldKey`'s memory (its keys may be pieces of whole article texts, which they keep alive). */
export function forgetFolds(): void {
  foldCache.clear();
}

/** Lower case without diacritics (`Đà Nẵng` → `da nang`); cheaper than a slug, keeps spaces and punctuation. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Character codes `ASCII_FOLD` answers for. */
export const ASCII_FOLDS = 0x2000;
/**
 * Per character code below U+2000: what `foldText` makes of the character alone when that is one ASCII
 * character (its code), or nothing (a combining mark U+0300–U+036F: 0); -1 otherwise. A text made only of
 * such characters folds to the concatenation of their answers: decomposition leaves ASCII letters where
 * they are and only adds or moves marks, which are all removed. Reading a word's fold from this table
 * costs less than looking the word up in a large memory.
 */
export const ASCII_FOLD = new Int16Array(ASCII_FOLDS).fill(-1);
for (let c = 1; c < ASCII_FOLDS; c++) {
  const f = foldText(String.fromCharCode(c));
  if (f === "") ASCII_FOLD[c] = c >= 0x300 && c <= 0x36f ? 0 : -1;
  else if (f.length === 1 && f.charCodeAt(0) < 0x80) ASCII_FOLD[c] = f.charCodeAt(0);
}

/**
 * Which bylines name people. A byline as the parser found it may hold one
 * name (`Minh Anh`), several (`Nhật Nguyên - Hiếu Công`, `A, B và C`), a name
 * and an outlet (`Hồng Hạnh/Báo Tin Tức`, `T.Anh / Theo Trí Thức Trẻ`), or a
 * staff credit (`PV`, `Nhóm PV`, `BTV`). Only names get an author page; staff
 * credits, outlets and bare initials (`Q.H`, `T.N.L.L`) stay text.
 */

/** Staff credits and desk names, folded (lower case, no tone marks): never a person. */
const STAFF = new Set(
  [
    "pv",
    "p.v",
    "p. v",
    "nhom pv",
    "nhom p.v",
    "phong vien",
    "nhom phong vien",
    "nhom tac gia",
    "nhom phong vien thuong tru",
    "btv",
    "ctv",
    "bien tap vien",
    "cong tac vien",
    "ban bien tap",
    "ban thoi su",
    "ban quoc te",
    "toa soan",
    "tong hop",
    "nhom thuc hien",
    "thuc hien",
    "admin",
    "staff",
    "reporter",
    "reporters",
    "editor",
    "editors",
  ].map((s) => s.replace(/\s+/g, " ")),
);

/** Words that only introduce a credit: `Bài, ảnh:`, `Thực hiện:`. */
const CREDIT_LABEL = /^(?:bài(?:\s*(?:,|và|&)\s*ảnh)?|ảnh|thực hiện|nhóm thực hiện|tác giả|by)\s*:\s*/iu;
/** A trailing note on the work: `(tổng hợp)`, `(lược dịch)`, `(TTXVN)`. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/u;

function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
}

/** True when `part` is a person's name: two to six capitalised words (or all capitals: `MINH ANH`), one of them of two or more letters, not a staff credit. */
export function isPersonName(part: string): boolean {
  const folded = fold(part);
  if (folded === "" || STAFF.has(folded) || STAFF.has(folded.replace(/\./g, ""))) return false;
  if (/^theo\b/.test(folded) || /^(?:báo|tạp chí|đài|thông tấn xã|kênh)\s/u.test(part.normalize("NFC").toLocaleLowerCase("vi"))) return false;
  if (/\d|https?:|@/.test(part)) return false;
  // Words split on spaces and on the dot of initials (`T.Anh` → T, Anh).
  const words = part.split(/[\s.]+/u).filter((w) => w !== "");
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w))) return false;
  // `Q.H`, `T.N.L.L`, `K. L`: initials only, no page.
  if (!words.some((w) => [...w].length >= 2)) return false;
  return true;
}

/** The people a byline names, in order, each once, as written (NFC, spaces tidied). */
export function bylineAuthors(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const text = byline.normalize("NFC").replace(CREDIT_LABEL, "").replace(TRAILING_NOTE, "").trim();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\s+[-–—]\s+|\s*[/,;&]\s*|\s+(?:và|and)\s+/u)) {
    const part = raw.replace(TRAILING_NOTE, "").replace(/\s+/g, " ").trim();
    if (!isPersonName(part)) continue;
    const key = fold(part);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(part);
  }
  return out;
}

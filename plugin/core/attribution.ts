/**
 * Recognisers for the short lines that close a news text: the attribution
 * (`Theo CAND`, `Nguồn: VnExpress`), the byline (`Minh Anh`, `PV`) and the
 * keyword line (`Từ khóa: a, b`). Each is conservative: a body sentence that
 * happens to start with "Theo" is not an attribution.
 */

export interface Attribution {
  source: string;
  url: string | null;
  /** A byline carried on the same line, e.g. `Minh Anh (theo Reuters)`. */
  author: string | null;
}

/** Outlets whose name is not written the way their host name reads. */
const HOST_NAMES: Record<string, string> = {
  "vnexpress.net": "VnExpress",
  "tuoitre.vn": "Tuổi Trẻ",
  "thanhnien.vn": "Thanh Niên",
  "dantri.com.vn": "Dân trí",
  "cand.com.vn": "CAND",
  "vietnamnet.vn": "VietNamNet",
  "zingnews.vn": "Zing News",
  "znews.vn": "Znews",
  "nhandan.vn": "Nhân Dân",
  "laodong.vn": "Lao Động",
  "nld.com.vn": "Người Lao Động",
  "vov.vn": "VOV",
  "vtv.vn": "VTV",
  "baochinhphu.vn": "Báo Chính phủ",
  "vietnamplus.vn": "VietnamPlus",
  "tienphong.vn": "Tiền Phong",
  "plo.vn": "Pháp Luật TP.HCM",
  "qdnd.vn": "Quân đội nhân dân",
  "sggp.org.vn": "Sài Gòn Giải Phóng",
  "kenh14.vn": "Kenh14",
  "cafef.vn": "CafeF",
  "vneconomy.vn": "VnEconomy",
  "baotintuc.vn": "Tin tức",
};

// Words that introduce an outlet's name and are not part of it.
const OUTLET_PREFIX = /^(?:báo|tờ|tạp chí|trang|trang tin|cổng thông tin(?: điện tử)?|đài|kênh|hãng tin|hãng thông tấn)\s+/i;
const URL_RE = /\bhttps?:\/\/[^\s)<>\]]+/i;
const UPPER_START = /^[\p{Lu}\p{N}]/u;

const MAX_META_LINE = 120;
const MAX_NAME_WORDS = 7;

/** `Theo CAND`, `(Theo TTXVN)`, `Theo báo Tuổi Trẻ`, `Nguồn: https://…`, `Minh Anh (theo Reuters)`. */
export function parseAttribution(line: string): Attribution | null {
  if (line.length > MAX_META_LINE) return null;
  let s = line.trim();

  // Byline with the outlet in brackets: `Minh Anh (theo Reuters)`, `PV (TTXVN)`.
  const tail = /^(.+?)\s*\(\s*(?:(?:theo|nguồn)\s*:?\s+)?([^()]+)\)\.?$/i.exec(s);
  if (tail && !/^\(?\s*(?:theo|nguồn)\b/i.test(s)) {
    const author = parseByline(tail[1]!);
    const src = author && !COMPILED_SUFFIX.test(`(${tail[2]})`) ? outletName(tail[2]!) : null;
    return author && src ? { ...src, author } : null;
  }
  // Byline and attribution on one line: `Minh Anh - Theo VnExpress`.
  const pair = /^(.+?)\s+[-–—|]\s+((?:theo|nguồn)\b.+)$/iu.exec(s);
  if (pair) {
    const author = parseByline(pair[1]!);
    const attribution = author ? parseAttribution(pair[2]!) : null;
    return author && attribution ? { ...attribution, author } : null;
  }

  const wrapped = /^\((.*)\)\.?$/.exec(s);
  if (wrapped) s = wrapped[1]!.trim();
  const m = /^(theo|nguồn(?: tin| bài)?|nguon|source|via)\s*(:)?\s*(.+)$/iu.exec(s);
  if (!m) return null;
  const keyword = m[1]!.toLowerCase();
  // "Theo" must be followed by a capitalised outlet; "Nguồn:" needs its colon (or brackets).
  if (keyword !== "theo" && keyword !== "via" && !m[2] && !wrapped) return null;
  const src = outletName(m[3]!.replace(/\.$/, ""));
  if (!src) return null;
  return { ...src, author: null };
}

function outletName(raw: string): { source: string; url: string | null } | null {
  let text = raw.trim();
  const urlMatch = URL_RE.exec(text);
  let url: string | null = null;
  if (urlMatch) {
    url = urlMatch[0].replace(/[.,;]+$/, "");
    text = (text.slice(0, urlMatch.index) + text.slice(urlMatch.index + urlMatch[0].length))
      .replace(/[()[\]]/g, " ")
      .replace(/\s*[-–—:|,]\s*$/, "")
      .replace(/\s+/g, " ")
      .trim();
  }
  text = text.replace(OUTLET_PREFIX, "").trim();
  if (!text && url) {
    const host = hostOf(url);
    if (!host) return null;
    return { source: HOST_NAMES[host] ?? host, url };
  }
  if (!text || !UPPER_START.test(text)) return null;
  if (/[;:!?"“”]/.test(text)) return null;
  if (/\.\s/.test(text)) return null;
  // Several agencies: `Theo Reuters, AFP` — each part a short capitalised name.
  const parts = text.split(/\s*,\s*/);
  if (parts.length > 1 && !parts.every((p) => UPPER_START.test(p) && p.split(" ").length <= 3)) return null;
  const words = text.split(" ");
  if (words.length > MAX_NAME_WORDS) return null;
  // `Theo VnExpress.net`, `Theo VTV.vn`: a host name stands for its outlet.
  const host = /^(?:www\.)?([\p{L}\p{N}-]+\.)+(?:vn|com|net|org|info)$/iu.test(text) ? text.toLowerCase().replace(/^www\./, "") : null;
  if (host) return { source: HOST_NAMES[host] ?? HOST_NAMES[`${host}.vn`] ?? text, url };
  return { source: text, url };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}

const TEAM_BYLINE = /^(?:nhóm\s+)?(?:pv|ctv|btv|phóng viên|pv\s*\/\s*ctv)(?:\s+(?:nhóm|tổng hợp))?\.?$/i;
// `Minh Anh (tổng hợp)`, `Lê Hiếu (t/h)`: compiled by the named person.
const COMPILED_SUFFIX = /\s*\((?:tổng hợp|t\/h|th|lược dịch|dịch)\)$/i;
const BYLINE_LABEL = /^(?:tác giả|phóng viên|nhóm tác giả|bài|bài và ảnh|bài, ảnh|bài\/ảnh|bài & ảnh|tin|tin, ảnh|tin và ảnh|nhóm phóng viên|nhóm pv|thực hiện|ghi chép|ký giả)\s*:\s*/i;
// A Vietnamese given name: capitalised syllables of letters only.
const NAME_WORD = /^(?:\p{Lu}\.)*\p{Lu}[\p{Ll}\p{M}]*\.?$/u;
// `T.Anh`, `N.H`: a byline of initials, one word.
const INITIALS_NAME = /^(?:\p{Lu}\.)+\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * A line that is a byline and nothing else: `Minh Anh`, `PV`, `Nhóm PV`,
 * `Minh Anh - Hoàng Nam`, `Bài, ảnh: Minh Anh`. Returns the author as written.
 */
export function parseByline(line: string): string | null {
  let s = line.trim().replace(/\.$/, "").trim();
  if (!s || s.length > 80) return null;
  if (TEAM_BYLINE.test(s)) return s;
  s = s.replace(BYLINE_LABEL, "").replace(COMPILED_SUFFIX, "").trim();
  if (TEAM_BYLINE.test(s)) return s;
  const people = s.split(/\s*(?:\s[-–—]\s|,|\s&\s|\svà\s|\/)\s*/);
  if (people.length > 4) return null;
  for (const person of people) {
    const words = person.split(" ").filter(Boolean);
    if (words.length < 2 || words.length > 5) {
      if (!(words.length === 1 && (TEAM_BYLINE.test(words[0]!) || INITIALS_NAME.test(words[0]!)))) return null;
      continue;
    }
    if (!words.every((w) => NAME_WORD.test(w))) return null;
  }
  return s;
}

const TAGS_LINE = /^(?:từ khóa|từ khoá|tu khoa|tags?|keywords?|chủ đề|thẻ)\s*:\s*(.+)$/iu;

/** `Từ khóa: COVID-19, Hà Nội` → `["COVID-19", "Hà Nội"]`. */
export function parseTagsLine(line: string): string[] | null {
  const m = TAGS_LINE.exec(line.trim());
  if (!m) return null;
  const tags = m[1]!
    .split(/\s*[,;|#]\s*/)
    .map((t) => t.trim().replace(/\.$/, ""))
    .filter((t) => t.length > 0);
  return tags.length ? tags : null;
}

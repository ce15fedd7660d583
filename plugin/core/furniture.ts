/**
 * Page furniture in text copied from a news site: the section or breadcrumb
 * line above the title, share, print and font-size bars, related-article
 * blocks, comment counters and advertising markers.
 *
 * An ordered table of named rules, each a small test of one whole line, run
 * on the folded line (lower case, no diacritics). A line is set aside only
 * when a rule matches all of it, never for being short; the caller lists
 * every line set aside as an `info` diagnostic, so nothing is dropped silently.
 */
import { foldVietnamese } from "./vietnamese-calendar.ts";
import { parseAttribution, parseByline, parseTagsLine } from "./attribution.ts";
import { looksLikeDateLine } from "./parse-date.ts";
import type { SourceLine } from "./text-lines.ts";

/** The diagnostic rule id of each class of furniture. */
export type FurnitureRuleId =
  | "furniture-section"
  | "furniture-share-bar"
  | "furniture-related"
  | "furniture-comments"
  | "furniture-advertising"
  | "furniture-label";

export interface FurnitureRule {
  /** Names the rule in this table (several rules may share one class). */
  name: string;
  ruleId: FurnitureRuleId;
  /** `head`: only among the lines above the title; `any`: above the title and in the body. */
  where: "head" | "any";
  /** On the folded line (lower case, no diacritics, `đ` → `d`). */
  test(folded: string): boolean;
  /** A heading whose headline lines below it belong to it (see `relatedBlockLines`). */
  opensBlock?: boolean;
  /** May match a long line or one ending in a full stop (`Xem thêm: <headline>.`); the others never do. */
  sentence?: boolean;
}

/** One line set aside, with the rule that matched it. */
export interface FurnitureLine {
  line: SourceLine;
  ruleId: FurnitureRuleId;
  rule: string;
}

/** Longer lines are article text: no furniture line is this long. */
const MAX_FURNITURE_LINE = 250;
/** At most this many headline lines belong to one related-article heading. */
const MAX_BLOCK_HEADLINES = 30;

const fullLine = (source: string): RegExp => new RegExp(`^(?:${source})$`, "u");
const words = (list: string): string => list.trim().split(/\s*\|\s*/).map((w) => w.replace(/ /g, "\\s+")).join("|");

// Section names as the outlets print them in their menus and breadcrumbs (folded, `-`, `&`, `,` read as spaces).
const SECTIONS = new Set(
  `thoi su|the gioi|quoc te|kinh doanh|kinh te|tai chinh|tai chinh ngan hang|ngan hang|chung khoan|bat dong san|nha dat|
  dau tu|doanh nghiep|thi truong|tieu dung|giai tri|van hoa|van hoa giai tri|van hoa van nghe|the thao|bong da|bong da viet nam|
  bong da quoc te|tennis|phap luat|an ninh trat tu|hinh su|ho so vu an|phap dinh|giao duc|tuyen sinh|du hoc|giao duc khuyen hoc|
  suc khoe|y te|song khoe|lam dep|doi song|gia dinh|tinh yeu hon nhan|du lich|am thuc|khoa hoc|khoa hoc cong nghe|cong nghe|so hoa|
  suc manh so|xe|oto xe may|o to xe may|xe may|giao thong|y kien|goc nhin|ban doc|tam su|xa hoi|dan sinh|chinh tri|thoi su chinh tri|
  nhip song tre|cong dong|moi truong|nong nghiep|quan su|lao dong|cong doan|viec lam|nguoi viet bon phuong|kieu bao|thoi trang|
  am nhac|phim|dien anh|sao|sach|nhan ai|podcast|video|multimedia|emagazine|infographic|anh|media|phong su|xa luan|tin tuc|
  tin nong|trang chu|home|tin moi|mua sam|gioi tre|tin 24h`
    .split("|")
    .map((s) => s.trim()),
);
const HOME_WORDS = new Set(["trang chu", "home", "tin tuc", "trang nhat"]);

function sectionKey(folded: string): string {
  return folded.replace(/[-–—&,.:]+/g, " ").replace(/\s+/g, " ").trim();
}

/** `Giáo dục`, `Thời sự - Chính trị`: one known section name, alone on its line. */
function isSectionName(folded: string): boolean {
  return folded.length <= 40 && SECTIONS.has(sectionKey(folded));
}

const BREADCRUMB_SEPARATOR = /[›»>→/|]|\s[-–—]\s/u;
const isSectionStep = (step: string): boolean => HOME_WORDS.has(sectionKey(step)) || SECTIONS.has(sectionKey(step));

/**
 * `Trang chủ › Xã hội › Giao thông`, `Thời sự > Giao thông`: short steps from a
 * known section or the home page down. With `/`, `|` or a spaced dash, which
 * titles also use (`Hà Nội - Hải Phòng`), every step must be a known section.
 */
function isBreadcrumb(folded: string): boolean {
  if (folded.length > 100 || !BREADCRUMB_SEPARATOR.test(folded)) return false;
  const arrows = folded.split(/\s*[›»>→]\s*/u).filter((s) => s !== "");
  if (arrows.length >= 2) {
    if (arrows.length > 5 || !isSectionStep(arrows[0]!)) return false;
    return arrows.every((s) => s.length <= 40 && s.split(" ").length <= 5 && !/\d/.test(s));
  }
  const steps = folded.split(/\s*[/|]\s*|\s+[-–—]\s+/u).filter((s) => s !== "");
  return steps.length >= 2 && steps.length <= 5 && steps.every(isSectionStep);
}

// Buttons of share, print, save and font-size bars. Weak words are buttons only in company.
const SHARE_WORDS = words(`chia se bai viet | chia se | share | facebook | twitter | zalo | email | e-mail | gmail | messenger | telegram | linkedin |
  pinterest | tweet | in bai viet | in bai | print | gui bai | gui email | luu bai viet | luu bai | da luu | copy link |
  sao chep link | sao chep lien ket | tang co chu | giam co chu | co chu | nghe bai viet | nghe doc bai | doc bai viet | bao loi |
  google news`);
const WEAK_SHARE_WORDS = words(`in | luu | like | thich | link | copy | nghe | theo doi | a- | a\\+ | aa | a | x | \\d+`);
const SHARE_TOKEN = new RegExp(`(?:(${SHARE_WORDS})|(${WEAK_SHARE_WORDS}))(?![\\p{L}\\p{N}])`, "uy");
const SHARE_SEPARATOR = /[\s|·•/,:()[\]\-–—]+/y;

/** `Chia sẻ`, `Facebook Twitter Email In bài`, `A A A`, `Lưu | Copy link`: buttons and nothing else. */
function isShareBar(folded: string): boolean {
  if (folded.length > 120) return false;
  let position = 0;
  let strong = 0;
  let weak = 0;
  let digitsOnly = true;
  while (position < folded.length) {
    SHARE_SEPARATOR.lastIndex = position;
    if (SHARE_SEPARATOR.test(folded)) {
      position = SHARE_SEPARATOR.lastIndex;
      continue;
    }
    SHARE_TOKEN.lastIndex = position;
    const m = SHARE_TOKEN.exec(folded);
    if (m === null) return false;
    if (m[1] !== undefined) strong++;
    else weak++;
    if (!/^\d+$/.test(m[0])) digitsOnly = false;
    position = SHARE_TOKEN.lastIndex;
  }
  return !digitsOnly && (strong > 0 || weak >= 2);
}

const RELATED_HEADINGS = words(`tin lien quan | bai lien quan | tin bai lien quan | bai viet lien quan | tin tuc lien quan |
  xem them | doc them | xem tiep | doc tiep | tin cung chuyen muc | cung chuyen muc | bai cung chuyen muc | tin cung chu de |
  tin moi | tin moi nhat | tin moi hon | tin cu hon | tin khac | cac tin khac | cac tin bai khac | tin doc nhieu | doc nhieu |
  doc nhieu nhat | xem nhieu | xem nhieu nhat | tin xem nhieu | tin noi bat | noi bat | co the ban quan tam | ban co the quan tam |
  co the ban chua doc | dung bo lo | video | video noi bat | video dang duoc quan tam | video hot | clip | tin hot | tin nong |
  goi y cho ban | danh cho ban | tin anh | moi xem video | xem video | cung chu de | bai viet cung chu de | tin cung su kien |
  dong su kien | chu de lien quan | tin tiep theo | bai tiep theo | tin tuc khac | bai viet khac | xem nhieu trong tuan |
  doc nhieu trong tuan | tin xem nhieu nhat`);
const MARKER = "(?:[>»▶►•*]+\\s*)?";
const RELATED_HEADING = fullLine(`${MARKER}(?:${RELATED_HEADINGS})\\s*(?::|>+|»|\\.\\.\\.|…)?`);
// `Xem thêm: <headline>`, `>> Đọc thêm Tên bài`, `Video: <title>`: the heading word needs a colon or an arrow.
const RELATED_INLINE = fullLine(
  `${MARKER}(?:xem them|doc them|xem tiep|doc tiep|tin lien quan|bai lien quan|video|clip|xem video|moi xem video|moi xem)\\s*(?::|>+|»)\\s*\\S.*` +
    `|(?:>>|»)\\s*\\S.*`,
);

const COMMENT_WORDS = "binh luan|y kien|thao luan|phan hoi|comments?";
const COMMENTS = fullLine(
  `(?:\\(?\\d+\\)?\\s*)?(?:${COMMENT_WORDS})(?:\\s*:?\\s*\\(?\\d+\\)?)?` +
    `|(?:gui|viet|xem|hien|an|dang nhap de) (?:${COMMENT_WORDS})(?:\\s*\\(\\d+\\))?|(?:xem|tai) them (?:${COMMENT_WORDS})|y kien ban doc|binh luan cua ban`,
);
const ADVERTISING = fullLine("(?:quang cao|advertisement|advertising|sponsored|noi dung tai tro|bai viet tai tro)\\s*:?");
const FOLLOW_US = fullLine("theo doi (?:bao |kenh |trang )?\\S.{0,40} tren (?:google news|zalo|facebook|youtube|tiktok|mang xa hoi)");
const BACK_TO_SECTION = /^(?:tro lai|quay lai|ve trang) (.+)$/u;

/** Tried in order; the first rule that matches a line names it. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { name: "section-name", ruleId: "furniture-section", where: "head", test: isSectionName },
  { name: "breadcrumb", ruleId: "furniture-section", where: "head", test: isBreadcrumb },
  {
    name: "back-to-section", // `Trở lại Thời sự` (VnExpress), `Về trang Thể thao`
    ruleId: "furniture-section",
    where: "any",
    test: (f) => {
      const m = BACK_TO_SECTION.exec(f);
      return m !== null && (SECTIONS.has(sectionKey(m[1] ?? "")) || HOME_WORDS.has(sectionKey(m[1] ?? "")));
    },
  },
  { name: "share-bar", ruleId: "furniture-share-bar", where: "any", test: isShareBar },
  { name: "follow-us", ruleId: "furniture-share-bar", where: "any", test: (f) => FOLLOW_US.test(f) },
  { name: "comment-counter", ruleId: "furniture-comments", where: "any", test: (f) => COMMENTS.test(f) },
  { name: "advertising", ruleId: "furniture-advertising", where: "any", test: (f) => ADVERTISING.test(f) },
  { name: "related-heading", ruleId: "furniture-related", where: "any", test: (f) => RELATED_HEADING.test(f), opensBlock: true },
  { name: "related-inline", ruleId: "furniture-related", where: "any", test: (f) => RELATED_INLINE.test(f), sentence: true },
];

/** The first rule that matches the whole line, or null. `head`: the line is above the title. */
export function matchFurniture(text: string, head: boolean): FurnitureRule | null {
  if (text === "" || text.length > MAX_FURNITURE_LINE) return null;
  // Most body lines are sentences: only an inline link can be one, and it shows its colon or arrow early.
  const sentence = text.length > SHORT_LINE || (text.endsWith(".") && !text.endsWith("..."));
  if (sentence && !hasEarlyMarker(text)) return null;
  const folded = foldVietnamese(text);
  for (const rule of FURNITURE_RULES) {
    if ((rule.where === "head" && !head) || (sentence && !rule.sentence)) continue;
    if (rule.test(folded)) return rule;
  }
  return null;
}

/** Longest line any rule but `related-inline` matches. */
const SHORT_LINE = 120;

/** A colon or an arrow in the first 30 characters (`Xem thêm:`, `>>`). */
function hasEarlyMarker(text: string): boolean {
  const end = Math.min(text.length, 30);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 62 || c === 187) return true; // : > »
  }
  return false;
}

const SENTENCE_BREAK = /[.!?…]\s+["“]?\p{Lu}/u;

/**
 * A line that reads as a headline: three words or more, at most 200
 * characters, one sentence that does not end in a full stop, and neither an
 * attribution nor a byline (those close the article).
 */
export function isHeadlineShaped(text: string): boolean {
  if (text.length < 10 || text.length > 200) return false;
  if (/[.,;:]$/.test(text) || SENTENCE_BREAK.test(text)) return false;
  if (text.split(" ").length < 3 || !/^["“'‘(\[]?[\p{Lu}\p{N}]/u.test(text)) return false;
  return parseAttribution(text) === null && parseByline(text) === null;
}

/** A short time stamp some sites print under a related headline (`03/05/2021 10:00`, `2 giờ trước`). */
function isTimestamp(text: string): boolean {
  return text.length <= 30 && (/^\d+ (?:phút|giờ|ngày) trước$/u.test(text) || (looksLikeDateLine(text) && /^[\d\s/:.,-]+(?:GMT\+?\d*)?$/u.test(text)));
}

/**
 * The headline lines under a related-article heading: the run of
 * headline-shaped lines (and time stamps) after it. The run belongs to the
 * heading when it ends the heading's own text block (a blank line), the text,
 * or meets more furniture or the closing lines (attribution, byline,
 * keywords). A run that meets prose again without such an end (a heading
 * alone in its block, then subheadings or captions; a text without blank
 * lines) stays in the article: only the heading is set aside.
 * Returns the indexes of `lines` that belong to the block, after `heading`.
 */
export function relatedBlockLines(lines: readonly SourceLine[], heading: number): number[] {
  const taken: number[] = [];
  let pastBlank = false;
  for (let i = heading + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === "") {
      if (taken.length > 0 && !pastBlank) return taken;
      pastBlank = true;
      continue;
    }
    if (matchFurniture(text, false) || isClosingLine(text)) return taken;
    if (!isHeadlineShaped(text) && !(taken.length > 0 && isTimestamp(text))) return [];
    if (taken.length === MAX_BLOCK_HEADLINES) return [];
    taken.push(i);
  }
  return taken;
}

const isClosingLine = (text: string): boolean => parseAttribution(text) !== null || parseByline(text) !== null || parseTagsLine(text) !== null;

/**
 * The furniture lines at the top of the text, above the title: sections,
 * breadcrumbs, bars, counters. Stops at the first line no rule names. Keeps at
 * least two non-empty lines (a title and something under it).
 */
export function headFurniture(lines: readonly SourceLine[]): FurnitureLine[] {
  const out: FurnitureLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "") continue;
    const rule = matchFurniture(line.text, true);
    if (!rule || rule.opensBlock || rule.name === "related-inline") break;
    if (!hasNonEmpty(lines, i + 1, 2)) break;
    out.push({ line, ruleId: rule.ruleId, rule: rule.name });
  }
  return out;
}

/** At least `count` non-empty lines from `from` on. */
function hasNonEmpty(lines: readonly SourceLine[], from: number, count: number): boolean {
  let found = 0;
  for (let i = from; i < lines.length && found < count; i++) if (lines[i]!.text !== "") found++;
  return found >= count;
}

/** The furniture lines of `lines` from index `from` on, related blocks with their headlines. */
export function bodyFurniture(lines: readonly SourceLine[], from: number): FurnitureLine[] {
  const out: FurnitureLine[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const rule = matchFurniture(line.text, false);
    if (!rule) continue;
    out.push({ line, ruleId: rule.ruleId, rule: rule.name });
    if (!rule.opensBlock) continue;
    const block = relatedBlockLines(lines, i);
    for (const k of block) out.push({ line: lines[k]!, ruleId: rule.ruleId, rule: "related-headline" });
    if (block.length > 0) i = block[block.length - 1]!;
  }
  return out;
}

/**
 * A short line above the title that names no article (`Nhịp sống`, `Chuyện lạ`, `Euro 2024`):
 * at most three words and 30 characters, not a sentence. The caller also
 * requires a headline under it and the date line under that.
 */
export function isLabelLine(text: string): boolean {
  if (text.length > 30 || text.split(" ").length > 3) return false;
  if (/[.!?…;,"“”]/.test(text)) return false;
  return parseByline(text) === null;
}

/** Dateline codes that open a lead (`TTO - `, `(NLĐO) - `) and the outlet each names. */
const DATELINE_CODES: Readonly<Record<string, string>> = {
  "TTO": "Tuổi Trẻ",
  "VOV.VN": "VOV",
  "VOV": "VOV",
  "TPO": "Tiền Phong",
  "NDO": "Nhân Dân",
  "SGGPO": "Sài Gòn Giải Phóng",
  "SGGP": "Sài Gòn Giải Phóng",
  "PLO": "Pháp Luật TP.HCM",
  "NLĐO": "Người Lao Động",
  "NLĐ": "Người Lao Động",
  "VTV.VN": "VTV",
  "VTV": "VTV",
  "QĐND": "Quân đội nhân dân",
  "QĐND ONLINE": "Quân đội nhân dân",
  "GDVN": "Giáo dục Việt Nam",
  "ANTĐ": "An ninh Thủ đô",
  "ANTĐO": "An ninh Thủ đô",
  "HNM": "Hà Nội mới",
  "KTĐT": "Kinh tế & Đô thị",
  "DNVN": "Doanh nghiệp Việt Nam",
  "VIETNAM+": "VietnamPlus",
  "VIETNAMPLUS": "VietnamPlus",
  "BAOTINTUC.VN": "Tin tức",
  "CHINHPHU.VN": "Báo Chính phủ",
  "DÂN TRÍ": "Dân trí",
  "CAND": "CAND",
  "TTXVN": "TTXVN",
  "VTC NEWS": "VTC News",
};
const BARE_DATELINE = /^(TTO|VOV\.VN|VOV|TPO|NDO|SGGPO|SGGP|PLO|NLĐO|VTV\.vn|QĐND(?: Online)?|GDVN|ANTĐO|ANTĐ|HNM|KTĐT|DNVN|VTC News)\s*[-–—]\s+(?=\S)/u;
const BRACKET_DATELINE = /^\(([^()]{2,40})\)\s*[-–—]\s+(?=\S)/u;

export interface Dateline {
  /** The prefix as written, `TTO - ` or `(Dân trí) - `. */
  prefix: string;
  source: string;
}

/**
 * The outlet named by a dateline prefix at the start of the lead. `bare`: the
 * furniture rules are on, so also read unbracketed codes (`TTO -`, `VOV.VN -`)
 * and map known codes to their outlet (`(NLĐO)` → Người Lao Động).
 */
export function readDateline(lead: string, bare: boolean): Dateline | null {
  const bracket = BRACKET_DATELINE.exec(lead);
  if (bracket) {
    const code = bracket[1]!.trim();
    const known = bare ? DATELINE_CODES[code.toUpperCase()] : undefined;
    const source = known ?? parseAttribution(`Theo ${code}`)?.source ?? null;
    return source ? { prefix: bracket[0], source } : null;
  }
  const m = bare ? BARE_DATELINE.exec(lead) : null;
  const source = m ? DATELINE_CODES[m[1]!.toUpperCase()] : undefined;
  return m && source ? { prefix: m[0], source } : null;
}

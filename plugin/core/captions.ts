/**
 * Photo captions in raw news text. Two kinds are recognised:
 *  - explicit: the line names the photo (`… (Ảnh: Bảo Kỳ)`, `Ảnh: TTXVN`,
 *    `… (Ảnh minh họa)`, `… - Ảnh: Reuters`);
 *  - the photo block after the lead: one or more short, single-sentence lines
 *    right after a long lead and followed by a long paragraph, the layout every
 *    Vietnamese outlet uses for its top photo.
 * Anything else stays a paragraph: a wrong caption hides text, a missed one
 * only loses styling.
 */

const EXPLICIT_END = /\(\s*(?:ảnh|anh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|ảnh chụp màn hình|video|clip|đồ họa|đồ hoạ|photo)\b[^()]*\)\s*\.?$|\s[-–—]\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*[^.]{1,60}\.?$/iu;
const EXPLICIT_START = /^(?:ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:/iu;

export function isExplicitCaption(text: string): boolean {
  return text.length <= 400 && (EXPLICIT_END.test(text) || EXPLICIT_START.test(text));
}

const MAX_IMPLICIT = 160;
const MIN_IMPLICIT = 15;
const MIN_LONG = 200;

const NARRATIVE_START = /^(?:theo|trước|sau|tuy|ngoài|bên cạnh|trong khi|cùng|đồng thời|do|vì|như vậy|hiện|cụ thể|riêng|còn|nhưng|và|khi|nếu|để|với|từ|tại|ngày|sáng|chiều|tối|trưa|đêm|hôm|năm|tháng)\b/iu;

/** A short line that could be a caption if its position says so. */
function isCaptionShaped(text: string): boolean {
  if (text.length < MIN_IMPLICIT || text.length > MAX_IMPLICIT) return false;
  // A caption is a sentence: it ends with a full stop (a line without one is a subheading).
  if (!/[.…]$/.test(text)) return false;
  // Narrative openers ("Theo đó, …", "Đóng cửa, …") belong to the story, not to a photo.
  if (NARRATIVE_START.test(text) || /^[^,]{1,20},/.test(text)) return false;
  if (/["“”«»]/.test(text)) return false;
  // One sentence only.
  if (/[.!?…]\s+\p{Lu}/u.test(text)) return false;
  // Starts like a caption: a capitalised word or a number.
  return /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * Decide, for paragraphs in reading order, which are captions. `paragraphs`
 * are the body texts after the title and date line, before any closing
 * attribution/byline.
 */
export function markCaptions(paragraphs: readonly string[]): boolean[] {
  const out = paragraphs.map(isExplicitCaption);
  const first = out.indexOf(false);
  if (first === -1) return out;
  const lead = paragraphs[first]!;
  if (lead.length < MIN_LONG * 0.75) return out;
  let end = first + 1;
  while (end < paragraphs.length && !out[end] && isCaptionShaped(paragraphs[end]!)) end++;
  const next = paragraphs[end];
  if (end > first + 1 && end - first - 1 <= 3 && next !== undefined && next.length >= MIN_LONG) {
    for (let i = first + 1; i < end; i++) out[i] = true;
  }
  return out;
}

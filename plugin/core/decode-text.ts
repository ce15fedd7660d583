/**
 * Raw bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 LE/BE
 * with BOM. Anything else that is not valid text is reported with its byte
 * offset instead of being decoded into mojibake.
 */

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

export interface DecodeFailure {
  ruleId: "invalid-encoding";
  reason: string;
  /** 0-based byte offset of the first offending byte. */
  byteOffset: number;
  /** 1-based line of that byte (counting LF, CR and CRLF as one break). */
  line: number;
  column: number;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; failure: DecodeFailure };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

export function decodeText(input: Uint8Array | string): DecodeResult {
  if (typeof input === "string") {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return checkNul(text, "utf-8");
  }
  const b = input;
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decode16(b, "utf-16le");
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decode16(b, "utf-16be");
  const hasBom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const body = hasBom ? b.subarray(3) : b;
  try {
    const text = utf8.decode(body);
    return checkNul(text, hasBom ? "utf-8-bom" : "utf-8", b, hasBom ? 3 : 0);
  } catch {
    const rel = firstInvalidUtf8(body);
    const offset = rel + (hasBom ? 3 : 0);
    const where = positionOfByte(b, offset);
    const looks16 = nulRatio(b) > 0.2;
    return {
      ok: false,
      failure: {
        ruleId: "invalid-encoding",
        reason: looks16
          ? `Byte 0x${hex(b[offset])} at offset ${offset} is not valid UTF-8; the file looks like UTF-16 without a byte-order mark. Save it as UTF-8.`
          : `Byte 0x${hex(b[offset])} at offset ${offset} is not valid UTF-8. Save the file as UTF-8 (legacy encodings such as Windows-1258, TCVN3 or VNI are not read).`,
        byteOffset: offset,
        ...where,
      },
    };
  }
}

function decode16(b: Uint8Array, enc: "utf-16le" | "utf-16be"): DecodeResult {
  const body = b.subarray(2);
  if (body.length % 2 !== 0) {
    return fail16(b, b.length - 1, `The file has a ${enc.toUpperCase()} byte-order mark but an odd number of bytes; its last byte is cut off.`);
  }
  try {
    const text = (enc === "utf-16le" ? utf16le : utf16be).decode(body);
    return checkNul(text, enc);
  } catch {
    // Find the first unpaired surrogate to report where the text breaks.
    const le = enc === "utf-16le";
    for (let i = 0; i + 1 < body.length; i += 2) {
      const unit = le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = i + 3 < body.length ? (le ? body[i + 2]! | (body[i + 3]! << 8) : (body[i + 2]! << 8) | body[i + 3]!) : -1;
        if (next >= 0xdc00 && next <= 0xdfff) { i += 2; continue; }
        return fail16(b, i + 2, `Unpaired UTF-16 surrogate at byte offset ${i + 2}.`);
      }
      if (unit >= 0xdc00 && unit <= 0xdfff) return fail16(b, i + 2, `Unpaired UTF-16 surrogate at byte offset ${i + 2}.`);
    }
    return fail16(b, 0, `The file is not valid ${enc.toUpperCase()}.`);
  }
}

function fail16(_b: Uint8Array, offset: number, reason: string): DecodeResult {
  return { ok: false, failure: { ruleId: "invalid-encoding", reason, byteOffset: offset, line: 1, column: 1 } };
}

/** NUL characters mean binary data, not news text. */
function checkNul(text: string, encoding: TextEncodingName, bytes?: Uint8Array, skip = 0): DecodeResult {
  const nul = text.indexOf("\u0000");
  if (nul === -1) return { ok: true, text, encoding };
  let byteOffset = nul;
  if (bytes) byteOffset = bytes.indexOf(0, skip);
  const where = bytes ? positionOfByte(bytes, byteOffset) : positionInText(text, nul);
  return {
    ok: false,
    failure: {
      ruleId: "invalid-encoding",
      reason: `NUL byte at offset ${byteOffset}: this is binary data, not text.`,
      byteOffset,
      ...where,
    },
  };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

function positionOfByte(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < b.length; i++) {
    if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) { line++; lineStart = i + 1; }
  }
  // Column in characters: count UTF-8 lead bytes between line start and offset.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((b[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

function positionInText(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
  }
  return { line, column: index - lineStart + 1 };
}

function nulRatio(b: Uint8Array): number {
  const n = Math.min(b.length, 4096);
  if (n === 0) return 0;
  let z = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) z++;
  return z / n;
}

function hex(n: number | undefined): string {
  return (n ?? 0).toString(16).toUpperCase().padStart(2, "0");
}

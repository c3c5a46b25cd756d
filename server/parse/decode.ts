/**
 * Bytes to text. Detects BOMs (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM, binary data,
 * invalid UTF-8 and HTML. Unreadable input raises a named `InputError`; recoverable problems
 * become warnings. HTML markup is blanked with spaces of the same length, so offsets into the
 * decoded text still point at the same characters.
 */

export type InputErrorCode = 'empty' | 'binary' | 'too_large' | 'encoding' | 'scanned_pdf' | 'unsupported';

/** A file the parser cannot read at all. `name` is always 'InputError'; `code` says why. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(public code: InputErrorCode, message: string) {
    super(message);
  }
}

export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface Decoded { text: string; warnings: string[] }

/**
 * Decode a file's bytes.
 * @example decodeBytes(Buffer.from('Số: 1/QĐ-UBND')) → {text: 'Số: 1/QĐ-UBND', warnings: []}
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (buf.length > MAX_INPUT_BYTES) throw new InputError('too_large', `file is too large (${buf.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  if (buf.length === 0) throw new InputError('empty', 'file is empty');
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) text = utf8(buf.subarray(3), warnings);
  else if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le').decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be').decode(buf.subarray(2));
  else if (looksUtf16(buf)) { text = new TextDecoder(looksUtf16(buf)!).decode(buf); warnings.push('UTF-16 text without a byte-order mark'); }
  else {
    if (looksBinary(buf)) throw new InputError('binary', 'binary data, not text (is this a PDF, image or archive?)');
    text = utf8(buf, warnings);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError('empty', 'file has no text');
  if (looksHtml(text)) { text = blankHtml(text); warnings.push('HTML markup removed'); }
  const legacy = legacyEncoding(text);
  if (legacy) warnings.push(`legacy Vietnamese encoding (${legacy}) suspected: convert the file to Unicode for reliable results`);
  return { text, warnings };
}

function utf8(buf: Uint8Array, warnings: string[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(buf);
    const bad = (lossy.match(/\uFFFD/g) ?? []).length;
    if (bad > Math.max(8, lossy.length * 0.02)) {
      // Mostly not UTF-8: an 8-bit legacy file. Read it byte by byte so nothing is lost.
      warnings.push(`not valid UTF-8 (${bad} undecodable sequences): read as Windows-1252`);
      return new TextDecoder('windows-1252').decode(buf);
    }
    warnings.push(`invalid UTF-8: ${bad} undecodable byte sequence(s) replaced with U+FFFD`);
    return lossy;
  }
}

function looksUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) { if (buf[i] === 0) evenZero++; if (buf[i + 1] === 0) oddZero++; }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control > n * 0.02;
}

function looksHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(head)) return true;
  const tags = (text.slice(0, 20000).match(/<\/?(p|div|span|br|td|tr|table|body|head|b|i|strong|em)\b[^>]*>/gi) ?? []).length;
  return tags > 10;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replace tags, scripts and styles with spaces, and entities with their character padded by spaces. */
export function blankHtml(text: string): string {
  const spaces = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, spaces)
    .replace(/<!--[\s\S]*?-->/g, spaces)
    .replace(/<\/?(p|div|br|tr|li|h[1-6]|table)\b[^>]*>/gi, (t) => '\n' + spaces(t.slice(1)))
    .replace(/<[^>]{0,2000}>/g, spaces)
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});/gi, (e, body: string) => {
      let ch: string | undefined;
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        ch = code > 0 && code < 0xffff ? String.fromCharCode(code) : undefined;
      } else ch = ENTITIES[body.toLowerCase()];
      return ch ? ch + ' '.repeat(e.length - 1) : e;
    });
}

/**
 * Text typed in the pre-Unicode TCVN3 (ABC) or VNI fonts reads as mojibake:
 * "Céng hßa x· héi" (TCVN3), "Coäng hoøa xaõ hoäi" (VNI).
 */
export function legacyEncoding(text: string): 'TCVN3' | 'VNI' | null {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const unicodeViet = (sample.match(/[\u1EA0-\u1EF9ơưđƠƯĐ]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  const tcvn = (sample.match(/[\u00A6-\u00BF\u00D0\u00DE\u00DF\u00F0\u00FE]/g) ?? []).length;
  const vni = (sample.match(/[aeiouyAEIOUY][\u00E4\u00F8\u00F5\u00FB\u00F9\u00EF\u00EB\u00F6\u00FC\u00F1\u00F2\u00E5\u00E6\u00E7\u00C4\u00D8\u00D5\u00DB\u00D9\u00CF\u00CB\u00D6\u00DC\u00D1\u00D2\u00C5]/g) ?? []).length;
  if (unicodeViet > letters * 0.02) return null;
  if (tcvn > letters * 0.02 && tcvn >= 5) return 'TCVN3';
  if (vni > letters * 0.02 && vni >= 5) return 'VNI';
  return null;
}

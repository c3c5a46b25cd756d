/**
 * Cleaning: turns the decoded file text into a normalised working text (`norm`) that the
 * other stages search, while keeping a map from every `norm` offset back to the original text.
 *
 * - Unicode NFC (NFD input is common in text copied from PDFs and macOS);
 * - every dash variant becomes '-', every exotic space becomes ' ';
 * - old-style tone placement becomes new-style (`uỷ` → `ủy`, `hoà` → `hòa`), so both spellings match;
 * - markdown emphasis and inline tags (`**`, `###`, `<sub>`) become spaces.
 * Only NFC can change lengths; every other step replaces one UTF-16 unit with one unit.
 */

export interface CleanText {
  /** The decoded file text, as given. */
  orig: string;
  /** The normalised working text. */
  norm: string;
  /** `map[i]` is the offset in `orig` of `norm[i]`; `map[norm.length] === orig.length`. Null when identical offsets. */
  map: Int32Array | null;
}

/** Map an offset in `norm` back to `orig`. Example: `toOrig(c, 5)` → 5 when no NFC change happened. */
export function toOrig(c: CleanText, i: number): number {
  if (!c.map) return i;
  if (i <= 0) return 0;
  if (i >= c.map.length) return c.orig.length;
  return c.map[i];
}

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\uFEFF]/g;
const TAGS = /<\/?[a-zA-Z][^<>\n]{0,200}>/g;
const MARKUP = /\*+|^#{1,6}(?= )|^>(?= )|\|/gm;

/** Old-style tone marks on a closing diphthong: the key is old, the value new. Same length. */
const TONE_PAIRS: Record<string, string> = {};
(() => {
  // o + toned a/e, u + toned y: the tone moves to the first vowel.
  const tones: Array<[string, string]> = [
    ['à', 'ò'], ['á', 'ó'], ['ả', 'ỏ'], ['ã', 'õ'], ['ạ', 'ọ'],
  ];
  const tonesE: Array<[string, string]> = [['è', 'ò'], ['é', 'ó'], ['ẻ', 'ỏ'], ['ẽ', 'õ'], ['ẹ', 'ọ']];
  const tonesY: Array<[string, string]> = [['ỳ', 'ù'], ['ý', 'ú'], ['ỷ', 'ủ'], ['ỹ', 'ũ'], ['ỵ', 'ụ']];
  for (const [a, o] of tones) TONE_PAIRS['o' + a] = o + 'a';
  for (const [e, o] of tonesE) TONE_PAIRS['o' + e] = o + 'e';
  for (const [y, u] of tonesY) TONE_PAIRS['u' + y] = u + 'y';
  for (const k of Object.keys(TONE_PAIRS)) {
    const v = TONE_PAIRS[k];
    TONE_PAIRS[k.toUpperCase()] = v.toUpperCase();
    TONE_PAIRS[k[0].toUpperCase() + k[1]] = v[0].toUpperCase() + v[1];
  }
})();
// A closing diphthong, not followed by a letter ("quý" is handled in the replacer).
const OLD_TONES = new RegExp(`(${Object.keys(TONE_PAIRS).join('|')})(?!\\p{L})`, 'gu');

/**
 * Normalise a decoded text for parsing.
 * @example clean('Tỉnh uỷ – Lai Châu').norm === 'Tỉnh ủy - Lai Châu'
 */
export function clean(orig: string): CleanText {
  let norm = orig;
  let map: Int32Array | null = null;
  const nfc = orig.normalize('NFC');
  if (nfc !== orig) {
    const parts: string[] = [];
    const m: number[] = [];
    // Normalise cluster by cluster (a base and its marks), remembering where each began.
    const re = /\P{M}\p{M}*|\p{M}+/gu;
    let x: RegExpExecArray | null;
    while ((x = re.exec(orig))) {
      const piece = x[0].length === 1 ? x[0] : x[0].normalize('NFC');
      parts.push(piece);
      for (let k = 0; k < piece.length; k++) m.push(x.index + Math.min(k, x[0].length - 1));
    }
    norm = parts.join('');
    m.push(orig.length);
    map = Int32Array.from(m);
  }
  norm = norm
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(/[\u01A2\u01A3]/g, (ch) => (ch === '\u01A2' ? 'Ư' : 'ư'))
    .replace(/\u00D0/g, 'Đ')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(TAGS, (t) => ' '.repeat(t.length))
    .replace(MARKUP, (t) => ' '.repeat(t.length))
    .replace(OLD_TONES, (t, _p, off: number, s: string) => {
      // "qu" + y: the u belongs to the consonant, so "quý" is already right.
      const prev = off > 0 ? s[off - 1] : '';
      if (t[0] === 'u' || t[0] === 'U') { if (prev === 'q' || prev === 'Q') return t; }
      return TONE_PAIRS[t] ?? t;
    });
  return { orig, norm, map };
}

const FOLD_CACHE = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLD_CACHE.get(ch);
  if (f === undefined) {
    let base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base === 'đ' || base === 'Đ') base = 'd';
    base = base.toLowerCase();
    f = base.length === 1 ? base : ch.length === 1 ? ch.toLowerCase().slice(0, 1) || ' ' : ' ';
    FOLD_CACHE.set(ch, f);
  }
  return f;
}

/**
 * Lower-case and strip diacritics, one output unit per input unit, so offsets carry over.
 * @example fold('Chỉ thị số 16/CT-TTg') === 'chi thi so 16/ct-ttg'
 */
export function fold(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    else out += foldChar(s[i]);
  }
  return out;
}

/** Collapse runs of whitespace to one space and trim: `squash(' a \n b ')` → `'a b'`. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Fold and squash, for comparing names: `key('Tỉnh  Uỷ')` → `'tinh uy'`. */
export function foldKey(s: string): string {
  return squash(fold(s).replace(/[^\p{L}\p{N}]+/gu, ' '));
}

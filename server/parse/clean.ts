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

/**
 * Characters replaced one for one: dashes by '-', unusual spaces by ' ', the old Ƣ/ƣ by Ư/ư, the
 * Icelandic Ð by Đ, fraction and division slashes that OCR and word processors put in numbers
 * ("87⁄2017/NĐ-CP") by '/', typographic quotes by straight ones.
 */
const SUBSTITUTE: Record<string, string> = {
  ...Object.fromEntries([...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D'].map((c) => [c, '-'])),
  ...Object.fromEntries([...'\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\uFEFF'].map((c) => [c, ' '])),
  '\u01A2': 'Ư', '\u01A3': 'ư', '\u00D0': 'Đ',
  '\u2044': '/', '\u2215': '/', '\uFF0F': '/',
  ...Object.fromEntries([...'“”„‟″'].map((c) => [c, '"'])),
  ...Object.fromEntries([...'‘’‚‛′'].map((c) => [c, "'"])),
};
const SUBSTITUTED = new RegExp(`[${Object.keys(SUBSTITUTE).join('')}]`, 'g');
const TAGS = /<\/?[a-zA-Z][^<>\n]{0,200}>/g;
// (Opening with its word, so the engine skips ahead; the line start is checked in the replacer.)
const PAGE_GLUED = /Trang \d{1,3}(?=\p{Lu}\p{Lu})/gu;
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
// A pair's first letter, then its second from a class (a few more pairs match than need changing;
// those map to themselves): the engine scans a class far faster than a long alternation.
const OLD_TONES = new RegExp(
  `([${[...new Set(Object.keys(TONE_PAIRS).map((k) => k[0]))].join('')}][${[...new Set(Object.keys(TONE_PAIRS).map((k) => k.slice(1)))].join('')}])(?!\\p{L})`,
  'gu',
);

/**
 * Tone placement and NFC only, for short strings such as names: `normalizeTones('Tỉnh uỷ')` → 'Tỉnh ủy'.
 */
export function normalizeTones(s: string): string {
  return s.normalize('NFC').replace(OLD_TONES, (t, _p, off: number, str: string) => {
    const prev = off > 0 ? str[off - 1] : '';
    if ((t[0] === 'u' || t[0] === 'U') && (prev === 'q' || prev === 'Q')) return t;
    return TONE_PAIRS[t] ?? t;
  });
}

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
  // Line ends, first (on the text as given, not on the blanks that markup removal leaves): CRLF and
  // CR become LF, and blanks before a line end go, so a Windows file or one with trailing blanks
  // reads exactly as its plain twin (the map keeps offsets into the original). Plain searches
  // first: most texts have none of these.
  if (norm.includes('\r') || norm.includes(' \n') || norm.includes('\t\n') || /[ \t]$/.test(norm)) {
    // (Only the junk is matched: a plain line break is no match and costs nothing.)
    ({ text: norm, map } = squeeze(norm, map, /[ \t]+(?:\r\n?|\n|$)|\r\n?/g, (m) => (/[\r\n]/.test(m) ? 1 : 0)));
  }
  norm = norm
    // One pass for the one-for-one substitutions (see SUBSTITUTE).
    .replace(SUBSTITUTED, (ch) => SUBSTITUTE[ch])
    // A hyphen OCR doubled inside a symbol ("08/2013/TT- -BTC"): the second one becomes a space.
    // (The literal hyphen leads, so the engine jumps from hyphen to hyphen instead of trying every position.)
    .replace(/-(?<=[A-ZĐ0-9]-[ \t]{0,2}-)(?=[ \t]{0,2}[A-ZĐ])/g, ' ')
    .replace(TAGS, (t) => ' '.repeat(t.length))
    .replace(MARKUP, (t) => ' '.repeat(t.length))
    .replace(OLD_TONES, (t, _p, off: number, s: string) => {
      // "qu" + y: the u belongs to the consonant, so "quý" is already right.
      const prev = off > 0 ? s[off - 1] : '';
      if (t[0] === 'u' || t[0] === 'U') { if (prev === 'q' || prev === 'Q') return t; }
      return TONE_PAIRS[t] ?? t;
    });
  // A page marker of a PDF export glued to the line after it: "Trang 1UỶ BAN NHÂN DÂN".
  if (norm.includes('Trang ')) norm = norm.replace(PAGE_GLUED, (t, off: number, all: string) => (off === 0 || all[off - 1] === '\n' ? ' '.repeat(t.length) : t));
  // Double-spaced text (a blank line after every line, as .docx paragraphs and many web pages
  // give): every run of line breaks is halved, so lines follow one another and a real paragraph
  // break stays one blank line.
  if (doubleSpaced(norm)) ({ text: norm, map } = squeeze(norm, map, /\n{2,}/g, (m) => Math.ceil(m.length / 2)));
  return { orig, norm, map };
}
/**
 * Rewrite every match of `re` (global) in `text` as line breaks only: `keep(match)` of them,
 * standing at the match's first line breaks. Returns the text and the composed map back to the
 * original (`map` maps `text` offsets to the original, null for identity).
 */
function squeeze(text: string, map: Int32Array | null, re: RegExp, keep: (m: string) => number): { text: string; map: Int32Array } {
  const out = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let n = 0;
  let last = 0;
  let x: RegExpExecArray | null;
  while ((x = re.exec(text))) {
    const k = keep(x[0]);
    parts.push(text.slice(last, x.index));
    for (let i = last; i < x.index; i++) out[n++] = i;
    let kept = 0;
    for (let i = 0; i < x[0].length && kept < k; i++) {
      const ch = x[0][i];
      if (ch === '\n' || (ch === '\r' && x[0][i + 1] !== '\n')) { out[n++] = x.index + i; kept++; }
    }
    parts.push('\n'.repeat(kept));
    last = x.index + x[0].length;
  }
  parts.push(text.slice(last));
  for (let i = last; i < text.length; i++) out[n++] = i;
  out[n++] = text.length;
  const composed = Int32Array.from(out.subarray(0, n));
  if (map) for (let i = 0; i < composed.length; i++) composed[i] = map[composed[i]];
  return { text: parts.join(''), map: composed };
}

/**
 * Whether nearly every line is followed by a blank line: at least 20 lines, of which 85% or more
 * end in two or more line breaks.
 */
function doubleSpaced(text: string): boolean {
  let lines = 0;
  let doubled = 0;
  let i = text.indexOf('\n');
  // Count the runs of line breaks (a line ends at each) and those of two or more; stop early once
  // single breaks rule it out.
  while (i >= 0) {
    let j = i;
    while (text.charCodeAt(j + 1) === 10) j++;
    lines++;
    if (j > i) doubled++;
    if (lines - doubled > 3 + lines * 0.15) return false;
    i = text.indexOf('\n', j + 1);
  }
  return lines >= 20 && doubled >= (lines - 1) * 0.85;
}


// One folded code unit for every BMP code unit: lower-case, diacritics stripped, đ → d.
const FOLD_TABLE = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = c; continue; }
    const ch = String.fromCharCode(c);
    let base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base === 'đ' || base === 'Đ') base = 'd';
    base = base.toLowerCase();
    t[c] = base.length === 1 ? base.charCodeAt(0) : (ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : c);
  }
  return t;
})();

/**
 * Lower-case and strip diacritics, one output unit per input unit, so offsets carry over.
 * @example fold('Chỉ thị số 16/CT-TTg') === 'chi thi so 16/ct-ttg'
 */
export function fold(s: string): string {
  // Header and footer lines are folded many times over: remember the short ones.
  if (s.length <= 32) {
    const hit = FOLD_MEMO.get(s);
    if (hit !== undefined) return hit;
    const f = foldUncached(s);
    if (FOLD_MEMO.size > 50000) FOLD_MEMO.clear();
    FOLD_MEMO.set(s, f);
    return f;
  }
  return foldUncached(s);
}
const FOLD_MEMO = new Map<string, string>();

function foldUncached(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (ascii) return s.toLowerCase();
  const n = s.length;
  const buf = new Uint16Array(n);
  for (let i = 0; i < n; i++) buf[i] = FOLD_TABLE[s.charCodeAt(i)];
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
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

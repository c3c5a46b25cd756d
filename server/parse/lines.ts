/**
 * Line index over the normalised text, and the line-level recognisers shared by the
 * splitter, the header and the footer (motto, number line, receipt stamps, capacities, names).
 */
import { fold, squash } from './clean';
import { readPlaceDate } from './dates';
import { provinceIn } from './issuers';
import { SURNAMES } from './vocab';

/** A line of the normalised text, with its folded form (see clean.fold). */
export interface Line { start: number; end: number; text: string; f: string }

/** Split text into lines with offsets (without the line break). */
export function indexLines(text: string, folded: string = fold(text), from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const lineEnd = e > s && text[e - 1] === '\r' ? e - 1 : e;
    out.push({ start: s, end: lineEnd, text: text.slice(s, lineEnd), f: folded.slice(s, lineEnd) });
    if (e >= to) break;
    s = e + 1;
  }
  return out;
}

/** Index of the first line whose span contains `offset` (binary search). */
export function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const isBlank = (l: Line): boolean => !/[\p{L}\p{N}]/u.test(l.text);

/** The national motto of either branch, possibly merged with an issuer line in two-column OCR. */
export function mottoAt(folded: string): number {
  // OCR mangles the motto ("CỌNG HÒA XÃ HỌI", "ŸIƑÏ NAM"): match its stable middle.
  const a = /(c\S{2,3} h\S{1,2} )?xa h\S{1,2} ch\S ngh|c[o0]ng hoa xa h/.exec(folded);
  if (a) return a.index;
  const b = /(^|\s)dang cong san viet nam\s*$/.exec(folded);
  if (b) return b.index + b[1].length;
  const c = folded.search(/doc lap\s*-+\s*t[uy] do|tu do\s*-+\s*hanh phuc/);
  return c >= 0 ? c : -1;
}

/** "Số: 628 /UBND-VX", "Số 53-CV/TU", "Số:    /QĐ-UBND" (blank draft number): a capital S, near the line start. */
const NUMBER_LINE = /(?:^|[\s*:|])(S[ốỐoOôÔồổỏ6éèêÉÓó]|SỐ|^\s*s[ốéóô](?=\s?:))\s{0,3}[:.]{0,2}\s{0,6}(?:(?:\d\s?){1,6}\s{0,3}[-/]|[^\s/]{0,8}?[._…\s]{0,20}\/)/u;
export function numberLineAt(text: string): number {
  const m = NUMBER_LINE.exec(text.slice(0, 120));
  if (!m) return -1;
  return m.index + (m[0].length - m[0].trimStart().length);
}

export function isPlaceDateLine(folded: string): boolean {
  if (folded.length > 400) return false;
  const r = readPlaceDate(folded);
  return !!r && (r.year !== null || r.iso !== null);
}

/** A line that looks like an incoming stamp: "ĐẾN", "Số đến", "CÔNG VĂN ĐẾN", "Chuyển:", "Số lưu". */
export function isStampCore(text: string): boolean {
  // "ĐẾN" on a stamp stands in a short line or before its register number or date; a capitals
  // title that OCR stripped of its marks ("... DEN MUA BAN HÀNG HOA CUA NHÀ DAU TƯ") has it too.
  const den = /(^|[^\p{L}])(ĐẾN|ĐÉN|DEN)([^\p{L}]|$)/u.exec(text);
  if (den && (text.trim().split(/\s+/).length <= 6 || /^(ĐẾN|ĐÉN|DEN)\s*(Số|Ngày|Ngay|:|\d)/u.test(text.slice(den.index + den[1].length)))) return true;
  return /^\s*(Số lưu|Số đến|Chuyển|Chuyên|Lưu hồ sơ)\b/i.test(text);
}

const CAPACITY_PREFIX = /(?:^|[\s;,.])((?:TM|T\/M|KT|K\/T|TL|T\/L|TUQ|Q)\s?[.:]?\s+\p{Lu}[\p{Lu} ]{2,60})/u;
const ROLE = /(?:^|[\s;,.])((?:PHÓ |Q\. )?(?:CHỦ TỊCH|BÍ THƯ|BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|THỦ TƯỚNG|TRƯỞNG PHÒNG|CHÁNH THANH TRA|VIỆN TRƯỞNG|CHÁNH ÁN|CHỦ NHIỆM|TRƯỞNG ĐOÀN|ỦY VIÊN THƯỜNG TRỰC|THƯỜNG TRỰC)(?: [\p{Lu}]{1,12}){0,4})\s*$/u;

/** Capacity phrases in a signature block line: "TM. BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC", "PHÓ BÍ THƯ". */
export function capacitiesIn(text: string): string[] {
  const out: string[] = [];
  const t = text.replace(/Ƣ/g, 'Ư');
  const a = CAPACITY_PREFIX.exec(t);
  if (a) out.push(squash(a[1]));
  const b = ROLE.exec(t);
  if (b && !(a && a[1].includes(b[1].trim()))) out.push(squash(b[1]));
  return out;
}

/**
 * A person's name on its own line: 2–5 words, each capitalised, starting with a family name.
 * @example personName('Lò Minh Hùng') === 'Lò Minh Hùng'
 */
export function personName(text: string): string | null {
  const t = squash(text.replace(/\((đã ký|ký|signed)[^)]*\)/gi, '').replace(/[/.]+$/, ''));
  if (t.length < 5 || t.length > 40) return null;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  const caps = words.every((w) => /^\p{Lu}[\p{L}']*$/u.test(w));
  if (!caps) return null;
  const allUpper = words.every((w) => w === w.toUpperCase());
  const titled = words.every((w) => /^\p{Lu}[\p{Ll}']*$/u.test(w));
  if (!allUpper && !titled) return null;
  if (!SURNAMES.has(fold(words[0]))) return null;
  // A province name ("Hà Nội", "Lai Châu") is not a person; a one-syllable key such as "Huế"
  // is also a given name ("Vương Đình Huệ"), so only two or more words that name a province count.
  const fw = fold(t).split(' ');
  for (let k = 0; k + 1 < fw.length; k++) {
    if (provinceIn(`${fw[k]} ${fw[k + 1]}`) && !provinceIn(fw[k]) && !provinceIn(fw[k + 1])) return null;
  }
  if (allUpper) return words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
  return t;
}

/** Places in a flattened document where its layout had line breaks: the space before these words. */
const REFLOW_BEFORE = new RegExp(
  ` (?=(?:${[
    'CỘNG HÒA XÃ HỘI', 'CỘNG HOÀ XÃ HỘI', 'Độc lập\\s*[-–]', 'Số\\s*:', 'V/v\\s', 'Kính gửi\\s*:',
    '(?:QUYẾT ĐỊNH|CÔNG VĂN|KẾ HOẠCH|CHỈ THỊ|THÔNG BÁO|CÔNG ĐIỆN|NGHỊ QUYẾT|KẾT LUẬN|HƯỚNG DẪN|BÁO CÁO|TỜ TRÌNH|CHƯƠNG TRÌNH|QUY ĐỊNH|QUY CHẾ)(?=\\s|$)',
    '-?\\s*Căn cứ\\s', 'Xét\\s', 'Thực hiện\\s', 'Theo đề nghị\\s', 'Điều \\d+\\s*[.:]', 'Chương [IVXLC]+\\b',
    'Nơi nhận\\s*:', '(?:TM|KT|TL|TUQ|T/M)\\.?\\s+\\p{Lu}{2}',
  ].join('|')}))`,
  'gu',
);

/**
 * A whole document copied from a web page onto one line ("... ***Số: 367 - QĐ/TWĐTN Hà Nội, ngày
 * ... QUYẾT ĐỊNH Về việc ... - Căn cứ ... Điều 1. ..."): its layout breaks are put back, as line
 * breaks in place of the spaces before headers, preambles, articles and the closing. Lengths and
 * offsets do not change. Only a first line of more than 600 characters that opens with a header is touched.
 * @example reflowFlattened('CỘNG HÒA XÃ HỘI ... Số: 5/QĐ-UBND ...') // the same length, some spaces now '\n'
 */
export function reflowFlattened(text: string): string {
  const first = /^\s*([^\n]*)/.exec(text);
  if (!first || first[1].length <= 600) return text;
  if (!/(Số\s*:|CỘNG HO?ÒA|Độc lập)/u.test(first[1].slice(0, 600))) return text;
  const at = first[0].length - first[1].length;
  return text.slice(0, at) + first[1].replace(REFLOW_BEFORE, '\n') + text.slice(at + first[1].length);
}

/**
 * The header of one document: issuer lines, motto, number ("Số: 628/UBND-VX"), place and
 * date, the type word and the trích yếu (title), the Kính gửi list, and incoming receipt stamps.
 * Works line by line on the normalised text; two-column layouts flattened by OCR or crawlers
 * (issuer and motto on one line) are cut apart at the motto.
 */
import type { Issuer, Receipt } from '../schema';
import { fold, squash } from './clean';
import { iso, readPlaceDate, readStampDate } from './dates';
import { classifyAuthority, isAllCaps, placePhrase, provinceIn, smartCase } from './issuers';
import { Line, isBlank, isStampCore, mottoAt, numberLineAt } from './lines';
import { OLD_CODES, SYMBOL_SOURCE, SymbolParts, canonicalSymbol, decomposeSymbol, typeOfSymbol } from './symbols';
import { TYPE_WORDS } from './vocab';

export interface Header {
  number: string | null;
  parts: SymbolParts | null;
  type: string | null;
  title: string | null;
  /** Offsets (normalised text) of the title's first and last character, for citations inside it. */
  titleSpan: [number, number] | null;
  /** The issuer named by the header lines, and its parent body when the header has two levels. */
  issuer: Issuer | null;
  parentIssuer: Issuer | null;
  /** "CỦA BAN THƯỜNG VỤ TỈNH ỦY" under the type word, when present. */
  ofLine: string | null;
  place: string | null;
  placeProvince: string | null;
  issuedOn: string | null;
  year: number | null;
  to: string[];
  received: Receipt[];
  stampLines: Set<number>;
  /** Index (into the file's lines) of the first body line. */
  bodyLine: number;
  warnings: string[];
}

const SYMBOL_AT_START = new RegExp('^' + SYMBOL_SOURCE, 'u');
/**
 * The hyphen-only number of before 1992 after the "Số:" label: "101-HĐBT", "64-CP", and after the
 * label any issuer's code: "Số: 13-TBXH" (symbols.ts reads the first kind after "số" in running text).
 */
const OLD_NUMBER_AT_START = new RegExp(String.raw`^\d{1,4}[ \t]?-[ \t]?(?:${OLD_CODES}|[A-ZĐ]{2,8})(?![\p{L}\d/-])`, 'u');
/** The document's own number at the start of `s` (the text after "Số:"), in either form. */
const ownNumberAt = (s: string): RegExpExecArray | null => SYMBOL_AT_START.exec(s) ?? OLD_NUMBER_AT_START.exec(s);
const TYPE_WORD_RE = new RegExp(
  `(?:^|\\s)(${TYPE_WORDS.flatMap((t) => t.words).concat(['chuong trinh hanh dong', 'thong cao', 'lenh', 'du thao']).sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s:.,])`,
);
const TYPE_BY_WORD = new Map<string, string>();
for (const t of TYPE_WORDS) for (const w of t.words) TYPE_BY_WORD.set(w, t.name);
TYPE_BY_WORD.set('chuong trinh hanh dong', 'Chương trình');
TYPE_BY_WORD.set('thong cao', 'Thông cáo');
TYPE_BY_WORD.set('lenh', 'Lệnh');
/** Type words by their letters alone, for lines whose spacing OCR or typesetting broke ("K ÉT LUẬN"). */
const TYPE_BY_SPELLING = new Map<string, string>([...TYPE_BY_WORD.keys()].filter((w) => w.length >= 6).map((w) => [w.replace(/\s/g, ''), w]));

/** "V/v" after the number on the number line, set off by spaces. */
const VV_INLINE = /\s(?:V\s?[/|Il1]\s?[vV]|V\.v|Về việc)\b\.?\s*[:.]?\s*(?=\S)/u;
/** A subject line whose "V/v" OCR garbled ("VW", "V4", "VA", "Ứ⁄", "W⁄%:", "Vis"): a short token, then lower-case words. */
const GARBLED_VV = /^[\W\d_]{0,3}(?:(?:[VWỨU][^\p{L}\s]\S{0,2}|[VW][A-Z%]{1,2}|V[wv]|Vis|iv|Viv)\s*[:.]?\s+(?=\p{L})|[VWỨUvi]\S{0,3}\s*[:.]?\s+(?=\p{Ll}\S*\s+\p{Ll}))/u;
const VV = /^[\W\d_]{0,4}(V\s?[/|Il1]\s?[vV]|V\.v|Viv|VWv|Vív|Vv|V[A-Z]v|Về việc|VỀ VIỆC)\b\.?\s*[:.]?\s*/u;
const BODY_START_FOLDED = /^\W{0,3}(can cu|thuc hien|trien khai|thi hanh|quan triet|trong (thoi gian|nhung|nam|thang|tuan)|hien nay|qua |tai (phien|hoi nghi|cuoc)|theo (de nghi|chi dao|bao cao)|de (tiep tuc|trien khai|thuc hien|kip thoi)|nham |truoc tinh hinh|thoi gian (qua|vua qua|toi)|ngay \d|tra loi|dieu \d|chuong [ivx\d])/;
/** A body sentence opens here: "Căn cứ", "Thực hiện" ... with a capital, diacritics or not (OCR). */
function bodyStart(t: string, f: string): boolean {
  return /^\W{0,3}\p{Lu}/u.test(t) && !isAllCaps(t) && BODY_START_FOLDED.test(f);
}
/** A line that reads as running text: long, or a sentence with punctuation, not capitals. */
function proseLine(t: string): boolean {
  const n = squash(t).length;
  return !isAllCaps(t) && (n > 160 || (n > 60 && /[,;.:]/.test(t) && /\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}/u.test(t)));
}
const QUALIFIER = /^(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran)\b(?! uy)/;

/** A place-date on this line, only where a header would put it (near the start, after a capitalised place). */
function headerPlaceDate(text: string, folded = fold(text)): ReturnType<typeof readPlaceDate> {
  const pd = readPlaceDate(folded);
  if (!pd || !placeBefore(text, pd.comma)) return null;
  // Far along the line only in a two-column layout, where a wide gap separates the columns.
  if (pd.comma > 100 && columnGap(text, pd.comma) < 0) return null;
  return pd;
}

/** Start of the right-hand column before `at` ("V/v ...   Vĩnh Phúc, ngày"), or -1. */
function columnGap(text: string, at: number): number {
  const m = /\S(\s{2,})(?=\S[^]*$)/.exec(text.slice(Math.max(0, at - 60), at));
  return m ? Math.max(0, at - 60) + m.index + 1 + m[1].length : -1;
}

/** Does the line open with a document type in capitals ("THÔNG BÁO", "CÔNG ĐIỆN")? */
function typeWordAtStart(t: string, folded = fold(t)): boolean {
  const m = TYPE_WORD_RE.exec(folded);
  if (!m || m.index + (m[0].length - m[1].length) > 1) return false;
  const at = m.index + (m[0].length - m[1].length);
  const orig = t.slice(at, at + m[1].length);
  return orig === orig.toUpperCase() && !(m[1] === 'dien' && /^\W*điện biên/i.test(t));
}

/** Cut a header line at the motto or number so only the issuer part remains (two-column OCR). */
function issuerPart(text: string, f = fold(text)): string {
  let cut = text.length;
  const m = mottoAt(f);
  if (m >= 0) cut = Math.min(cut, m);
  const n = numberLineAt(text);
  if (n >= 0) cut = Math.min(cut, n);
  const d = f.search(/\b(doc lap|tu do)\b/);
  if (d >= 0) cut = Math.min(cut, d);
  return text.slice(0, cut);
}

/** Runs of capitalised words in a string ("Quyết định 435. ỦY BAN NHÂN DÂN TỈNH KON TUM ---" → ['ỦY BAN NHÂN DÂN TỈNH KON TUM']). */
function capsRuns(text: string): string[] {
  const runs: string[] = [];
  let cur: string[] = [];
  for (const tok of text.split(/\s+/)) {
    const w = tok.replace(/^[*"'(]+|[*"',;:)]+$/g, '');
    if (w && (/^[\p{Lu}][\p{Lu}-]*$/u.test(w) || (/^\d{1,2}$/.test(w) && /^(QUẬN|PHƯỜNG)$/u.test(cur[cur.length - 1] ?? '')) || (w === '-' && cur.length > 0))) cur.push(w);
    else { if (cur.length) runs.push(cur.join(' ')); cur = []; }
  }
  if (cur.length) runs.push(cur.join(' '));
  return runs.filter((r) => r.replace(/[^\p{L}]/gu, '').length >= 4);
}

/**
 * Read the header of the document spanning `lines[first..last]`.
 * @example readHeader(norm, lines, 0, 40).number === '628/UBND-VX'
 */
/** Tokens that are no words (digits inside, one or two letters, punctuation) before "Về" opening a subject. */
const STAMP_DEBRIS_BEFORE_VE = /^\s*(?:(?:\S*\d\S*|\p{L}{1,2}|[^\s\p{L}\d]+)\s+)*?(?:\S*\d\S*)\s+(?:[^\s\p{L}\d]+\s+)*(?=V[ềề]\s)/u;

export function readHeader(norm: string, lines: Line[], first: number, last: number): Header {
  const warnings: string[] = [];
  const { received, stampLines } = readStamps(lines, first, last);
  /** Whether the line before line i (over blank lines) is a "V/v" with no subject after it. */
  const underBareVv = (i: number): boolean => {
    for (let k = i - 1; k >= first && k >= i - 3; k--) {
      if (isBlank(lines[k])) continue;
      return /^\W{0,3}V\s?\/\s?v\W*$/iu.test(lines[k].text.trim());
    }
    return false;
  };
  // --- the header zone: up to the last anchor in the first lines, then to the first body line ---
  const zoneEnd = Math.min(last, first + 60);
  let lastAnchor = first - 1;
  for (let i = first; i <= Math.min(zoneEnd, first + 25); i++) {
    const l = lines[i];
    if (stampLines.has(i) || isBlank(l)) continue;
    const t = l.text.trim();
    const f = l.f.trim();
    if (/^\W{0,4}kinh gui\b/.test(f)) break;
    // The preamble ("Căn cứ ...", "Thực hiện ...") is body, even if a "QUYẾT ĐỊNH:" follows it.
    // (Not the subject under a bare "V/v": "V/v\n: Thực hiện quy định về hóa đơn.")
    if (i - first > 1 && lastAnchor >= first && bodyStart(t, f) && !underBareVv(i)) break;
    const anchor = mottoAt(f) >= 0 || numberLineAt(l.text) >= 0 || headerPlaceDate(l.text, l.f) || VV.test(t) || typeWordAtStart(t, l.f.trim());
    // Running text after the anchors is the body: a motto quoted further down ("Ví dụ: ĐẢNG CỘNG SẢN
    // VIỆT NAM") is no header.
    if (!anchor && i - first > 1 && lastAnchor >= first && proseLine(t) && !isAllCaps(t) && squash(t).length > 160) break;
    if (anchor) lastAnchor = i;
  }
  let bodyLine = zoneEnd + 1;
  for (let i = Math.max(first, lastAnchor + 1); i <= zoneEnd; i++) {
    const l = lines[i];
    if (stampLines.has(i) || isBlank(l)) continue;
    const t = l.text.trim();
    if (/^\W{0,4}kinh gui\b/.test(l.f.trimStart())) { bodyLine = i; break; }
    if (VV.test(t)) continue;
    if (proseLine(t) || (bodyStart(t, l.f.trim()) && !underBareVv(i))) { bodyLine = i; break; }
  }
  const zone: number[] = [];
  for (let i = first; i < bodyLine && i <= last; i++) if (!stampLines.has(i) && !isBlank(lines[i]) && !/^-{2,}\s*PAGE\b/i.test(lines[i].text.trim())) zone.push(i);

  // --- number ---
  let number: string | null = null;
  let parts: SymbolParts | null = null;
  let numberLine = -1;
  let numberEnd = -1;
  for (const i of zone) {
    const t = lines[i].text;
    const re = /(?:^|[\s*:|])(?:Số|SỐ|Sô|Sồ|Sổ|So|SO|Sỏ|S6|Sé|Sè|Sê|SÓ|Só|^\s*(?:số|sé|só|sô)(?=\s?:)|(?<=^\s*(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Lệnh|LUẬT|BỘ LUẬT|PHÁP LỆNH|NGHỊ QUYẾT|LỆNH)\s)(?:số|sô)(?=\s?:))\s{0,3}[:.]{0,2}\s{0,6}/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) {
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 80).replace(/(\d) (?=\d)/g, '$1');
      const sym = ownNumberAt(rest);
      if (sym) { number = canonicalSymbol(sym[0]); parts = decomposeSymbol(number); numberLine = i; numberEnd = m.index + m[0].length + sym[0].length; break; }
      // "Số:" alone at the end of its line, the symbol on the next (a table cell that wrapped).
      const next = /^\s*$/.test(rest) && /[:.]\s*$/.test(m[0]) ? zone[zone.indexOf(i) + 1] : undefined;
      if (next !== undefined && next - i <= 2) {
        const below = ownNumberAt(lines[next].text.trim());
        if (below) { number = canonicalSymbol(below[0]); parts = decomposeSymbol(number); numberLine = i; break; }
      }
      const blank = /^([^\s/]{0,8}?)[._…\s]{0,30}\/\s?((?:\d{4}\/)?[A-ZĐ][A-Za-zĐđ]*(?:\s?-\s?[A-ZĐ][A-Za-zĐđ0-9]*){0,3})/u.exec(rest);
      if (blank) {
        parts = decomposeSymbol('0/' + canonicalSymbol(blank[2]));
        numberLine = i;
        warnings.push(/[\p{L}\d]/u.test(blank[1]) ? 'number unreadable (OCR)' : 'number left blank (draft or unregistered document)');
        break;
      }
    }
    if (numberLine >= 0) break;
  }
  if (numberLine < 0) {
    // OCR lost the slash or garbled "Số": "86:5619 SYT-NVY".
    for (const i of zone.slice(0, 12)) {
      const m = /(?:^|[\s:])(\d{2,6})\s{1,3}([A-ZĐ]{2,8}(?:\s?-\s?[A-ZĐ]{1,8})+)(?![\p{L}])/u.exec(lines[i].text);
      if (m && !/^(19|20)\d\d$/.test(m[1])) {
        number = canonicalSymbol(`${m[1]}/${m[2]}`);
        parts = decomposeSymbol(number);
        numberLine = i;
        warnings.push('number read from a damaged line: check it');
        break;
      }
    }
  }
  if (numberLine < 0) warnings.push('no number found');

  // --- place and date ---
  let place: string | null = null;
  let placeProvince: string | null = null;
  let issuedOn: string | null = null;
  let year: number | null = null;
  let dateLine = -1;
  for (let z = 0; z < zone.length; z++) {
    const i = zone[z];
    let t = lines[i].text;
    let pd = headerPlaceDate(t, lines[i].f);
    // "Thọ Xuân,\nngày 17 tháng 7 năm 2018": a narrow table cell wrapped the place-date.
    // ("Lạng Sơn, ngày 13\ntháng 01 năm 2020" likewise.)
    const next = zone[z + 1];
    if (!pd && (/,\s*$/.test(t) || /,\s*ng[aà]y\s*\d{0,2}\s*$/iu.test(t)) && t.trim().length < 40 && next === i + 1 && /^\s*(ng[aà]y|th[aá]ng)\b/iu.test(lines[next].text)) {
      t = `${t.trimEnd()} ${lines[next].text.trim()}`;
      pd = headerPlaceDate(t, fold(t));
    }
    if (!pd) continue;
    dateLine = i;
    place = placeBefore(t, pd.comma);
    placeProvince = place ? provinceIn(fold(place).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()) : null;
    issuedOn = pd.iso;
    year = pd.year;
    if (pd.unreadable) warnings.push(pd.year ? 'date unreadable (only the year could be read)' : 'date unreadable');
    break;
  }
  /** A date read elsewhere than the header (day, month, year as text), taken when valid and in the header's year. */
  const fallbackDate = (m: RegExpExecArray | null, why: string): void => {
    if (!m) return;
    const d = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (!d || (year !== null && Number(m[3]) !== year)) return;
    issuedOn = d;
    year = Number(m[3]);
    const k = warnings.findIndex((w) => w.startsWith('date unreadable'));
    if (k >= 0) warnings.splice(k, 1);
    warnings.push(why);
    if (dateLine < 0) dateLine = -2;
  };
  if (!issuedOn) {
    // Digitally signed PDFs carry the signing time: "Thời gian ký: 24.11.2020 14:09", above the
    // header or, in many exports, after the signature at the end of the document.
    const SIGNED = /th\S{0,3}i gian k\S{0,2}\W{0,4}(\d{1,2})[./-](\d{1,2})[./-](\d{4})/;
    let m: RegExpExecArray | null = null;
    for (let i = first; i <= last && !m; i++) m = SIGNED.exec(lines[i].f);
    // OCR may garble the label ("Thor giản ky: 12.11.2018 10:27:40"): a dotted date with a time of
    // day in the first lines is that stamp too.
    for (let i = first, seen = 0; i <= last && !m && seen < 6; i++) {
      if (isBlank(lines[i])) continue;
      seen++;
      m = /(?:^|\s)(\d{2})\.(\d{2})\.(\d{4})\s+\d{1,2}:\d/.exec(lines[i].f);
    }
    fallbackDate(m, 'issue date taken from the digital signature time');
  }
  if (!issuedOn) {
    // Laws and resolutions of the National Assembly are dated by their adoption clause:
    // "Nghị quyết này được Quốc hội ... khóa XV, kỳ họp thứ ... thông qua ngày 11 tháng 01 năm 2022."
    const body: string[] = [];
    for (let i = first; i <= last; i++) body.push(lines[i].f);
    const joined = body.join(' ');
    if (/thong\s+qua\s+ngay/.test(joined)) fallbackDate(/\bnay\b[^.;]{0,250}?thong qua ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(joined.replace(/\s+/g, ' ')), 'issue date taken from the adoption clause');
  }
  if (!issuedOn && numberLine < 0) {
    // A regulation issued with a decision and given on its own: "QUY CHẾ ... (Ban hành kèm theo
    // Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của ...)" bears the decision's date.
    const head: string[] = [];
    for (let i = first; i <= Math.min(last, first + 25); i++) head.push(lines[i].f);
    const joined = head.join(' ').replace(/\s+/g, ' ');
    const m = /\(\s?(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|thong tu|nghi dinh|chi thi)[^()]{0,40}? ngay (\d{1,2})(?: thang |[/.-])(\d{1,2})(?: nam |[/.-])(\d{4})/.exec(joined);
    fallbackDate(m, 'issue date taken from the decision it was issued with');
  }
  if (dateLine === -1) warnings.push('no date found');

  // --- type word and title ---
  let type: string | null = null;
  let title: string | null = null;
  let titleSpan: [number, number] | null = null;
  let ofLine: string | null = null;
  let typeLine = -1;
  let typeEnd = 0;
  /**
   * The type word on line i: at the start of the line (after the date on a flattened date line), or,
   * when `afterDebris`, closing a line whose left column is scan debris from a receipt stamp
   * ("ĐẾN i: : _¬   CHỈ THỊ").
   */
  const typeWordOn = (i: number, afterDebris: boolean): boolean => {
    const t = lines[i].text;
    const f = lines[i].f;
    // On flattened lines the type word follows the date; elsewhere it opens the line.
    let from = 0;
    if (i === dateLine) {
      const pd = readPlaceDate(f);
      const tail = pd ? f.slice(pd.comma).search(/nam\s{0,3}\d{4}/) : -1;
      if (pd && tail >= 0) from = pd.comma + tail + 9;
      else return false;
    } else if (i === numberLine) return false;
    const seg = f.slice(from);
    const lead = seg.length - seg.trimStart().length;
    const m = TYPE_WORD_RE.exec(seg);
    if (!m) return false;
    const at = from + m.index + (m[0].length - m[1].length);
    if (afterDebris) {
      const before = t.slice(from, at);
      const letters = before.replace(/[^\p{L}]/gu, '');
      if (i === dateLine || letters.length > 8 || /\p{Ll}{2}/u.test(before) || /[\p{L}\d]/u.test(t.slice(at + m[1].length))) return false;
    } else if (at - from - lead > 1) return false;
    const original = t.slice(at, at + m[1].length);
    if (original !== original.toUpperCase()) return false;
    if (provinceIn(f.slice(at).split(/[,.;]/)[0].trim()) && m[1] === 'dien') return false;
    // "DỰ THẢO" above the type word marks a draft: the type word comes next.
    if (m[1] === 'du thao' && !/[\p{L}\d]/u.test(t.slice(at + m[1].length).replace(/\b(lần|lan|LẦN)\s*\d+/u, ''))) return false;
    type = TYPE_BY_WORD.get(m[1]) ?? null;
    typeLine = i;
    typeEnd = at + m[1].length;
    return true;
  };
  if (!zone.some((i) => typeWordOn(i, false)) && !zone.some((i) => typeWordOn(i, true))) {
    // A type word spaced out letter by letter ("Q U Y Ế T  Đ Ị N H") or split by OCR ("K ÉT LUẬN").
    for (const i of zone) {
      if (i === numberLine || i === dateLine) continue;
      const t = lines[i].text.trim();
      if (t.length > 40 || !/\s/.test(t) || !isAllCaps(t)) continue;
      const word = TYPE_BY_SPELLING.get(fold(t).replace(/[^a-z]/g, ''));
      if (!word) continue;
      type = TYPE_BY_WORD.get(word) ?? null;
      typeLine = i;
      typeEnd = lines[i].text.trimEnd().length;
      break;
    }
  }
  // --- issuer lines: before the first anchor ---
  const vvAt = zone.find((i) => VV.test(lines[i].text.trim()) && i !== numberLine) ?? bodyLine;
  // Issuer lines run until the number, date, type word or subject; motto text on the same lines is cut away.
  const firstAnchor = Math.min(...[numberLine, dateLine, typeLine].filter((x) => x >= 0), vvAt, bodyLine);
  const groups: string[] = [];
  for (const i of zone) {
    if (i > firstAnchor || (i === firstAnchor && i !== numberLine)) break;
    const part = issuerPart(lines[i].text, lines[i].f);
    const runs = capsRuns(part.replace(/^.*?\d{4}\.\s*/, ''));
    for (const r of runs) {
      const fr = fold(r);
      if (TYPE_BY_WORD.has(fr) || /^(doc lap|cong hoa)/.test(fr)) continue;
      // A name broken over two lines: "BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI", "BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH".
      const prevOpen = groups.length > 0 && /(\s-|\s(va|và|VÀ|VA)|,)$/u.test(groups[groups.length - 1]);
      if (groups.length && (QUALIFIER.test(fr) || (fr === 'viet nam' && !/viet nam$/.test(fold(groups[groups.length - 1]))) || ((/^va\b/.test(fr) || prevOpen) && !classifyAuthority(r)))) groups[groups.length - 1] += ' ' + r;
      else groups.push(r);
    }
  }
  let issuer: Issuer | null = null;
  let parentIssuer: Issuer | null = null;
  const classified = groups.map((g) => classifyAuthority(g, null)).filter((x): x is Issuer => !!x);
  if (classified.length) {
    issuer = classified[classified.length - 1];
    if (classified.length > 1) parentIssuer = classified[classified.length - 2];
    // "ỦY BAN NHÂN DÂN HUYỆN XUÂN NGUYÊN / PHÒNG Y TẾ": the office is the district's.
    const parentPlace = parentIssuer ? placePhrase(parentIssuer.name) : null;
    if (parentIssuer && parentPlace && !placePhrase(issuer.name) && issuer.level !== 'central' && parentIssuer.level !== 'provincial') {
      issuer = { ...issuer, name: `${issuer.name} ${parentPlace}`, level: parentIssuer.level === 'commune' ? 'commune' : 'district' };
    }
    if (!issuer.province && issuer.level !== 'central') {
      // A district's or commune's place line names the locality, not the province.
      const p = parentIssuer?.province ?? (issuer.level === 'district' || issuer.level === 'commune' ? null : placeProvince);
      if (p) issuer = classifyAuthority(issuer.name, p) ?? issuer;
    }
  }

  // The subject of a letter: "V/v ..." on its own line, after the number on the number line
  // ("Số: 384/BYT-KCB   V/v cấp ..."), or garbled by OCR ("VW", "V4", "Ứ⁄") in the subject's place under the number.
  let vvLine: number | undefined = zone.find((i) => VV.test(lines[i].text.trim()) && i !== numberLine);
  let vvFrom = -1;
  if (numberLine >= 0 && numberEnd >= 0 && (vvLine === undefined || vvLine > numberLine)) {
    const t = lines[numberLine].text;
    const m = VV_INLINE.exec(t.slice(numberEnd));
    if (m) { vvLine = numberLine; vvFrom = numberEnd + m.index + m[0].length; }
  }
  if (vvLine === undefined && numberLine >= 0 && typeLine < 0) {
    for (let i = numberLine + 1, seen = 0; i <= Math.min(last, numberLine + 4) && seen < 2; i++) {
      const l = lines[i];
      if (stampLines.has(i) || isBlank(l)) continue;
      const t = l.text.trim();
      if (/^\W{0,4}kinh gui\b/.test(l.f.trim())) break;
      seen++;
      if (headerPlaceDate(t, l.f.trim())?.comma === 0) continue;
      const m = GARBLED_VV.exec(t);
      if (m) { vvLine = i; vvFrom = (l.text.length - l.text.trimStart().length) + m[0].length; break; }
    }
  }
  const titleLines: Array<[number, number]> = [];
  if (vvLine !== undefined && (typeLine < 0 || vvLine <= typeLine + 1 || type === 'Công văn')) {
    const l = lines[vvLine];
    const lead = l.text.length - l.text.trimStart().length;
    const from = vvFrom >= 0 ? vvFrom : lead + VV.exec(l.text.trim())![0].length;
    // Two columns on one line: the subject on the left, "Vĩnh Phúc, ngày ..." on the right.
    const pd = readPlaceDate(l.f);
    let comma = pd ? pd.comma : -1;
    if (!pd) {
      // The date beside the subject may be unreadable ("Hà Nội, ngàyJÿth ..."): a province and ", ngày" still mark the column.
      const m = /,\s*ng\S{0,2}y/.exec(l.f.slice(from));
      const place = m ? placeBefore(l.text, from + m.index) : null;
      if (m && place && provinceIn(fold(place).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) comma = from + m.index;
    }
    const gap = comma > from ? columnGap(l.text, comma) : -1;
    let end = gap > from ? gap : l.end - l.start;
    if (comma > from && gap <= from) {
      // No wide gap: cut before the place words of "..., Hà Nội, ngày".
      // Abbreviations in capitals ("thuế GTGT Hà Nội, ngày") belong to the subject, not the place.
      const words = (placeBefore(l.text, comma) ?? '').split(' ').filter(Boolean);
      while (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]) && !isAllCaps(words.join(' '))) words.shift();
      const at = words.length ? l.text.lastIndexOf(words[0], comma) : -1;
      end = at > from ? at : comma;
    }
    let after = vvLine;
    if (/[\p{L}\d]/u.test(l.text.slice(from, end))) titleLines.push([l.start + from, l.start + end]);
    else {
      // A bare "V/v", the subject on the next line: "V/v\n: Thực hiện quy định về hóa đơn."
      const next = zone.find((k) => k > vvLine! && k !== dateLine && k !== numberLine);
      const m = next !== undefined && next - vvLine <= 2 ? /^\s*[:.\-]*\s*(?=\p{L})/u.exec(lines[next].text) : null;
      if (m && next !== undefined) { titleLines.push([lines[next].start + m[0].length, lines[next].end]); after = next; }
    }
    collectTitle(after, titleLines, 'vv');
    if (!type) type = 'Công văn';
  } else if (typeLine >= 0) {
    const l = lines[typeLine];
    const rest = l.text.slice(typeEnd);
    const vv = VV.exec(rest.trim());
    const restStart = l.start + typeEnd + (rest.length - rest.trimStart().length) + (vv ? vv[0].length : 0);
    if (/[\p{L}\d]/u.test(l.text.slice(restStart - l.start))) titleLines.push([restStart, l.end]);
    collectTitle(typeLine, titleLines, 'type');
  }
  /** The authority that enacts, on its own line between the title and the preamble: "CHÍNH PHỦ", "BỘ TRƯỞNG BỘ TÀI CHÍNH". */
  function enactingLine(i: number, t: string, gapBefore: boolean): boolean {
    if (!isAllCaps(t) || t.length > 90) return false;
    const f = fold(t).trim();
    const role = /^(bo truong|thu tuong|chu tich|tong cuc truong|cuc truong|chi cuc truong|giam doc|tong giam doc|thong doc|tong kiem toan|chanh an|vien truong|truong ban)\b/.test(f);
    if (!role && !classifyAuthority(t)) return false;
    if (role && gapBefore) return true;
    if (gapBefore && !/\b(cua|va|voi|thuoc|cho|tai|giua|doi voi)\s*$/.test(fold(norm.slice(titleLines[0]?.[0] ?? 0, titleLines[titleLines.length - 1]?.[1] ?? 0)).trim())) return true;
    // Or the preamble starts right after it.
    for (let k = i + 1; k <= Math.min(last, i + 3); k++) {
      if (isBlank(lines[k]) || stampLines.has(k)) continue;
      return bodyStart(lines[k].text.trim(), lines[k].f.trim()) || /^\W{0,3}can c/.test(lines[k].f.trim());
    }
    return false;
  }
  function collectTitle(from: number, into: Array<[number, number]>, mode: 'vv' | 'type'): void {
    let prevEndsOpen = true;
    let gap = false;
    let added = 0;
    for (let i = from + 1; i <= Math.min(last, from + 12); i++) {
      const l = lines[i];
      if (stampLines.has(i) || isBlank(l)) {
        if (/^\s*-{3,}\s*$/.test(l.text) || /^\s*\*+\s*$/.test(l.text)) break;
        if (into.length) gap = true;
        continue;
      }
      const t = l.text.trim();
      const f = l.f.trim();
      if (/^\W{0,4}kinh gui\b/.test(f) || mottoAt(f) >= 0 || headerPlaceDate(t, f)) break;
      // A number inside a capitals title is a citation ("... NGHỊ ĐỊNH SỐ 26/2009/NĐ-CP NGÀY ..."): only "Số:" at the start is a number line.
      const num = numberLineAt(t);
      if (num >= 0 && (num <= 2 ? !(isAllCaps(t) && into.length && /^S\S{0,2}\s+\d/u.test(t.slice(num))) : !isAllCaps(t))) break;
      // "CỦA BAN THƯỜNG VỤ TỈNH ỦY" names the issuer; "CỦA LUẬT THUẾ ..." goes on with the title.
      if (/^(cua|của)\s/i.test(t) && isAllCaps(t) && (!into.length || (classifyAuthority(t) && !/\s(ve|quy dinh|huong dan|ban hanh|sua doi|thi hanh)\s/.test(fold(t))))) {
        // Older decisions run issuer, number, date and subject together: "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ
        // 101-HĐBT NGÀY 1-10-1981 VỀ VIỆC GIẢI THỂ XÃ ...": the subject starts at "VỀ".
        const ve = !into.length ? /\s(VỀ|VÊ|VE)\s/u.exec(t) : null;
        if (ve && /\b(so|ngay)\b/.test(fold(t.slice(0, ve.index)))) {
          ofLine = t.slice(0, ve.index);
          const lead = l.text.length - l.text.trimStart().length;
          into.push([l.start + lead + ve.index + 1, l.end]);
          prevEndsOpen = true;
          added++;
          continue;
        }
        ofLine = t;
        continue;
      }
      if (enactingLine(i, t, gap || !into.length)) break;
      const startsLower = /^[\p{Ll}("“]/u.test(t);
      const caps = isAllCaps(t) && t.length < 200;
      const prevText = into.length ? norm.slice(into[into.length - 1][0], into[into.length - 1][1]) : '';
      const prevCaps = into.length > 0 && isAllCaps(prevText);
      // Sentence case under the type word ("NGHỊ ĐỊNH / Quy định chi tiết ..."), or a subject line
      // that goes on with a name or a number ("... Nghị định / 128/2020/NĐ-CP"), until a blank line or the body.
      const sentenceStart = mode === 'type' && !into.length && /^[\p{Lu}\d]/u.test(t) && !caps;
      const hangs = /\b(so|cua|tai|va|ve|voi|theo|cho|giua|den|tu|nghi dinh|thong tu|quyet dinh|luat)$/.test(fold(prevText).trim());
      // (A lone abbreviation ends a subject broken over two lines: "V/v quyết toán thuế / TNCN".)
      const goesOn = into.length > 0 && (!gap || hangs) && prevEndsOpen && !prevCaps && /^[\p{Lu}\d]/u.test(t) && (!caps || /^\d/.test(t) || (mode === "vv" && /^[\p{Lu}&-]{2,6}[.;]?$/u.test(t))) && added < 5;
      if ((sentenceStart || goesOn) && (bodyStart(t, f) || (goesOn ? proseLine(t) : squash(t).length > 250) || /^\W{0,3}(dieu|chuong|phan|muc)\s+[\divxl]/.test(f))) break;
      // No blank line between a centred title and the body (OCR): a short last title line, then a
      // full-width sentence opening with a capital ("định hướng đến năm 2030" / "Hội nghị lần thứ bảy ...").
      if (goesOn && mode === 'type' && !hangs && squash(prevText).length <= 35 && into.length >= 2 && squash(t).length >= 55 && (t.match(/(?:^|\s)\p{Ll}{2,}/gu) ?? []).length >= 5) break;
      // Scan debris under the subject ("pin ⁄:.. 24"): mostly no letters.
      const dense = t.replace(/\s/g, '');
      if (into.length && (dense.match(/[\p{L}\d]/gu) ?? []).length < dense.length * 0.6) break;
      if (startsLower || sentenceStart || goesOn || (caps && !into.length) || (caps && prevEndsOpen && prevCaps)) {
        let lead = l.text.length - l.text.trimStart().length;
        // A receipt stamp's residue in the left column before the subject: "Ig-Q612/2G20 -  Về các nhiệm vụ ...".
        const debris = !into.length ? STAMP_DEBRIS_BEFORE_VE.exec(l.text) : null;
        if (debris) lead = debris[0].length;
        into.push([l.start + lead, l.end]);
        prevEndsOpen = !/[.;:]$/.test(t);
        gap = false;
        added++;
        continue;
      }
      break;
    }
  }
  if (titleLines.length) {
    let s = squash(titleLines.map(([a, b]) => norm.slice(a, b)).join(' '));
    // "Kính gửi" run into the subject on a flattened line.
    const kg = /(^|[\s:;.,])\W{0,3}k\S{0,2}nh\s?g\S{0,2}i\b/u.exec(fold(s));
    // A lone letter left before it is scan residue ("... chi phí được tr l Kính gửi:").
    if (kg && kg.index > 3) s = s.slice(0, kg.index).trim().replace(/\s\p{L}$/u, '');
    // A trailing repeat of the issuer's name (decisions restate it above "Căn cứ").
    if (issuer) {
      const tail = capsRuns(s).pop();
      const ft = tail ? fold(tail) : '';
      if (tail && s.endsWith(tail) && classifyAuthority(tail) && !/^(cua|do)\s/.test(ft) && !/\s(ve|quy dinh|huong dan|ban hanh|sua doi|thi hanh)(\s|$)/.test(ft)) s = s.slice(0, s.length - tail.length).trim();
    }
    // A subject line may close with a full stop or "./." ("V/v góp vốn bằng dự án."): not part of the subject.
    title = s.replace(/^[\s:.-]+/, "").replace(/(?<!\b\p{Lu}{1,3})[\s.,;:/]+$/u, "") || null;
    // A subject quoted whole ("“V/v Triển khai ...”") loses its opening quote with the "V/v": the closing one goes too.
    if (title && /["”]$/.test(title) && !/["“]/.test(title.slice(0, -1))) title = title.slice(0, -1).trimEnd() || null;
    titleSpan = [titleLines[0][0], titleLines[titleLines.length - 1][1]];
  }
  if (!type && parts) type = typeOfSymbol(parts);
  if (!title) warnings.push('no title found');

  return {
    number, parts, type, title, titleSpan, issuer, parentIssuer, ofLine, place, placeProvince, issuedOn, year,
    to: addressees(readList(lines, first, Math.min(last, first + 80), /^\W{0,4}kinh gui\b|(?<=\s)kinh gui\s*:/, stampLines)),
    received, stampLines, bodyLine, warnings,
  };
}

/**
 * Addressees without their address or tax code: a letter to a firm adds "(Đ/c: ...)", "Địa chỉ: ..."
 * or "Mã số thuế: ..." on the same or the next line; those are no recipients of their own.
 * @example addressees(['Công ty TNHH A - MST: 0101', 'Địa chỉ: 12 Láng Hạ']) → ['Công ty TNHH A']
 */
function addressees(items: string[]): string[] {
  const out: string[] = [];
  for (const it of items) {
    const f = fold(it);
    // ("Đ/c Chủ tịch ..." is "đồng chí", a person addressed; "Đ/c:" with a colon is an address.)
    if (/^\W{0,3}((dia|bia) chi|d\/c\s*:|dc\s*:|ma so thue|mst|dien thoai|dt\s*:|email|fax)/.test(f)) continue;
    const cut = /[\s,;(-]*\(?\s*\b(dia chi|d\/c\s*:|ma so thue|mst)/.exec(f);
    const name = (cut && cut.index > 3 ? it.slice(0, cut.index) : it).replace(/[\s,;:(-]+$/u, '').replace(/\s\p{L}$/u, '').trim();
    if ((name.match(/\p{L}/gu) ?? []).length >= 2) out.push(name);
  }
  return out;
}

/** The place words before the comma of "Lai Châu, ngày ...": capitalised words, read backwards. */
function placeBefore(line: string, comma: number): string | null {
  const words = line.slice(0, comma).trim().split(/\s+/);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < 6; k--) {
    const w = words[k].replace(/^[*"']+|[*"']+$/g, '');
    // "Số: 219/2013/TT- BTC Hà Nội, ngày": a code in capitals before a place written in mixed case is the number's tail.
    if (out.length && /\p{Ll}/u.test(out[0]) && w.length > 1 && w === w.toUpperCase()) break;
    if (/^\p{Lu}[\p{L}]*$/u.test(w)) { out.unshift(w); continue; }
    if (/^\d{1,2}$/.test(w) && k > 0 && /^(Quận|Phường|QUẬN|PHƯỜNG)$/u.test(words[k - 1])) { out.unshift(w); continue; }
    if (/^(phố|xã|trấn|PHỐ|XÃ|TRẤN)$/u.test(w) && k > 0 && /^\p{Lu}/u.test(words[k - 1])) { out.unshift(w); continue; }
    break;
  }
  if (!out.length) return null;
  const p = out.join(' ');
  // "LAI CHÂU" and "Ha Nội" (OCR lost a mark) are the province's own spelling; other places in
  // capitals get a capital on each word.
  const f = fold(p).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  const province = provinceIn(f);
  if (province && fold(province) === f) return province;
  if (!isAllCaps(p)) return p;
  return p.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/**
 * A dash list after a label such as "Kính gửi:" or "Nơi nhận:", found from line `from`.
 * Returns the items without bullets and trailing punctuation.
 */
const LIST_HINT = /g[ửu]i|G[ỬU]I|nh[ậaéẹ]n|NH[ẬAÉẸ]N/u;
/** Bullets as typed and as OCR reads them ("~ Như trên;", "— Lưu: VT"). */
const BULLET = /^[-+•*–—~=]/u;

export function readList(lines: Line[], from: number, to: number, label: RegExp, skip: Set<number>, opts: { skipCaps?: boolean } = {}): string[] {
  let i = from;
  for (; i <= to; i++) if (!skip.has(i) && LIST_HINT.test(lines[i].text) && label.test(lines[i].f)) break;
  if (i > to) return [];
  const items: string[] = [];
  const labelText = lines[i].text;
  // The label may stand mid-line in flattened web copies ("Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:").
  const labelAt = Math.max(0, lines[i].f.length === labelText.length ? lines[i].f.search(label) : 0);
  const colonRel = labelText.slice(labelAt).search(/[:：]/);
  const colon = colonRel >= 0 ? labelAt + colonRel : -1;
  const inline = colon >= 0 ? labelText.slice(colon + 1) : labelText.replace(/^\W*\S+\s+\S+/, '');
  // In flattened copies the body runs on after the addressee: "Kính gửi: Tổng công ty X Phúc đáp Công văn số ...".
  const opener = /\s(Phúc đáp|Trả lời|Thực hiện|Căn cứ|Trong thời gian|Theo đề nghị|Theo quy định|Tiếp nhận|Sau khi|Ngày \d|Để |Hiện nay|Vừa qua|Qua )/u.exec(inline);
  const first = cleanItem(opener && opener.index > 3 ? inline.slice(0, opener.index) : inline);
  if (first) items.push(first);
  let blankRun = 0;
  for (let k = i + 1; k <= Math.min(to, i + 40); k++) {
    const t = lines[k].text.trim();
    if (!t || !/[\p{L}\p{N}]/u.test(t)) { if (++blankRun > 2) break; continue; }
    blankRun = 0;
    if (BULLET.test(t)) { const it = cleanItem(t); if (it) items.push(it); continue; }
    // The signature column may print a capacity line between "Nơi nhận:" and its list.
    if (opts.skipCaps && isAllCaps(t) && t.length < 70) continue;
    if (items.length && /^\p{Ll}/u.test(t) && !/[;.]$/.test(items[items.length - 1])) { items[items.length - 1] = cleanItem(items[items.length - 1] + ' ' + t); continue; }
    if (!items.length && t.length < 120 && !/[.:]$/.test(t)) { const it = cleanItem(t); if (it) items.push(it); continue; }
    break;
  }
  return items;
}

function cleanItem(s: string): string {
  return squash(s.replace(/^[\s\-+•*–—~=]+/u, '').replace(/[\s;,.*]+$/, ''));
}

/**
 * Incoming receipt stamps: short blocks around an "ĐẾN" line with a register number and a date,
 * e.g. "SỞ Y TẾ / CÔNG VĂN ĐẾN / Số: 318 / Ngày: 05.6.21". Blocks naming the same office
 * and day are one receipt; a "Số:" register number beats a "Số lưu" archive number.
 */
const STAMP_HINT = /ĐẾN|ĐÉN|DEN|Số|Chuy|Lưu/u;

/** A header line that a receipt stamp never holds: "Số 172-TB/TW", "Hà Nội, ngày ...", the motto, "THÔNG BÁO". */
function headerOwnLine(l: Line): boolean {
  const t = l.text.trim();
  return (numberLineAt(t) >= 0 && /\/\s*\p{Lu}/u.test(t)) || !!headerPlaceDate(l.text, l.f) || mottoAt(l.f) >= 0 || (typeWordAtStart(t, l.f.trim()) && isAllCaps(t) && t.length <= 40)
    // A subject line going on in lower case ("về công tác phòng, chống dịch bệnh Covid-19").
    || (/^\p{Ll}/u.test(t) && (t.match(/(?:^|\s)\p{Ll}{2,}/gu) ?? []).length >= 4);
}

export function readStamps(lines: Line[], first: number, last: number): { received: Receipt[]; stampLines: Set<number> } {
  const stampLines = new Set<number>();
  const found: Array<Receipt & { primary: boolean }> = [];
  for (let i = first; i <= last; i++) {
    if (stampLines.has(i)) continue;
    const t = lines[i].text;
    if (t.length > 80 || !STAMP_HINT.test(t) || !isStampCore(t)) continue;
    let a = i;
    let b = i;
    // (Without blank lines around the stamp, the header's own lines touch it: the number with its
    // symbol, the place-date, the motto and the type word are never stamp lines.)
    while (a - 1 >= first && i - a < 3 && !isBlank(lines[a - 1]) && lines[a - 1].text.length <= 60 && !headerOwnLine(lines[a - 1])) a--;
    while (b + 1 <= last && b - i < 3 && !isBlank(lines[b + 1]) && lines[b + 1].text.length <= 60 && !headerOwnLine(lines[b + 1])) b++;
    const block = lines.slice(a, b + 1).map((l) => l.text);
    const joined = block.join('\n');
    const on = readStampDate(fold(joined));
    const reg = /(?:^|\s)Số\s*(?:đến)?\s*[:.]\s*(\d{1,6})/u.exec(joined);
    const archive = /Số lưu\s*[:.]?\s*(\d{1,6})/u.exec(joined);
    if (!on && !reg) continue;
    let by: string | null = null;
    for (const line of block) {
      if (!isAllCaps(line) || isStampCore(line)) continue;
      const who = classifyAuthority(line);
      if (who) { by = who.name; break; }
    }
    for (let k = a; k <= b; k++) stampLines.add(k);
    found.push({ by, on, registerNo: reg?.[1] ?? archive?.[1] ?? null, primary: !!reg });
  }
  const merged: Array<Receipt & { primary: boolean }> = [];
  for (const r of found) {
    const same = merged.find((m) => (m.by === r.by || !m.by || !r.by) && (m.on === r.on || !m.on || !r.on));
    if (!same) { merged.push({ ...r }); continue; }
    same.by ??= r.by;
    same.on ??= r.on;
    if (r.primary && !same.primary) { same.registerNo = r.registerNo; same.primary = true; }
    same.registerNo ??= r.registerNo;
  }
  return { received: merged.map(({ primary: _p, ...r }) => r), stampLines };
}

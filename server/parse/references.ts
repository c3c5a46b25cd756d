/**
 * Citations inside one document, and how the document relates to each one.
 *
 * find:     symbols ("Công văn số 1276-CV/TU"), laws by name ("Luật Phòng, chống bệnh truyền nhiễm"),
 *           and dated numberless documents ("Điện của Thường trực Ban Bí thư ngày 14/3/2020");
 * read:     the tail of each citation — date ("ngày 24/3/2020"), issuer ("của Ban Thường vụ Tỉnh uỷ"),
 *           subject ("về việc ...");
 * relate:   the verb that opens the citing clause ("Thực hiện ..." → implements, "Căn cứ ..." → based_on),
 *           amend/replace/repeal verbs, attachments; a citation inside another citation's subject
 *           ("1276-CV/TU về quán triệt Thông báo số 172-TB/TW") is an implied link between the two.
 * Everything works on the normalised text; offsets are mapped back by the caller.
 */
import type { Issuer, Relation } from '../schema';
import { fold, foldKey, squash } from './clean';
import { readNgayDate } from './dates';
import { classifyAuthority, issuerFromCode } from './issuers';
import { SymbolParts, canonicalSymbol, decomposeSymbol, typeOfSymbol } from './symbols';
import { ISSUER_NAMES, NATIONAL_NAMES, TYPE_WORDS, codeInfo, isListedIssuerCode, isTypeCode, typeFromCode } from './vocab';

export interface RefHit {
  start: number;
  end: number;
  number: string | null;
  parts: SymbolParts | null;
  type: string | null;
  typeFromText: boolean;
  issuedOn: string | null;
  year: number | null;
  issuer: Issuer | null;
  issuerFromText: boolean;
  title: string | null;
  titleStart: number;
  titleEnd: number;
  tailEnd: number;
  relation: Relation;
  parent: number | null;
  listPrev: number | null;
  quoteStart: number;
  quoteEnd: number;
  /** Where the symbol itself starts (after "Thông tư số"); `start` for a reference by name. */
  symStart: number;
}

export interface Implied { from: number; to: number; relation: Relation; start: number; end: number }

export interface DocContext {
  norm: string;
  /** `fold(norm)`: same length, lower-case, no diacritics. */
  folded: string;
  start: number;
  end: number;
  /** Where the body begins (citations before it are ignored unless inside the title). */
  bodyStart: number;
  titleSpan: [number, number] | null;
  ownNumber: string | null;
  /** The citing document's type, to tell "Công văn này" (itself) from "Luật này" (a quoted law). */
  docType?: string | null;
  province: string | null;
  /** Offsets (normalised) of all symbol matches in the file, sorted. */
  symbols: Array<{ index: number; text: string }>;
  skip: (offset: number) => boolean;
}

const TYPE_NAME_BY_WORD = new Map<string, string>();
for (const t of TYPE_WORDS) for (const w of t.words) TYPE_NAME_BY_WORD.set(w, t.name);
const TYPE_ALT = [...TYPE_NAME_BY_WORD.keys(), 'van ban'].sort((a, b) => b.length - a.length).join('|');
const MODIFIERS = '(?: (?:hoa toc|khan cap|khan|ket luan|lien tich|hop nhat|thuong truc|mat))?';
// "các Chỉ thị số", "Công điện hỏa tốc số", "Thông báo kết luận số", "số" alone, at the end of the text before a symbol.
// A type word may break across a line ("Nghị\nquyết số 30/2021/QH15"): its spaces match any white space.
const TYPE_ALT_WRAPPED = TYPE_ALT.replace(/ /g, '\\s+');
// ("Quyết định của Ban Bí thư số 91-QĐ/TW": the issuer may stand between the type word and "số".)
const ISSUER_HEAD = '(?:bo|ban|chinh phu|thu tuong|quoc hoi|uy ban|ubnd|hdnd|tinh uy|thanh uy|huyen uy|van phong|so|hoi dong|tong cuc|cuc|bch|btv)';
const TYPE_BEFORE = new RegExp(`(?:^|[^a-z])((?:(?:cac|nhung)\\s+)?(${TYPE_ALT_WRAPPED})${MODIFIERS}(?:\\s+cua\\s+${ISSUER_HEAD}(?:\\s+(?!(?:${TYPE_ALT}|tai|theo|ve|quy|so)\\b)[a-z]+){0,5}\\s+(?=s[oe0]\\s{0,2}[:.]?\\s{0,2}$))?)?\\s{0,3}(s[oe0]\\s{0,2}[:.]?)?\\s{0,2}$`);

/**
 * Words that end an authority's name, as written. Folding alone would confuse "tại" (at) with
 * "tai" in "thiên tai" or "quán" (quán triệt) with "quân", so in a text written with diacritics
 * a word must match one of these forms exactly; in a text stripped of them, its folded form.
 */
const STOP_FORMS = ['về', 'v/v', 'việc', 'đã', 'thì', 'thi', 'tại', 'trong', 'theo', 'để', 'nhằm', 'với', 'đến', 'cho', 'là',
  'được', 'có', 'gửi', 'yêu', 'này', 'nay', 'số', 'ngày', 'năm', 'kèm', 'sao', 'như', 'các', 'những', 'thực', 'triển', 'quán',
  'hướng', 'quy', 'ban', 'sửa', 'thay', 'bãi', 'phê', 'kết', 'một', 'khi', 'nếu', 'và', 'nêu', 'trên',
  // OCR drops diacritics here and there; these bare forms are no part of a Vietnamese authority's name.
  've', 'viec', 'ngay', 'duoc', 'nham', 'voi', 'nhung'];
/** Lower-case phrases that follow an authority's name in a sentence: "của Chính phủ hết hiệu lực", "Bộ Tài chính đồng thời". */
const AFTER_AUTHORITY = /^(het hieu luc|thong bao|dong thoi|de nghi|vuong mac|chi dao|tra loi|cho biet|lien quan|phoi hop|bao cao|trien khai|to chuc thuc hien|co y kien|nhan duoc|xin y kien|ky ngay|hien hanh)\b/;
/** After "và", the start of a provision or a document rather than a second authority. */
const AFTER_AND = /^\s+(dieu|khoan|diem|muc|chuong|phu luc|nghi dinh|nghi quyet|thong tu|quyet dinh|luat|cong van|chi thi|ke hoach|van ban|de an|du an|chien luoc|chuong trinh)\b/;
/** Words that end a law's name ("Luật Đất đai ngày ..."), as written. */
const LAW_STOP_FORMS = ['ngày', 'số', 'só', 'sô', 'sé', 'sỗ', 'năm', 'đã', 'được', 'quy', 'hướng', 'thì', 'có', 'theo', 'tại', 'về', 'để', 'nhằm', 'trong', 'khi', 'này',
  'hoặc', 'hay', 'mà', 'là', 'như', 'nhưng', 'phải', 'không', 'chưa', 'nếu', 'cũng', 'đều', 'sẽ', 'vẫn', 'hiện', 'thay', 'sửa', 'bãi', 'hết', 'áp',
  'các', 'những'];
/** First words after "Luật" that are not a law's name ("Luật này", "Luật hiện hành"). */
const NOT_LAW_NAME = /^(này|nay|đã|được|hiện|mới|và|số|quy|cũ|trên|dưới|đó|khác)(?![\p{L}\p{N}])/u;

/** Whether a text is written with Vietnamese diacritics (the last answer is kept: one text is read at a time). */
let lastText = '';
let lastMarked = true;
function hasDiacritics(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastMarked = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu.test(text);
  }
  return lastMarked;
}

/** A stop-word test over written forms, see STOP_FORMS. */
function stopSet(forms: string[]): (word: string, text: string) => boolean {
  const byFold = new Map<string, Set<string>>();
  for (const w of forms) {
    const f = fold(w);
    if (!byFold.has(f)) byFold.set(f, new Set());
    byFold.get(f)!.add(w);
  }
  return (word, text) => {
    const lw = word.toLowerCase();
    const written = byFold.get(fold(lw));
    if (!written) return false;
    return hasDiacritics(text) ? written.has(lw) : true;
  };
}
const isStopWord = stopSet(STOP_FORMS);
const isLawStopWord = stopSet(LAW_STOP_FORMS);
const CAP_STOP = /^(Hướng|Quy|Về|V\/v|Thực|Triển|Sửa|Thay|Bãi|Phê|Ban hành|Kèm|Căn|Xét|Theo)$/u;
/** The folded words that open a preamble line ("Căn cứ", "Xét", "Thực hiện", "Trên cơ sở", "Theo đề nghị"). */
const PREAMBLE_WORDS = '(can cu|xet|thuc hien|tren co so|theo de nghi)';
const PREAMBLE_OPENING = new RegExp(`^[ \\t]*${PREAMBLE_WORDS}\\s`);
const PREAMBLE_WORD_AT = new RegExp(`^${PREAMBLE_WORDS}\\b`);

/**
 * Read an authority's name starting at `pos` (just after "của"/"do").
 * @example readAuthority('Ban Thường vụ Tỉnh uỷ về việc ...', 0, ...) → {issuer: Ban Thường vụ Tỉnh ủy ..., end: 21}
 */
function readAuthority(norm: string, F: string, pos: number, limit: number, province: string | null): { issuer: Issuer; end: number } | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'/.]*|-|\S/gu;
  re.lastIndex = pos;
  const words: Array<{ w: string; end: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) && m.index < limit && words.length < 14) {
    const between = norm.slice(words.length ? words[words.length - 1].end : pos, m.index);
    if (/\n\s*\n/.test(between)) break;
    // A name ends at its line when a preamble line follows: "... CỦA CHÍNH PHỦ\nCan cứ Luật ...".
    if (between.includes('\n') && PREAMBLE_WORD_AT.test(F.slice(m.index, m.index + 14))) break;
    const w = m[0].replace(/\.$/, '');
    if (w === '-') { words.push({ w, end: m.index + 1 }); continue; }
    if (!/^[\p{L}\p{N}]/u.test(w)) break;
    const f = fold(w);
    const upper = /^\p{Lu}/u.test(w);
    // "và" joins two authorities ("Bộ Tài chính và Bộ Công Thương"), not an authority and a
    // provision or a document ("Chính phủ và Điều 28 Thông tư ...").
    const joins = f === 'va' && /^\s+\p{Lu}/u.test(norm.slice(m.index + 2, m.index + 6)) && !AFTER_AND.test(F.slice(m.index + 2, m.index + 20));
    if (!upper && isStopWord(w, norm) && !joins) {
      if (f !== 'ban' || /^\s+hanh/.test(F.slice(m.index + 3, m.index + 10))) break;
    }
    if (!upper && words.length && AFTER_AUTHORITY.test(F.slice(m.index, m.index + 24))) break;
    if (upper && words.length && (CAP_STOP.test(w) || (w === 'Ban' && /^\s+hành/u.test(norm.slice(m.index + 3, m.index + 9))))) break;
    // In capitalised titles ("CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN ...") the stop words are capitals too.
    if (upper && words.length && w.length > 1 && w === w.toUpperCase() && isStopWord(w, norm) && f !== 'va' && f !== 'ban') break;
    words.push({ w: m[0].endsWith('.') && !/^(TP|Tp)\.$/.test(m[0]) ? w : m[0], end: m.index + m[0].length });
    if (m[0].endsWith('.') && !/^(TP|Tp)\.$/.test(m[0])) break;
  }
  while (words.length && (words[words.length - 1].w === '-' || fold(words[words.length - 1].w) === 'va')) words.pop();
  for (let n = words.length; n >= 1; n--) {
    const text = words.slice(0, n).map((x) => x.w).join(' ');
    const issuer = classifyAuthority(text, province);
    if (!issuer) continue;
    // A listed authority followed by an OCR'd stop word ("BỘ TÀI CHÍNH DE CẢI CÁCH", "để" without
    // its marks) ends at the listed name.
    const known = listedPrefix(words.slice(0, n).map((x) => x.w));
    if (known && known < n) {
      const next = fold(words[known].w);
      // A national body's name is whole: what follows in lower case is the sentence ("Chính phủ quy
      // định", "Tổng cục Thuế chuyển"); a local one may go on with its place ("Chi cục Thuế quận ...").
      // ("và" before a capital joins a second body: "Tổng cục Thuế và Bảo hiểm xã hội Việt Nam".)
      const national = NATIONAL.has(words.slice(0, known).map((x) => fold(x.w)).join(' ')) && /^\p{Ll}/u.test(words[known].w)
        && !(next === 'va' && known + 1 < words.length && /^\p{Lu}/u.test(words[known + 1].w));
      if (/^\p{L}/u.test(next) && (next.length === 1 || FOLDED_STOPS.has(next) || national)) {
        const short = classifyAuthority(words.slice(0, known).map((x) => x.w).join(' '), province);
        if (short) return { issuer: short, end: words[known - 1].end };
      }
    }
    return { issuer, end: words[n - 1].end };
  }
  // An organisation known by its short name: "của EuroCham", "của VCCI".
  if (words.length && /^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$/.test(words[0].w) && words[0].w.length >= 3 && !(words.length > 1 && /^\p{Lu}/u.test(words[1].w))) {
    // An issuer code written for the body ("của TCHQ") is that body.
    const known = codeInfo(words[0].w)?.name ? issuerFromCode(words[0].w, province) : null;
    return { issuer: known ?? { name: words[0].w, code: null, level: null, province: null, branch: null }, end: words[0].end };
  }
  // Letters answered by tax and customs offices come from firms: "của Công ty TNHH Kính NSG Việt Nam".
  // The name runs to its last capitalised word or acronym; a firm has no administrative level.
  if (words.length >= 3 && FIRM.test(fold(`${words[0].w} ${words[1].w}`))) {
    let n = words.length;
    while (n > 2 && !/^[\p{Lu}\d]/u.test(words[n - 1].w)) n--;
    if (n >= 3) {
      const name = words.slice(0, n).map((x) => x.w).join(' ').replace(/\s+-\s*$/, '');
      return { issuer: { name, code: null, level: null, province: null, branch: null }, end: words[n - 1].end };
    }
  }
  return null;
}
/** Stop words by their folded form, less those that fold onto words of names (quận, thị, Nam, Sở, và, Ban). */
const FOLDED_STOPS = new Set(STOP_FORMS.map(fold).filter((w) => !['quan', 'thi', 'nam', 'so', 'va', 'ban', 'tai', 'cac'].includes(w)));
const LISTED_NAMES = ISSUER_NAMES.map((n) => fold(n).split(/\s+/));
const NATIONAL = new Set(NATIONAL_NAMES.map((n) => fold(n)));
/**
 * The name the symbol's code gives, when the text's name is a mangled form of it: "của Bộ Tai
 * dẫn" (a line break and OCR ate "chính hướng") for a BTC symbol is Bộ Tài chính.
 */
function codeSpelling(issuer: Issuer, parts: SymbolParts | null): Issuer | null {
  const code = parts?.issuerCode;
  const known = code ? codeInfo(code)?.name : null;
  if (!known || !code) return null;
  const a = fold(issuer.name).split(/\s+/);
  const b = fold(known).split(/\s+/);
  if (a.join(' ') === b.join(' ') || a.length < 2 || b.length < 2 || a[0] !== b[0] || a[1] !== b[1]) return null;
  // A longer name that starts with the code's ("Chi cục Thuế quận Nam Từ Liêm" for CCT) is more
  // precise; joint issuers ("Bộ Nội vụ - Bộ Tài chính") are all named.
  if (a.slice(0, b.length).join(' ') === b.join(' ') || / - \p{Lu}/u.test(issuer.name)) return null;
  return issuerFromCode(code, issuer.province);
}

/** How many leading words form a listed authority's name ("Bộ Tài chính"), the longest; 0 if none. */
function listedPrefix(words: string[]): number {
  const f = words.map((w) => fold(w));
  let best = 0;
  for (const name of LISTED_NAMES) {
    if (name.length > best && name.length <= f.length && name.every((w, i) => w === f[i])) best = name.length;
  }
  return best;
}
const LEAD_GAP = new RegExp(`^[\\s,]*(tai|theo|qua|bang)\\s+((cac|nhung)\\s+)?((${TYPE_ALT_WRAPPED})${MODIFIERS}\\s*)?(so\\s*[:.]?)?\\s*$`);
/** Bodies with no administrative level that write to the authorities: firms, associations, hospitals, schools, embassies. */
const FIRM = /^(cong ty|tong cong|tap doan|ngan hang|hop tac|chi nhanh|van phong dai|hiep hoi|lien hiep|to chuc|benh vien|truong dai|truong cao|dai su|lanh su)\b/;

const LISTED_DOC = new RegExp(`^,\\s*((${TYPE_ALT})\\s+(so\\s*)?\\d|(bo )?luat [a-z])`);
const LISTED_LAST = new RegExp(`^,? (va|hoac) ((${TYPE_ALT})\\s+(so\\s*)?\\d|(bo )?luat [a-z])`);
const TYPE_NUMBER = new RegExp(`(${TYPE_ALT})\\s+(so\\s*)?\\d`);
/** Whether the subject from `pos` to `i` changes documents and has named one by number already. */
const changesList = (F: string, pos: number, i: number): boolean =>
  /(sua d[a-z]{1,2}i|b[a-z]{0,2} sung|thay the|bai bo|huong dan (thi hanh|thuc hien)|quy dinh chi tiet)/.test(F.slice(pos, i)) && (TYPE_NUMBER.test(F.slice(pos, i)) || /\bluat [a-z]/.test(F.slice(pos, i)));

/**
 * A subject that details or guides laws and decrees ("quy định chi tiết ... Luật Hộ tịch") does not
 * go on over a decision, directive or letter after "và": that is another item of the citing list.
 */
const guidesNoDecision = (F: string, pos: number, i: number): boolean =>
  !/(sua d[a-z]{1,2}i|b[a-z]{0,2} sung|thay the|bai bo)/.test(F.slice(pos, i)) && /^,? (va|hoac) (quyet dinh|chi thi|cong van|ke hoach|thong bao|cong dien|chuong trinh|ket luan)\b/.test(F.slice(i, i + 30));

/** End of a subject phrase ("về việc ...") starting at `pos`. */
function readSubjectEnd(norm: string, F: string, pos: number, limit: number): number {
  const quoted = /^["“]/.test(norm.slice(pos, pos + 1));
  const max = Math.min(limit, pos + 500);
  for (let i = pos + 1; i < max; i++) {
    const ch = norm[i];
    if (quoted && ch === '"') return i + 1;
    if (ch === ';' || ch === ':') return i;
    if (ch === '\n' && /^\n[ \t]*(\n|[-+•]|\d+[.)]\s)/.test(norm.slice(i, i + 6))) return i;
    if (ch === '\n' && /[.;:]\s*$/.test(norm.slice(i - 3, i))) return i;
    if (ch === '.' && /^\.\s+[\p{Lu}\d]/u.test(norm.slice(i, i + 4)) && !/(TP|V\/v|Tp)$/.test(norm.slice(i - 3, i))) return i;
    if (ch === '.' && /^\.\s*$/.test(norm.slice(i, i + 2)) ) return i;
    if (ch === '(' && /^\(\W{0,3}(sao|kem|gui|dinh|ban hanh kem|sau day|goi tat|de |b\/c)/.test(F.slice(i, i + 24))) return i;
    // "... và Thông tư liên tịch số ...": another citation begins.
    // ("quy định chi tiết và hướng dẫn thi hành ..." goes on: there "hướng dẫn" is a verb.)
    if (ch === ' ' && /^ (va|hoac|cung) (cac )?(thong tu|nghi dinh|quyet dinh|luat|bo luat|chi thi|cong van|van ban|nghi quyet|ke hoach|thong bao|cong dien|to trinh|bao cao|ket luan|huong dan|chuong trinh|thong tri|dien|so \d)\b/.test(F.slice(i, i + 26))
      && !/^ (va|hoac|cung) huong dan (thi hanh|thuc hien|chi tiet|mot so|ve|cach)\b/.test(F.slice(i, i + 36))
      && !(LISTED_LAST.test(F.slice(i, i + 40)) && changesList(F, pos, i) && !guidesNoDecision(F, pos, i))) return i;
    // "... và Điều 2 Quyết định của Ban Bí thư số ...": another citation, by one of its provisions.
    // (Numbered right there, and not in a subject that changes provisions: "sửa đổi điểm a và điểm b ... Thông tư 111".)
    if (ch === ' ' && (F.startsWith(' va ', i) || F.startsWith(' hoac ', i)) && /^ (va|hoac) ((dieu|khoan|diem|muc) [0-9a-z.]{1,6},? (cua )?)+(thong tu|nghi dinh|quyet dinh|chi thi|cong van|nghi quyet|ke hoach|thong bao|ket luan)( cua [a-z ]{3,40}?)? so(?![a-z])/.test(F.slice(i, i + 90))
      && !/(sua doi|bo sung|thay the|bai bo|huy bo)/.test(F.slice(pos, i))) return i;
    if (ch === ',' && /^,\s*\p{Lu}/u.test(norm.slice(i, i + 4))) {
      // A subject that changes a list of documents goes on over it: "sửa đổi, bổ sung một số điều
      // của Thông tư số A ngày ..., Thông tư số B ngày ... và Thông tư số C".
      if (!(LISTED_DOC.test(F.slice(i, i + 40)) && changesList(F, pos, i))) return i;
    }
  }
  return max;
}

/** Start of the clause containing `pos`: after ; : or a sentence end, a blank line, or a bullet/enumerated line. */
/**
 * Whether the blank line around `i` lies inside a sentence, as OCR and page breaks leave them
 * ("... khoản 4 Điều 1 Nghị định / (blank) / số 100/2016/NĐ-CP"): the text before it ends on a word
 * and the text after it goes on in lower case or with a date.
 */
function midSentenceGap(norm: string, i: number): boolean {
  let a = i;
  while (a > 0 && /\s/.test(norm[a - 1])) a--;
  let b = i;
  while (b < norm.length && /\s/.test(norm[b])) b++;
  return a > 0 && /[\p{L}\d,]/u.test(norm[a - 1]) && /^(\p{Ll}|\d{1,2}\/\d{1,2}\/\d{4})/u.test(norm.slice(b, b + 10));
}

function clauseStart(norm: string, pos: number, floor: number, semicolon = true): number {
  const min = Math.max(floor, pos - 700);
  for (let i = pos - 1; i >= min; i--) {
    const ch = norm[i];
    if (semicolon && (ch === ';' || (ch === ':' && !/\d/.test(norm[i + 1] ?? '')))) return i + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /^[.!?]["')]?\s+[\p{Lu}\d-]/u.test(norm.slice(i, i + 5)) && !/(TP|Tp|V\/v|\bKT|\bTM|\bTL|\bQ)$/.test(norm.slice(Math.max(0, i - 3), i))) return i + 1;
    if (ch === '\n') {
      const next = norm.slice(i + 1, i + 12);
      if (/^[ \t]*(\n|[-+•*]|\d+(\.\d+)*[.)]\s|[a-zđ]\)\s|Điều \d)/u.test(next) && !(/^[ \t]*\n/.test(next) && midSentenceGap(norm, i))) return i + 1;
      // A preamble line opens its own clause, whatever stands above it (the enacting body's name in capitals).
      // An article's or chapter's heading ends at its line: "Điều 1. Phạm vi điều chỉnh\nNghị định này ...".
      // (A short heading, with a sentence starting under it; a long one may wrap onto the next line.)
      // (Both checks need a capital to open the next line; tested first, as it is cheap.)
      if (/^[ \t]*\p{Lu}/u.test(next)) {
        const lineStart = norm.lastIndexOf('\n', i - 1) + 1;
        if (i - lineStart <= 62 && /^[ \t]*(Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC) [\dIVXLC]+[a-z]?[.:]?[^.;:\n]{0,50}$/u.test(norm.slice(lineStart, i))) return i + 1;
        // (Also as OCR spells it: "Can cứ".)
        if (/^[ \t]*[CXT]/.test(next) && PREAMBLE_OPENING.test(fold(norm.slice(i + 1, i + 16)))) return i + 1;
      }
      if (/\n[ \t]*$/.test(norm.slice(Math.max(min, i - 4), i)) && !midSentenceGap(norm, i)) return i + 1;
    }
  }
  return min;
}

/** End of the sentence containing `pos`. */
function sentenceEnd(norm: string, pos: number, ceil: number): number {
  const max = Math.min(ceil, pos + 700);
  for (let i = pos; i < max; i++) {
    const ch = norm[i];
    if ((ch === '.' || ch === '!' || ch === '?') && /^[.!?]["')]?(\s+[\p{Lu}\d-]|\s*$)/u.test(norm.slice(i, i + 5)) && !/(TP|Tp|V\/v)$/.test(norm.slice(Math.max(0, i - 3), i))) return i + 1;
    if (ch === ';' && /^;\s*\n/.test(norm.slice(i, i + 3))) return i + 1;
    if (ch === '\n' && /^\n[ \t]*(\n|[-+•]|\d+(\.\d+)*[.)]\s)/.test(norm.slice(i, i + 8)) && !(/^\n[ \t]*\n/.test(norm.slice(i, i + 8)) && midSentenceGap(norm, i))) return i;
  }
  return max;
}

const TYPE_START = new RegExp(`^\\s*(theo\\s+)?(${TYPE_ALT})\\b`);
const PROVISION_WORDS = new RegExp(`\\b((dieu|khoan|diem|muc|chuong|phan|phu luc)\\s+[0-9a-z.]{1,6}|${TYPE_ALT}|so|va|cua|tai|cac|nhung|quy dinh|theo|hoac)\\b`, 'g');
/** Whether a folded gap holds nothing but provisions, type words and connectives ("..., Điều 86 Thông tư số"). */
function onlyProvisions(seg: string): boolean {
  return seg.length < 120 && !/[;:.]/.test(seg) && seg.replace(PROVISION_WORDS, ' ').replace(/[\s,()-]+/g, '') === '';
}

const LETTER = /\p{L}/u;

const ODD_SPACE = /\s\s|[^\S ]/;
/** Strip enumerators, bullets and connectives from the start of a folded clause. */
function clauseHead(f: string): string {
  // (A line break inside the verb: "Thực\nhiện Công văn số ..."; most heads need no change.)
  return (ODD_SPACE.test(f) ? f.replace(/\s+/g, ' ') : f)
    .replace(/^[\s\-+•*"(_~=>.]*/, '')
    .replace(/^(dieu \d+\s*[.:]?\s*|\d+(\.\d+)*\s*[.)-]\s*|[a-z]\)\s*|[ivx]+\.\s*)/, '')
    .replace(/^(de |nham |dong thoi,? |tiep tuc |nay |sau khi |truoc tinh hinh tren,? |vi vay,? |(nghiem tuc|khan truong|kip thoi|quyet liet|kien quyet|tich cuc|chu dong|nghiem chinh) )+/, '')
    .trimStart();
}

const CONCLUSION = /^can\.? cu (vao )?(cac |nhung )?(quy dinh|huong dan|noi dung|co so|y kien|van ban|ly do)( phap ly)?( (nhu|neu|noi|o))? tren\b/;
const TRIGGERS: Array<[RegExp, Relation]> = [
  // The legal basis (DESIGN.md: căn cứ, trên cơ sở). "Xét đề nghị của Sở ... tại Tờ trình số ..." names
  // who proposed the decision, not a basis for it: a mention.
  [/^(can\.? cu|tren co so)/, 'based_on'],
  [/^(thuc hien|trien khai|quan triet|thi hanh|to chuc (thuc hien|trien khai)|chap hanh|huong dan (thuc hien|trien khai)|cu the hoa|theo chi dao (cua|tai)|thuc hien chi dao)/, 'implements'],
  [/^(sao gui|gui kem|kem theo|dinh kem)/, 'attaches'],
  // "Nghị định này quy định chi tiết Luật X", "Thông tư này hướng dẫn thi hành Nghị định Y".
  [new RegExp(`^(${TYPE_ALT}) nay (quy dinh chi tiet|huong dan (thi hanh|thuc hien|chi tiet))`), 'implements'],
];

/**
 * "Căn cứ chức năng, nhiệm vụ của mình, phối hợp ... tuyên truyền Chỉ thị X": the basis is the
 * body's own remit, and X is what it spreads, not a legal basis.
 */
function ownRemit(head: string): boolean {
  return /^can\.? cu (vao )?(chuc nang|nhiem vu|tinh hinh|ket qua|dieu kien|thuc te|kha nang|nhu cau|dac diem|tinh chat)\b/.test(head)
    && /\b(phoi hop|tuyen truyen|to chuc|trien khai|xay dung|chu dong|tang cuong|kiem tra|giam sat)\b/.test(head);
}

/** Which relation the verbs in a subject phrase give, using the last verb before the inner citation. */
function relationFromVerbs(f: string): Relation {
  const verbs: Array<[RegExp, Relation]> = [
    [/(thuc hien|trien khai|quan triet|thi hanh|huong dan|cu the hoa|quy dinh chi tiet)/g, 'implements'],
    [/(sua doi|bo sung)/g, 'amends'],
    [/thay the/g, 'replaces'],
    [/(bai bo|huy bo)/g, 'repeals'],
    [/(can cu)/g, 'based_on'],
  ];
  let best: Relation = 'cites';
  let at = -1;
  for (const [re, rel] of verbs) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(f))) if (m.index > at) { at = m.index; best = rel; }
  }
  return best;
}

/**
 * Does a clause's subject name the citing document itself ("Công văn này", "Quyết định này")?
 * "Luật này" quoted inside a công văn is the law, not the letter: the type must match.
 * Returns true, false (another document's "này"), or null (no "này" at all).
 */
function selfReference(subject: string, docType: string | null): boolean | null {
  const m = new RegExp(`(?:^|\\s)(${TYPE_ALT})(?: [a-z]+){0,2} nay\\b`).exec(subject);
  if (!m) return /\bnay\b/.test(subject) ? true : null;
  if (m[1] === 'van ban' || !docType) return true;
  return TYPE_NAME_BY_WORD.get(m[1]) === docType;
}

const CHANGE_VERB = /(sua doi,? bo sung|sua doi|thay the|bai bo|huy bo|het hieu luc)/g;
/** A change said of the document before, by the one after: "(đã được) sửa đổi, bổ sung tại/theo/bởi", "bị bãi bỏ bởi". */
const PASSIVE_CHANGE = /(\(\s*(da\s+)?(duoc\s+)?|(duoc|bi)\s+)(sua d[a-z]{1,2}i|b[a-z]{0,2} sung|thay the|bai bo|huy bo)[^()]{0,80}?\b(tai|theo|boi)\b[^()]*$/;
/** The head of a clause that is only a list item: a type word and/or "số", nothing else. */
/** A provision, or several of one kind: "Điều 2", "điểm a, e", "Khoản 1 và Khoản 5" (OCR reads 1 as "|"). */
const PROVISION = '(dieu|khoan|diem|muc|chuong|tiet) [0-9a-z.|]{1,6}((,| va| hoac) [0-9a-z.]{1,6})*';
const ITEM_HEAD = new RegExp(`^((cac|nhung) )?(((${PROVISION}),? ((va|hoac) )?)*(cua )?)?((${TYPE_ALT})${MODIFIERS} ?:? ?)?(so)?\\s*[:.]?\\s*$`);

/**
 * Find and relate every citation in one document.
 * @example findReferences(ctx).hits[0] → {number: '1699/CĐ-TTg', relation: 'implements', issuedOn: '2020-12-02', ...}
 */
export function findReferences(ctx: DocContext): { hits: RefHit[]; implied: Implied[] } {
  const { norm } = ctx;
  const F = ctx.folded;
  const hits: RefHit[] = [];
  const inTitle = (p: number) => !!ctx.titleSpan && p >= ctx.titleSpan[0] && p <= ctx.titleSpan[1];
  const usable = (p: number) => p >= ctx.start && p < ctx.end && (p >= ctx.bodyStart || inTitle(p)) && !ctx.skip(p);
  const ownKey = ctx.ownNumber ? foldKey(ctx.ownNumber) : null;

  // Spans already taken by a hit, sorted by start, so a later pass asks in log time whether a
  // position is inside one (long decrees have hundreds of hits and thousands of type words).
  const spanStarts: number[] = [];
  const spanEnds: number[] = [];
  let spanMax = 0;
  const firstAfter = (p: number): number => {
    let lo = 0;
    let hi = spanStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spanStarts[mid] <= p) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const cover = (start: number, end: number): void => {
    const at = firstAfter(start);
    spanStarts.splice(at, 0, start);
    spanEnds.splice(at, 0, end);
    spanMax = Math.max(spanMax, end - start);
  };
  const covered = (p: number): boolean => {
    for (let i = firstAfter(p) - 1; i >= 0 && spanStarts[i] >= p - spanMax; i--) if (p < spanEnds[i]) return true;
    return false;
  };

  // --- numbered citations ---
  let lo = 0;
  let hi = ctx.symbols.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ctx.symbols[mid].index < ctx.start) lo = mid + 1; else hi = mid; }
  for (let si = lo; si < ctx.symbols.length; si++) {
    const s = ctx.symbols[si];
    if (s.index >= ctx.end) break;
    // A symbol broken across lines may run into the next document's first line ("số 12/\nUBND ..."): not this one's.
    if (!usable(s.index) || s.index + s.text.length > ctx.end) continue;
    let number = canonicalSymbol(s.text);
    // "số 21 9/2013/TT-BTC" is 219/2013 (OCR split it), but "sô 2 20/2017/NĐ-CP" is 20/2017 after a
    // stray digit: when only the shorter form is cited elsewhere in the document, it is that one.
    const split = /^(\d{1,3}) (\d{1,3})(?=[ \t]*\/)/.exec(s.text);
    if (split) {
      const tail = canonicalSymbol(s.text.slice(split[1].length + 1));
      const elsewhere = (n: string) => ctx.symbols.some((o) => o !== s && o.index >= ctx.start && o.index < ctx.end && foldKey(canonicalSymbol(o.text)) === foldKey(n));
      if (elsewhere(tail) && !elsewhere(number)) number = tail;
    }
    // A National Assembly term split by OCR: "78/2006/QH1 1" is QH11.
    const term = /QH\d$/.test(number) ? /^ (\d)(?![\d\p{L}])/u.exec(norm.slice(s.index + s.text.length, s.index + s.text.length + 3)) : null;
    if (term) number += term[1];
    if (ownKey && foldKey(number) === ownKey) continue;
    // A copy certification ("SAO Y BẢN CHÍNH / SAO LỤC ... Số: 17/SL-VP") numbers the copy, not a document cited.
    if (/^\d+\/(SY|SL|SLY|STL)(-|$)/i.test(number)) continue;
    // Forms are not documents: "mẫu số 01/GTGT", "tờ khai 02/QTT-TNCN", "Phụ lục số 01/PL".
    if (/(mau|mau bieu|to khai|bieu mau|phu luc|theo mau)\s*(so|se)?\s*[:.]?\s*$/.test(F.slice(Math.max(ctx.start, s.index - 24), s.index))) continue;
    const parts = decomposeSymbol(number);
    const preFrom = Math.max(ctx.start, s.index - 70);
    const pre = F.slice(preFrom, s.index);
    const tm = TYPE_BEFORE.exec(pre);
    // A bare "01/BKNT" or "02/GTGT" with no type word before it, no year and one code that names no
    // issuer is a form or table code ("Bảng kê nộp thuế (01/BKNT)"), not a document, unless a date
    // follows ("75/HNTY ngày 06/5/2021 của Công ty ...").
    if (!(tm && tm[2]) && !parts.party && parts.year === null && !parts.typeCode && !parts.units.length && parts.issuerCode && !isListedIssuerCode(parts.issuerCode)
      && !/^[\s,]{0,3}ngay\b/.test(F.slice(s.index + s.text.length, s.index + s.text.length + 12))) continue;
    let start = s.index;
    let type: string | null = null;
    let typeFromText = false;
    if (tm && (tm[1] || tm[3])) {
      const lead = tm[0].search(/[a-z]/);
      start = preFrom + tm.index + Math.max(0, lead);
      if (tm[2] && tm[2] !== 'van ban') { type = TYPE_NAME_BY_WORD.get(tm[2].replace(/\s+/g, ' ')) ?? null; typeFromText = !!type; }
    }
    if (!type) type = parts.typeCode ? typeFromCode(parts.typeCode) : null;
    // Firms number their letters their own way: the symbol may run on ("1511/2019/GDT/EUR-HR&TSC",
    // "190101/CV/RKV", "76/CV-Habeco.NA"); the parts read above stay those of its official-looking head.
    const more = /^(?:[/&][A-Za-z0-9][A-Za-z0-9&_-]*|\.[A-Z0-9][A-Za-z0-9&_-]*)+/.exec(norm.slice(s.index + s.text.length, s.index + s.text.length + 40));
    // ... but "134/2016/NĐ.CP" is an OCR'd "134/2016/NĐ-CP": a type code, a dot, an issuer code.
    const dotted = more && /^\.([A-Za-z]+)$/.exec(more[0]);
    const lastCode = number.split(/[/-]/).pop() ?? '';
    const full = !more ? number : dotted && isTypeCode(lastCode) && codeInfo(dotted[1])?.name ? canonicalSymbol(`${number}-${codeInfo(dotted[1]) && dotted[1].toUpperCase() === 'CP' ? 'CP' : dotted[1]}`) : number + more[0];
    const hit = newHit(start, s.index + s.text.length + (more ? more[0].length : 0) + (term ? term[0].length : 0), full, parts, type, typeFromText);
    hit.symStart = s.index;
    hits.push(hit);
    cover(hit.start, hit.end);
  }

  // --- laws by name, and dated numberless documents ---
  const body = norm.slice(ctx.start, ctx.end);
  // (No lookbehind for "not after a letter": a pattern opening with its words lets the engine skip
  // ahead; the letter before is checked below, and the search goes on from the next position.)
  const lawRe = /(Bộ luật|Luật|Pháp lệnh|Hiến pháp)[ \t]+(?=\p{L})/gu;
  let lm: RegExpExecArray | null;
  while ((lm = lawRe.exec(body))) {
    if (lm.index > 0 && LETTER.test(body[lm.index - 1])) { lawRe.lastIndex = lm.index + 1; continue; }
    const at = ctx.start + lm.index;
    if (!usable(at) || covered(at)) continue;
    const nameAt = at + lm[0].length;
    const constitution = lm[1] === 'Hiến pháp';
    // A name starts with a capital ("Luật Đất đai"); in a legal basis ("Căn cứ Luật tổ chức Chính
    // phủ") many write it in lower case, and "Hiến pháp" needs no name at all.
    // So is a name that a law's number follows: "Luật doanh nghiệp số 59/2020/QH14".
    const numbered = hits.find((h) => h.number && h.symStart > nameAt && h.symStart < nameAt + 160 && /^(UBTV)?QH/.test(h.parts?.issuerCode ?? ''));
    if (!/^\p{Lu}/u.test(norm.slice(nameAt, nameAt + 8)) && !/^sua\s+d[a-z]{1,2}i\b/.test(F.slice(nameAt, nameAt + 10)) && !constitution) {
      // ("Căn cứ điều 16 của Luật tổ chức Hội đồng Bộ trưởng": provisions may stand between.)
      if ((!numbered && !/(can cu|can cu vao|;)\s*(((dieu|khoan|diem|muc|chuong) [0-9a-z.]{1,6}|va|,)\s*)*(cua\s+)?$/.test(F.slice(Math.max(ctx.start, at - 60), at))) || NOT_LAW_NAME.test(norm.slice(nameAt, nameAt + 8).toLowerCase())) continue;
    }
    const nameEnd = constitution && /^(nam|nuoc)?\s*\d{4}|^\s*[;,.]/.test(F.slice(nameAt, nameAt + 10)) ? nameAt - 1 : readLawNameEnd(norm, F, nameAt, ctx.end);
    if (nameEnd <= nameAt + 1 && !constitution) continue;
    const name = squash(norm.slice(at, nameEnd));
    // "Luật Quản lý thuế số 38/2019/QH14": the symbol carries it.
    // (An abbreviation may stand between: "Luật thuế giá trị gia tăng (GTGT) số 13/2008/QH12"; OCR
    // spells "số" as "só" or "sé".)
    const follow = hits.find((h) => h.number && h.symStart >= nameEnd && h.start >= at && /^[\s,]*(\([^()]{1,14}\))?[\s,]*(s\S{0,2})?[\s:]*$/u.test(norm.slice(nameEnd, h.symStart)));
    if (follow) { follow.start = Math.min(follow.start, at); cover(follow.start, follow.end); if (!follow.title) follow.title = name; follow.type = follow.typeFromText ? follow.type : lm[1] === 'Bộ luật' ? 'Luật' : (lm[1] as string); follow.typeFromText = true; continue; }
    const h = newHit(at, nameEnd, null, null, lm[1] === 'Bộ luật' ? 'Luật' : lm[1], true);
    h.title = name;
    h.issuer = lm[1] === 'Pháp lệnh' ? issuerFromCode('UBTVQH', null) : issuerFromCode('QH', null);
    const y = /(\d{4})$/.exec(name);
    if (y) h.year = Number(y[1]);
    hits.push(h);
    cover(h.start, h.end);
  }
  const datedRe = /(Điện|Chỉ thị|Nghị quyết|Kết luận|Thông báo|Quyết định|Công văn|[cC]ông văn(?= không số)|[vV]ăn bản(?= không số)|Kế hoạch|Công điện|Hướng dẫn|Chương trình|Thông tri|Báo cáo|Nghị định|Thông tư)(?=[ \t])/gu;
  while ((lm = datedRe.exec(body))) {
    if (lm.index > 0 && LETTER.test(body[lm.index - 1])) { datedRe.lastIndex = lm.index + 1; continue; }
    const at = ctx.start + lm.index;
    if (!usable(at) || inTitle(at) || covered(at)) continue;
    const after = norm.slice(at + lm[0].length, Math.min(ctx.end, at + lm[0].length + 140));
    const fa = F.slice(at + lm[0].length, Math.min(ctx.end, at + lm[0].length + 140));
    if (/^\s+(so|nay|tren|do|nhu)\b/.test(fa)) continue;
    // Type [modifiers] [của Authority] ngày D — no symbol in between.
    // ("công văn không số đề ngày 09/4/2021 của Công ty ...": a letter without a number.)
    const mod = /^(\s+(hoa toc|khan|ket luan|lien tich|khong so))?/.exec(fa)!;
    let p = at + lm[0].length + mod[0].length;
    let issuer: Issuer | null = null;
    const cua = /^\s+(cua|do)\s+/.exec(F.slice(p, p + 8));
    if (cua) {
      const a = readAuthority(norm, F, p + cua[0].length, Math.min(ctx.end, p + 120), ctx.province);
      if (!a) continue;
      issuer = a.issuer;
      p = a.end;
    }
    const dm = /^\s*,?\s*((de|ghi)\s+)?(ngay)/.exec(F.slice(p, p + 14));
    if (!dm) continue;
    const d = readNgayDate(F.slice(p + dm.index + (dm[0].length - 4), Math.min(ctx.end, p + 60)));
    if (!d || !d.iso) continue;
    const end = p + dm[0].length - 4 + d.length;
    // "Quyết định của Bộ Chính trị số31-QĐ/TW, ngày ...": the date is the numbered citation's.
    if (hits.some((x) => x.number && x.symStart >= at && x.symStart < end)) continue;
    const h = newHit(at, end, null, null, /^(công văn|văn bản)$/iu.test(lm[1]) ? 'Công văn' : lm[1], true);
    h.issuedOn = d.iso;
    h.year = d.year;
    h.issuer = issuer;
    h.issuerFromText = !!issuer;
    h.title = squash(norm.slice(at, end));
    h.tailEnd = end;
    hits.push(h);
    cover(h.start, h.end);
  }
  // --- letters numbered outside the official scheme, named as letters and dated: "công văn số
  // 08/2020-HQ&T ngày 13/6/2020", "văn bản số CV-012018/DS ngày 17/9/2018", "số 2201-21/JBSV ngày ..." ---
  const looseRe = /(cong van|van ban|thu)\s+(so|sô)\s*[:.]?\s*/g;
  looseRe.lastIndex = ctx.start;
  let lz: RegExpExecArray | null;
  while ((lz = looseRe.exec(F)) && lz.index < ctx.end) {
    const at = lz.index;
    const tokAt = at + lz[0].length;
    if (!usable(at) || covered(tokAt)) continue;
    const tm2 = /^[A-Za-z0-9][A-Za-z0-9./&_-]*[A-Za-z0-9]/.exec(norm.slice(tokAt, Math.min(ctx.end, tokAt + 40)));
    if (!tm2 || !/\d/.test(tm2[0]) || !/[A-Za-z/-]/.test(tm2[0]) || tm2[0].length < 4) continue;
    const after = tokAt + tm2[0].length;
    if (!/^\s*,?\s*((de|ghi)\s+)?ngay\b/.test(F.slice(after, after + 14))) continue;
    const lead = norm.slice(at, at + lz[1].length);
    const h = newHit(at, after, tm2[0], null, /^(c|C)/.test(lead) || /^(v|V)/.test(lead) ? 'Công văn' : null, true);
    h.symStart = tokAt;
    hits.push(h);
    cover(h.start, h.end);
  }
  hits.sort((a, b) => a.start - b.start);

  // --- tails: date, issuer, subject ---
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const limit = i + 1 < hits.length ? Math.max(hits[i + 1].start, h.end) : ctx.end;
    let p = Math.max(h.end, h.tailEnd);
    const bare = p;
    for (let round = 0; round < 2; round++) {
      // (OCR leaves a stray "." or ">" before the date: "128/TT-BTC.ngày 05/9/2014"; a letter is
      // "đề ngày" / "ghi ngày" a day.)
      const gap = /^[\s,.>]*/.exec(norm.slice(p, p + 6))![0].length;
      const f = F.slice(p + gap, p + gap + 8);
      const dated = /^((de|ghi) )?ngay/.exec(F.slice(p + gap, p + gap + 9));
      if (!h.issuedOn && dated) {
        const skip = dated[0].length - 4;
        const d = readNgayDate(F.slice(p + gap + skip, Math.min(ctx.end, p + gap + skip + 40)));
        if (d) { h.issuedOn = d.iso; h.year = d.year; p = p + gap + skip + d.length; continue; }
      }
      // ("của" may end a line: "... ngày 02/3/2020 của\nCông ty TNHH ...".)
      if (!h.issuerFromText && /^(cua|do)\s/.test(f)) {
        const a = readAuthority(norm, F, p + gap + 4, Math.min(limit, p + 200), ctx.province);
        if (a) { h.issuer = codeSpelling(a.issuer, h.parts) ?? a.issuer; h.issuerFromText = true; p = a.end; continue; }
      }
      break;
    }
    if (!h.year && h.parts?.year) h.year = h.parts.year;
    // The issuer named before the document: "chỉ đạo của Ban Bí thư tại Công văn số 79-CV/TW".
    if (!h.issuerFromText) {
      const lead = F.slice(Math.max(ctx.start, h.start - 90), h.start);
      const lm = /(?:^|[^a-z])(cua|do)\s+([^;:.()]{3,70}?)\s+(tai|theo|qua|bang)\s*$/.exec(lead);
      if (lm) {
        const at = h.start - lead.length + lm.index + lm[0].indexOf(lm[1]) + lm[1].length + 1;
        const a = readAuthority(norm, F, at, h.start, ctx.province);
        // Only when nothing but "tại Công văn số" stands between the name and the number.
        // "ý kiến của Bộ Công Thương tại công văn số 8625/BTC-TCHQ": a known issuer code in the
        // symbol that names someone else wins; "/TW" is any central Party organ.
        const code = h.parts?.issuerCode ?? null;
        const agrees = !code || !codeInfo(code)?.name || foldKey(a?.issuer.code ?? '') === foldKey(code)
          || (/TW$/i.test(code) && code.length <= 2 && a?.issuer.branch === 'party' && a.issuer.level === 'central');
        if (a && agrees && LEAD_GAP.test(F.slice(a.end, h.start))) {
          h.issuer = a.issuer;
          h.issuerFromText = true;
        }
      }
    }
    h.tailEnd = p;
    const gap = /^[\s,]*/.exec(norm.slice(p, p + 6))![0].length;
    const f = F.slice(p + gap, p + gap + 30);
    const subj = /^(ve viec|v\/v|ve|"|huong dan|quy dinh|ban hanh|phe duyet|sua doi)\b/.exec(f) ?? (/^"/.test(f) ? [f[0]] : null);
    // A law cited by name is named already: "Luật Thương mại về hoạt động xúc tiến" points at its provisions.
    if (subj && !(h.number === null && /^(Luật|Pháp lệnh|Hiến pháp)$/.test(h.type ?? ''))) {
      const sStart = p + gap;
      const sEnd = readSubjectEnd(norm, F, sStart, ctx.end);
      if (sEnd > sStart + 3) {
        h.titleStart = sStart;
        h.titleEnd = sEnd;
        const about = squash(norm.slice(sStart, sEnd)).replace(/^["“]|["”]$/g, '').replace(/[\s,]*(như sau|nhu sau|như dưới đây)\s*$/u, '');
        // "... của Bộ Tài chính quy định:" introduces what the document says, not its title; so does
        // "Điều 7 Thông tư số X quy định ...", which tells what that article says.
        // (A full citation, "Thông tư số X ngày D của Bộ Y quy định về ...", gives the title.)
        const provision = p === bare && /(dieu|khoan|diem|muc|phu luc)\s+[0-9a-z.]{1,6},?\s+(cua\s+)?$/.test(F.slice(Math.max(ctx.start, h.start - 30), h.start)) && /^(quy dinh|huong dan)\b(?! (chi tiet|thi hanh|thuc hien))/.test(fold(about));
        if (!provision && !/^(co )?(quy dinh|huong dan)( (ve|cu the|ro|tai|nhu sau))?$/.test(fold(about))) h.title = h.number ? about : h.title ? `${h.title} ${about}` : about;
        h.tailEnd = sEnd;
      }
    }
  }

  // --- a date (and issuer) stated before the document: "Ngày 04/3/2020, Thủ tướng Chính phủ ban
  // hành Chỉ thị số 11/CT-TTg", "Ngày 29/8/2013, Tổng cục Thuế có công văn số 2833/TCT-CS" ---
  for (const h of hits) {
    if (!h.number || h.issuedOn) continue;
    const cs = clauseStart(norm, h.start, ctx.start);
    if (hits.some((o) => o !== h && o.start >= cs && o.start < h.start)) continue;
    const lead = F.slice(cs, h.start);
    // At the clause's start, or after a comma: "Để có căn cứ ..., ngày 4/7/2014 Bộ ... có Công văn số ...".
    // (The last such "ngày", found from the end: most leads have none, and this costs them one search.)
    let at = -1;
    for (let k = lead.lastIndexOf('ngay'); k >= 0; k = k > 0 ? lead.lastIndexOf('ngay', k - 1) : -1) {
      if (!/\s/.test(lead[k + 4] ?? '')) continue;
      if (/,\s*$/.test(lead.slice(Math.max(0, k - 4), k)) || /^[\s\-+•*]*$/.test(lead.slice(0, k))) { at = k; break; }
    }
    if (at < 0) continue;
    const d = readNgayDate(lead.slice(at));
    if (!d?.iso || (h.parts?.year && d.year !== h.parts.year)) continue;
    const rest = lead.slice(at + d.length);
    const vm = /^\s*,?\s*([^,;:]{0,90}?)\s*(da\s+)?(ban hanh|co|ky|thong qua|gui|phat hanh|tiep tuc co)\s+[^,;:]{0,40}$/.exec(rest);
    if (!vm) continue;
    h.issuedOn = d.iso;
    h.year = d.year;
    if (!h.issuerFromText && vm[1]) {
      const from = cs + at + d.length + rest.indexOf(vm[1]);
      const a = readAuthority(norm, F, from, from + vm[1].length, ctx.province);
      if (a) { h.issuer = a.issuer; h.issuerFromText = true; }
    }
  }

  // --- nesting and lists ---
  for (let j = 0; j < hits.length; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const o = hits[i];
      if (o.titleStart >= 0 && hits[j].start >= o.titleStart && hits[j].start < o.titleEnd) { hits[j].parent = i; break; }
    }
    if (j > 0 && hits[j].parent === null) {
      // (The item before, over any citation nested in its subject: "Nghị định A quy định ... Luật B
      // và Quyết định C": C follows A.)
      // (Only across "và" and to a document of another type: "hướng dẫn thi hành Nghị định A và Nghị
      // định B" and "quy định tại Luật A, Nghị định B" go on with the nested list.)
      let k = j - 1;
      const nested = hits[k];
      if (nested.parent !== null && nested.type !== hits[j].type && /^\s*(va|hoac)\s*$/.test(F.slice(Math.max(nested.end, nested.tailEnd), hits[j].start))) while (hits[k].parent !== null) k = hits[k].parent!;
      const prev = hits[k];
      const between = F.slice(Math.max(prev.end, prev.tailEnd), hits[j].start);
      if (prev.parent === null && !/;/.test(between) && (/^[\s,;]*(va|cung|hoac)?[\s,]*(cac)?\s*$/.test(between) || /^[\s,]*(va|hoac)\s+(dieu|khoan|diem|muc)\s/.test(between) && onlyProvisions(between))) hits[j].listPrev = k;
    }
  }
  // Lists share their type and issuer: "các Chỉ thị số 15/CT-TTg ..., số 16/CT-TTg ... của Thủ tướng Chính phủ".
  for (let j = hits.length - 1; j >= 0; j--) {
    const h = hits[j];
    if (h.listPrev === null) continue;
    const prev = hits[h.listPrev];
    if (!h.typeFromText && prev.typeFromText && sameFamily(prev, h)) { h.type = prev.type; }
    if (!prev.issuerFromText && h.issuerFromText && sameIssuerCode(prev, h)) { prev.issuer = h.issuer; prev.issuerFromText = true; }
  }
  for (const h of hits) {
    if (!h.issuer && h.parts?.issuerCode) h.issuer = issuerFromCode(h.parts.issuerCode, ctx.province);
    if (!h.type && h.parts) h.type = typeOfSymbol(h.parts);
  }

  // --- relations ---
  const implied: Implied[] = [];
  const floor = Math.max(ctx.start, ctx.bodyStart);
  /**
   * The relation a list item takes from the clauses before it: walking back over sibling items
   * (clauses that are only a citation) to the clause that introduces the list with a verb.
   */
  const leadInRelation = (j: number, cs: number): Relation | null => {
    let end = cs;
    for (let step = 0; step < 12; step++) {
      const boundary = /[;:]\s*$|\n\s*$/.exec(norm.slice(Math.max(floor, end - 6), end));
      if (!boundary || end <= floor) return null;
      // A sentence end or a blank line closes the list.
      // (A lead-in that ends with a colon introduces its list, and items end with a semicolon, across blank lines.)
      if ((/\n\s*\n\s*$/.test(norm.slice(Math.max(floor, end - 8), end)) && !midSentenceGap(norm, end - 1) && !/[:;]\s*$/.test(norm.slice(Math.max(floor, end - 8), end))) || /[.!?]\s*$/.test(norm.slice(Math.max(floor, end - 3), end))) return null;
      const stop = end - boundary[0].length;
      const prevStart = clauseStart(norm, Math.max(floor, stop - 1), floor);
      const text = F.slice(prevStart, stop);
      const inside = hits.filter((x, k) => k < j && x.parent === null && x.start >= prevStart && x.start < stop);
      const headEnd = inside.length ? inside[0].start : stop;
      const leadHead = clauseHead(F.slice(prevStart, headEnd));
      const t = ownRemit(leadHead) ? undefined : TRIGGERS.find(([re]) => re.test(leadHead));
      if (t) return t[1];
      CHANGE_VERB.lastIndex = 0;
      let c: RegExpExecArray | null = null;
      for (let m = CHANGE_VERB.exec(leadHead); m; m = CHANGE_VERB.exec(leadHead)) c = m;
      if (c && !/(duoc|bi)\s*$/.test(leadHead.slice(0, c.index)) && selfReference(clauseHead(leadHead.slice(0, c.index)), ctx.docType ?? null) !== false) {
        return /thay the/.test(c[1]) ? 'replaces' : /bai bo|huy bo|het hieu luc/.test(c[1]) ? 'repeals' : 'amends';
      }
      // Only another item of the same list may stand between: a clause made of one citation.
      // (Or a heading naming the list: "...; các Công điện: số A, số B".)
      if ((!inside.length && !/^(cac|nhung) /.test(leadHead)) || !ITEM_HEAD.test(leadHead) || text.length > 400) return null;
      end = prevStart;
    }
    return null;
  };
  /** Hits whose relation the opening verb of their clause gave. */
  const byVerb = new Set<RefHit>();
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j];
    if (h.parent !== null) {
      const o = hits[h.parent];
      let from = o.titleStart;
      let sibling: Implied | null = null;
      for (let k = j - 1; k > h.parent; k--) {
        if (hits[k].parent !== h.parent) continue;
        from = Math.max(hits[k].end, hits[k].tailEnd);
        // (Not after a sibling with a title of its own, whose verbs may be what the list continues.)
        sibling = hits.some((x) => x.parent === k) ? null : implied.find((l) => l.from === h.parent && l.to === k) ?? null;
        break;
      }
      // The next item of a list in the title shares the verb: "... của Thông tư A, Thông tư B và Thông tư C".
      const gap = F.slice(from, h.start);
      const relation = sibling && /^[\s,;]*(va|hoac)?[\s,]*$/.test(gap.replace(new RegExp(`(${TYPE_ALT})\\s*(so)?\\s*[:.]?\\s*$`), '')) ? sibling.relation : relationFromVerbs(gap);
      // "... Thông tư số A (đã được sửa đổi, bổ sung theo Thông tư số B)": B changes A, not the title's owner.
      if (j - 1 > h.parent && PASSIVE_CHANGE.test(gap)) {
        // (A law named in the title is not what a circular changed: the titled document is.)
        const to = /^(Luật|Pháp lệnh|Hiến pháp)$/.test(hits[j - 1].type ?? '') && !/^(Luật|Nghị quyết)$/.test(h.type ?? '') ? h.parent : j - 1;
        implied.push({ from: j, to, relation, start: hits[to].start, end: h.end });
        h.relation = 'cites';
        continue;
      }
      implied.push({ from: h.parent, to: j, relation, start: o.start, end: h.end });
      h.relation = 'cites';
      continue;
    }
    if (inTitle(h.start) && ctx.titleSpan) {
      let from = ctx.titleSpan[0];
      let prevTitle: RefHit | null = null;
      for (let k = j - 1; k >= 0; k--) if (inTitle(hits[k].start) && hits[k].parent === null) { from = Math.max(hits[k].end, hits[k].tailEnd); prevTitle = hits[k]; break; }
      const seg = F.slice(from, h.start);
      h.relation = relationFromVerbs(seg);
      // "Sửa đổi ... Nghị định số A ngày ... và Nghị định số B ...": the second item shares the verb.
      if (h.relation === 'cites' && prevTitle && prevTitle.relation !== 'cites' && prevTitle.titleStart < 0 && /(^|\s)(va|,)\s/.test(seg) && seg.length < 160) h.relation = prevTitle.relation;
      if (h.relation === 'based_on') h.relation = 'cites';
      continue;
    }
    if (h.listPrev !== null) { h.relation = hits[h.listPrev].relation; continue; }
    const cs = clauseStart(norm, h.start, Math.max(ctx.start, ctx.bodyStart));
    const prevInClause = hits.slice(0, j).reverse().find((x) => x.parent === null && x.start >= cs);
    const segFrom = prevInClause ? Math.max(prevInClause.end, prevInClause.tailEnd) : cs;
    const seg = F.slice(segFrom, h.start);
    // amend / replace / repeal
    let change: RegExpExecArray | null = null;
    CHANGE_VERB.lastIndex = 0;
    for (let m = CHANGE_VERB.exec(seg); m; m = CHANGE_VERB.exec(seg)) change = m;
    if (change) {
      const rel: Relation = /thay the/.test(change[1]) ? 'replaces' : /bai bo|huy bo|het hieu luc/.test(change[1]) ? 'repeals' : 'amends';
      const subject = clauseHead(F.slice(cs, segFrom + change.index));
      const self = selfReference(subject, ctx.docType ?? null);
      // Passive: "A (đã) được sửa đổi, bổ sung tại/bởi B" — B changes A.
      const passive = /(duoc|bi)\s*$/.test(seg.slice(0, change.index)) || PASSIVE_CHANGE.test(seg);
      if (passive) {
        if (prevInClause) implied.push({ from: j, to: hits.indexOf(prevInClause), relation: rel, start: prevInClause.start, end: h.end });
        h.relation = 'cites';
        continue;
      }
      if (prevInClause && self !== true) {
        implied.push({ from: hits.indexOf(prevInClause), to: j, relation: rel, start: prevInClause.start, end: h.end });
        h.relation = 'cites';
      } else if (self === true || subject.trim().length === 0) h.relation = rel;
      else h.relation = 'cites';
      continue;
    }
    const head = clauseHead(F.slice(cs, h.start));
    // "thực hiện theo quy định tại Thông tư X" applies a rule of X: a mention, not an order carried out.
    // "Căn cứ (các) quy định (nêu) trên, ..." draws a conclusion from what was cited before: no legal basis.
    const trig = /^thuc hien (theo |dung )?(cac )?quy dinh (tai|cua)\b/.test(head) || CONCLUSION.test(head) || ownRemit(head) ? undefined : TRIGGERS.find(([re]) => re.test(head));
    // "Chủ động triển khai ... đúng quy định hiện hành của Luật X": the rule of X is followed, X is not carried out.
    const byRule = /(theo|dung)\s+(cac\s+)?quy dinh(\s+hien hanh)?\s+(cua|tai)\s*$/.test(F.slice(Math.max(cs, h.start - 40), h.start)) && !/^(can\.? cu|tren co so)/.test(head);
    if (trig && !prevInClause && !byRule && h.start - cs < 260) { h.relation = trig[1]; byVerb.add(h); continue; }
    // The next item of the list the opening verb governs, after the last item's subject: "Thực hiện
    // Chỉ thị số A ...; Công điện số B về việc ..., các hoạt động ..., Công văn số C ...".
    // (Only right after an item the verb itself governs, with no citation nested between.)
    if ((!trig || trig[1] === prevInClause?.relation) && prevInClause && byVerb.has(prevInClause) && hits[j - 1] === prevInClause && (prevInClause.relation === 'implements' || prevInClause.relation === 'based_on') && h.typeFromText
      && /[,;]\s*((va|cung|hoac)\s+)?$/.test(F.slice(Math.max(segFrom, h.start - 8), h.start)) && relationFromVerbs(seg) === 'cites' && !/[.!?]\s/.test(norm.slice(segFrom, h.start))) { h.relation = prevInClause.relation; byVerb.add(h); continue; }
    // "Căn cứ Điều 35 Nghị định số A ..., Điều 86 Thông tư số B": a legal basis names each of its
    // sources, with only provisions and connectives between them.
    // (Not the rest of a list that an earlier title began: "... sửa đổi Thông tư A, Thông tư B".)
    if (trig?.[1] === 'based_on' && prevInClause?.relation === 'based_on' && hits[j - 1] === prevInClause && prevInClause.titleStart < 0 && onlyProvisions(seg)) { h.relation = 'based_on'; continue; }
    // An item of a list whose verb stands in a lead-in clause: "Bãi bỏ các Nghị định: số A ...; số B ...",
    // "Thực hiện Nghị quyết A; Công văn B; Thông báo C".
    if (!prevInClause && ITEM_HEAD.test(head)) {
      const lead = leadInRelation(j, cs);
      if (lead) { h.relation = lead; byVerb.add(h); continue; }
    }
    const before = F.slice(Math.max(ctx.start, h.start - 30), h.start);
    // "Mẫu ... ban hành kèm theo Thông tư X", "Phụ lục I ... kèm theo Nghị định X" and an annex's
    // heading "(Kèm theo Quyết định số X ...)" say the form or annex belongs to X: a mention, not an enclosure.
    const owner = /ban\s+hanh\s+kem theo\s*$|\(\s*kem theo\s*$/.test(before)
      || /(phu luc|mau|bieu|danh muc|quy che|quy dinh|dieu le)\b[^.;:]{0,80}kem theo\s*$/.test(F.slice(Math.max(ctx.start, h.start - 110), h.start));
    if (/(gui kem theo|kem theo|sao gui|gui kem|dinh kem)\s*$/.test(before) && !owner) { h.relation = 'attaches'; continue; }
    // "công văn số X ... (bản photocopy gửi kèm theo)": enclosed, said after it.
    // (A closed aside, not an annex heading "(Kèm theo công văn số ...)".)
    const aside = /^[^.;()]{0,40}\(([^()]{0,40}?)(gui kem|kem theo|dinh kem|kem)([^()]{0,40})\)/.exec(F.slice(Math.max(h.end, h.tailEnd), Math.max(h.end, h.tailEnd) + 120));
    // ("(chi tiết tại Phụ lục đính kèm)" encloses this letter's own annex, not the document.)
    if (aside && !TYPE_START.test(aside[3]) && !/(phu luc|bieu|mau|chi tiet)/.test(aside[1])) { h.relation = 'attaches'; continue; }
    h.relation = 'cites';
  }

  // --- "A ... hết hiệu lực" in the article on entry into force: this document ends A (and the items listed with it) ---
  for (let j = 0; j < hits.length; j++) {
    const h = hits[j];
    if (h.relation !== 'cites' || h.parent !== null) continue;
    const next = j + 1 < hits.length ? hits[j + 1].start : ctx.end;
    const from = Math.max(h.end, h.tailEnd);
    const to = Math.min(next, sentenceEnd(norm, from, ctx.end));
    const tail = F.slice(from, to);
    const m = /het hieu luc/.exec(tail);
    if (!m || /(duoc|bi|da|van con|chua) \S*\s*$/.test(tail.slice(0, m.index))) continue;
    const around = F.slice(Math.max(ctx.start, h.start - 300), Math.min(ctx.end, to + 120));
    if (!/(nay|nay se) co hieu luc|hieu luc (thi hanh|ke tu)|co hieu luc thi hanh/.test(around)) continue;
    h.relation = 'repeals';
    for (let k = h.listPrev; k !== null && hits[k].relation === 'cites'; k = hits[k].listPrev) hits[k].relation = 'repeals';
  }

  // --- an article quoted from another document ("“Điều 23. Sửa đổi, bổ sung Điều 53 Thông tư số
  // 156/2013/TT-BTC ...") speaks for that document: here it is only mentioned ---
  for (const h of hits) {
    if (h.relation === 'cites' || inTitle(h.start)) continue;
    const cs = clauseStart(norm, h.start, floor);
    const lineStart = norm.lastIndexOf('\n', h.start - 1) + 1;
    const from = cs >= lineStart ? lineStart : cs;
    if (/^\s*"\s*(dieu|khoan|\d+\.)/.test(F.slice(from, from + 12))) h.relation = 'cites';
  }

  // --- quotes ---
  for (const h of hits) {
    const qs = clauseStart(norm, h.start, ctx.start, false);
    const qe = sentenceEnd(norm, h.end, ctx.end);
    h.quoteStart = Math.max(qs, h.start - 400);
    h.quoteEnd = Math.min(Math.max(qe, h.end), h.end + 400);
    // A citation in the document's own title stands in that title, not in the header above it.
    if (ctx.titleSpan && inTitle(h.start)) {
      h.quoteStart = Math.max(h.quoteStart, Math.min(ctx.titleSpan[0], h.start));
      h.quoteEnd = Math.max(Math.min(h.quoteEnd, ctx.titleSpan[1]), h.end);
    }
  }
  return { hits, implied };
}

function newHit(start: number, end: number, number: string | null, parts: SymbolParts | null, type: string | null, typeFromText: boolean): RefHit {
  const h: RefHit = {
    start, end, number, parts, type, typeFromText, issuedOn: null, year: parts?.year ?? null, issuer: null, issuerFromText: false,
    title: null, titleStart: -1, titleEnd: -1, tailEnd: end, relation: 'cites', parent: null, listPrev: null, quoteStart: start, quoteEnd: end,
    symStart: start,
  };
  return h;
}

function sameFamily(a: RefHit, b: RefHit): boolean {
  if (!a.parts || !b.parts) return true;
  return (a.parts.typeCode ?? '') === (b.parts.typeCode ?? '') || !b.parts.typeCode;
}
function sameIssuerCode(a: RefHit, b: RefHit): boolean {
  if (!a.parts || !b.parts) return false;
  return foldKey(a.parts.issuerCode ?? '') === foldKey(b.parts.issuerCode ?? '');
}

/**
 * End of a law's name: "Luật Phòng, chống bệnh truyền nhiễm ngày ..." stops before "ngày";
 * a name may wrap onto the next line. Amending laws ("Luật sửa đổi, bổ sung một số điều của
 * Luật Quản lý thuế") keep their commas and "của".
 */
function readLawNameEnd(norm: string, F: string, pos: number, limit: number): number {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'&-]*|[,;:.()"\n]/gu;
  re.lastIndex = pos;
  let end = pos;
  let words = 0;
  let m: RegExpExecArray | null;
  const amending = /^sua\s+d[a-z]{1,2}i\b/.test(F.slice(pos, pos + 10));
  while ((m = re.exec(norm)) && m.index < limit && words < (amending ? 22 : 14)) {
    const w = m[0];
    if (w === ',') {
      // "Luật Phòng, chống ...", "Luật sửa đổi, bổ sung" (OCR: "bố/bé/bd sung"), "Luật Khám bệnh, chữa
      // bệnh", "Luật Thuế xuất khẩu, thuế nhập khẩu": the comma is inside the name.
      // So in "Luật Thi đua, Khen thưởng", "Luật Tín ngưỡng, tôn giáo", "Luật Xuất cảnh, nhập cảnh ...".
      if (/^,\s*(chong|b[a-z]{0,2} sung|chua benh|thue nhap khau|khen thuong|ton giao|nhap canh|xuat canh|cham soc|giao duc tre em)\b/.test(F.slice(m.index, m.index + 24))) continue;
      break;
    }
    const fw = F.slice(m.index, m.index + 12);
    if (amending && /^s[a-z]{0,2} dieu/.test(fw)) { end = m.index + w.length; words++; continue; }
    if (/^quy pham/.test(fw)) { end = m.index + w.length; words++; continue; }
    // A line break inside a name: the next line goes on in lower case.
    // An amending law's name goes on to the next line after "của": "... một số điều của\nLuật Quản lý thuế".
    if (w === '\n') {
      if (/^\n[ \t]*\p{Ll}/u.test(norm.slice(m.index, m.index + 4))) continue;
      if (amending && /\bcua\s*$/.test(F.slice(end - 4, m.index)) && /^\n[ \t]*(Luật|LUẬT)\b/u.test(norm.slice(m.index, m.index + 10))) continue;
      break;
    }
    if (/^[;:.()"]$/.test(w)) break;
    if (!amending && fold(w) === 'cua') break;
    if (fold(w) === 'hien' && /^hien hanh/.test(F.slice(m.index, m.index + 9))) break;
    const f = fold(w);
    // "Luật sửa đổi, bổ sung một số điều của các Luật về thuế": a name that amends several laws at once.
    const amendsMany = amending && ((f === 'cac' && /\bcua\s*$/.test(F.slice(end - 4, m.index))) || (f === 've' && /\bcac luat\s*$/.test(F.slice(Math.max(pos, end - 9), m.index))));
    // "Luật ban hành các văn bản quy phạm pháp luật": "các" belongs to this name.
    const promulgation = f === 'cac' && /ban hanh\s*$/.test(F.slice(Math.max(pos, m.index - 10), m.index));
    if (words > 0 && !amendsMany && !promulgation && isLawStopWord(w, norm)) break;
    // "và" before a capital starts another document: "Luật Thuế giá trị gia tăng và Nghị định ...".
    // An amending law names every law it amends: "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B".
    // "Luật Tổ chức HĐND và UBND" names the council and the committee together.
    const councilAndCommittee = f === 'va' && /(hdnd|hoi dong nhan dan)\s*$/.test(F.slice(Math.max(pos, m.index - 22), m.index))
      && /^\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?![\p{L}])/u.test(norm.slice(m.index + 2, m.index + 26));
    if (f === 'va' && /^\s+\p{Lu}/u.test(norm.slice(m.index + 2, m.index + 5)) && !(amending && /^\s+Luật\b/u.test(norm.slice(m.index + 2, m.index + 9))) && !councilAndCommittee) break;
    if (/^\d{4}$/.test(w)) { end = m.index + w.length; words++; break; }
    if (/\d/.test(w)) break;
    end = m.index + w.length;
    words++;
  }
  // A name never ends on a connective: "Luật Đầu tư và ..." is "Luật Đầu tư".
  const trailing = /[\s,]+(và|hay|hoặc|va)$/u.exec(norm.slice(pos, end));
  if (trailing) end = pos + trailing.index;
  // Nor on "của" or "một" when the line or the text broke off: "Luật sửa đổi, bổ sung một số điều của".
  const cut = /(\s+(của|cua|một|mot|số|so|điều|dieu))+$/u.exec(norm.slice(pos, end));
  if (cut && amending) end = pos + cut.index;
  return end;
}

/**
 * The closing of one document: the Nơi nhận (copy-to) list and the signature block
 * (capacity lines such as "TL. BỘ TRƯỞNG / VỤ TRƯỞNG", then the name).
 * Handwritten notes after the signature are not the signer.
 *
 * Two-column OCR interleaves the right-hand signature column with the Nơi nhận list: the
 * capacity may sit above "Nơi nhận:" or at the end of a list line, and the name may close a
 * list line ("- Tòa án nhân dân tối cao;   Nguyễn Văn A"). Flattened web text puts capacity
 * and name on one line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A").
 */
import type { Signer } from '../schema';
import { fold, squash } from './clean';
import { readList } from './header';
import { Line, isBlank, personName } from './lines';
import { TYPE_WORDS } from './vocab';

/** Every document type's words, folded ("to trinh", "bao cao"). */
const TYPE_PHRASES = new Set(TYPE_WORDS.flatMap((t) => t.words));

export interface Footer { cc: string[]; signer: Signer | null; tmBody: string | null }

// ---------------------------------------------------------------------------------------------
// Capacity vocabulary. Role phrases name a person's post and open a new capacity part; the other
// phrases only fix the spelling of OCR'd words ("TONG CUC TRUONG" → "TỔNG CỤC TRƯỞNG").

const ROLES = [
  'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM',
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'TỔNG BÍ THƯ', 'BÍ THƯ', 'PHÓ BÍ THƯ',
  'TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG', 'TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC',
  'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG',
  'CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA', 'TỔNG THANH TRA', 'PHÓ TỔNG THANH TRA', 'VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG',
  'CHÁNH ÁN', 'PHÓ CHÁNH ÁN', 'TRƯỞNG ĐOÀN', 'PHÓ TRƯỞNG ĐOÀN', 'ỦY VIÊN THƯỜNG TRỰC', 'THỦ TRƯỞNG',
  'THỐNG ĐỐC', 'PHÓ THỐNG ĐỐC', 'TỔNG KIỂM TOÁN', 'PHÓ TỔNG KIỂM TOÁN', 'TỔNG THƯ KÝ', 'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG',
  'GIÁM ĐỐC SỞ', 'CHỦ TỊCH NƯỚC', 'PHÓ CHỦ TỊCH NƯỚC', 'TỔ TRƯỞNG', 'TỔ PHÓ',
];
const BODIES = [
  'CHÍNH PHỦ', 'QUỐC HỘI', 'ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH', 'BAN BÍ THƯ', 'BỘ CHÍNH TRỊ', 'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'ĐẢNG ỦY', 'THƯỜNG TRỰC',
  'VỤ CHÍNH SÁCH THUẾ', 'VỤ CHÍNH SÁCH', 'VỤ KÊ KHAI VÀ KẾ TOÁN THUẾ', 'TỔNG CỤC THUẾ', 'TỔNG CỤC HẢI QUAN',
  'CỤC THUẾ', 'CỤC HẢI QUAN', 'CỤC THUẾ XNK', 'CỤC THANH TRA', 'KIỂM TRA THUẾ', 'VĂN PHÒNG', 'THANH TRA', 'TỈNH', 'THÀNH PHỐ',
];
const PREFIXES: Record<string, string> = { tm: 'TM.', 't/m': 'TM.', kt: 'KT.', 'k/t': 'KT.', tl: 'TL.', 't/l': 'TL.', tuq: 'TUQ.', 'q': 'Q.' };

interface Phrase { words: string[]; canon: string; role: boolean }
const PHRASES: Phrase[] = [
  ...ROLES.map((p) => ({ words: foldWords(p), canon: p, role: true })),
  ...BODIES.map((p) => ({ words: foldWords(p), canon: p, role: false })),
].sort((a, b) => b.words.length - a.words.length);
/** Folded words of the vocabulary, to tell "VỤ CHÍNH SÁCH" (a unit) from "VŨ VĂN AN" (a person). */
const VOCAB = new Set(PHRASES.flatMap((p) => p.words));

function foldWords(s: string): string[] {
  return fold(s).split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * The longest vocabulary phrase starting at token `i`, if any. When two phrases fold alike
 * (THỨ TRƯỞNG, THỦ TRƯỞNG) the one spelled as printed wins, else the commoner first one.
 */
function phraseAt(toks: Tok[], i: number): Phrase | null {
  let hit: Phrase | null = null;
  for (const p of PHRASES) {
    if (hit && p.words.length < hit.words.length) break;
    if (i + p.words.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = toks[i + k].f === p.words[k];
    if (!ok) continue;
    if (!hit) hit = p;
    const printed = toks.slice(i, i + p.words.length).map((t) => t.text.toUpperCase()).join(' ');
    if (printed === p.canon) return p;
  }
  return hit;
}

interface Tok { text: string; f: string; start: number; end: number; upper: boolean; prefix: string | null }

/** Word tokens of a line; "KT.TỔNG" and "PHÓ-TỔNG" split into two words. */
function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/\p{L}+(?:\/\p{L}+)?/gu)) {
    const w = m[0];
    const start = m.index!;
    const end = start + w.length;
    const f = fold(w);
    const letters = [...w.replace('/', '')];
    const lower = letters.filter((c) => c !== c.toUpperCase()).length;
    // One stray lower-case letter is OCR noise inside a capitalised word ("PHỏ").
    const upper = lower === 0 || (letters.length >= 3 && lower === 1 && letters[0] === letters[0].toUpperCase() && letters[0] !== letters[0].toLowerCase());
    const after = text.slice(end, end + 1);
    // (Not a unit's code in an archive line: "Lưu VP, P.KT, VHXH".)
    const before = start > 0 ? text[start - 1] : ' ';
    const isPrefix = f in PREFIXES && lower === 0 && (f !== 'q' || after === '.') && (/[.:,]/.test(after) || f.includes('/') || f.length >= 2)
      && before !== '.' && before.toLowerCase() === before.toUpperCase();
    out.push({ text: w, f, start, end, upper, prefix: isPrefix ? PREFIXES[f] : null });
  }
  return out;
}

interface CapLine {
  parts: string[];
  /** A prefix ("TL.") alone at the end, to join to the next line. */
  dangling: string | null;
  /** Where the capacity starts in the line, and the text after it (a name on flattened lines). */
  start: number;
  rest: string;
}

/** Two capitals then a small letter: where a capacity and a name may be glued ("PHÒNGThái"). */
const GLUED_NAME_HINT = /\p{Lu}\p{Lu}\p{Ll}/u;

/**
 * The capacity phrases printed on one line, normalised: the upper-case run that starts at a
 * prefix (TM., KT., TL., TUQ.) or a role, split into parts at each prefix and each role.
 * `rest` is the text after the run (a name on flattened lines).
 * A line all in title case ("Vụ Trưởng Vụ Chính Sách") is read as upper case when it opens with a role.
 */
function readCapacityLine(text: string): CapLine | null {
  // Web text that lost the break between capacity and name: "CHÁNH VĂN PHÒNGThái Hữu Phép".
  // (Offsets after the inserted space shift by one: only the name after it is read from them.)
  let t = text.replace(/Ƣ/g, 'Ư').replace(/ƣ/g, 'ư');
  if (GLUED_NAME_HINT.test(t)) t = t.replace(/(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll}{1,6}(?:\s+\p{Lu}\p{Ll}*){1,3}\s*$)/u, ' ');
  let toks = tokens(t);
  if (!toks.length) return null;
  const titled = toks.every((k) => /^\p{Lu}/u.test(k.text));
  if (titled && toks.length <= 8 && phraseAt(toks, 0)?.role) toks = toks.map((k) => ({ ...k, upper: true }));
  // Find the first token that opens a capacity and the upper-case run from there.
  for (let s = 0; s < toks.length; s++) {
    if (!toks[s].upper) continue;
    const opens = toks[s].prefix !== null || !!phraseAt(toks, s)?.role;
    if (!opens) continue;
    // Inside a longer capitalised phrase ("CỦA BAN BÍ THƯ", "NGƯỜI LẬP THỦ TRƯỞNG") it is no capacity.
    const prev = s > 0 ? toks[s - 1] : null;
    if (prev && prev.upper && (prev.text.length >= 3 || VOCAB.has(prev.f)) && /^\s*$/.test(t.slice(prev.end, toks[s].start))) continue;
    let e = s;
    while (e + 1 < toks.length && toks[e + 1].upper && /^[\s.,:\-–]*$/u.test(t.slice(toks[e].end, toks[e + 1].start))) e++;
    const run = toks.slice(s, e + 1);
    // A trailing person's name in capitals ("THỨ TRƯỞNG NGUYỄN VĂN AN"): a surname outside the vocabulary.
    let nameFrom = run.length;
    for (let k = Math.max(1, run.length - 5); k <= run.length - 2; k++) {
      // ("THỊ TRẤN HƯƠNG SƠN" is a place: Trấn folds like the family name Trần.)
      if (VOCAB.has(run[k].f) || run[k - 1].prefix || (run[k - 1].f === 'thi' && run[k].f === 'tran')) continue;
      if (personName(run.slice(k).map((x) => x.text).join(' '))) { nameFrom = k; break; }
    }
    const parts: string[] = [];
    let cur: string[] = [];
    let dangling: string | null = null;
    const flush = () => { if (cur.length) parts.push(cur.join(' ')); cur = []; };
    for (let k = 0; k < nameFrom;) {
      const tok = run[k];
      if (tok.prefix) {
        flush();
        cur.push(tok.prefix);
        k++;
        // The body after the prefix: a known phrase, or the words up to the next role.
        const p = k < nameFrom ? phraseAt(run, k) : null;
        if (p && k + p.words.length <= nameFrom) { cur.push(p.canon); k += p.words.length; }
        continue;
      }
      const p = phraseAt(run, k);
      if (p && k + p.words.length <= nameFrom) {
        if (p.role && cur.length && !(cur.length === 1 && /\.$/.test(cur[0]))) flush();
        cur.push(p.canon);
        k += p.words.length;
        continue;
      }
      cur.push(tok.text.toUpperCase());
      k++;
    }
    flush();
    // "TL." alone on its line belongs to the capacity on the next line.
    if (parts.length === 1 && /^(TM|KT|TL|TUQ|Q)\.$/.test(parts[0]) && !/\p{L}/u.test(t.slice(0, run[0].start))) dangling = parts.pop()!;
    else if (parts.length && /^(TM|KT|TL|TUQ|Q)\.$/.test(parts[parts.length - 1])) parts.pop();
    const restFrom = nameFrom < run.length ? run[nameFrom].start : run[run.length - 1].end;
    return { parts, dangling, start: run[0].start, rest: t.slice(restFrom) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Names.

/** OCR misreadings of family names ("Vũ" read as "Vii"). */
const OCR_SURNAME: Record<string, string> = { Vii: 'Vũ', VII: 'VŨ' };

/** A person's name in a piece of text, after stripping OCR junk around it. */
function nameIn(text: string): string | null {
  let t = squash(text.replace(/\((đã ký|ký|signed)[^)]*\)/giu, ' ')).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  t = t.replace(/^(\p{L}+)/u, (w) => OCR_SURNAME[w] ?? w);
  const n = t ? personName(t) : null;
  if (!n) return null;
  const words = foldWords(n);
  // Syllables have vowels ("Au Cl" is noise; one garbled syllable in a longer name is kept); a name does not open with a middle name
  // ("Văn Thắng" is a cut name; but Văn is also a family name: "Văn Trọng Lý", three words, no second
  // middle name) nor with a lone letter; office words are not names ("Tống Cục Thuế").
  const voiceless = words.filter((w) => w.length >= 2 && !/[aeiouy]/.test(w)).length;
  if (voiceless > 1 || (voiceless && words.length < 3)) return null;
  const surnameVan = words[0] === 'van' && words.length >= 3 && !/^(van|thi)$/.test(words[1]);
  if ((/^(van|thi)$/.test(words[0]) && !surnameVan) || (words[0].length < 2 && words.length < 3)) return null;
  if (words.some((w) => NOT_NAME.has(w))) return null;
  // The Party's heading "ĐẢNG CỘNG SẢN VIỆT NAM" (Đảng is also the family name Đặng), and type
  // words in capitals ("TỜ TRÌNH": Tô is a family name too).
  if (/\bcong san\b/.test(words.join(' ')) || TYPE_PHRASES.has(words.join(' '))) return null;
  return n;
}
const NOT_NAME = new Set(['cuc', 'thue', 'website', 'bo', 'so', 'tinh', 'huyen', 'uy', 'nhanh', 'nghia', 'hoi', 'ubnd', 'vt', 'sach']);

/** Words that, just before a name, make it a person copied to ("- Đ/c: Nguyễn Văn An"), not the signer. */
const CC_TITLE = /(?:^|[^\p{L}])(d\/c|dong chi|ong|ba|tt|bt|pct|pcn|cac pcn|pttg|ttg|ttgcp|tct|tctr|ptct|ptctr|pho|thu truong|bo truong|chu tich|giam doc|cuc truong|vu truong)\W*$/u;

/**
 * The name closing a list line after the list text: after a separator (; , . : ) or a wide gap.
 * @example tailName('- Tòa án nhân dân tối cao;   Trần Văn Bình') === 'Trần Văn Bình'
 */
function tailName(text: string): string | null {
  const m = /^(.*?(?:[;,.:)]|\S\s{2,}))([^;,.:()]*)$/u.exec(text.trimEnd());
  if (!m || !/\p{L}{2}/u.test(m[1])) return null;
  if (CC_TITLE.test(fold(m[1]).trimEnd().replace(/[;,.:]$/, ''))) return null;
  const words = m[2].trim().split(/\s+/).filter(Boolean);
  // The whole run of capitalised words closing the line (one junk token may precede it).
  let k = words.length;
  while (k > 0 && /^\p{Lu}[\p{L}']*$/u.test(words[k - 1])) k--;
  if (words.length - k < 2 || words.length - k > 5) return null;
  return nameIn(words.slice(k).join(' '));
}

const isListLine = (text: string): boolean => /^\s*[-+•~=*–—]\s/u.test(text);
/** "Lưu: VT" (also "Luu:", "Lm:", "Lim:") and "Như trên" (also "Nhu trén") are no recipients. */
const isArchiveOrSame = (s: string): boolean => {
  const f = fold(s);
  return /^(luu|lm|lim|lun|ltru)\s*[:;.]/.test(f) || /^luu\b/.test(f) || /^nhu (tr[ea]n|kinh gui)\b/.test(f);
};
/** Debris of the signature column in a list: a capacity ("KT. eve"), or one short token with marks ("tele!", ">"). */
const isColumnDebris = (s: string): boolean =>
  /^(KT|TL|TM|T\/M|K\/T|T\/L|TUQ)\.?\s/u.test(s) || (!/\s/.test(s.trim()) && /[^\p{L}\p{N}.&/()-]/u.test(s));
const isArchiveLine = (f: string): boolean => /^\W{0,4}(luu|lm|lin)\b\s*[:;.,]?\s*(vt|van thu|hc|hs)?/.test(f) && /^\W{0,4}luu\b|\bvt\b/.test(f);
/** Running prose: three lower-case words. */
const isProse = (text: string): boolean => (text.match(/(?:^|\s)\p{Ll}{2,}/gu) ?? []).length >= 3;
/** "Nơi nhận", also as OCR reads it ("Noi nhận", "Not nhận", "Nơi nhén"). */
const NOI_NHAN = /^\W{0,4}no[it] nh[ae]n\b/;

// ---------------------------------------------------------------------------------------------

interface Block { signer: Signer | null; tmBody: string | null; noiNhan: number }

/** A line of capitals whose every word belongs to the bodies' and roles' vocabulary ("BAN NHÂN DÂN TỈNH"). */
function isBodyContinuation(text: string): boolean {
  const t = text.trim();
  if (!t || t !== t.toUpperCase() || !/^[\p{Lu} ]+$/u.test(t)) return false;
  const words = foldWords(t);
  return words.length >= 1 && words.length <= 6 && words.every((w) => VOCAB.has(w));
}

/** Read the signature in lines[from..to]; `archive` is the "Lưu:" line, or -1. */
function readBlock(lines: Line[], from: number, to: number, archive: number): Block & { name: string | null } {
  // Capacity lines: one cluster, each within a few non-blank lines of the previous one.
  const caps: Array<{ line: number; parts: string[]; name: string | null }> = [];
  let dangling: string | null = null;
  let gap = 0;
  for (let i = from; i <= to; i++) {
    if (isBlank(lines[i])) continue;
    const c = readCapacityLine(lines[i].text);
    // A capacity broken over two lines: "TL. CHỦ TỊCH ỦY / BAN NHÂN DÂN TỈNH" — capitals made only of
    // the vocabulary's words, right under a capacity line, continue its last part.
    const last = caps[caps.length - 1];
    if ((!c || !c.parts.length) && last && gap === 0 && last.parts.length && !last.name && isBodyContinuation(lines[i].text)) {
      last.parts[last.parts.length - 1] += ` ${squash(lines[i].text)}`;
      continue;
    }
    if (!c || (!c.parts.length && !c.dangling)) { gap++; if (caps.length && gap > 4) break; continue; }
    const ps = [...c.parts];
    if (dangling && ps.length && !/^(TM|KT|TL|TUQ|Q)\. /.test(ps[0])) ps[0] = `${dangling} ${ps[0]}`;
    dangling = c.dangling ?? (ps.length ? null : dangling);
    gap = 0;
    caps.push({ line: i, parts: ps, name: nameIn(c.rest) });
  }
  const capLines = new Set(caps.map((c) => c.line));
  const candidateAt = (i: number, tail: boolean): string | null => {
    const l = lines[i];
    if (isBlank(l) || capLines.has(i)) return null;
    // A line of its own; not a list item, nor a list item's continuation ("Nguyễn Văn An;").
    if (!tail) return !isListLine(l.text) && !NOI_NHAN.test(l.f) && !/[;,]\s*$/.test(l.text) ? nameIn(l.text) : null;
    return tailName(l.text);
  };
  let name: string | null = null;
  let nameLine = -1;
  const look = (a: number, b: number) => {
    for (let i = a; i <= b && !name; i++) { name = candidateAt(i, false) ?? candidateAt(i, true); if (name) nameLine = i; }
  };
  if (caps.length) {
    const firstCap = caps[0].line;
    const lastCap = caps[caps.length - 1].line;
    const same = caps.find((c) => c.name);
    // The name under the capacity: on the last capacity line (flattened text), then a line of
    // its own, then the tail of a list line (two-column OCR).
    if (same && same.line === lastCap) { name = same.name; nameLine = lastCap; }
    look(lastCap + 1, to);
    if (!name && same) { name = same.name; nameLine = same.line; }
    look(firstCap + 1, lastCap - 1);
  } else {
    // No capacity (seeds 002, 003): the last name-like line; a list line's tail only after "Lưu:".
    let seen = 0;
    for (let i = to; i >= from && seen < 12 && !name; i--) {
      if (isBlank(lines[i])) continue;
      seen++;
      name = candidateAt(i, false) ?? (archive >= 0 && i >= archive ? candidateAt(i, true) : null);
    }
  }
  // Capacity printed after the name belongs to something else (an appendix heading, a form).
  const parts: string[] = [];
  let tmBody: string | null = null;
  for (const c of caps) {
    if (name && c.line > nameLine && nameLine >= 0) break;
    for (const part of c.parts) {
      // Who signs "KT." (for the head) is a deputy: "KT. CỤC TRƯỞNG / CỤC TRƯỞNG" is OCR that lost the "PHÓ".
      const kt = parts.length ? /^KT\. (.+)$/u.exec(parts[parts.length - 1]) : null;
      const p = kt && kt[1] === part ? `PHÓ ${part}` : part;
      if (!parts.includes(p)) parts.push(p);
      const tm = /^TM\. (.+)$/u.exec(p);
      if (tm) tmBody = tm[1];
    }
  }
  // An unreadable name under a readable capacity still tells who signed: {name: null, capacity}.
  const signer = name || parts.length ? { name, capacity: parts.length ? parts.join(', ') : null } : null;
  return { signer, tmBody, noiNhan: -1, name };
}

/** The signature block around the "Nơi nhận" line k: a few lines above it to shortly after "Lưu:". */
function blockAround(lines: Line[], k: number, first: number, last: number): Block {
  let from = k;
  let nonBlank = 0;
  for (let i = k - 1; i >= first && i >= k - 12 && nonBlank < 6; i--) {
    if (isBlank(lines[i])) continue;
    if (isProse(lines[i].text) || /\.\/\.?\s*\S{0,6}\s*$/.test(lines[i].text)) break;
    nonBlank++;
    from = i;
  }
  let archive = -1;
  for (let i = k; i <= Math.min(last, k + 70); i++) if (isArchiveLine(lines[i].f) && i > k) { archive = i; break; }
  const to = Math.min(last, archive >= 0 ? archive + 10 : k + 45);
  return { ...readBlock(lines, from, to, archive), noiNhan: k };
}

/** "Nơi nhận:" opening a list, not "Nơi nhận hồ sơ là ..." in running text. */
function isNoiNhan(l: Line): boolean {
  if (!NOI_NHAN.test(l.f.slice(0, 40))) return false;
  const after = l.text.replace(/^\W{0,4}\S+\s+\S+/u, '');
  return !/^\s*\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(after);
}

/**
 * Read the closing of the document spanning `lines[first..last]`.
 * The last "Nơi nhận" whose block holds a signature wins (a form in an appendix has a "Nơi nhận"
 * but no name); without one, the last lines of the document.
 * @example readFooter(lines, 0, 80).signer → {name: 'Lò Minh Hùng', capacity: 'KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC'}
 */
export function readFooter(lines: Line[], first: number, last: number, skip: Set<number>): Footer {
  const marks: number[] = [];
  for (let i = last; i >= first; i--) if (!skip.has(i) && isNoiNhan(lines[i])) marks.push(i);
  let chosen: Block | null = null;
  // Without any name, the capacity of the first signature block (the document's own, before
  // any appendix) is kept.
  let capacityOnly: Block | null = null;
  for (let m = 0; m < marks.length; m++) {
    // Forms in an appendix, and a second letter the splitter left attached, have a "Nơi nhận"
    // without a name: then an earlier one holds the signature.
    const b = blockAround(lines, marks[m], first, last);
    if (b.signer?.name) { chosen = b; break; }
    if (b.signer) capacityOnly = b;
  }
  if (!chosen) {
    const from = Math.max(first, marks.length ? marks[0] : last - 40, last - 40);
    let archive = -1;
    for (let i = from; i <= last; i++) if (isArchiveLine(lines[i].f)) archive = i;
    const b = readBlock(lines, from, last, archive);
    chosen = b.signer?.name ? b : capacityOnly ?? (b.signer ? b : { signer: null, tmBody: b.tmBody, noiNhan: marks.length ? marks[0] : -1 });
  }
  const noiNhan = chosen.noiNhan >= 0 ? chosen.noiNhan : (marks.length ? marks[0] : -1);
  const signerName = chosen.signer?.name ?? null;
  const cc = noiNhan >= 0
    ? readList(lines, noiNhan, last, NOI_NHAN, skip, { skipCaps: true })
        .map((s) => (signerName && s.endsWith(signerName) ? s.slice(0, -signerName.length).replace(/[^\p{L}\p{N})]+$/u, '') : s))
        .map((s) => {
          // The signature column printed beside the item ("- Như trên;   THỨ TRƯỞNG").
          const c = readCapacityLine(s);
          return c && c.parts.length ? s.slice(0, c.start).replace(/[\s;,.:~-]+$/u, '') : s;
        })
        .map((s) => s.replace(/\b(TM|T\/M|KT|K\/T|TL|T\/L)\.?\s+[\p{Lu} ]+$/u, '').replace(/\s[\p{Lu}ƢƯ ]{6,}$/u, '').trim())
        .filter((s) => s && !isArchiveOrSame(s) && !isColumnDebris(s) && !/^-*\s*PAGE\b/.test(s) && (s.match(/[\p{L}]/gu) ?? []).length >= 3)
    : [];
  return { cc, signer: chosen.signer, tmBody: chosen.tmBody };
}

/**
 * Property-based tests (fast-check) of the parser's contract: whatever the input, `parseText`
 * returns schema-valid documents whose offsets lie inside the text, in order, without overlap,
 * and whose quotes contain the text they point at. Inputs are (a) random strings over full
 * Unicode, Vietnamese letters, symbol fragments, control characters and lone surrogates, and
 * (b) the real seed documents (../shared/seeds, read in place, plus three corpus files when the
 * corpus is there) mutated by random edits, including edits at document boundaries.
 *
 * Runs are reproducible: every property has a fixed seed. To hunt for bugs, multiply the runs
 * and draw fresh seeds (a few minutes per property at PROP_SCALE=30):
 *   PROP_SCALE=30 PROP_SEED=random npx jest test/parse/property.test.ts
 * A failure prints the seed, the shrunk counterexample and the broken invariant; rerun with
 * PROP_SEED=<seed>.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseText } from '../../server/parse';
import { ParseOutput, type ParsedDocument } from '../../server/schema';
import { CORPUS, SEEDS } from '../helpers/seeds';

// ---------------------------------------------------------------------------
// run settings
// ---------------------------------------------------------------------------

const RUNS_FACTOR = Number(process.env.PROP_SCALE) || 1;
/** Fixed seeds by default; PROP_SEED=random draws one per property, PROP_SEED=<n> forces it. */
function params(seed: number, numRuns: number): fc.Parameters<unknown> {
  const env = process.env.PROP_SEED;
  const s = env === 'random' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : env ? Number(env) : seed;
  return { seed: s, numRuns: Math.max(1, Math.round(numRuns * RUNS_FACTOR)), includeErrorInReport: true };
}

// ---------------------------------------------------------------------------
// the invariants
// ---------------------------------------------------------------------------

/**
 * Throws with a readable message when `docs` breaks the parser's contract for `text`.
 * @example checkInvariants('Số: 1/QĐ-UBND', parseText('Số: 1/QĐ-UBND', 'x'))
 */
function checkInvariants(text: string, docs: ParsedDocument[]): void {
  const fail = (msg: string, extra?: unknown) => {
    throw new Error(`${msg}${extra === undefined ? '' : ` ${JSON.stringify(extra)}`}`);
  };
  const schema = ParseOutput.safeParse({ documents: docs });
  if (!schema.success) fail('output does not match the schema:', schema.error.issues.slice(0, 3));
  let prevEnd = 0;
  docs.forEach((d, i) => {
    if (d.index !== i) fail(`document ${i} has index ${d.index}`);
    if (!(d.start <= d.end)) fail(`document ${i}: start > end`, [d.start, d.end]);
    if (d.start < 0 || d.end > text.length) fail(`document ${i} lies outside the text (length ${text.length})`, [d.start, d.end]);
    if (d.start < prevEnd) fail(`document ${i} overlaps or precedes the one before`, [prevEnd, d.start]);
    prevEnd = d.end;
    d.references.forEach((r, k) => {
      const where = `document ${i} reference ${k} (${r.number ?? r.title ?? r.type})`;
      if (!(r.start < r.end)) fail(`${where}: start >= end`, [r.start, r.end]);
      if (r.start < d.start || r.end > d.end) fail(`${where} lies outside its document`, { ref: [r.start, r.end], doc: [d.start, d.end] });
      if (r.start < 0 || r.end > text.length) fail(`${where} lies outside the text`, [r.start, r.end]);
      const cited = text.slice(r.start, r.end);
      if (!r.quote.includes(cited)) fail(`${where}: quote does not contain its text`, { cited, quote: r.quote });
    });
    d.impliedLinks.forEach((l, k) => {
      const where = `document ${i} implied link ${k}`;
      if (l.fromIndex >= d.references.length || l.toIndex >= d.references.length) {
        fail(`${where} points outside references (${d.references.length})`, [l.fromIndex, l.toIndex]);
      }
      if (!(l.start <= l.end) || l.end > text.length) fail(`${where} has bad offsets`, [l.start, l.end]);
    });
  });
}

/** Parse and check; any exception inside the parser fails the property with the input attached. */
function parsesCleanly(text: string): void {
  let docs: ParsedDocument[];
  try {
    docs = parseText(text, 'property');
  } catch (e) {
    throw new Error(`parseText threw ${(e as Error).name}: ${(e as Error).message}`);
  }
  checkInvariants(text, docs);
}

// ---------------------------------------------------------------------------
// arbitraries: random text
// ---------------------------------------------------------------------------

const VIET_NFC = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const VIET = [...VIET_NFC, ...VIET_NFC.toUpperCase()];
/** Vietnamese letters, in NFC or decomposed (NFD) form. */
const vietLetter = fc.constantFrom(...VIET).chain((ch) => fc.constantFrom(ch, ch.normalize('NFD')));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const dash = fc.constantFrom('-', '–', '—', '\u2011', '\u2212', '/', ' / ', ' - ');
const digits = fc.integer({ min: 0, max: 99999 }).map(String);
/** Fragments the parser looks for, so random strings reach its deeper paths. */
const TOKENS = [
  'Số:', 'Số', 'số', 'SỐ', 'ngày', 'Ngày', 'tháng', 'năm', 'của', 'về việc', 'V/v', 'Kính gửi:', 'Nơi nhận:', 'Căn cứ', 'Thực hiện',
  'Triển khai', 'thay thế', 'bãi bỏ', 'sửa đổi, bổ sung', 'kèm theo', 'Luật', 'Bộ luật', 'Điện', 'Chỉ thị', 'Công văn', 'Kế hoạch',
  'Thông báo', 'Quyết định', 'Nghị định', 'THÔNG BÁO', 'CÔNG ĐIỆN', 'QUYẾT ĐỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LAI CHÂU', 'ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'Tỉnh uỷ',
  'Ban Thường vụ', 'UBND tỉnh', 'Thủ tướng Chính phủ', 'Bộ Chính trị', 'Hà Nội', 'Điện Biên', ', ngày ', 'TM.', 'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH', 'BÍ THƯ', 'Nguyễn Văn An', 'ĐẾN', 'Số đến', '/CT-TTg', '-CV/TU', '/QĐ-UBND', '/2020/NĐ-CP', '/UBND-VX', '-TB/TW',
  '/BYT-MT', '/QH14', 'CĐ', 'TTg', 'KH', 'TU', '(', ')', '"', ';', ':', '.', ',', '\n', '\n\n', '\r\n', ' ', '\t', '**', '#', '|',
  '<b>', '</sub>', 'quý', 'hoà', 'uỷ', '22.3.20', '02/12/2020', '14-4-2021', '2 4',
];
const token = fc.constantFrom(...TOKENS);

/** A string made of a mix of units, weighted towards what documents contain. */
const mixedText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: token },
    { weight: 3, arbitrary: vietLetter },
    { weight: 2, arbitrary: digits },
    { weight: 2, arbitrary: dash },
    { weight: 1, arbitrary: control },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  ),
  maxLength: 300,
});

// ---------------------------------------------------------------------------
// arbitraries: mutated real documents
// ---------------------------------------------------------------------------

function readDir(dir: string, filter: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(filter).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
const SEED_TEXTS = readDir(SEEDS, (f) => f.endsWith('.txt'));
/** A few real corpus documents with Party/State headers, when the corpus is present. */
const CORPUS_SAMPLE = readDir(CORPUS, (f) => /^(435-QD-UBND-2020|pjj-CV-Undated-CV5619-So-Y|pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan)\.txt$/.test(f));
const BASES = [...SEED_TEXTS, ...CORPUS_SAMPLE];

/**
 * Text that breaks off mid-citation ("Công văn số 12/", "Điện ngày"): put at a document boundary,
 * it invites the parser to read past the end of the document.
 */
const dangling = fc.tuple(
  fc.constantFrom('', 'Theo ', 'Thực hiện ', 'Căn cứ '),
  fc.constantFrom('Công văn', 'Điện', 'Chỉ thị', 'Luật Đất đai', 'Thông báo', 'văn bản'),
  fc.constantFrom(' số ', ' ', ' của Thủ tướng Chính phủ ', ' của UBND tỉnh ', ' ngày', ' số 12', ' số 12/', ' số 53-CV/', ' số 15/2020/', ' số 7 /', ' về việc'),
).map(([a, b, c]) => a + b + c);
const lineStart = fc.oneof(fc.constant(''), fc.constantFrom('02/12/2020 ', '14-4-2021 ', 'UBND ', 'TU ', 'CP ', 'về việc ', '12 tháng 3 năm 2020 '), mixedText);
/** Joins two documents: what ends the first one's last line, a line break, what opens the second's first line. */
const junction = fc.oneof(
  fc.constantFrom('', '\n', '\n\n'),
  fc.tuple(fc.oneof(dangling, mixedText), fc.constantFrom('\n', '\r\n', '\n \n', ' '), lineStart).map(([a, sep, b]) => a + sep + b),
);

const base = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BASES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...BASES), junction, fc.constantFrom(...BASES)).map(([a, j, b]) => a + j + b) },
);

/** A random "Số:" line: a plausible symbol in either format, or a blank or broken one. */
const numberLine = fc.tuple(
  fc.constantFrom('Số: ', 'Số ', 'SỐ: ', 'Số:', 'So: ', 'Số: ....'),
  fc.oneof(digits, fc.constant(''), fc.constant('1 0 9 4 3')),
  fc.constantFrom('/', '-', ' /', '- ', '–'),
  fc.constantFrom('QĐ-UBND', 'CV/TU', 'UBND-VX', 'CT-TTg', '2020/NĐ-CP', 'TB/TW', 'BYT-MT', 'KH/TU', 'SYT-NVY', 'X', ''),
  fc.constantFrom('', '\nHà Nội, ngày 2 tháng 3 năm 2020', ' ngày 31/02/2020', '\n, ngày ... tháng ... năm 20'),
).map(([a, n, s, c, tail]) => `\n${a}${n}${s}${c}${tail}\n`);

type Edit = (t: string) => string;
const pos = fc.double({ min: 0, max: 1, noNaN: true });
const at = (t: string, p: number) => Math.min(t.length, Math.floor(p * (t.length + 1)));
const slice = (t: string, p: number, q: number) => {
  const a = at(t, Math.min(p, q));
  return [a, Math.min(t.length, a + 1 + at(t, Math.abs(p - q)) % 2000)] as const;
};
const replaceIn = (t: string, a: number, b: number, f: (s: string) => string) => t.slice(0, a) + f(t.slice(a, b)) + t.slice(b);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // delete a slice
  fc.tuple(pos, pos).map(([p, q]): Edit => (t) => { const [a, b] = slice(t, p, q); return t.slice(0, a) + t.slice(b); }),
  // insert random text
  fc.tuple(pos, mixedText).map(([p, s]): Edit => (t) => { const a = at(t, p); return t.slice(0, a) + s + t.slice(a); }),
  // duplicate a slice
  fc.tuple(pos, pos).map(([p, q]): Edit => (t) => { const [a, b] = slice(t, p, q); return t.slice(0, b) + t.slice(a, b) + t.slice(b); }),
  // NFC ↔ NFD on a slice
  fc.tuple(pos, pos, fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD')).map(([p, q, form]): Edit => (t) => { const [a, b] = slice(t, p, q); return replaceIn(t, a, b, (s) => s.normalize(form)); }),
  // hyphens become en dashes or non-breaking hyphens
  fc.tuple(pos, pos, fc.constantFrom('–', '\u2011', '\u2212', ' - ')).map(([p, q, d]): Edit => (t) => { const [a, b] = slice(t, p, q); return replaceIn(t, a, b, (s) => s.replace(/-/g, d)); }),
  // spaces inside numbers
  fc.tuple(pos, pos).map(([p, q]): Edit => (t) => { const [a, b] = slice(t, p, q); return replaceIn(t, a, b, (s) => s.replace(/(\d)(?=\d)/g, '$1 ')); }),
  // a "Số:" line at a line break
  fc.tuple(pos, numberLine).map(([p, line]): Edit => (t) => { const a = t.indexOf('\n', at(t, p)); const k = a < 0 ? t.length : a; return t.slice(0, k) + line + t.slice(k); }),
  // cut the text: keep a prefix, a suffix or a middle part
  fc.tuple(pos, pos).map(([p, q]): Edit => (t) => t.slice(at(t, Math.min(p, q)), at(t, Math.max(p, q)))),
  // dangling citation text before a header line (a document boundary): "số 12/\nỦY BAN NHÂN DÂN"
  fc.tuple(pos, junction).map(([p, j]): Edit => (t) => {
    const header = /\n(?=[^\n]{0,40}(CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|BAN CHẤP HÀNH|ỦY BAN|UỶ BAN|TỈNH ỦY|TỈNH UỶ|BỘ |Số:?\s*\d))/g;
    const breaks = [...t.matchAll(header)].map((m) => m.index);
    if (!breaks.length) return t;
    const k = breaks[Math.min(breaks.length - 1, Math.floor(p * breaks.length))];
    return t.slice(0, k) + j + t.slice(k);
  }),
  // replace a slice by random text
  fc.tuple(pos, pos, mixedText).map(([p, q, s]): Edit => (t) => { const [a, b] = slice(t, p, q); return t.slice(0, a) + s + t.slice(b); }),
  // line ends of another kind, and blanks before them, on a slice (or the whole text)
  fc.tuple(pos, pos, fc.constantFrom('\r\n', '\r', ' \n', '\t\r\n', '\n\n')).map(([p, q, eol]): Edit => (t) => { const [a, b] = slice(t, p, q); return replaceIn(t, a, b, (s) => s.replace(/\n/g, eol)); }),
  fc.constantFrom<Edit>((t) => t.replace(/\n/g, '\r\n'), (t) => t.replace(/\n/g, '\n\n'), (t) => t.replace(/\s*\n\s*/g, ' ')),
);

const mutatedDocument = fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([t, edits]) => edits.reduce((acc, e) => e(acc), t));

// ---------------------------------------------------------------------------
// the properties
// ---------------------------------------------------------------------------

describe('parseText keeps its contract on any input', () => {
  test('empty and whitespace-only input', () => {
    for (const t of ['', ' ', '\n', '\r\n\r\n', '\u0000', '\uD800', '\uDC00\uD800']) parsesCleanly(t);
  });

  test('random strings over full Unicode (any code point)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parsesCleanly), params(0x5eed0001, 3000));
  });

  test('random graphemes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), parsesCleanly), params(0x5eed0002, 500));
  });

  test('random mixes of document fragments, Vietnamese letters, control characters and lone surrogates', () => {
    fc.assert(fc.property(fc.array(mixedText, { maxLength: 8 }).map((xs) => xs.join('\n')), parsesCleanly), params(0x5eed0003, 3000));
  });

  test('seed documents under random edits', () => {
    expect(SEED_TEXTS.length).toBeGreaterThan(0);
    fc.assert(fc.property(mutatedDocument, parsesCleanly), params(0x5eed0004, 500));
  });
});

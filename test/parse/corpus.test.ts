/**
 * Robustness over the real-document corpus (../shared/corpus/real, read in place, never copied):
 * every file decodes and parses without an exception into schema-valid documents with sane
 * offsets, and a report says how many files yield a number, an issuer and a date.
 * Then a table-driven spot check of headers and references on a sample of corpus files, each
 * row read off the file by hand (file and line in the row's comment).
 * Without the corpus folder the same checks run on the seeds (../shared/seeds) instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseBytes, parseText } from '../../server/parse';
import { ParseOutput, type ParsedDocument, type Reference, type Relation } from '../../server/schema';
import { CORPUS, SEEDS, corpusFiles, seedPath } from '../helpers/seeds';

// NO_CORPUS=1 exercises the seeds-only path on a machine that has the corpus.
const CORPUS_FILES = process.env.NO_CORPUS ? [] : corpusFiles();
const HAVE_CORPUS = CORPUS_FILES.length > 0;
const FILES = HAVE_CORPUS ? CORPUS_FILES : fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS, f));

/** Parse a file the way uploads are parsed: from its bytes. */
function parseFile(file: string): { text: string; docs: ParsedDocument[] } {
  const buf = fs.readFileSync(file);
  return { text: buf.toString('utf8'), docs: parseBytes(buf, path.basename(file)) };
}

/** Problems with one file's output: schema issues and offsets that leave their document. */
function problems(text: string, docs: ParsedDocument[]): string[] {
  const out: string[] = [];
  const schema = ParseOutput.safeParse({ documents: docs });
  if (!schema.success) out.push(...schema.error.issues.slice(0, 5).map((i) => `schema: ${i.path.join('.')}: ${i.message}`));
  let prevEnd = 0;
  for (const d of docs) {
    if (d.start < prevEnd || d.start > d.end || d.end > text.length) out.push(`document ${d.index} span [${d.start}, ${d.end}]`);
    prevEnd = d.end;
    for (const r of d.references) {
      if (r.start >= r.end || r.start < d.start || r.end > d.end) out.push(`document ${d.index}: reference ${r.number ?? r.title} at [${r.start}, ${r.end}]`);
      else if (!r.quote.includes(text.slice(r.start, r.end))) out.push(`document ${d.index}: quote of ${r.number ?? r.title} misses its text`);
    }
    for (const l of d.impliedLinks) {
      if (l.fromIndex >= d.references.length || l.toIndex >= d.references.length) out.push(`document ${d.index}: implied link ${l.from} → ${l.to} points nowhere`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// every file
// ---------------------------------------------------------------------------

describe(`every ${HAVE_CORPUS ? 'corpus' : 'seed'} file parses into valid documents`, () => {
  const tally = { files: 0, documents: 0, withNumber: 0, withIssuer: 0, withDate: 0, withAllThree: 0, references: 0 };
  afterAll(() => {
    const pct = (n: number) => `${((100 * n) / Math.max(1, tally.files)).toFixed(0)}%`;
    console.log(
      `parse report over ${HAVE_CORPUS ? CORPUS : SEEDS} (first document of each file)\n` +
      `  files            ${tally.files}\n` +
      `  documents        ${tally.documents}\n` +
      `  with a number    ${tally.withNumber} (${pct(tally.withNumber)})\n` +
      `  with an issuer   ${tally.withIssuer} (${pct(tally.withIssuer)})\n` +
      `  with a date      ${tally.withDate} (${pct(tally.withDate)})\n` +
      `  with all three   ${tally.withAllThree} (${pct(tally.withAllThree)})\n` +
      `  references       ${tally.references}`,
    );
  });

  test('there is something to parse', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  test.each(FILES.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    let parsed: ReturnType<typeof parseFile>;
    try {
      parsed = parseFile(file);
    } catch (e) {
      throw new Error(`${path.basename(file)}: parse threw ${(e as Error).name}: ${(e as Error).message}`);
    }
    const { text, docs } = parsed;
    expect(docs.length).toBeGreaterThan(0);
    expect(problems(text, docs)).toEqual([]);
    const [first] = docs;
    tally.files++;
    tally.documents += docs.length;
    tally.references += docs.reduce((n, d) => n + d.references.length, 0);
    if (first.number) tally.withNumber++;
    if (first.issuer) tally.withIssuer++;
    if (first.issuedOn) tally.withDate++;
    if (first.number && first.issuer && first.issuedOn) tally.withAllThree++;
  });
});

// ---------------------------------------------------------------------------
// spot checks, read off the files by hand
// ---------------------------------------------------------------------------

/** Where a row's file lives: a corpus file name, or a seed prefix. */
const fileOf = (name: string) => (HAVE_CORPUS ? path.join(CORPUS, name) : seedPath(name));
const cache = new Map<string, ReturnType<typeof parseFile>>();
const parsedFile = (name: string) => {
  if (!cache.has(name)) cache.set(name, parseFile(fileOf(name)));
  return cache.get(name)!;
};
/** 1-based line of a text offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

type DocRow = [file: string, number: string, issuer: string, issuedOn: string];
type RefRow = [file: string, line: number, number: string, relation: Relation, issuedOn: string | null, issuer: string | null];

/** The references to `number` whose symbol (the reference's last character) lies on `line`. */
function refsOnLine(name: string, line: number, number: string): Reference[] {
  const { text, docs } = parsedFile(name);
  return docs.flatMap((d) => d.references).filter((r) => r.number === number && lineOf(text, r.end - 1) === line);
}

const CORPUS_DOCS: DocRow[] = [
  // pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt line 3: "Số: 1 0 9 4 3 /BYT-MT Hà Nội, ngày 2 4 tháng 12 năm 2021"; line 1 "BỘ Y TẾ"
  ['pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt', '10943/BYT-MT', 'Bộ Y tế', '2021-12-24'],
  // pjj-CV-Undated-CV5619-So-Y.txt lines 7-11: "ỦY BAN NHÂN DÂN / THANH PHO HO CHI MINH / SỞ Y TẾ / 86:5619 SYT-NVY"; line 6 "Thời gian ký: 25.09.2020"
  ['pjj-CV-Undated-CV5619-So-Y.txt', '5619/SYT-NVY', 'Sở Y tế thành phố Hồ Chí Minh', '2020-09-25'],
  // 435-QD-UBND-2020.txt lines 1 and 3: "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020"
  ['435-QD-UBND-2020.txt', '435/QĐ-UBND', 'Ủy ban nhân dân tỉnh Kon Tum', '2020-05-04'],
  // 10384-CT-TTHT-2018.txt lines 3-4: "CUC THUE TP HA NOI", "Số: 10384/CT-TTHT Hà Nội, ngày 19 tháng 3 năm 2018"
  ['10384-CT-TTHT-2018.txt', '10384/CT-TTHT', 'Cục Thuế thành phố Hà Nội', '2018-03-19'],
  // 296-BHXH-CSYT-2021.txt lines 1, 3, 4: "BẢO HIỂM XÃ HỘI VIỆT NAM", "Số: 296/BHXH-CSYT", "Hà Nội, ngày 02 tháng 02 năm 2021"
  ['296-BHXH-CSYT-2021.txt', '296/BHXH-CSYT', 'Bảo hiểm xã hội Việt Nam', '2021-02-02'],
  // 6087-BYT-KCB-2013.txt lines 1, 3, 4: "BỘ Y TẾ", "Số: 6087/BYT-KCB", "Hà Nội, ngày 27 tháng 09 năm 2013"
  ['6087-BYT-KCB-2013.txt', '6087/BYT-KCB', 'Bộ Y tế', '2013-09-27'],
];

const CORPUS_REFS: RefRow[] = [
  // pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt lines 26-27: "Công văn này ... thay thế Công văn số / 4674/BYT-MT ngày 31/8/2020 của Bộ Y tế"
  ['pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt', 27, '4674/BYT-MT', 'replaces', '2020-08-31', 'Bộ Y tế'],
  // pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt line 11: "Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Thủ tướng Chính" (OCR lost the issuer's end)
  ['pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt', 11, '128/NQ-CP', 'implements', '2021-10-11', null],
  // pjj-CV-Undated-CV5619-So-Y.txt line 37: "Ngày 31/8/2020, Bộ Y tế ban hành công văn số 4674/BYT-MT về việc hướng dẫn" — the title (line 12) echoes it
  ['pjj-CV-Undated-CV5619-So-Y.txt', 37, '4674/BYT-MT', 'implements', '2020-08-31', 'Bộ Y tế'],
  // pjj-CV-Undated-CV5619-So-Y.txt line 64: "(Đính kèm công văn số 4674/BYT-MT của Bộ Y tế ..."
  ['pjj-CV-Undated-CV5619-So-Y.txt', 64, '4674/BYT-MT', 'attaches', '2020-08-31', 'Bộ Y tế'],
  // 435-QD-UBND-2020.txt line 3 (title): "V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY"
  ['435-QD-UBND-2020.txt', 3, '119-KH/TU', 'implements', '2019-12-18', 'Ban Thường vụ Tỉnh ủy Kon Tum'],
  // 10384-CT-TTHT-2018.txt line 12: "Trả lời công văn số 55/VTDKHN-TCKT ngày 30/01/2018 ..."
  ['10384-CT-TTHT-2018.txt', 12, '55/VTDKHN-TCKT', 'cites', '2018-01-30', null],
  // 10384-CT-TTHT-2018.txt line 17: "- Căn cứ Thông tư 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài chính"
  ['10384-CT-TTHT-2018.txt', 17, '26/2015/TT-BTC', 'based_on', '2015-02-27', 'Bộ Tài chính'],
  // 10384-CT-TTHT-2018.txt line 38: "- Căn cứ Thông tư 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính"
  ['10384-CT-TTHT-2018.txt', 38, '219/2013/TT-BTC', 'based_on', '2013-12-31', 'Bộ Tài chính'],
  // 1421-QD-BTC-2022.txt line 21: "Căn cứ Thông tư số 16/2020/TT-BTC ngày 26 tháng 03 năm 2020 của Bộ Tài chính"
  ['1421-QD-BTC-2022.txt', 21, '16/2020/TT-BTC', 'based_on', '2020-03-26', 'Bộ Tài chính'],
  // 1421-QD-BTC-2022.txt line 24: "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ"
  ['1421-QD-BTC-2022.txt', 24, '123/2020/NĐ-CP', 'based_on', '2020-10-19', 'Chính phủ'],
  // 296-BHXH-CSYT-2021.txt line 8: "Bộ Y tế có Công văn số 627/BYT-BH  ngày 27/01/2021 về việc hướng dẫn ..."
  ['296-BHXH-CSYT-2021.txt', 8, '627/BYT-BH', 'cites', '2021-01-27', 'Bộ Y tế'],
  // 6087-BYT-KCB-2013.txt line 6: "thực hiện Công văn số 3571/BTP-TTLLTPQG ngày 13/5/2013 của Bộ Tư pháp" (asked of the provinces: the letter itself cites it)
  ['6087-BYT-KCB-2013.txt', 6, '3571/BTP-TTLLTPQG', 'cites', '2013-05-13', 'Bộ Tư pháp'],
  // The preamble above "QUYẾT ĐỊNH:" is body, not header:
  // 435-QD-UBND-2020.txt line 5: "Căn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng"
  ['435-QD-UBND-2020.txt', 5, '37-CT/TW', 'based_on', '2019-09-03', 'Ban Bí thư Trung ương Đảng'],
  // 435-QD-UBND-2020.txt line 7: "Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy"
  ['435-QD-UBND-2020.txt', 7, '119-KH/TU', 'implements', '2019-12-18', 'Ban Thường vụ Tỉnh ủy Kon Tum'],
];


const SEED_DOCS: DocRow[] = [
  // seed 000 lines 1-9: "TỈNH ỦY ĐIỆN BIÊN", "Số 53-CV/TU", "Điện Biên, ngày 09 tháng 12 năm 2020"
  ['000', '53-CV/TU', 'Tỉnh ủy Điện Biên', '2020-12-09'],
];
const SEED_REFS: RefRow[] = [
  // seed 000 line 26: "thực hiện Công điện hỏa tốc số 1699/CĐ-TTg ngày 02/12/2020 của Thủ tướng Chính phủ"
  ['000', 26, '1699/CĐ-TTg', 'implements', '2020-12-02', 'Thủ tướng Chính phủ'],
  // seed 004 line 22: "Thực hiện Văn bản số 1276-CV/TU ngày 24/3/2020 của Ban Thường vụ Tỉnh uỷ"
  ['004', 22, '1276-CV/TU', 'implements', '2020-03-24', 'Ban Thường vụ Tỉnh ủy Lai Châu'],
  // seed 004 line 113: "thực hiện tốt Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị" (a demand on others: cites)
  ['004', 113, '35-CT/TW', 'cites', '2019-05-30', 'Bộ Chính trị'],
];

const DOC_ROWS = HAVE_CORPUS ? CORPUS_DOCS : SEED_DOCS;
const REF_ROWS = HAVE_CORPUS ? CORPUS_REFS : SEED_REFS;

function expectRef([file, line, number, relation, issuedOn, issuer]: RefRow): void {
  const refs = refsOnLine(file, line, number);
  expect(refs.length).toBeGreaterThan(0);
  for (const r of refs) {
    expect({ relation: r.relation, issuedOn: r.issuedOn }).toEqual({ relation, issuedOn });
    if (issuer !== null) expect(r.issuer?.name).toBe(issuer);
  }
}

describe(`spot checks on ${HAVE_CORPUS ? 'corpus files' : 'seeds (no corpus folder)'}`, () => {
  test.each(DOC_ROWS)('%s is %s of %s, dated %s', (file, number, issuer, issuedOn) => {
    const [d] = parsedFile(file).docs;
    expect({ number: d.number, issuer: d.issuer?.name, issuedOn: d.issuedOn }).toEqual({ number, issuer, issuedOn });
  });
  test.each(REF_ROWS)('%s line %d: %s %s', (...row) => expectRef(row));
});

describe(`${HAVE_CORPUS ? 'corpus files' : 'seeds'} saved with Windows line ends and trailing blanks, or double-spaced, read the same`, () => {
  const facts = (text: string) => parseText(text, 'x').map((d) => [d.number, d.type, d.issuedOn, d.issuer?.name ?? null, d.signer?.name ?? null,
    d.references.map((r) => `${r.number ?? r.title}:${r.relation}:${r.issuedOn}`), d.impliedLinks.map((l) => `${l.from}>${l.relation}>${l.to}`)]);
  // Every fifth file: a spread over the corpus that keeps the test quick.
  const sample = FILES.filter((_f, i) => i % 5 === 0);
  test.each(sample.map((f) => [path.basename(f), f]))('%s', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const plain = facts(text);
    expect(facts(text.replace(/\r?\n/g, '  \r\n'))).toEqual(plain);
    expect(facts(text.replace(/\r?\n/g, '\n\n'))).toEqual(plain);
  });
});

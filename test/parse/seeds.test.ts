/**
 * The parser on the four real seed documents (../shared/seeds, read in place).
 * Expected values come from reading the documents themselves (see issue #2).
 */
import { parseText } from '../../server/parse';
import { ParsedDocument, Reference } from '../../server/schema';
import { seedText } from '../helpers/seeds';

const parse = (prefix: string) => parseText(seedText(prefix), `seeds/${prefix}`);
const refTo = (d: ParsedDocument, number: string): Reference | undefined => d.references.find((r) => r.number === number);

describe('seed 000: Tỉnh ủy Điện Biên, Công văn 53-CV/TU', () => {
  const [d, ...rest] = parse('000');
  test('one document with its header read', () => {
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ number: '53-CV/TU', type: 'Công văn', issuedOn: '2020-12-09', place: 'Điện Biên' });
    expect(d.issuer).toMatchObject({ name: 'Tỉnh ủy Điện Biên', level: 'provincial', province: 'Điện Biên', branch: 'party' });
    expect(d.title).toBe('tăng cường công tác phòng, chống dịch bệnh Covid-19');
  });
  test.each([
    ['1699/CĐ-TTg', 'Công điện', '2020-12-02', 'Thủ tướng Chính phủ'],
    ['9816-CV/BTGTW', 'Công văn', '2020-12-03', 'Ban Tuyên giáo Trung ương'],
  ])('implements %s', (number, type, date, issuer) => {
    const r = refTo(d, number);
    expect(r).toMatchObject({ type, issuedOn: date, relation: 'implements' });
    expect(r!.issuer).toMatchObject({ name: issuer, level: 'central' });
  });
  test('recipients from Kính gửi and Nơi nhận', () => {
    expect(d.recipients.filter((r) => r.list === 'to').map((r) => r.name)).toEqual([
      'Các đảng đoàn, ban cán sự đảng', 'Các cơ quan tham mưu, giúp việc Tỉnh ủy', 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
    ]);
    expect(d.recipients.some((r) => r.list === 'cc' && r.name === 'Thường trực Tỉnh ủy')).toBe(true);
    expect(d.recipients.some((r) => /^Lưu/.test(r.name))).toBe(false);
  });
});

describe('seed 002: Thông báo of the Ban Thường vụ Tỉnh ủy Điện Biên, no number', () => {
  const [d] = parse('002');
  test('type, inferred province, signer', () => {
    expect(d.number).toBeNull();
    expect(d.type).toBe('Thông báo');
    expect(d.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Điện Biên', province: 'Điện Biên', level: 'provincial', branch: 'party' });
    expect(d.signer?.name).toBe('Nguyễn Văn Thắng');
    expect(d.warnings).toContain('no number found');
  });
  test('no numbered reference', () => {
    expect(d.references.filter((r) => r.number)).toHaveLength(0);
  });
});

describe('seed 003: Công điện of the Ban Thường vụ Tỉnh ủy Thái Bình', () => {
  const [d] = parse('003');
  test('no number, no date, province inferred from the text', () => {
    expect(d).toMatchObject({ number: null, issuedOn: null, type: 'Công điện' });
    expect(d.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Thái Bình', province: 'Thái Bình', branch: 'party' });
    expect(d.signer?.name).toBe('Ngô Đông Hải');
    expect(d.title).toBe('về tăng cường các biện pháp cấp bách phòng, chống dịch Covid-19');
  });
  test('implements 10-TB/VPTW', () => {
    const r = refTo(d, '10-TB/VPTW');
    expect(r).toMatchObject({ relation: 'implements', issuedOn: '2021-08-24', type: 'Thông báo' });
    expect(r!.issuer?.name).toBe('Văn phòng Trung ương Đảng');
  });
});

describe('seed 004: a Lai Châu letter with the Politburo conclusion attached', () => {
  const docs = parse('004');
  const [letter, conclusion] = docs;
  test('two documents, in file order, covering the file', () => {
    expect(docs.map((d) => d.number)).toEqual(['628/UBND-VX', '172-TB/TW']);
    expect(letter.start).toBe(0);
    expect(letter.end).toBe(conclusion.start);
    expect(conclusion.end).toBe(seedText('004').length);
  });
  test('the letter', () => {
    expect(letter).toMatchObject({ type: 'Công văn', issuedOn: '2020-03-29', place: 'Lai Châu' });
    expect(letter.issuer).toMatchObject({ level: 'provincial', province: 'Lai Châu', branch: 'state', code: 'UBND' });
    expect(letter.signer).toMatchObject({ name: 'Tổng Thanh Hải' });
    expect(letter.signer!.capacity).toMatch(/PHÓ CHỦ TỊCH/);
  });
  test('implements 1276-CV/TU of Lai Châu ("của Tỉnh uỷ" is relative)', () => {
    const r = refTo(letter, '1276-CV/TU')!;
    expect(r).toMatchObject({ relation: 'implements', issuedOn: '2020-03-24' });
    expect(r.issuer).toMatchObject({ province: 'Lai Châu', level: 'provincial', branch: 'party' });
    expect(r.issuer!.name).toMatch(/Tỉnh ủy Lai Châu$/);
  });
  test('cites 172-TB/TW, and states that 1276-CV/TU implements it', () => {
    const mentions = letter.references.filter((r) => r.number === '172-TB/TW');
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((r) => r.relation === 'cites')).toBe(true);
    // The conclusion sent along in the same file dates the letter's mentions of it.
    expect(mentions.every((r) => r.issuedOn === '2020-03-21')).toBe(true);
    expect(letter.impliedLinks).toContainEqual(expect.objectContaining({ from: '1276-CV/TU', to: '172-TB/TW', relation: 'implements' }));
  });
  test('"Bệnh nhân số 133", "BN số 172", "ngõ 224" are not references', () => {
    const numbers = letter.references.map((r) => r.number);
    expect(numbers.every((n) => n === null || /\//.test(n))).toBe(true);
    const text = seedText('004');
    for (const r of letter.references) expect(text.slice(r.start, r.end)).not.toMatch(/^(BN|Bệnh nhân|ngõ)/);
  });
  test('the attached conclusion', () => {
    expect(conclusion).toMatchObject({ type: 'Thông báo', issuedOn: '2020-03-21', place: 'Hà Nội' });
    expect(conclusion.issuer).toMatchObject({ name: 'Bộ Chính trị', level: 'central', branch: 'party', province: null });
    expect(conclusion.signer?.name).toBe('Trần Quốc Vượng');
    expect(conclusion.received).toEqual([{ by: 'Văn phòng Tỉnh ủy Lai Châu', on: '2020-03-22', registerNo: '1502' }]);
  });
  test('the conclusion cites 1354-BC/BCSĐCP, 35-CT/TW and the Điện of 14/3/2020', () => {
    expect(refTo(conclusion, '1354-BC/BCSĐCP')).toMatchObject({ issuedOn: '2020-03-19', type: 'Báo cáo' });
    expect(refTo(conclusion, '35-CT/TW')).toMatchObject({ issuedOn: '2019-05-30', type: 'Chỉ thị' });
    const dien = conclusion.references.find((r) => r.number === null && r.type === 'Điện');
    expect(dien).toMatchObject({ issuedOn: '2020-03-14' });
    expect(dien!.issuer?.name).toBe('Thường trực Ban Bí thư');
    expect(conclusion.references.map((r) => r.number)).not.toContain('1502');
  });
});

describe('offsets and quotes on every seed', () => {
  test.each(['000', '002', '003', '004'])('seed %s', (p) => {
    const text = seedText(p);
    for (const d of parseText(text, p)) {
      for (const r of d.references) {
        expect(r.start).toBeGreaterThanOrEqual(d.start);
        expect(r.end).toBeLessThanOrEqual(d.end);
        expect(r.quote).toContain(text.slice(r.start, r.end));
        if (r.number) expect(text.slice(r.start, r.end).replace(/\s+/g, '')).toContain(r.number.replace(/\s+/g, ''));
      }
    }
  });
});

describe('the seeds saved another way read the same', () => {
  // A document's facts, without offsets.
  const facts = (text: string) => parseText(text, 'x').map((d) => ({
    number: d.number, type: d.type, issuedOn: d.issuedOn, issuer: d.issuer?.name ?? null, signer: d.signer?.name ?? null, title: d.title,
    references: d.references.map((r) => [r.number ?? r.title, r.relation, r.issuedOn]),
    implied: d.impliedLinks.map((l) => [l.from, l.relation, l.to]),
  }));
  const variants: Array<[string, (t: string) => string]> = [
    ['Windows line ends (CRLF)', (t) => t.replace(/\r?\n/g, '\r\n')],
    ['old Mac line ends (CR)', (t) => t.replace(/\r?\n/g, '\r')],
    ['blanks at the end of every line', (t) => t.replace(/\n/g, ' \t \n')],
    ['decomposed Unicode (NFD)', (t) => t.normalize('NFD')],
    ['a blank line after every line (.docx paragraphs, web pages)', (t) => t.replace(/\n/g, '\n\n')],
    ['no blank lines at all (PDF text layers)', (t) => t.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')],
  ];
  test.each(variants)('%s', (_name, change) => {
    for (const p of ['000', '002', '003', '004']) {
      const text = seedText(p);
      const changed = change(text);
      expect(facts(changed)).toEqual(facts(text));
      // Offsets point into the changed text itself.
      for (const d of parseText(changed, p)) {
        for (const r of d.references) if (r.number) expect(changed.slice(r.start, r.end).normalize('NFC').replace(/\s+/g, '')).toContain(r.number.replace(/\s+/g, '').slice(0, 4));
      }
    }
  });
});

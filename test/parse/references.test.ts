/**
 * Citations and their relations on short passages. Each passage was written for this test in
 * the phrasing real directives use (DESIGN.md "What makes the parser hard"); none is copied.
 */
import { parseText } from '../../server/parse';
import type { ParsedDocument } from '../../server/schema';

/** A minimal provincial letter around a body paragraph. */
function letter(body: string, header = 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 45/UBND-VX\n\nSơn La, ngày 10 tháng 4 năm 2020\n\nV/v phòng, chống dịch\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n'): ParsedDocument {
  const docs = parseText(header + body + '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLò Minh Hùng\n', 'test');
  expect(docs).toHaveLength(1);
  return docs[0];
}
const brief = (d: ParsedDocument) => d.references.map((r) => ({ number: r.number, relation: r.relation, issuedOn: r.issuedOn, type: r.type, issuer: r.issuer?.name ?? null }));

describe('relations from the clause verb', () => {
  test.each([
    ['Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:', 'implements'],
    ['Triển khai Kết luận số 12-KL/TW ngày 14-4-2021 của Bộ Chính trị, UBND tỉnh yêu cầu:', 'implements'],
    ['Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ;', 'based_on'],
    ['Trên cơ sở Kế hoạch số 45/KH-UBND ngày 02/3/2020 của UBND tỉnh, các sở tổ chức thực hiện.', 'based_on'],
    ['Công văn này thay thế Công văn số 30/UBND-VX ngày 02/01/2020 của UBND tỉnh.', 'replaces'],
    ['Bãi bỏ Quyết định số 12/QĐ-UBND ngày 05/01/2019 của UBND tỉnh.', 'repeals'],
    ['Sửa đổi, bổ sung một số nội dung của Kế hoạch số 20/KH-UBND ngày 10/02/2020 của UBND tỉnh như sau:', 'amends'],
    ['UBND tỉnh gửi kèm theo Thông báo số 99-TB/TU ngày 08/4/2020 của Tỉnh ủy để các đơn vị biết.', 'attaches'],
    ['Các sở, ngành quán triệt thực hiện nghiêm Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ.', 'cites'],
  ])('%s → %s', (body, relation) => {
    const d = letter(body);
    expect(d.references).toHaveLength(1);
    expect(d.references[0].relation).toBe(relation);
  });
});

describe('lists, tails and issuers', () => {
  test('a list shares its type and its issuer', () => {
    const d = letter('Thực hiện các Chỉ thị số 15/CT-TTg ngày 27/3/2020, số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:');
    expect(brief(d)).toEqual([
      { number: '15/CT-TTg', relation: 'implements', issuedOn: '2020-03-27', type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ' },
      { number: '16/CT-TTg', relation: 'implements', issuedOn: '2020-03-31', type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ' },
    ]);
  });
  test('relative issuers take the citing document\'s province', () => {
    const d = letter('Thực hiện Kế hoạch số 119-KH/TU ngày 18/12/2019 của Ban Thường vụ Tỉnh uỷ; Công văn số 88/UBND-KT của UBND tỉnh về việc kiểm tra.');
    expect(d.references[0].issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Sơn La', province: 'Sơn La' });
    expect(d.references[1].issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Sơn La', province: 'Sơn La' });
    expect(d.references[1].title).toBe('về việc kiểm tra');
  });
  test('references without a number keep their title and date', () => {
    const d = letter('Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;\nCăn cứ Điện của Thường trực Ban Bí thư ngày 14/3/2020 về công tác phòng dịch;');
    expect(d.references.map((r) => [r.number, r.type, r.issuedOn, r.relation])).toEqual([
      [null, 'Luật', '2007-11-21', 'based_on'],
      [null, 'Điện', '2020-03-14', 'based_on'],
    ]);
    expect(d.references[0].title).toBe('Luật Phòng, chống bệnh truyền nhiễm');
    expect(d.references[1].issuer?.name).toBe('Thường trực Ban Bí thư');
  });
  test('a name ends at a stop word as written, not at a word that folds like one', () => {
    // "tai" (thiên tai) folds like "tại" (at) but does not end the law's name.
    const d = letter('Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;\nCăn cứ Luật Đê điều tại Điều 5;');
    expect(d.references[0]).toMatchObject({ title: 'Luật Phòng, chống thiên tai', issuedOn: '2013-06-19', relation: 'based_on' });
    // "tại" as written still ends a name.
    expect(d.references[1].title).toBe('Luật Đê điều');
  });
  test('an implied link inside a cited document\'s subject', () => {
    const d = letter('Thực hiện Công văn số 300-CV/TU ngày 05/4/2020 của Tỉnh ủy về việc triển khai thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:');
    expect(brief(d).map((r) => [r.number, r.relation])).toEqual([['300-CV/TU', 'implements'], ['16/CT-TTg', 'cites']]);
    expect(d.impliedLinks).toEqual([expect.objectContaining({ from: '300-CV/TU', to: '16/CT-TTg', relation: 'implements', fromIndex: 0, toIndex: 1 })]);
  });
  test('an amendment stated between two other documents', () => {
    const d = letter('Căn cứ Thông tư số 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính;');
    expect(d.references[0].relation).toBe('based_on');
    expect(d.impliedLinks).toContainEqual(expect.objectContaining({ from: '26/2015/TT-BTC', to: '39/2014/TT-BTC', relation: 'amends' }));
  });
  test('numbers that are not citations', () => {
    const d = letter('Bệnh nhân số 133 và BN số 172 đã được cách ly tại phòng số 12, ngõ 224, gần Quốc lộ 6; liên hệ số điện thoại 0212.3852.456. Số lưu: 112.');
    expect(d.references).toEqual([]);
  });
  test('a document does not cite itself', () => {
    const d = letter('Công văn số 45/UBND-VX này được gửi kèm Phụ lục.');
    expect(d.references.map((r) => r.number)).not.toContain('45/UBND-VX');
  });
});

describe('spelling variants', () => {
  test('uỷ and ủy, hoà and hòa give the same result', () => {
    const a = letter('Thực hiện Công văn số 10-CV/TU ngày 01/4/2020 của Tỉnh ủy Sơn La, UBND tỉnh yêu cầu:');
    const b = letter('Thực hiện Công văn số 10-CV/TU ngày 01/4/2020 của Tỉnh uỷ Sơn La, UBND tỉnh yêu cầu:');
    expect(brief(b)).toEqual(brief(a));
  });
  test('NFD text parses like NFC, with offsets into the NFD text', () => {
    const body = 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu:';
    const nfc = letter(body);
    const text = ('ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 45/UBND-VX\n\nSơn La, ngày 10 tháng 4 năm 2020\n\n' + body).normalize('NFD');
    const [nfd] = parseText(text, 'nfd');
    expect(nfd.number).toBe('45/UBND-VX');
    expect(nfd.issuer?.name).toBe('Ủy ban nhân dân tỉnh Sơn La');
    expect(brief(nfd)).toEqual(brief(nfc));
    const r = nfd.references[0];
    expect(text.slice(r.start, r.end).normalize('NFC')).toBe('Chỉ thị số 16/CT-TTg');
    expect(r.quote).toContain(text.slice(r.start, r.end));
  });
});

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
    ['Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 31/TB-VPCP ngày 25/02/2021, UBND tỉnh yêu cầu:', 'implements'],
    ['Khẩn trương triển khai Công điện số 1322/CĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ.', 'implements'],
    ['Chủ động triển khai hệ thống hỗ trợ người nộp thuế theo đúng quy định hiện hành của Luật Quản lý thuế số 38/2019/QH14.', 'cites'],
    ['Thực\nhiện Công văn số 349-CV/TĐTN ngày 11/7/2018 của Ban Thường vụ Tỉnh Đoàn, Huyện Đoàn đề nghị:', 'implements'],
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

describe('lists, lead-ins, passives and the article on entry into force', () => {
  const decree = (body: string) => parseText(`CHÍNH PHỦ\n\nSố: 99/2016/NĐ-CP\n\nHà Nội, ngày 01 tháng 7 năm 2016\n\nNGHỊ ĐỊNH\nVề quản lý thử nghiệm\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Văn A\n`, 'test')[0];
  const rel = (d: ParsedDocument) => d.references.map((r) => [r.number ?? r.title, r.relation]);

  test('the verb of a lead-in clause reaches every item after the colon', () => {
    const d = decree('Điều 1. Bãi bỏ các Nghị định: số 97/2007/NĐ-CP ngày 07 tháng 6 năm 2007 của Chính phủ về xử lý vi phạm; số 18/2009/NĐ-CP ngày 23 tháng 02 năm 2009 của Chính phủ.');
    expect(rel(d)).toEqual([['97/2007/NĐ-CP', 'repeals'], ['18/2009/NĐ-CP', 'repeals']]);
  });
  test('enumerated items under "Nay bãi bỏ:" are repealed, and a list after "Thực hiện" is implemented', () => {
    const d = letter('Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ; Công văn số 7581/VPCP-KGVX ngày 22/10/2021 của Văn phòng Chính phủ; Thông báo số 334/TB-VPCP ngày 20/11/2021, UBND tỉnh đề nghị các sở triển khai.');
    expect(rel(d)).toEqual([['128/NQ-CP', 'implements'], ['7581/VPCP-KGVX', 'implements'], ['334/TB-VPCP', 'implements']]);
    const q = decree('Điều 1. Nay bãi bỏ:\na) Quyết định số 12/QĐ-TTg ngày 02/01/2019 của Thủ tướng Chính phủ;\nb) Quyết định số 13/QĐ-TTg ngày 03/01/2019 của Thủ tướng Chính phủ.');
    expect(rel(q)).toEqual([['12/QĐ-TTg', 'repeals'], ['13/QĐ-TTg', 'repeals']]);
  });
  test('a title amending two decrees amends both', () => {
    const d = parseText('CHÍNH PHỦ\n\nSố: 146/2017/NĐ-CP\n\nHà Nội, ngày 15 tháng 12 năm 2017\n\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 và Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n', 'test')[0];
    expect(d.references.slice(0, 2).map((r) => [r.number, r.relation])).toEqual([['100/2016/NĐ-CP', 'amends'], ['12/2015/NĐ-CP', 'amends']]);
  });
  test('an implied link against time is dropped: an older symbol cannot amend a newer one', () => {
    const d = letter('Theo Thông tư số 38/2015/TT-BTC sửa đổi, bổ sung Thông tư số 39/2018/TT-BTC của Bộ Tài chính thì doanh nghiệp được hoàn thuế.');
    expect(d.impliedLinks).toEqual([]);
    const ok = letter('Theo Thông tư số 39/2018/TT-BTC sửa đổi, bổ sung Thông tư số 38/2015/TT-BTC của Bộ Tài chính thì doanh nghiệp được hoàn thuế.');
    expect(ok.impliedLinks.map((l) => [l.from, l.relation, l.to])).toEqual([['39/2018/TT-BTC', 'amends', '38/2015/TT-BTC']]);
  });
  test('a passive amendment points from the amending document to the amended one', () => {
    const d = letter('Theo quy định tại Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung theo Luật số 46/2014/QH13 ngày 13/6/2014 thì người lao động được hưởng.');
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toEqual([['46/2014/QH13', 'amends', '25/2008/QH12']]);
  });
  test('"X ... hết hiệu lực" in the article on entry into force repeals X; a form "ban hành kèm theo" a circular only mentions it', () => {
    const d = decree('Điều 2. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2016. Nghị định số 102/2013/NĐ-CP ngày 05 tháng 9 năm 2013 của Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.');
    expect(rel(d)).toEqual([['102/2013/NĐ-CP', 'repeals']]);
    expect(d.references[0].issuer?.name).toBe('Chính phủ');
    expect(rel(letter('Doanh nghiệp thực hiện theo quy định tại Thông tư số 86/2013/TT-BTC ngày 27/6/2013 của Bộ Tài chính.'))).toEqual([['86/2013/TT-BTC', 'cites']]);
    const f = letter('Người nộp thuế kê khai theo Mẫu số 02/QTT-TNCN ban hành kèm theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính.');
    expect(rel(f)).toEqual([['80/2021/TT-BTC', 'cites']]);
  });
  test('legal bases with lower-case law names, the Constitution, and an amending law naming two laws', () => {
    const d = decree('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\nCăn cứ Luật Thuế tiêu thụ đặc biệt ngày 14 tháng 11 năm 2008;');
    expect(d.references.map((r) => [r.type, r.title, r.issuedOn, r.relation])).toEqual([
      ['Hiến pháp', 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', null, 'based_on'],
      ['Luật', 'Luật tổ chức Chính phủ', '2015-06-19', 'based_on'],
      ['Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22', 'based_on'],
      ['Luật', 'Luật Thuế tiêu thụ đặc biệt', '2008-11-14', 'based_on'],
    ]);
    // "Luật này" is the law itself, not a reference.
    expect(letter('Các đơn vị thực hiện theo Luật này.').references).toEqual([]);
  });
  test('a type word broken across lines, consolidated texts, and copy certifications', () => {
    const d = letter('Căn cứ Nghị\nquyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội; Văn bản hợp nhất số 12/VBHN-BTC ngày 05/3/2019 của Bộ Tài chính;\n\nSAO Y BẢN CHÍNH\nSố: 17/SY-VP ngày 12/4/2020');
    expect(d.references.map((r) => [r.number, r.type])).toEqual([['30/2021/QH15', 'Nghị quyết'], ['12/VBHN-BTC', 'Văn bản hợp nhất']]);
  });
  test('the issuer named before the document ("chỉ đạo của Ban Bí thư tại Công văn số ...") unless the symbol names another', () => {
    const d = letter('Thực hiện chỉ đạo của Ban Bí thư tại Công văn số 79-CV/TW ngày 20/3/2020 về phòng dịch, UBND tỉnh yêu cầu. Bộ Tài chính đã lấy ý kiến của Bộ Công Thương tại Công văn số 8625/BTC-TCHQ ngày 26/7/2021.');
    expect(d.references.map((r) => [r.number, r.issuer?.name])).toEqual([['79-CV/TW', 'Ban Bí thư'], ['8625/BTC-TCHQ', 'Bộ Tài chính']]);
  });
  test('a letter from a firm keeps the firm as its issuer, without a level', () => {
    const d = letter('Sở nhận được công văn số 01/2022/CV-TN ngày 12/3/2022 của Công ty TNHH Công nghiệp kính NSG Việt Nam về việc hoàn thuế.');
    expect(d.references[0].issuer).toEqual({ name: 'Công ty TNHH Công nghiệp kính NSG Việt Nam', code: null, level: null, province: null, branch: null });
    expect(d.references[0].title).toBe('về việc hoàn thuế');
  });
  test('symbols typed without Đ are written with it', () => {
    const d = letter('Căn cứ Nghị định số 30/2020/ND-CP ngày 05/3/2020 của Chính phủ và Quyết định số 1898/QD-BTC ngày 08/10/2020 của Bộ Tài chính;');
    expect(d.references.map((r) => r.number)).toEqual(['30/2020/NĐ-CP', '1898/QĐ-BTC']);
    // OCR splits a year with a space: the symbol is still whole.
    const o = letter('Căn cứ Quyết định số 19/201 1/QD- TTg ngày 02/3/2011 của Thủ tướng Chính phủ;');
    expect(o.references.map((r) => r.number)).toEqual(['19/2011/QĐ-TTg']);
    // A running number split once by OCR right after "số" is joined; a row number before a symbol is not.
    const s = letter('Căn cứ Thông tư số 21 9/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính; bảng kê: 1 15/2015/TT-BTC.');
    expect(s.references.map((r) => r.number)).toEqual(['219/2013/TT-BTC', '15/2015/TT-BTC']);
    // A fraction slash (U+2044) or a division slash (U+2215) stands for "/".
    const f = letter('Căn cứ Nghị định số 87\u20442017/NĐ-CP ngày 26/7/2017 và Thông tư số 111\u22152013/TT-BTC ngày 15/8/2013;');
    expect(f.references.map((r) => r.number)).toEqual(['87/2017/NĐ-CP', '111/2013/TT-BTC']);
  });
  test('form codes are not documents; a dated letter with a bare code is', () => {
    const d = letter('Người nộp thuế lập Bảng kê hàng hóa mua vào (03/BKMV) và tờ khai theo mau sé 02/TNCN ban hành kèm theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính. Cục Thuế nhận được văn bản 27/HTX ngày 04/5/2021 của Hợp tác xã Tân Phú.');
    expect(d.references.map((r) => r.number)).toEqual(['80/2021/TT-BTC', '27/HTX']);
  });
  test('a listed authority ends before a stop word that OCR stripped of its marks', () => {
    const d = letter('Căn cứ Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính de thay thế các mẫu cũ; Nghị định số 91/2014/NĐ-CP ngày 01/10/2014 của Chính phủ dé sửa đổi quy định về thuế; Công văn số 2210/CCT-KTr ngày 03/6/2019 của Chi cục Thuế quận Hoàng Mai.');
    expect(d.references.map((r) => r.issuer?.name)).toEqual(['Bộ Tài chính', 'Chính phủ', 'Chi cục Thuế quận Hoàng Mai']);
  });
  test('a title stops where the document\'s content begins; "quy định chi tiết và hướng dẫn thi hành" is one title', () => {
    const d = letter('Căn cứ Điều 7 Thông tư số 96/2015/TT-BTC ngày 22/6/2015 của Bộ Tài chính quy định:\n"1. Doanh nghiệp được trừ mọi khoản chi."\nTheo Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thuế giá trị gia tăng như sau:');
    expect(d.references.map((r) => [r.number, r.title])).toEqual([
      ['96/2015/TT-BTC', null],
      ['209/2013/NĐ-CP', 'quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thuế giá trị gia tăng'],
      [null, 'Luật Thuế giá trị gia tăng'],
    ]);
  });
  test('an issuer stops before "nêu trên" and before "và" with a provision', () => {
    const d = letter('Theo Công văn số 337/SXD-KTVL ngày 13/3/2017 của Sở Xây dựng nêu trên, và Nghị định số 115/2015/NĐ-CP ngày 11/11/2015 của Chính phủ và Điều 28 Thông tư số 59/2015/TT-BLĐTBXH ngày 29/12/2015 của Bộ Lao động - Thương binh và Xã hội.');
    expect(d.references.map((r) => r.issuer?.name)).toEqual(['Sở Xây dựng tỉnh Sơn La', 'Chính phủ', 'Bộ Lao động - Thương binh và Xã hội']);
  });
  test('law names with a comma inside, and an amending law as OCR spells it across a line break', () => {
    const d = letter('Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009;\nCăn cứ Luật sửa đổi, bé sung một số điều của\nLuật Quản lý thuế ngày 20 tháng 11 năm 2012;');
    expect(d.references.map((r) => [r.title, r.relation])).toEqual([
      ['Luật Khám bệnh, chữa bệnh', 'based_on'],
      ['Luật sửa đổi, bé sung một số điều của Luật Quản lý thuế', 'based_on'],
    ]);
  });
  test('a date and issuer stated before the document belong to it', () => {
    const d = letter('Ngày 04/3/2020, Thủ tướng Chính phủ đã ban hành Chỉ thị số 11/CT-TTg về các nhiệm vụ cấp bách. Ngày 29 tháng 8 năm 2013, Tổng cục Thuế có công văn số 2833/TCT-CS gửi các Cục Thuế. Ngày 10/5/2020, tỉnh họp; Công văn số 77/UBND-KT không ghi ngày.');
    expect(d.references.map((r) => [r.number, r.issuedOn, r.issuer?.name ?? null])).toEqual([
      ['11/CT-TTg', '2020-03-04', 'Thủ tướng Chính phủ'],
      ['2833/TCT-CS', '2013-08-29', 'Tổng cục Thuế'],
      ['77/UBND-KT', null, expect.anything()],
    ]);
  });
  test('a legal basis names each source: "Căn cứ Điều 60 Luật A số X, Điều 12 Nghị định số Y"; OCR junk before "Căn cứ"', () => {
    const d = letter('Căn cứ Điều 60 Luật Hải quan số 54/2014/QH13, Điều 12 Nghị định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ thì hàng hóa được miễn thuế.\n\n_ Căn. cứ Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ;\n\nCăn cứ Thông tư số 119/2014/TT-BTC ngày 25/8/2014 của Bộ Tài chính sửa đổi một số điều của Thông tư số 156/2013/TT-BTC ngày 06/11/2013, Thông tư số 111/2013/TT-BTC ngày 15/8/2013;');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['54/2014/QH13', 'based_on'],
      ['134/2016/NĐ-CP', 'based_on'],
      ['12/2015/NĐ-CP', 'based_on'],
      ['119/2014/TT-BTC', 'based_on'],
      ['156/2013/TT-BTC', 'cites'],
      ['111/2013/TT-BTC', 'cites'],
    ]);
  });
  test('a law named before its number is one reference, in any case; a law and a decree listed together are two', () => {
    const d = letter('Theo Điều 4 Luật doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 và Luật thuế giá trị gia tăng (GTGT) só 13/2008/QH12, Luật Quản lý thuế sé 04/2007/OH12 thì phải kê khai. Căn cứ Luật Thương mại, Nghị định số 37/2006/NĐ-CP ngày 4/4/2006 của Chính phủ;');
    expect(d.references.map((r) => [r.number, r.type, r.title])).toEqual([
      ['59/2020/QH14', 'Luật', 'Luật doanh nghiệp'],
      ['13/2008/QH12', 'Luật', 'Luật thuế giá trị gia tăng'],
      ['04/2007/QH12', 'Luật', 'Luật Quản lý thuế'],
      [null, 'Luật', 'Luật Thương mại'],
      ['37/2006/NĐ-CP', 'Nghị định', null],
    ]);
  });
  test('a title that amends a list of documents relates to each of them', () => {
    const d = letter('Căn cứ Thông tư số 119/2014/TT-BTC ngày 25/8/2014 của Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 156/2013/TT-BTC ngày 06/11/2013, Thông tư số 111/2013/TT-BTC ngày 15/8/2013 và Thông tư số 219/2013/TT-BTC ngày 31/12/2013;');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['119/2014/TT-BTC', 'based_on'], ['156/2013/TT-BTC', 'cites'], ['111/2013/TT-BTC', 'cites'], ['219/2013/TT-BTC', 'cites'],
    ]);
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toEqual([
      ['119/2014/TT-BTC', 'amends', '156/2013/TT-BTC'],
      ['119/2014/TT-BTC', 'amends', '111/2013/TT-BTC'],
      ['119/2014/TT-BTC', 'amends', '219/2013/TT-BTC'],
    ]);
  });
  test('a repeal reaches every item, also those named by a provision ("Khoản 9 Điều 4 Nghị định ...")', () => {
    const d = parseText('CHÍNH PHỦ\n\nSố: 08/2018/NĐ-CP\n\nHà Nội, ngày 15 tháng 01 năm 2018\n\nNGHỊ ĐỊNH\nSửa đổi một số Nghị định\n\nĐiều 5. Bãi bỏ Nghị định số 87/2010/NĐ-CP; Khoản 9 Điều 4 Nghị định 26/2009/NĐ-CP và Khoản 3 Điều 1 Nghị định 113/2011/NĐ-CP.\n', 'test')[0];
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['87/2010/NĐ-CP', 'repeals'], ['26/2009/NĐ-CP', 'repeals'], ['113/2011/NĐ-CP', 'repeals'],
    ]);
  });
  test('OCR\'s "sé" for "số" keeps the type word; a page marker is no part of the quote', () => {
    const d = letter('Tiếp tục thực hiện mục tiêu đề ra tại\n--- PAGE 2 ---\nNghị quyết sé 23/2021/QH15, tỷ lệ thất nghiệp dưới 4%.');
    expect(d.references[0]).toMatchObject({ number: '23/2021/QH15', type: 'Nghị quyết' });
    expect(d.references[0].quote).not.toMatch(/PAGE/);
    expect(d.references[0].quote).toMatch(/^Nghị quyết sé 23\/2021\/QH15/);
  });
  test('a citation in the title is quoted from the title, not from the header above it', () => {
    const d = letter('Các sở triển khai ngay.', 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 45/UBND-VX\n\nSơn La, ngày 10 tháng 4 năm 2020\n\nV/v triển khai Chỉ thị số 16/CT-TTg\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n');
    expect(d.references[0]).toMatchObject({ number: '16/CT-TTg', relation: 'implements' });
    expect(d.references[0].quote).toBe('triển khai Chỉ thị số 16/CT-TTg');
  });
  test('a law that amends several laws at once keeps its whole name', () => {
    const d = letter('Căn cứ Luật sửa đổi, bổ sung một số điều của các Luật về thuế ngày 26 tháng 11 năm 2014;\nCác sở thực hiện.');
    expect(d.references[0]).toMatchObject({ type: 'Luật', title: 'Luật sửa đổi, bổ sung một số điều của các Luật về thuế', relation: 'based_on' });
  });
  test('a preamble line under the enacting body\'s name is its own clause', () => {
    const d = parseText('ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 435/QĐ-UBND\n\nKon Tum, ngày 04 tháng 5 năm 2020\n\nQUYẾT ĐỊNH\nBan hành Chương trình hành động\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư Trung ương Đảng;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động.\n', 'test')[0];
    expect(d.references[0]).toMatchObject({ number: '37-CT/TW', relation: 'based_on' });
    expect(d.references[0].quote).toMatch(/^Căn cứ Chỉ thị/);
  });
  test('"Căn cứ chức năng, nhiệm vụ" of a body that then spreads a directive makes no legal basis of it', () => {
    const d = letter('Đề nghị Ủy ban MTTQ Việt Nam tỉnh: Căn cứ chức năng, nhiệm vụ của tổ chức mình phối hợp tăng cường công tác tuyên truyền Chỉ thị số 37-CT/TW; Quyết định số 416/QĐ-TTg; Kế hoạch số 119-KH/TU cho toàn thể hội viên.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([['37-CT/TW', 'cites'], ['416/QĐ-TTg', 'cites'], ['119-KH/TU', 'cites']]);
  });
  test('a lead-in with a colon reaches items named by several provisions, across the blank lines between items', () => {
    const d = letter('Căn cứ hướng dẫn tại: Điểm a, e khoản 1 Điều 2 Thông tư số 26/2015/TT-BTC ngày 27/2/2015 của Bộ Tài chính.\n\nCăn cứ các quy định tại:\n\n- Khoản 1 và Khoản 5 Điều 193 Luật Doanh nghiệp số 68/2014/QH13 ngày 26/11/2014;\n\n- Khoản 7 Điều 5 Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính.\n\nĐính kèm:\n\n- Công văn số 425/CV-BCĐ ngày 19/1/2021 của Ban Chỉ đạo quốc gia.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['26/2015/TT-BTC', 'based_on'], ['68/2014/QH13', 'based_on'], ['219/2013/TT-BTC', 'based_on'], ['425/CV-BCĐ', 'attaches'],
    ]);
  });
  test('a blank line that OCR left inside a sentence does not end the legal basis', () => {
    const d = letter('Căn cứ vào khoản 1 Điều 1 của Luật số 106/2016/QH13; khoản 4 Điều 1 Nghị định\n\nsố 100/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định chi tiết và hướng dẫn thi hành một\nsố điều của Luật sửa đổi, bổ sung một số điều của Luật thuế giá trị gia tăng; khoản 1 Điều 1 Nghị định số 146/2017/NĐ-CP ngày\n\n15/12/2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 100/2016/NĐ-CP; thì:\n\nCông ty được khấu trừ thuế.');
    expect(d.references.filter((r) => r.number).map((r) => [r.number, r.relation])).toEqual([
      ['106/2016/QH13', 'based_on'], ['100/2016/NĐ-CP', 'based_on'], ['146/2017/NĐ-CP', 'based_on'], ['100/2016/NĐ-CP', 'cites'],
    ]);
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toContainEqual(['146/2017/NĐ-CP', 'amends', '100/2016/NĐ-CP']);
  });
  test('a letter tells of changes to decrees, circulars and laws but makes none; it may replace another letter', () => {
    const d = letter('Điểm mới: Sửa đổi quy định cấp giấy chứng nhận tại Thông tư số 95/2016/TT-BTC. Bãi bỏ Nghị định số 87/2010/NĐ-CP. Công văn này thay thế Công văn số 30/UBND-VX ngày 02/01/2020 của UBND tỉnh.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['95/2016/TT-BTC', 'cites'], ['87/2010/NĐ-CP', 'cites'], ['30/UBND-VX', 'replaces'],
    ]);
  });
  test('letters numbered by firms in their own way are kept whole, with their date and sender', () => {
    const d = letter('Trả lời công văn số 1511/2019/GDT/EUR-HR&TSC ngày 15/11/2019 của EuroCham, công văn số 08/2020-HQ&T ngày 13/6/2020 của Công ty TNHH may mặc Bình An, văn bản số CV-012018/DS đề ngày 17/9/2018 và công văn số 76/CV-Habeco.NA ngày 2/3/2020 của TCHQ; Căn cứ Nghị định số 134/2016/NĐ.CP ngày 01/9/2016 của Chính phủ, Thông tư số 128/2014/TT-BTC.ngày 05/9/2014 của Bộ Tài chính quy định chi tiết;');
    expect(d.references.map((r) => [r.number, r.issuedOn, r.issuer?.name ?? null])).toEqual([
      ['1511/2019/GDT/EUR-HR&TSC', '2019-11-15', 'EuroCham'],
      ['08/2020-HQ&T', '2020-06-13', 'Công ty TNHH may mặc Bình An'],
      ['CV-012018/DS', '2018-09-17', null],
      ['76/CV-Habeco.NA', '2020-03-02', 'Tổng cục Hải quan'],
      ['134/2016/NĐ-CP', '2016-09-01', 'Chính phủ'],
      ['128/2014/TT-BTC', '2014-09-05', 'Bộ Tài chính'],
    ]);
  });
  test('a national body\'s name is whole: the lower-case words after it are the sentence', () => {
    const d = letter('Theo Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 của Chính phủ xác định rõ hoạt động gia công, Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Tổng cục Thuế chuyển sang, và Quy chế số 5423/QCPH-BHXH-TCT ngày 10/12/2021 của Tổng cục Thuế và Bảo hiểm xã hội Việt Nam.');
    expect(d.references.map((r) => r.issuer?.name ?? null)).toEqual(['Chính phủ', 'Tổng cục Thuế', expect.stringMatching(/^Tổng cục Thuế và Bảo hiểm xã hội/)]);
  });
  test('the sender on the next line, associations, and the National Assembly\'s offices', () => {
    const d = letter('Sở nhận được công văn số 29/CV-CT ngày 02/3/2020 của\nCông ty TNHH Quốc tế Chutex về việc hoàn thuế. Sở cũng nhận được công văn số 2103/HHTMHQ ngày 3/4/2020 và công văn số 2134/HHTMHQ ngày 5/4/2020 của Hiệp hội Thương mại Hàn Quốc, và Công văn số 1649/TTKQH-TCNS ngày 5/5/2020 của Tổng Thư ký Quốc hội.');
    expect(d.references.map((r) => r.issuer?.name ?? null)).toEqual([
      'Công ty TNHH Quốc tế Chutex', 'Hiệp hội Thương mại Hàn Quốc', 'Hiệp hội Thương mại Hàn Quốc', 'Tổng Thư ký Quốc hội',
    ]);
    expect(d.references[3].issuer).toMatchObject({ level: 'central', branch: 'state' });
  });
  test('a form or annex "kèm theo" a document belongs to it; an aside "(bản photocopy gửi kèm)" encloses the letter', () => {
    const d = letter('Người nộp thuế khai theo mẫu số 05/QTT-TNCN ban\nhành kèm theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính, theo Phụ lục I - Danh mục kèm theo Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ. Bộ Tài chính đã có công văn số 15725/BTC-CST ngày 4/11/2016 (bản photocopy gửi kèm theo để tham khảo). Tổng cục giới thiệu Thông tư số 19/2021/TT-BTC (chi tiết tại Phụ lục đính kèm).');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['80/2021/TT-BTC', 'cites'], ['126/2020/NĐ-CP', 'cites'], ['15725/BTC-CST', 'attaches'], ['19/2021/TT-BTC', 'cites'],
    ]);
  });
  test('an article quoted from another document does not make this letter amend what it amends', () => {
    const d = letter('Căn cứ Điều 23 Thông tư số 92/2015/TT-BTC ngày 15/6/2015 của Bộ Tài chính quy định:\n\n“Điều 23. Sửa đổi, bổ sung Điều 53 Thông tư số 156/2013/TT-BTC như sau:\n1. Hồ sơ hoàn thuế gồm giấy đề nghị.”\n\nSửa đổi khoản 2 Mục I Kế hoạch số 20/KH-UBND ngày 10/02/2020 của UBND tỉnh.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['92/2015/TT-BTC', 'based_on'], ['156/2013/TT-BTC', 'cites'], ['20/KH-UBND', 'amends'],
    ]);
  });
  test('"Căn cứ quy định trên" concludes, it is no legal basis; "Nghị định này quy định chi tiết Luật X" carries X out', () => {
    const d = letter('Căn cứ quy định nêu trên, trường hợp Công ty đáp ứng điều kiện tại Điều 4 Thông tư số 32/2011/TT-BTC ngày 14/3/2011 thì được khởi tạo hóa đơn. Nghị định này quy định chi tiết Luật Quản lý ngoại thương về mua bán hàng hóa quốc tế.');
    expect(d.references.map((r) => [r.number ?? r.title, r.relation])).toEqual([
      ['32/2011/TT-BTC', 'cites'], ['Luật Quản lý ngoại thương', 'implements'],
    ]);
  });
  test('OCR-split numbers: a stray digit before a number cited elsewhere, and a split National Assembly term', () => {
    const d = letter('Căn cứ Nghị định sô 2 20/2017/NĐ-CP ngày 24/02/2017 của Chính phủ và Luật Quản lý thuế số 78/2006/QH1 1 ngày 29/11/2006; theo Nghị định số 20/2017/NĐ-CP, Thông tư số 21 9/2013/TT-BTC ngày 31/12/2013.');
    expect(d.references.map((r) => r.number)).toEqual(['20/2017/NĐ-CP', '78/2006/QH11', '20/2017/NĐ-CP', '219/2013/TT-BTC']);
  });
  test('a title that guides several laws and a decree implements each of them', () => {
    const d = letter('Căn cứ Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính hướng dẫn thực hiện Luật Thuế thu nhập cá nhân, Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân và Nghị định số 65/2013/NĐ-CP của Chính phủ;');
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toEqual(expect.arrayContaining([
      ['111/2013/TT-BTC', 'implements', 'Luật Thuế thu nhập cá nhân'],
      ['111/2013/TT-BTC', 'implements', 'Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân'],
      ['111/2013/TT-BTC', 'implements', '65/2013/NĐ-CP'],
    ]));
  });
  test('a mangled issuer name gives way to the one its symbol\'s code spells; a more precise name stays', () => {
    const d = letter('Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tai\ndẫn về thuế giá trị gia tăng; Quyết định số 2072/QĐ-TTg ngày 5/12/2019 của Thủ tướng Chính phi; Công văn số 10395/CCT-KTr ngày 30/6/2017 của Chi cục Thuế quận Nam Từ Liêm.');
    expect(d.references.map((r) => r.issuer?.name)).toEqual(['Bộ Tài chính', 'Thủ tướng Chính phủ', 'Chi cục Thuế quận Nam Từ Liêm']);
  });
  test('what an article says is no title; the full citation gives it to every mention', () => {
    const d = letter('Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính hướng dẫn thi hành Luật Thuế giá trị gia tăng. Điều 5 Thông tư số 219/2013/TT-BTC quy định về các trường hợp không phải kê khai, tính nộp thuế.');
    expect(d.references.filter((r) => r.number).map((r) => r.title)).toEqual([
      'hướng dẫn thi hành Luật Thuế giá trị gia tăng', 'hướng dẫn thi hành Luật Thuế giá trị gia tăng',
    ]);
  });
  test('a letter without a number, dated and signed by a firm', () => {
    const d = letter('Sở nhận được công văn không số đề ngày 09/04/2021 của Công ty TNHH Line Việt Nam về thuế nhà thầu.');
    expect(d.references.map((r) => [r.number, r.type, r.issuedOn, r.issuer?.name])).toEqual([[null, 'Công văn', '2021-04-09', 'Công ty TNHH Line Việt Nam']]);
  });
  test('a change said in passing, "(sửa đổi, bổ sung tại/theo B)", is made by B to the document before it', () => {
    const d = letter('Căn cứ Điều 86 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính (sửa đổi, bổ sung tại khoản 58 Điều 1 Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính);\nCăn cứ Thông tư số 130/2016/TT-BTC ngày 12/8/2016 của Bộ Tài chính sửa đổi, bổ sung Điều 18 Thông tư số 219/2013/TT-BTC ngày 31/12/2013 (đã được sửa đổi, bổ sung theo Thông tư số 119/2014/TT-BTC ngày 25/8/2014);\nCăn cứ Thông tư số 111/2013/TT-BTC ngày 15/8/2013 của Bộ Tài chính hướng dẫn thực hiện Luật Thuế thu nhập cá nhân (đã được sửa đổi, bổ sung theo Thông tư số 92/2015/TT-BTC ngày 15/6/2015);');
    const links = d.impliedLinks.map((l) => [l.from, l.relation, l.to]);
    expect(links).toEqual(expect.arrayContaining([
      ['39/2018/TT-BTC', 'amends', '38/2015/TT-BTC'],
      ['130/2016/TT-BTC', 'amends', '219/2013/TT-BTC'],
      ['119/2014/TT-BTC', 'amends', '219/2013/TT-BTC'],
      ['92/2015/TT-BTC', 'amends', '111/2013/TT-BTC'],
    ]));
    // A circular changes no law, and the title's owner is not what the aside changed.
    expect(links).not.toContainEqual(['92/2015/TT-BTC', 'amends', 'Luật Thuế thu nhập cá nhân']);
    expect(links).not.toContainEqual(['130/2016/TT-BTC', 'amends', '119/2014/TT-BTC']);
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

describe('law names', () => {
  test('names with a comma inside, and the law on promulgating legal documents', () => {
    const d = letter('Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003 và Luật Đất đai;\nCăn cứ Khoản 2 Điều 156 Luật ban hành các văn bản quy phạm pháp luật năm 2015;\nCác sở thực hiện.');
    expect(d.references.map((r) => [r.title, r.relation, r.issuedOn])).toEqual([
      ['Luật Thi đua, Khen thưởng', 'based_on', '2003-11-26'],
      ['Luật Tổ chức HĐND và UBND', 'based_on', '2003-11-26'],
      ['Luật Đất đai', 'based_on', null],
      ['Luật ban hành các văn bản quy phạm pháp luật', 'based_on', null],
    ]);
  });
});

describe('lists the opening verb governs', () => {
  test('the next item after the last item\'s long subject, and items after "các Công điện:"', () => {
    const d = letter('Thực hiện Chỉ thị số 30/CT-UBND ngày 31/12/2020 của UBND tỉnh về việc tổ chức đón Tết; Công điện số 30/CĐ-UBND ngày 31/12/2020 của Chủ tịch UBND tỉnh về việc tăng cường phòng chống dịch gắn với tuyên truyền Đại hội, các hoạt động vui Xuân, Công văn số 32/UBND-VHTT ngày 07/01/2021 về việc tổ chức các hoạt động mừng Đảng; các Công điện: số 1305/CĐ-BYT ngày 02/9/2021, số 1346/CĐ-BYT ngày 08/9/2021 của Bộ Y tế. UBND xã xây dựng Kế hoạch theo Thông báo số 5/TB-UBND ngày 02/01/2021 của UBND huyện.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['30/CT-UBND', 'implements'], ['30/CĐ-UBND', 'implements'], ['32/UBND-VHTT', 'implements'],
      ['1305/CĐ-BYT', 'implements'], ['1346/CĐ-BYT', 'implements'], ['5/TB-UBND', 'cites'],
    ]);
  });
  test('not an item nested in the last item\'s subject', () => {
    const d = letter('Căn cứ Thông tư số 38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính quy định thủ tục hải quan theo Luật Hải quan số 54/2014/QH13, Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ.');
    expect(d.references[0]).toMatchObject({ number: '38/2015/TT-BTC', relation: 'based_on' });
    expect(d.references.find((r) => r.number === '08/2015/NĐ-CP')?.relation).not.toBe('based_on');
  });
});

describe('a list after a subject that details a law', () => {
  test('"Nghị định A quy định chi tiết ... Luật B và Quyết định C": C is the next item of the list, not part of A\'s subject', () => {
    const d = letter('Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày 23/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động, UBND tỉnh ban hành Kế hoạch.');
    expect(d.references.filter((r) => r.number).map((r) => [r.number, r.relation])).toEqual([['123/2015/NĐ-CP', 'implements'], ['101/QĐ-TTg', 'implements']]);
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toEqual([['123/2015/NĐ-CP', 'implements', 'Luật Hộ tịch']]);
  });
  test('"hướng dẫn thi hành Nghị định A và Nghị định B": B stays in the subject', () => {
    const d = letter('Căn cứ Thông tư số 39/2014/TT-BTC ngày 31/3/2014 hướng dẫn thi hành Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 và Nghị định số 04/2014/NĐ-CP ngày 17/01/2014 của Chính phủ.');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([['39/2014/TT-BTC', 'based_on'], ['51/2010/NĐ-CP', 'cites'], ['04/2014/NĐ-CP', 'cites']]);
  });
});

describe('clause boundaries without blank lines', () => {
  test('a preamble line spelt without its marks ("Can cứ") under the enacting body opens its own clause', () => {
    const d = parseText('CHÍNH PHỦ\n\nSố: 20/2019/NĐ-CP\n\nHà Nội, ngày 21 tháng 02 năm 2019\n\nNGHỊ ĐỊNH\nQuy định chi tiết Luật Thương mại\nCHÍNH PHU\nCan cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Luật Thương mại về hoạt động mua bán hàng hóa.\n', 'test')[0];
    expect(d.references.map((r) => [r.title, r.relation])).toEqual([
      ['Luật Thương mại', 'implements'],
      ['Luật Tổ chức Chính phủ', 'based_on'],
      ['Luật Thương mại', 'implements'],
    ]);
  });
  test('a long article heading that wraps is one clause with the line under it', () => {
    const d = letter('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 209/2013/NĐ-CP ngày 18 tháng 12\nnăm 2013 của Chính phủ, đã được sửa đổi, bổ sung tại Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ\n1. Khoản 11 Điều 3 được sửa đổi như sau:');
    expect(d.impliedLinks.map((l) => [l.from, l.relation, l.to])).toContainEqual(['100/2016/NĐ-CP', 'amends', '209/2013/NĐ-CP']);
  });
});

describe('a date stated before the document', () => {
  test('after a comma inside the clause: "..., ngày 4/7/2014 Bộ ... có Công văn số ..."', () => {
    const d = letter('Để có căn cứ hướng dẫn các nội dung vướng mắc, ngày 4/7/2014 Bộ Lao động - Thương binh và Xã hội có Công văn số 2354/LĐTBXH-BHXH hướng dẫn chế độ bảo hiểm xã hội.');
    expect(d.references[0]).toMatchObject({ number: '2354/LĐTBXH-BHXH', issuedOn: '2014-07-04' });
  });
});

describe('an issuer named at the end of a title, with the preamble right under it', () => {
  test('"... CỦA CHÍNH PHỦ" / "Căn cứ Luật ..." with no blank line: the law is a legal basis', () => {
    const d = parseText('CHÍNH PHỦ\nSố: 146/2017/NĐ-CP Hà Nội, ngày 15 tháng 12 năm 2017\nNGHỊ ĐỊNH\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 100/2016/NĐ-CP\nCỦA CHÍNH PHỦ\nCăn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\n', 'test')[0];
    expect(d.references.map((r) => [r.number ?? r.title, r.relation])).toEqual([['100/2016/NĐ-CP', 'amends'], ['Luật tổ chức Chính phủ', 'based_on']]);
  });
});

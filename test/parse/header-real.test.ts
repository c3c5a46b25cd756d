/**
 * Header reading on layouts met in real (OCR'd) documents: sentence-case trích yếu under the
 * type word, numbers cited inside a capitals title, "V/v" beside the number or garbled by OCR,
 * subjects that run onto a line starting with a capital or a digit, the enacting authority
 * under the title, drafts, and issuer names with lost diacritics. Snippets are written for
 * these tests in the style of real documents.
 */
import { parseText } from '../../server/parse';
import { classifyAuthority } from '../../server/parse/issuers';

const first = (text: string) => parseText(text, 'snippet')[0];

describe('title under the type word', () => {
  test('sentence case under an all-caps NGHỊ ĐỊNH; the enacting "CHÍNH PHỦ" line stays out', () => {
    const d = first([
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 77/2019/NĐ-CP Hà Nội, ngày 10 tháng 10 năm 2019',
      '',
      'NGHỊ ĐỊNH',
      'Quy định chi tiết một số điều của Luật Thủy lợi',
      'về quản lý công trình thủy lợi nhỏ',
      '',
      'CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thủy lợi.',
    ].join('\n'));
    expect(d.type).toBe('Nghị định');
    expect(d.title).toBe('Quy định chi tiết một số điều của Luật Thủy lợi về quản lý công trình thủy lợi nhỏ');
  });

  test('a law: the line under LUẬT is its name', () => {
    const d = first([
      'QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 31/2013/QH13 Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 19 tháng 6 năm 2013',
      '',
      'LUẬT',
      '',
      'Đo lường',
      '',
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
    ].join('\n'));
    expect(d.type).toBe('Luật');
    expect(d.title).toBe('Đo lường');
  });

  test('a sentence-case title keeps its commas and is not mistaken for the body', () => {
    const d = first([
      'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/NQ-CP Hà Nội, ngày 02 tháng 3 năm 2022',
      'NGHỊ QUYẾT',
      'Về các giải pháp hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh',
      'phục hồi sản xuất sau thiên tai',
      'CHÍNH PHỦ',
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    ].join('\n'));
    expect(d.title).toBe('Về các giải pháp hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh phục hồi sản xuất sau thiên tai');
  });

  test('a number cited inside a capitals title does not end it; the minister line stays out', () => {
    const d = first([
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 20/2016/TT-BTC Hà Nội, ngày 03 tháng 02 năm 2016',
      '',
      'THÔNG TƯ',
      '',
      'HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 45/2015/NĐ-CP NGÀY 06 THÁNG 5 NĂM 2015',
      'CỦA CHÍNH PHỦ VỀ HOẠT ĐỘNG ĐO ĐẠC',
      '',
      'BỘ TRƯỞNG BỘ TÀI CHÍNH',
      'Căn cứ Nghị định số 45/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ;',
    ].join('\n'));
    expect(d.title).toBe('HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 45/2015/NĐ-CP NGÀY 06 THÁNG 5 NĂM 2015 CỦA CHÍNH PHỦ VỀ HOẠT ĐỘNG ĐO ĐẠC');
  });

  test('"DỰ THẢO" above the type word: the type and the title come from below it', () => {
    const d = first([
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: /2023/TT-BTC Hà Nội, ngày tháng năm 2023',
      'DỰ THẢO',
      'THÔNG TƯ',
      'Hướng dẫn về hồ sơ hoàn thuế giá trị gia tăng',
      'Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;',
    ].join('\n'));
    expect(d.type).toBe('Thông tư');
    expect(d.title).toBe('Hướng dẫn về hồ sơ hoàn thuế giá trị gia tăng');
  });
});

describe('the subject of a letter (V/v)', () => {
  test('"V/v" on the number line', () => {
    const d = first([
      'BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 512/BYT-KCB    V/v cập nhật danh mục kỹ thuật khám bệnh',
      'Hà Nội, ngày 05 tháng 02 năm 2015',
      'Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương',
    ].join('\n'));
    expect(d.number).toBe('512/BYT-KCB');
    expect(d.title).toBe('cập nhật danh mục kỹ thuật khám bệnh');
  });

  test('the subject goes on with a symbol or a name on the next line', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 1888/TCT-CS Hà Nội, ngày 12 tháng 5 năm 2021',
      'V/v hướng dẫn thực hiện Nghị định',
      '126/2020/NĐ-CP',
      '',
      'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.',
    ].join('\n'));
    expect(d.title).toBe('hướng dẫn thực hiện Nghị định 126/2020/NĐ-CP');
    const e = first([
      'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 210/BNV-VP Hà Nội, ngày 14 tháng 4 năm 2020',
      'V/v truyền đạt ý kiến chỉ đạo của',
      'Thứ trưởng Nguyễn Duy Thăng',
      'Kính gửi: Các đơn vị thuộc Bộ',
      'Ngày 10/4/2020, Thứ trưởng Nguyễn Duy Thăng đã chủ trì cuộc họp.',
    ].join('\n'));
    expect(e.title).toBe('truyền đạt ý kiến chỉ đạo của Thứ trưởng Nguyễn Duy Thăng');
  });

  test('an OCR-garbled "V/v" in the subject\'s place under the number', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc',
      'Số: 5120/CT-TTHT Hà Nội, ngày 14 tháng 02 năm 2019',
      'VW hoàn thuế thu nhập cá nhân',
      'Kính gửi: Công ty TNHH Minh Phát',
    ].join('\n'));
    expect(d.title).toBe('hoàn thuế thu nhập cá nhân');
    // "Vv" and "VAv" under a number line OCR could not read.
    for (const vv of ['Vv', 'VAv']) {
      const g = first([
        'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'CỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc',
        'Số:/(?Ö/CT-TTHT Bắc Ninh, ngàyQ2háng Ï năm 2018',
        `${vv} tỷ giá quy đổi để tính thuế nhà thầu`,
        'Kính gửi: Công ty TNHH Hòa Bình',
      ].join('\n'));
      expect([g.title, g.type]).toEqual(['tỷ giá quy đổi để tính thuế nhà thầu', 'Công văn']);
    }
    // A stray letter of scan residue before a mid-line "Kính gửi:" is not part of the subject.
    const r = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc',
      'Số: 3317/CT-TTHT Bắc Ninh, ngày 02 tháng 7 năm 2019',
      'V/v khấu trừ thuế giá trị gia tăng',
      '',
      'i Kính gửi: Công ty TNHH Hòa Bình',
    ].join('\n'));
    expect(r.title).toBe('khấu trừ thuế giá trị gia tăng');
  });

  test('a province written without its marks takes its own spelling as the place; the subject drops its full stop; the addressee drops its address', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THUẾ TP HẢI PHÒNG Độc lập - Tự do - Hạnh phúc',
      'Số: 2703/CT-TTHT Hai Phòng, ngày 21 tháng 9 năm 2018',
      'V/v miễn thuế TNDN.',
      'Kính gửi: Công ty TNHH Đông Hải (Đ/c: Lô 5, KCN Đình Vũ)',
      '- Mã số thuế: 0200123456',
    ].join('\n'));
    expect(d.place).toBe('Hải Phòng');
    expect(d.recipients.filter((r) => r.list === 'to').map((r) => r.name)).toEqual(['Công ty TNHH Đông Hải']);
    // The subject's closing full stop is not part of it; an abbreviation keeps its capitals.
    expect(d.title).toBe('miễn thuế TNDN');
    expect(d.issuedOn).toBe('2018-09-21');
  });

  test('the subject is cut before the place and date on the same line, keeping an abbreviation', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 2210/TCT-CS',
      'V/v thuế TNDN Hà Nội, ngày 08 tháng 6 năm 2020',
      'Kính gửi: Cục Thuế tỉnh Nam Định',
    ].join('\n'));
    expect(d.title).toBe('thuế TNDN');
  });
});

test('a capitals title that OCR stripped of its marks ("DEN MUA BAN") is no receipt stamp', () => {
  const d = first([
    'CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 09/2018/NĐ-CP Hà Nội, ngày 15 tháng 01 năm 2018',
    '',
    'NGHỊ ĐỊNH',
    'QUY ĐỊNH CHI TIẾT VỀ CÁC HOẠT ĐỘNG LIÊN QUAN TRỰC TIẾP',
    'DEN MUA BAN HÀNG HOA CUA NHÀ DAU TƯ NƯỚC NGOÀI',
    'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
    '',
    'Chính phủ ban hành Nghị định quy định chi tiết.',
  ].join('\n'));
  expect(d.received).toEqual([]);
  expect(d.title).toBe('QUY ĐỊNH CHI TIẾT VỀ CÁC HOẠT ĐỘNG LIÊN QUAN TRỰC TIẾP DEN MUA BAN HÀNG HOA CUA NHÀ DAU TƯ NƯỚC NGOÀI');
  expect(d.references.map((r) => [r.title, r.relation])).toEqual([['Luật Tổ chức Chính phủ', 'based_on']]);
});

describe('a receipt stamp scanned into the left column', () => {
  test('the type word closing a line after stamp debris, and the subject after the stamp\'s register number', () => {
    const d = first([
      'THỦ TƯỚNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: 15/CT-TTg Hà Nội, ngày 27 tháng 3 năm 2020',
      '',
      'DEN i: : _¬   CHỈ THỊ',
      '',
      'Ig-Q612/2G20 -| Về quyết liệt thực hiện đợt cao điểm phòng, chống dịch',
      'COVID-19 trên cả nước',
      '',
      'Thời gian qua, công tác phòng, chống dịch đã đạt được kết quả bước đầu.',
    ].join('\n'));
    expect(d.type).toBe('Chỉ thị');
    expect(d.title).toBe('Về quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19 trên cả nước');
    expect(d.issuer).toMatchObject({ name: 'Thủ tướng Chính phủ', level: 'central' });
  });
});

describe('the subject beside an unreadable date', () => {
  test('the place and ", ngày" end the subject even when the date is garbled; a lone abbreviation below goes on with it, scan debris does not', () => {
    const d = first([
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
      'Số: 883/TCT-DNNCN',
      'V/v Hướng dẫn quyết toán thuế Hà Nội, ngàyJÿth " TIS',
      'TNCN',
      '',
      'pin ⁄:.. 24',
      '',
      'Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương',
    ].join('\n'));
    expect(d.title).toBe('Hướng dẫn quyết toán thuế TNCN');
  });
});

describe('issuer names as written by OCR', () => {
  test('names with lost or wrong diacritics take their proper spelling', () => {
    expect(classifyAuthority('Chính phu')?.name).toBe('Chính phủ');
    expect(classifyAuthority('Tong cục Thue')?.name).toBe('Tổng cục Thuế');
    expect(classifyAuthority('Van phòng chính phu')?.name).toBe('Văn phòng Chính phủ');
    expect(classifyAuthority('BO TAI CHINH')?.name).toBe('Bộ Tài chính');
  });
  test('joint issuers each keep their capital after the dash', () => {
    expect(classifyAuthority('BO THƯƠNG MẠI - BO TÀI CHÍNH')?.name).toBe('Bộ Thương mại - Bộ Tài chính');
    expect(classifyAuthority('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')?.name).toBe('Bộ Lao động - Thương binh và Xã hội');
  });
  test('words OCR ran together in a name are parted again', () => {
    expect(classifyAuthority('THỦ TƯỚNG CHÍNHPHỦ')?.name).toBe('Thủ tướng Chính phủ');
    expect(classifyAuthority('ỦY BAN NHÂNDÂN TỈNH ĐIỆN BIÊN')).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Điện Biên', province: 'Điện Biên' });
  });
  test('a department misspelt beyond repair by the vocabulary takes the name its code spells, and its province', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THULE TINH BAC NINH Độc lập - Tự do - Hạnh phúc',
      'Số: 1518/CT-TTHT Bắc Ninh, ngày 15 tháng 6 năm 2020',
      'V/v chi phí được trừ',
      'Kính gửi: Công ty TNHH Hòa Bình',
    ].join('\n'));
    expect(d.issuer).toMatchObject({ name: 'Cục Thuế tỉnh Bắc Ninh', level: 'provincial', province: 'Bắc Ninh' });
  });

  test('"HẢI QUAN" is never "Hải quận", and the customs office of a province is provincial', () => {
    expect(classifyAuthority('TỔNG CỤC HẢI QUAN')?.name).toBe('Tổng cục Hải quan');
    expect(classifyAuthority('CỤC HẢI QUAN TỈNH ĐỒNG NAI')).toMatchObject({ name: 'Cục Hải quan tỉnh Đồng Nai', level: 'provincial', province: 'Đồng Nai' });
    expect(classifyAuthority('UBND QUẬN HOÀN KIẾM')?.name).toBe('Ủy ban nhân dân quận Hoàn Kiếm');
  });

  test('a ministry name broken over two header lines, the second without diacritics', () => {
    const d = first([
      'BỘ LAO ĐỘNG - THƯƠNG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'VA XA HOI Độc lập - Tự do - Hạnh phúc',
      'Số: 901/LĐTBXH-BHXH Hà Nội, ngày 15 tháng 3 năm 2017',
      'V/v hướng dẫn chế độ ốm đau',
      'Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh',
    ].join('\n'));
    expect(d.issuer).toMatchObject({ name: 'Bộ Lao động - Thương binh và Xã hội', level: 'central' });
  });

  test('a parent body above the issuer stays apart from it', () => {
    const d = first([
      'BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc',
      'Số: 77/TCT-KK Hà Nội, ngày 08 tháng 01 năm 2020',
      'V/v khai thuế',
      'Kính gửi: Cục Thuế tỉnh Hà Nam',
    ].join('\n'));
    expect(d.issuer?.name).toBe('Tổng cục Thuế');
  });
  test('an unreadable header date falls back to the digital signing time printed after the signature', () => {
    const d = first([
      'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'CỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc',
      'Số: 512/CTHN-TTHT Hà Nội, ngày #Ÿ tháng ⁄ năm 2021',
      'V/v hoàn thuế',
      '',
      'Kính gửi: Công ty TNHH Thử Nghiệm',
      '',
      'Cục Thuế TP Hà Nội trả lời như sau.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      'KT. CỤC TRƯỞNG',
      'PHÓ CỤC TRƯỞNG',
      '',
      'Nguyễn Văn Bình',
      '',
      'Người ký: Cục Thuế Thành phố Hà Nội',
      'Thời gian ký: 08.02.2021 10:15',
    ].join('\n'));
    expect(d.issuedOn).toBe('2021-02-08');
    expect(d.warnings).toContain('issue date taken from the digital signature time');
    // The stamp above the header, its label garbled by OCR.
    const g = first([
      '‘Thor giản ky: 12.11.2018 10:27:40',
      'BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 9123 /BCT-PC Hà Nội, ngày tháng năm 2018',
      'V/v trả lời kiến nghị',
      'Kính gửi: Công ty TNHH Thử Nghiệm',
    ].join('\n'));
    expect(g.issuedOn).toBe('2018-11-12');
  });
  test('a resolution of the National Assembly: "Nghị quyết số:" and the adoption clause', () => {
    const d = first([
      'QUỐC HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nghị quyết số: 99/2022/QH15',
      '',
      'NGHỊ QUYẾT',
      'Về chính sách thử nghiệm',
      '',
      'QUỐC HỘI',
      'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
      '',
      'QUYẾT NGHỊ:',
      'Điều 1. Thử nghiệm.',
      '',
      'Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ nhất',
      'thông qua ngày 11 tháng 01 năm 2022.',
      '',
      'CHỦ TỊCH QUỐC HỘI',
      'Vương Đình Huệ',
    ].join('\n'));
    expect(d).toMatchObject({ number: '99/2022/QH15', type: 'Nghị quyết', issuedOn: '2022-01-11' });
    expect(d.issuer?.name).toBe('Quốc hội');
    // A letter that only mentions a law's adoption is not dated by it.
    const l = first('BỘ TÀI CHÍNH\n\nSố: 5/BTC-CST\n\nV/v thuế\n\nLuật Quản lý thuế được Quốc hội thông qua ngày 13 tháng 6 năm 2019.\n');
    expect(l.issuedOn).toBeNull();
  });
  test('a code in capitals left of the place belongs to the number, not to the place', () => {
    const d = first('BỘ TÀI CHÍNH\nSố: 219/2013/TT- BTC Hà Nội, ngày 31 tháng 12 năm 2013\n\nTHÔNG TƯ\nHướng dẫn thi hành thử nghiệm\n');
    expect(d.place).toBe('Hà Nội');
    expect(d.issuedOn).toBe('2013-12-31');
    expect(first('UBND TỈNH LAI CHÂU\nSố: 5/UBND-VX\nLAI CHÂU, ngày 02 tháng 4 năm 2020\n').place).toBe('Lai Châu');
  });
  test('a flattened web copy: "Kính gửi:" mid-line, and the body running on after the addressee', () => {
    const d = first([
      'BỘ Y TẾ --------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'Số: 700/BYT-BH V/v thử nghiệm thanh toán',
      'Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi:',
      '- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;',
      '- Các bệnh viện trực thuộc Bộ Y tế.',
      'Thực hiện quy định tại Luật Bảo hiểm y tế, Bộ Y tế hướng dẫn như sau:',
    ].join('\n'));
    expect(d.recipients.filter((r) => r.list === 'to').map((r) => r.name)).toEqual(['Sở Y tế các tỉnh, thành phố trực thuộc Trung ương', 'Các bệnh viện trực thuộc Bộ Y tế']);
    const e = first('BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 33/BKHĐT-QLKTTW\nHà Nội, ngày 02 tháng 4 năm 2019\nV/v thử\nKính gửi: Tổng công ty Khí Việt Nam Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019, Bộ có ý kiến.\n');
    expect(e.recipients.filter((r) => r.list === 'to').map((r) => r.name)).toEqual(['Tổng công ty Khí Việt Nam']);
  });
});

describe('older and narrower layouts', () => {
  test('a decision of the Hội đồng Bộ trưởng numbered the pre-1992 way, issuer, number and subject on one title line', () => {
    const d = first([
      'HỘI ĐỒNG BỘ TRƯỞNG',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 57-HĐBT',
      'Hà Nội, ngày 12 tháng 5 năm 1983',
      '',
      'QUYẾT ĐỊNH',
      'CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 57-HĐBT NGÀY 12-5-1983 VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI XÃ THUỘC HUYỆN ĐÔNG TRIỀU',
      '',
      'HỘI ĐỒNG BỘ TRƯỞNG',
      'Căn cứ điều 16 của Luật tổ chức Hội đồng Bộ trưởng ngày 4-7-1981;',
      'Căn cứ Quyết định số 64-CP ngày 10-4-1974 của Hội đồng Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Điều chỉnh địa giới xã.',
    ].join('\n'));
    expect(d).toMatchObject({ number: '57-HĐBT', type: 'Quyết định', issuedOn: '1983-05-12', title: 'VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI XÃ THUỘC HUYỆN ĐÔNG TRIỀU' });
    expect(d.issuer).toMatchObject({ name: 'Hội đồng Bộ trưởng', level: 'central', branch: 'state' });
    expect(d.references.map((r) => [r.number, r.type, r.relation, r.issuedOn])).toEqual([
      [null, 'Luật', 'based_on', '1981-07-04'],
      ['64-CP', 'Quyết định', 'based_on', '1974-04-10'],
    ]);
    expect(d.references[0].title).toBe('Luật tổ chức Hội đồng Bộ trưởng');
    expect(d.references[1].issuer?.name).toBe('Hội đồng Chính phủ');
  });

  test('"Số:" and the place-date wrapped in narrow table cells; a quoted subject; a district Youth Union', () => {
    const d = first([
      'TỈNH ĐOÀN NINH BÌNH',
      'BCH ĐOÀN HUYỆN GIA VIỄN',
      '***',
      'Số:',
      '31-CV/ĐTN',
      '“V/v Tổ chức Ngày hội',
      'thanh niên khởi nghiệp”',
      'ĐOÀN TNCS HỒ CHÍ MINH',
      'Gia Viễn,',
      'ngày 04 tháng 3 năm 2019',
      'Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.',
      'Thực hiện Kế hoạch số 12-KH/TĐTN ngày 20/02/2019 của Ban Thường vụ Tỉnh Đoàn, Ban Thường vụ Huyện Đoàn đề nghị các cơ sở triển khai.',
    ].join('\n'));
    expect(d).toMatchObject({ number: '31-CV/ĐTN', issuedOn: '2019-03-04', place: 'Gia Viễn', title: 'Tổ chức Ngày hội thanh niên khởi nghiệp' });
    expect(d.issuer).toMatchObject({ level: 'district', province: 'Ninh Bình' });
    expect(d.references[0]).toMatchObject({ number: '12-KH/TĐTN', relation: 'implements', issuedOn: '2019-02-20' });
  });

  test('an OCR\'d Kết luận: the type word split ("K ÉT LUẬN"), TU read as "TƯ"', () => {
    const d = first([
      'TỈNH ỦY QUẢNG TRỊ',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '*',
      'Số 210-KL/TƯ',
      'Quảng Trị, ngày 02 tháng 6 năm 2021',
      '',
      'K ÉT LUẬN',
      'HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY',
      'về phát triển du lịch đến năm 2025,',
      'tầm nhìn đến năm 2030',
      'Hội nghị Ban Thường vụ Tỉnh ủy họp ngày 20/5/2021 đã thảo luận Tờ trình của Ban cán sự đảng',
      'UBND tỉnh và kết luận như sau:',
      'Sau 5 năm thực hiện Nghị quyết 05-NQ/TƯ của Tỉnh ủy, du lịch tỉnh có bước phát triển, Ban Thường vụ Tỉnh ủy kết luận như sau.',
    ].join('\n'));
    expect(d).toMatchObject({ number: '210-KL/TU', type: 'Kết luận', issuedOn: '2021-06-02' });
    // No blank line under the title: the first full-width sentence is body.
    expect(d.title).toBe('HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY về phát triển du lịch đến năm 2025, tầm nhìn đến năm 2030');
    expect(d.references.map((r) => r.number)).toEqual(['05-NQ/TU']);
  });

  test('a place-date wrapped after the day ("Lạng Sơn, ngày 13 / tháng 01 năm 2020")', () => {
    const d = first('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 09/KH-UBND\n|\nLạng Sơn, ngày 13\ntháng 01 năm 2020\n\nKẾ HOẠCH\nPhòng, chống hạn hán mùa khô\n\nThực hiện Chỉ thị số 04/CT-TTg ngày 02/01/2020 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch.\n');
    expect(d).toMatchObject({ number: '09/KH-UBND', issuedOn: '2020-01-13', place: 'Lạng Sơn' });
  });

  test('an open letter (Thư ngỏ) of a district, with no number', () => {
    const d = first('ỦY BAN NHÂN DÂN HUYỆN MAI CHÂU\n\nMai Châu, ngày 19 tháng 12 năm 2019\n\nTHƯ NGỎ\nVận động ủng hộ quỹ vì người nghèo\n\nKính gửi: Các cơ quan, doanh nghiệp trên địa bàn huyện.\n\nỦy ban nhân dân huyện trân trọng kêu gọi các cơ quan, đơn vị ủng hộ.\n');
    expect(d).toMatchObject({ number: null, type: 'Thư ngỏ', title: 'Vận động ủng hộ quỹ vì người nghèo', issuedOn: '2019-12-19' });
    expect(d.issuer).toMatchObject({ level: 'district' });
  });

  test('a working group of the Prime Minister is a central body', () => {
    expect(classifyAuthority('TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ')).toMatchObject({ level: 'central', branch: 'state' });
    expect(classifyAuthority('Chính phi vé Chương trình hành động của Chính phủ')).toBeNull();
  });
});

describe('a Party guidance with a long first paragraph', () => {
  const d = first([
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    'VĂN PHÒNG',
    '--------',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '',
    'Số: 14-HD/VPTW',
    '',
    'Hà Nội, ngày 12 tháng 06 năm 2006',
    '',
    'HƯỚNG DẪN VỀ LƯU TRỮ VĂN BẢN CỦA ĐẢNG',
    '',
    'Thi hành Điều 3 Quyết định của Bộ Chính trị số45-QĐ/TW, ngày 02-3-2005 ban hành Quy định “về công tác văn thư, lưu trữ của Đảng” và Điều 2 Quyết định của Ban Bí thư số 120-QĐ/TW, ngày 10-01-2006 bổ sung một số điều của Quy định đó, Văn phòng Trung ương Đảng hướng dẫn như sau:',
    '',
    '1. Tiêu đề',
    'Tiêu đề là thành phần xác định văn bản của Đảng, trình bày ở góc phải trang đầu, phía dưới có đường kẻ ngang, như sau.',
    '',
    'Ví dụ:',
    '',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '',
    '2. Tên cơ quan ban hành',
  ].join('\n'));
  test('the issuer is the department its symbol names; a heading quoted as an example is neither header nor signer', () => {
    expect(d).toMatchObject({ number: '14-HD/VPTW', type: 'Hướng dẫn', issuedOn: '2006-06-12', signer: null });
    expect(d.issuer).toMatchObject({ name: 'Văn phòng Trung ương Đảng', level: 'central', branch: 'party' });
  });
  test('both decisions it carries out, the second named by an article after "và"', () => {
    expect(d.references.map((r) => [r.number, r.relation, r.issuedOn])).toEqual([
      ['45-QĐ/TW', 'implements', '2005-03-02'],
      ['120-QĐ/TW', 'implements', '2006-01-10'],
    ]);
    expect(d.references[0].quote).toMatch(/^Thi hành Điều 3 Quyết định của Bộ Chính trị số45/);
  });
});

describe('a whole document copied onto one line', () => {
  const text = 'BAN CHẤP HÀNH TRUNG ƯƠNG *** Số: 512 - QĐ/TWĐTN ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 14 tháng 3 năm 2016 QUYẾT ĐỊNH Về việc ban hành Quy chế làm việc của Ban Bí thư Trung ương Đoàn - Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Bí thư Trung ương Đoàn. Điều 2. Quyết định này thay thế Quyết định số 1836-QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn. Điều 3. Văn phòng Trung ương Đoàn và các ban, đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 3; - Lưu VP. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC Nguyễn Văn An';
  test('its layout is put back without moving any offset: number, date, basis, replacement', () => {
    const d = first(text);
    expect(d).toMatchObject({ number: '512-QĐ/TWĐTN', type: 'Quyết định', issuedOn: '2016-03-14' });
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([['84-QĐ/TWĐTN', 'based_on'], ['1836-QĐ/TWĐTN', 'replaces']]);
    for (const r of d.references) expect(text.slice(r.start, r.end)).toContain(r.number!.split('-')[0]);
  });
});

describe('a regulation given without the decision that issued it', () => {
  test('takes the decision\'s date from its "(Ban hành kèm theo Quyết định số ... ngày ...)" line, and says so', () => {
    const d = first('ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY BAN NHÂN DÂN XÃ HÒA PHÚ NHIỆM KỲ 2021 - 2026\n(Ban hành\nkèm theo Quyết định số: 61/QĐ-UBND\nNgày 02 tháng\n8 năm 2021 của Ủy ban nhân dân xã Hòa Phú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định về nguyên tắc làm việc của Ủy ban nhân dân xã.\n');
    expect(d).toMatchObject({ number: null, type: 'Quy chế', issuedOn: '2021-08-02' });
    expect(d.warnings).toContain('issue date taken from the decision it was issued with');
  });
  test('a letter without a number that sends a decision along keeps no date from it', () => {
    const d = first('ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\n\nTHÔNG BÁO\nVề lịch tiếp công dân\n\nỦy ban nhân dân xã gửi kèm theo Quyết định số 61/QĐ-UBND ngày 02/8/2021 để các thôn biết.\n');
    expect(d.issuedOn).toBeNull();
  });
});

describe('a PDF export\'s page marker glued to the first line', () => {
  test('"Trang 1UỶ BAN NHÂN DÂN" is the issuer\'s line', () => {
    const d = first('Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67 /TTr - UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHương Sơn, ngày 26 tháng 9 năm 2014\nTỜ TRÌNH\nVề việc đề nghị công nhận phổ cập giáo dục\nKính gửi: Ủy ban nhân dân huyện Phú Bình\n');
    expect(d).toMatchObject({ number: '67/TTr-UBND', type: 'Tờ trình', issuedOn: '2014-09-26', signer: null });
    expect(d.issuer).toMatchObject({ name: 'Ủy ban nhân dân thị trấn Hương Sơn', level: 'commune' });
  });
});

describe('a ministry\'s pre-1992 number', () => {
  test('"Số: 13-TBXH" and a decision "SỐ 78-CP" carried out by the circular\'s title', () => {
    const d = first('BỘ THƯƠNG BINH VÀ XÃ HỘI\n******\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 13-TBXH\n\nHà Nội, ngày 15 tháng 08 năm 1978\n\nTHÔNG TƯ\n\nHƯỚNG DẪN THI HÀNH QUYẾT ĐỊNH SỐ 78-CP NGÀY 13-4-1978 CỦA HỘI ĐỒNG CHÍNH PHỦ VỀ CHẾ ĐỘ ĐỐI VỚI BỆNH BINH\n\nBộ Thương binh và Xã hội hướng dẫn một số điểm sau đây.\n');
    expect(d).toMatchObject({ number: '13-TBXH', type: 'Thông tư', issuedOn: '1978-08-15' });
    expect(d.references[0]).toMatchObject({ number: '78-CP', relation: 'implements', issuedOn: '1978-04-13' });
  });
});

describe('a bare "V/v" with its subject on the next line', () => {
  test('the subject is read and the date line under it stays in the header', () => {
    const d = first('BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2731/TCT-DNL\nV/v\n: Thực hiện quy định về chứng từ khấu trừ.\nHà Nội, ngày 21 tháng 07 năm 2014\n\nKính gửi: Cục Thuế tỉnh Đắk Nông.\n\nTổng cục Thuế có ý kiến như sau.\n');
    expect(d).toMatchObject({ number: '2731/TCT-DNL', issuedOn: '2014-07-21', title: 'Thực hiện quy định về chứng từ khấu trừ' });
  });
});

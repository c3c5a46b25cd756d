/**
 * The signature block reader (server/parse/footer.ts) on closings written for these tests,
 * shaped like the OCR'd two-column and flattened closings of real documents.
 */
import { fold } from '../../server/parse/clean';
import { readFooter } from '../../server/parse/footer';
import { indexLines } from '../../server/parse/lines';

const footer = (text: string) => {
  const lines = indexLines(text, fold(text));
  return readFooter(lines, 0, lines.length - 1, new Set());
};
const signer = (text: string) => footer(text).signer;

const BODY = 'Các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n';

describe('two-column OCR: the name closes a Nơi nhận line', () => {
  test('after a semicolon and a wide gap, with the capacity beside the list', () => {
    const text = `${BODY}TM. ỦY BAN NHÂN DÂN
Nơi nhận:                               KT. CHỦ TỊCH
- Như Điều 3;                           PHÓ CHỦ TỊCH
- Thường trực Tỉnh ủy;
- Sở Tài chính;   Trần Văn Bình
- Lưu: VT, KT.
`;
    const f = footer(text);
    expect(f.signer).toEqual({ name: 'Trần Văn Bình', capacity: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH' });
    expect(f.tmBody).toBe('ỦY BAN NHÂN DÂN');
    expect(f.cc).toContain('Sở Tài chính');
    expect(f.cc.some((c) => c.includes('Trần Văn Bình'))).toBe(false);
  });

  test('an OCR\'d list: "Not nhận", "~" bullets, a capacity line before the items, "Luu:" and "Nhu trén"', () => {
    const text = `${BODY}Not nhận: KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
~ Nhu trén;
~ Như kính gửi;
tele!
~ Phòng Pháp chế;
— Website Cục Thuế;
- Luu: VT, TTHT(2).
>

Đỗ Văn Hòa
`;
    const f = footer(text);
    expect(f.cc).toEqual(['Phòng Pháp chế', 'Website Cục Thuế']);
    expect(f.signer).toEqual({ name: 'Đỗ Văn Hòa', capacity: 'KT. CỤC TRƯỞNG, PHÓ CỤC TRƯỞNG' });
  });

  test('after the archive line, with OCR noise between', () => {
    const text = `${BODY}Nơi nhận: KT. BO TRUONG
- Như trên;  THU TRUONG
- Các đơn vị thuộc Bộ;
- Lưu: VT, TH (2b). ~ Phạm Thị Lan
`;
    expect(signer(text)).toEqual({ name: 'Phạm Thị Lan', capacity: 'KT. BỘ TRƯỞNG, THỨ TRƯỞNG' });
  });

  test('the capacity printed above "Nơi nhận:" and the name on its own line after the list', () => {
    const text = `${BODY}KT. TONG CUC TRUONG
PHO TONG CUC TRUONG
Nơi nhận:
- Như trên;
- Vụ Pháp chế;
- Lưu: VT, KK (3b).

Vii Quang Huy
`;
    expect(signer(text)).toEqual({ name: 'Vũ Quang Huy', capacity: 'KT. TỔNG CỤC TRƯỞNG, PHÓ TỔNG CỤC TRƯỞNG' });
  });

  test('who signs "KT." is a deputy: a "PHÓ" lost to OCR ("1Ó CỤC TRUONG") comes back', () => {
    const text = `${BODY}KT. CUC TRUONG
1Ó CỤC TRUONG

Nơi nhận:
- Như trên;
- Lưu: VT, TTHT.

Mai Sơn
`;
    expect(signer(text)).toEqual({ name: 'Mai Sơn', capacity: 'KT. CỤC TRƯỞNG, PHÓ CỤC TRƯỞNG' });
  });
  test('people copied to are not the signer', () => {
    const text = `${BODY}KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nơi nhận:
- Như trên;
- Phó TCTr Lê Văn Tám (để báo cáo);
- VPCP: BTCN, các PCN: Ngô Văn Hải
- Đ/c: Đặng Thị Hoa;
- Lưu: VT, TTHT.
`;
    // No name is the signer's; the capacity still says who signed.
    expect(signer(text)).toEqual({ name: null, capacity: 'KT. CỤC TRƯỞNG, PHÓ CỤC TRƯỞNG' });
  });

  test('a list item without a separator before the name is a recipient, not a signer', () => {
    const text = `${BODY}TL. BỘ TRƯỞNG
Nơi nhận: VỤ TRƯỞNG
- Như trên;
- TT. Bộ Tài chính Cao Thị Hạnh
- Lưu: VT.
`;
    expect(signer(text)).toEqual({ name: null, capacity: 'TL. BỘ TRƯỞNG, VỤ TRƯỞNG' });
  });
});

describe('flattened closings: capacity and name on one line', () => {
  test.each([
    ['KT. BỘ TRƯỞNG THỨ TRƯỞNG Hoàng Minh Đức', 'Hoàng Minh Đức', 'KT. BỘ TRƯỞNG, THỨ TRƯỞNG'],
    ['TM. CHÍNH PHỦ THỦ TƯỚNG Lê Văn Hùng', 'Lê Văn Hùng', 'TM. CHÍNH PHỦ, THỦ TƯỚNG'],
    ['TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đinh Thị Thu', 'Đinh Thị Thu', 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH'],
    ['- Lưu: VT, TH (2b). Thu Hà BỘ TRƯỞNG, CHỦ NHIỆM Bùi Quốc Toản', 'Bùi Quốc Toản', 'BỘ TRƯỞNG, CHỦ NHIỆM'],
  ])('%s', (closing, name, capacity) => {
    const text = `${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n${closing}\n`;
    expect(signer(text)).toEqual({ name, capacity });
  });

  test('"TL." alone on its line joins the capacity below it', () => {
    const text = `${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Tạ Minh Châu\n`;
    expect(signer(text)).toEqual({ name: 'Tạ Minh Châu', capacity: 'TL. BỘ TRƯỞNG, CHÁNH VĂN PHÒNG' });
  });
});

describe('capacity lines', () => {
  test('the unit after a role stays with it, and is never read as the name', () => {
    const text = `${BODY}TL. TONG CUC TRUONG
VU TRUONG VỤ CHÍNH SÁCH

Đinh Quang Vinh
`;
    expect(signer(text)).toEqual({ name: 'Đinh Quang Vinh', capacity: 'TL. TỔNG CỤC TRƯỞNG, VỤ TRƯỞNG VỤ CHÍNH SÁCH' });
  });

  test('a capacity in title case is not a name either', () => {
    const text = `${BODY}Chủ Tịch Quốc Hội\n\nVương Đình Huệ\n`;
    expect(signer(text)).toEqual({ name: 'Vương Đình Huệ', capacity: 'CHỦ TỊCH QUỐC HỘI' });
  });

  test('"PHÓ TỔNG CỤC TRƯỞNG" is not cut to "CỤC TRƯỞNG" when OCR drops its accents', () => {
    const text = `${BODY}KT. TONG CỤC TRƯỞNG\nPHÓ-TONG CỤC TRUONG\n\nLâm Văn Khoa\n`;
    expect(signer(text)?.capacity).toBe('KT. TỔNG CỤC TRƯỞNG, PHÓ TỔNG CỤC TRƯỞNG');
  });

  test('capital letters inside a heading are not a capacity ("CỦA BAN BÍ THƯ")', () => {
    const text = `${BODY}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHồ Thị Mai\n\nKẾ HOẠCH THỰC HIỆN CHỈ THỊ CỦA BAN BÍ THƯ TRUNG ƯƠNG\n`;
    expect(signer(text)).toEqual({ name: 'Hồ Thị Mai', capacity: 'KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC' });
  });

  test('an accented spelling that folds like another role is kept as printed', () => {
    const text = `${BODY}THỦ TRƯỞNG\n\nKiều Văn Lộc\n`;
    expect(signer(text)?.capacity).toBe('THỦ TRƯỞNG');
  });
});

describe('which closing', () => {
  test('a form in the appendix with its own "Nơi nhận" does not hide the signature', () => {
    const text = `${BODY}KT. BỘ TRƯỞNG
Nơi nhận:          THỨ TRƯỞNG
- Như trên;
- Lưu: VT, PC.

Trịnh Văn Sơn

PHỤ LỤC
Mẫu số 02
QUYẾT ĐỊNH
Điều 1. Giao cho ông/bà ............ thực hiện.
GIÁM ĐỐC
Nơi nhận:        (Ký, ghi rõ họ tên và đóng dấu)
- Như Điều 1;
- Lưu: VT.
`;
    expect(signer(text)).toEqual({ name: 'Trịnh Văn Sơn', capacity: 'KT. BỘ TRƯỞNG, THỨ TRƯỞNG' });
  });

  test('without a capacity, the last name-like line; a province is not a name', () => {
    expect(signer(`${BODY}T/M BAN THƯỜNG VỤ\n`)).toEqual({ name: null, capacity: 'TM. BAN THƯỜNG VỤ' });
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nHà Giang\n`)).toBeNull();
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\n——Lương Thị Ngân\n`)).toEqual({ name: 'Lương Thị Ngân', capacity: null });
  });

  test('a cut name ("Văn Thắng") and office words ("Tống Cục Thuế") are not names', () => {
    expect(signer(`${BODY}CỤC TRƯỞNG\n\nVăn Thắng\n`)).toEqual({ name: null, capacity: 'CỤC TRƯỞNG' });
    expect(signer(`${BODY}CỤC TRƯỞNG\n\nTong Cuc Thue\n`)).toEqual({ name: null, capacity: 'CỤC TRƯỞNG' });
    // No capacity and no name: no signer at all.
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n`)).toBeNull();
  });

  test('Văn as a family name, in a name of three words', () => {
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nVăn Trọng Lý\n`)).toEqual({ name: 'Văn Trọng Lý', capacity: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM, PHÓ CHỦ NHIỆM' });
    expect(signer(`${BODY}CỤC TRƯỞNG\n\nVăn Thị Hoa\n`)).toEqual({ name: null, capacity: 'CỤC TRƯỞNG' });
  });
});

describe('flattened web text', () => {
  test('a capacity glued to the name ("CHÁNH VĂN PHÒNGThái Hữu Phép"), broken over two lines, under a unit code "P.KT"', () => {
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu VP, P.KT, VHXH.\n\nTL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN TỈNH\nCHÁNH VĂN PHÒNGThái Hữu Phép\n`)).toEqual({ name: 'Thái Hữu Phép', capacity: 'TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH, CHÁNH VĂN PHÒNG' });
  });
  test('a working group\'s deputy head is a capacity, not a person named Tô', () => {
    expect(signer(`${BODY}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC\nNgô Hải Phan\n`)).toEqual({ name: 'Ngô Hải Phan', capacity: 'KT. TỔ TRƯỞNG, TỔ PHÓ THƯỜNG TRỰC' });
  });
});

describe('capitals that are no names', () => {
  test('a type word ("TỜ TRÌNH") and a township ("THỊ TRẤN HƯƠNG SƠN") in capitals', () => {
    expect(signer(`${BODY}TỜ TRÌNH\n`)).toBeNull();
    expect(signer(`${BODY}Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM UBND THỊ TRẤN HƯƠNG SƠN\n`)).toEqual({ name: null, capacity: 'TM. UBND THỊ TRẤN HƯƠNG SƠN' });
  });
});

/**
 * Dates in their several written forms, and authorities: level, branch, province,
 * relative names. Rows are written for this test after the patterns in DESIGN.md.
 */
import { fold } from '../../server/parse/clean';
import { readNgayDate, readPlaceDate, readStampDate } from '../../server/parse/dates';
import { classifyAuthority, inferProvince, issuerFromCode } from '../../server/parse/issuers';

describe('dates', () => {
  test.each([
    ['ngày 02/12/2020', '2020-12-02'],
    ['ngày 14-4-2021', '2021-04-14'],
    ['ngày 02 tháng 12 năm 2020', '2020-12-02'],
    ['ngày 2 4 tháng 12 năm 2021', '2021-12-24'],
    ['ngày 31/02/2020', null],
  ])('%s', (text, expected) => {
    expect(readNgayDate(fold(text))?.iso ?? null).toBe(expected);
  });
  test.each([
    ['ĐẾN Ngày: 22.3.20', '2020-03-22'],
    ['Ngày 22. tháng 3. năm 2020...', '2020-03-22'],
  ])('stamp %s', (text, expected) => {
    expect(readStampDate(fold(text))).toBe(expected);
  });
  test('place-date line, readable and not', () => {
    expect(readPlaceDate(fold('Lai Châu, ngày 29 tháng 3 năm 2020'))).toMatchObject({ iso: '2020-03-29', unreadable: false });
    expect(readPlaceDate(fold('Hà Nội, ngày ... tháng ... năm 2021'))).toMatchObject({ iso: null, year: 2021, unreadable: true });
  });
});

describe('authorities', () => {
  test.each([
    ['TỈNH ỦY ĐIỆN BIÊN', null, { name: 'Tỉnh ủy Điện Biên', level: 'provincial', branch: 'party', province: 'Điện Biên', code: 'TU' }],
    ['Tỉnh uỷ', 'Lai Châu', { name: 'Tỉnh ủy Lai Châu', province: 'Lai Châu' }],
    ['Ban Thường vụ Tỉnh ủy', 'Lai Châu', { name: 'Ban Thường vụ Tỉnh ủy Lai Châu', level: 'provincial' }],
    ['Thành ủy', 'Hà Nội', { name: 'Thành ủy Hà Nội', province: 'Hà Nội' }],
    ['UBND tỉnh', 'Sơn La', { name: 'Ủy ban nhân dân tỉnh Sơn La', branch: 'state', level: 'provincial' }],
    ['UBND huyện Mường Tè', 'Lai Châu', { level: 'district', province: 'Lai Châu' }],
    ['Ủy ban nhân dân xã Si Pa Phìn', 'Điện Biên', { level: 'commune' }],
    ['Huyện ủy Nậm Pồ', 'Điện Biên', { level: 'district', branch: 'party' }],
    ['Thủ tướng Chính phủ', null, { level: 'central', branch: 'state', code: 'TTg', province: null }],
    ['Bộ Chính trị', null, { level: 'central', branch: 'party' }],
    ['Ban Tuyên giáo Trung ương', null, { level: 'central', branch: 'party', code: 'BTGTW' }],
    ['Bộ Y tế', null, { level: 'central', branch: 'agency', code: 'BYT' }],
    ['Sở Y tế', 'Lai Châu', { level: 'provincial', branch: 'agency', province: 'Lai Châu' }],
    ['CUC THUE TP HA NOI', null, { name: 'Cục Thuế thành phố Hà Nội', level: 'provincial', province: 'Hà Nội' }],
  ])('%s (in %s)', (name, ctx, expected) => {
    expect(classifyAuthority(name, ctx)).toMatchObject(expected);
  });
  test.each([['Bệnh nhân số 133'], ['các cấp, các ngành'], ['đồng chí Tổng Thanh Hải']])('not an authority: %s', (name) => {
    expect(classifyAuthority(name)).toBeNull();
  });
  test('codes', () => {
    expect(issuerFromCode('TTg', 'Lai Châu')).toMatchObject({ name: 'Thủ tướng Chính phủ', province: null });
    expect(issuerFromCode('TU', 'Lai Châu')).toMatchObject({ name: 'Tỉnh ủy Lai Châu', province: 'Lai Châu' });
    expect(issuerFromCode('QH14', null)).toMatchObject({ name: 'Quốc hội', level: 'central' });
  });
  test('province inference discounts places where events happen', () => {
    expect(inferProvince('Đài và Báo Thái Bình đưa tin; nhất là tại Thành phố Hồ Chí Minh và các tỉnh phía Nam.')).toBe('Thái Bình');
    expect(inferProvince('Không có tên tỉnh nào ở đây.')).toBeNull();
  });
});

/**
 * Symbols: finding them in running text and writing them canonically.
 * Inputs are written for this test in the shapes real documents use (DESIGN.md, seeds, corpus).
 */
import { clean } from '../../server/parse/clean';
import { canonicalSymbol, decomposeSymbol, symbolRegex } from '../../server/parse/symbols';

const find = (text: string) => [...clean(text).norm.matchAll(symbolRegex())].map((m) => canonicalSymbol(m[0]));

describe('symbols found in running text', () => {
  test.each([
    ['Công điện số 1699/CĐ-TTg ngày 02/12/2020', ['1699/CĐ-TTg']],
    ['stray spaces: Công văn số 2154 /BYT - DP', ['2154/BYT-DP']],
    ['en dash: số 2154/BYT–DP', ['2154/BYT-DP']],
    ['non-breaking hyphen: 53\u2011CV/TU', ['53-CV/TU']],
    ['broken across lines: số 1699/CĐ-\nTTg của', ['1699/CĐ-TTg']],
    ['Party form: Kế hoạch số 119- KH/TU', ['119-KH/TU']],
    ['normative: Nghị định số 15/2020/NĐ-CP và Luật số 25/2008/QH12', ['15/2020/NĐ-CP', '25/2008/QH12']],
    ['joint: Thông tư liên tịch 07/2007/TTLT-BTM-BTC', ['07/2007/TTLT-BTM-BTC']],
    ['spaced digits from OCR: Công văn số1 0 9 4 3/BYT-MT', ['10943/BYT-MT']],
    ['NFD input: Ch\u1ec9 th\u1ecb s\u1ed1 16/CT-TTg'.normalize('NFD'), ['16/CT-TTg']],
    ['a doubled hyphen from OCR: Thông tư số 08/2013/TT- -BTC', ['08/2013/TT-BTC']],
    ['NQ read as NO: Nghị quyết số 50- -NO/TW', ['50-NQ/TW']],
    ['text that lost its spaces: công văn số 1033/PTM-SMEngày 15 tháng 4', ['1033/PTM-SME']],
    ['"đề ngày" glued on: các công văn số 17/HQĐNa-GSQLđề ngày 03/01/2013', ['17/HQĐNa-GSQL']],
    ['a code that ends in lower case keeps it: số 1/TTg-KGVXngày 2/1/2020 và số 5/QĐ-TTg', ['1/TTg-KGVX', '5/QĐ-TTg']],
    ['the ministry written BGD&ĐT is BGDĐT: Thông tư số 36/2009/TT-BGD&ĐT và Quyết định số 08/2008/QĐ-BGD &ĐT', ['36/2009/TT-BGDĐT', '08/2008/QĐ-BGDĐT']],
    ['a Party symbol that lost its hyphen, after "số": Quyết định số 84 QĐ/TWĐTN', ['84-QĐ/TWĐTN']],
    ['pre-1992 numbers after "số": Quyết định số 101-HĐBT, Nghị định số 64 - CP', ['101-HĐBT', '64-CP']],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  test.each([
    ['Bệnh nhân số 133 và BN số 172'],
    ['Quốc lộ 6, phòng số 12, ngõ 224'],
    ['điện thoại 0213.3876.123 hoặc 0912-345-678'],
    ['ngày 29/3/2020, ngày 14-4-2021'],
    ['tỷ lệ 1/3 số hộ, Covid-19, F0/F1'],
    ['a word after a slash: 12/Người ngày 3'],
    ['hyphen-only numbers without "số" or of other codes: lớp 10-A, mục 3-CP, số 12-AB'],
  ])('not a symbol: %s', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('what a symbol encodes', () => {
  test.each([
    ['628/UBND-VX', { num: '628', typeCode: null, issuerCode: 'UBND', units: ['VX'], party: false }],
    ['1093/QĐ-UBND', { num: '1093', typeCode: 'QĐ', issuerCode: 'UBND', party: false }],
    ['15/2020/NĐ-CP', { num: '15', year: 2020, typeCode: 'NĐ', issuerCode: 'CP' }],
    ['53-CV/TU', { num: '53', typeCode: 'CV', issuerCode: 'TU', party: true }],
    ['1354-BC/BCSĐCP', { typeCode: 'BC', issuerCode: 'BCSĐCP', party: true }],
    ['10384/CT-TTHT', { typeCode: null, issuerCode: 'CT', units: ['TTHT'] }],
    ['16/CT-TTg', { typeCode: 'CT', issuerCode: 'TTg' }],
  ])('%s', (sym, parts) => {
    expect(decomposeSymbol(sym)).toMatchObject(parts);
  });
});

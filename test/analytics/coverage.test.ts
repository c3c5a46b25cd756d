/**
 * Coverage matrix on hand-built graphs (server/analytics/coverage.ts): all 63 provinces as rows,
 * direct and transitive implementation, earliest document and lag per cell, the default columns
 * (most implemented central documents) and the CSV export (RFC 4180, UTF-8 BOM).
 */
import { coverageCsv, coverageMatrix, csvField, csvText, mostImplemented } from '../../server/analytics/coverage';
import { canonicalProvince } from '../../server/analytics/graph';
import { PROVINCES } from '../../server/parse/vocab';
import { doc, edge, graph, seedChain } from './factories';

// Two central documents: C1 (2020-03-01) and C2 (2020-04-01, no province carries it out).
// Lai Châu: a provincial plan 3 days after C1, a district plan below it 7 days after, and an
// undated commune letter. Sơn La: a district letter implementing C1 directly, 20 days after.
// Điện Biên: only an undated letter. One document names a province that does not exist.
const g = graph(
  [
    doc('C1', { number: '1-CT/TW', issuedOn: '2020-03-01', level: 'central' }),
    doc('C2', { number: '2/CT-TTg', issuedOn: '2020-04-01', level: 'central' }),
    doc('M', { number: '9/BYT', issuedOn: '2020-03-02', level: 'central' }),
    doc('lc1', { issuedOn: '2020-03-04', level: 'provincial', province: 'Lai Châu' }),
    doc('lc2', { issuedOn: '2020-03-08', level: 'district', province: 'Lai Châu' }),
    doc('lc3', { issuedOn: null, level: 'commune', province: 'Lai Châu' }),
    doc('sl1', { issuedOn: '2020-03-21', level: 'district', province: 'Sơn La' }),
    doc('db1', { issuedOn: null, level: 'provincial', province: 'Điện Biên' }),
    doc('xx', { issuedOn: '2020-03-05', level: 'provincial', province: 'Atlantis' }),
    doc('hcm', { issuedOn: '2020-03-09', level: 'provincial', province: 'TP. Hồ Chí Minh' }),
  ],
  [
    edge('M', 'C1'), edge('lc1', 'C1'), edge('lc2', 'lc1'), edge('lc3', 'lc2', 'implements', true), edge('sl1', 'M'),
    edge('db1', 'C1'), edge('xx', 'C1'), edge('hcm', 'C1', 'based_on'),
  ],
);

describe('coverageMatrix', () => {
  const m = coverageMatrix(['C1', 'C2'], g);
  const row = (p: string) => m.rows.find((r) => r.province === p)!;

  test('all 63 provinces are rows, in PROVINCES order, covered or not', () => {
    expect(m.rows).toHaveLength(63);
    expect(m.rows.map((r) => r.province)).toEqual([...PROVINCES]);
    expect(row('Cà Mau').cells).toEqual([
      { covered: false, count: 0, earliest: null, lagDays: null },
      { covered: false, count: 0, earliest: null, lagDays: null },
    ]);
  });

  test('transitive implementation, implied links included: the earliest document and its lag', () => {
    expect(row('Lai Châu').cells[0]).toEqual({ covered: true, count: 3, earliest: { id: 'lc1', number: 'lc1', issuedOn: '2020-03-04' }, lagDays: 3 });
    expect(row('Sơn La').cells[0]).toEqual({ covered: true, count: 1, earliest: { id: 'sl1', number: 'sl1', issuedOn: '2020-03-21' }, lagDays: 20 });
    expect(row('Lai Châu').covered).toBe(1);
  });

  test('covered by undated documents only: covered, lag unknown', () => {
    expect(row('Điện Biên').cells[0]).toEqual({ covered: true, count: 1, earliest: { id: 'db1', number: 'db1', issuedOn: null }, lagDays: null });
  });

  test('only the chosen relations count (BASED_ON is not implementation)', () => {
    expect(row('Hồ Chí Minh').cells[0].covered).toBe(false);
    const wider = coverageMatrix(['C1'], g, { relations: ['implements', 'based_on'] });
    expect(wider.rows.find((r) => r.province === 'Hồ Chí Minh')!.cells[0]).toMatchObject({ covered: true, lagDays: 8 });
  });

  test('columns carry the document, its implementers and covered provinces; an unknown province is reported', () => {
    expect(m.columns.map((c) => [c.id, c.number, c.implementers, c.coveredProvinces])).toEqual([['C1', '1-CT/TW', 7, 3], ['C2', '2/CT-TTg', 0, 0]]);
    expect(m.unmatchedProvinces).toEqual([{ province: 'Atlantis', documents: 1 }]);
    expect(m.rows.every((r) => !r.cells[1].covered)).toBe(true);
  });

  test('the seed chain: Lai Châu covers 172-TB/TW with 1276-CV/TU, 3 days later', () => {
    const s = coverageMatrix(['172'], seedChain());
    expect(s.rows.find((r) => r.province === 'Lai Châu')!.cells[0]).toEqual({ covered: true, count: 2, earliest: { id: '1276', number: '1276-CV/TU', issuedOn: '2020-03-24' }, lagDays: 3 });
  });
});

describe('mostImplemented', () => {
  test('central documents by distinct implementers, direct or transitive', () => {
    expect(mostImplemented(g)).toEqual([
      { id: 'C1', implementers: 7, direct: 4 },
      { id: 'M', implementers: 1, direct: 1 },
    ]);
    expect(mostImplemented(g, { limit: 1 }).map((x) => x.id)).toEqual(['C1']);
    expect(mostImplemented(g, { level: null }).map((x) => x.id)).toEqual(['C1', 'lc1', 'M', 'lc2']); // ties: more direct implementers, then id ('M' < 'lc2')
  });
});

describe('canonicalProvince', () => {
  test.each([
    ['Lai Châu', 'Lai Châu'],
    ['lai chau', 'Lai Châu'],
    ['Tỉnh Lai Châu', 'Lai Châu'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Atlantis', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(canonicalProvince(value)).toBe(expected);
  });
});

describe('CSV (RFC 4180, UTF-8 BOM)', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    [null, ''],
    [-3, '-3'],
    [true, 'true'],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('records end with CRLF and the text starts with a BOM', () => {
    expect(csvText([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });

  test('matrix layout: provinces × document numbers, lag in days, ? for undated, empty when not covered', () => {
    const csv = coverageCsv(coverageMatrix(['C1', 'C2'], g));
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('\uFEFFprovince,1-CT/TW,2/CT-TTg,covered');
    expect(lines).toHaveLength(63 + 2);
    expect(lines).toContain('Lai Châu,3,,1');
    expect(lines).toContain('Điện Biên,?,,1');
    expect(lines).toContain('Cà Mau,,,0');
    expect(lines[64]).toBe('');
  });

  test('long layout: one row per province × document', () => {
    const lines = coverageCsv(coverageMatrix(['C1'], g), 'long').split('\r\n');
    expect(lines[0]).toBe('\uFEFFprovince,documentId,documentNumber,documentIssuedOn,covered,count,earliestId,earliestNumber,earliestIssuedOn,lagDays');
    expect(lines).toContain('Lai Châu,C1,1-CT/TW,2020-03-01,true,3,lc1,lc1,2020-03-04,3');
    expect(lines).toContain('Cà Mau,C1,1-CT/TW,2020-03-01,false,0,,,,');
    expect(lines).toHaveLength(63 + 2);
  });
});

/**
 * Gaps on hand-built data (server/analytics/gaps.ts): unloaded documents ranked by citers, date
 * inversions (a document dated before one it implements), provinces missing from a central
 * directive others carried out.
 */
import { coverageMatrix } from '../../server/analytics/coverage';
import { dateInversions, missingProvinces, rankUnloaded } from '../../server/analytics/gaps';
import { doc, edge, graph } from './factories';

describe('rankUnloaded', () => {
  test('stubs only, most cited first, then id', () => {
    const rows = [
      { ...doc('a', { stub: true }), citedBy: 2, citers: ['x', 'y'] },
      { ...doc('b', { stub: true }), citedBy: 5, citers: ['x'] },
      { ...doc('c', { stub: false }), citedBy: 9, citers: [] },
      { ...doc('d', { stub: true }), citedBy: 2, citers: [] },
    ];
    expect(rankUnloaded(rows).map((r) => r.id)).toEqual(['b', 'a', 'd']);
    expect(rankUnloaded(rows, 1).map((r) => r.id)).toEqual(['b']);
  });
});

describe('dateInversions', () => {
  // The real case from the seeds' neighbours: 878/QĐ-BYT (2020-03-12) is said to implement 1246/QĐ-BYT (2020-03-20).
  const g = graph(
    [
      doc('878', { number: '878/QĐ-BYT', issuedOn: '2020-03-12', stub: true }),
      doc('1246', { number: '1246/QĐ-BYT', issuedOn: '2020-03-20', stub: true }),
      doc('ok', { issuedOn: '2020-03-25' }),
      doc('undated'),
      doc('far', { issuedOn: '2019-01-01' }),
    ],
    [edge('878', '1246', 'implements', true), edge('ok', '1246'), edge('undated', '1246'), edge('far', '1246'), edge('far', 'ok', 'cites')],
  );

  test('implementing documents dated before what they implement, most negative first; undated ones are not inversions', () => {
    expect(dateInversions(g).map((x) => [x.child.id, x.parent.id, x.days, x.implied])).toEqual([
      ['far', '1246', -444, false],
      ['878', '1246', -8, true],
    ]);
  });

  test('other relations on request', () => {
    expect(dateInversions(g, ['cites']).map((x) => [x.child.id, x.parent.id, x.relation])).toEqual([['far', 'ok', 'cites']]);
  });
});

describe('missingProvinces', () => {
  test('for each central document some province carried out, the provinces that did not', () => {
    const g = graph(
      [doc('C', { issuedOn: '2020-01-01', level: 'central' }), doc('E', { level: 'central' }), doc('a', { province: 'Lai Châu' }), doc('b', { province: 'Sơn La' })],
      [edge('a', 'C'), edge('b', 'a')],
    );
    const m = coverageMatrix(['E', 'C'], g);
    const out = missingProvinces(m);
    expect(out).toHaveLength(1);
    expect(out[0].root.id).toBe('C');
    expect(out[0].coveredProvinces).toBe(2);
    expect(out[0].missing).toHaveLength(61);
    expect(out[0].missing).not.toContain('Lai Châu');
    expect(out[0].missing).toContain('Điện Biên');
    expect(missingProvinces(m, 3)).toEqual([]);
  });
});

/**
 * Implementation lag on hand-built graphs (server/analytics/lag.ts): depths, paths, days since
 * the root and the parent, undated documents reported and never counted, statistics by level and
 * province (median, nearest-rank p90, slowest).
 */
import { implementationLag } from '../../server/analytics/lag';
import { daysBetween, median, percentile } from '../../server/analytics/graph';
import { doc, edge, graph, seedChain } from './factories';

describe('helpers', () => {
  test.each([
    ['2020-03-21', '2020-03-24', 3],
    ['2020-03-21', '2020-03-29', 8],
    ['2020-02-28', '2020-03-01', 2], // leap year
    ['2021-12-31', '2022-01-01', 1],
    ['2020-03-29', '2020-03-21', -8],
    [null, '2020-03-21', null],
    ['2020-03-21', null, null],
    ['not a date', '2020-03-21', null],
  ])('daysBetween(%s, %s) = %s', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  test.each([
    [[], null],
    [[5], 5],
    [[3, 8], 5.5],
    [[8, 1, 3], 3],
    [[3, 8, 1, 10], 5.5],
  ])('median(%j) = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    [[3, 8], 90, 8],
    [[7], 90, 7],
    [[10, 20, 30, 40, 50], 50, 30],
    [[], 90, null],
  ])('percentile(%j, %s) = %s (nearest rank)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('the seed chain 172 ← 1276 ← 628', () => {
  test('depths, paths, lags of 3 and 8 days, 5 days since the direct parent', () => {
    const r = implementationLag('172', seedChain());
    expect(r.documents.map((d) => [d.id, d.depth, d.path, d.parent, d.sinceRoot, d.sinceParent])).toEqual([
      ['1276', 1, ['172', '1276'], '172', 3, 3],
      ['628', 2, ['172', '1276', '628'], '1276', 8, 5],
    ]);
    expect(r.summary.overall).toEqual({ key: null, count: 2, undated: 0, median: 5.5, p90: 8, slowest: { id: '628', days: 8 } });
    expect(r.summary.byLevel).toEqual([{ key: 'provincial', count: 2, undated: 0, median: 5.5, p90: 8, slowest: { id: '628', days: 8 } }]);
    expect(r.summary.byProvince.map((g) => [g.key, g.count])).toEqual([['Lai Châu', 2]]);
    expect(r.relations).toEqual(['implements']);
  });

  test('following CITES too puts 628 one hop from the root', () => {
    const r = implementationLag('172', seedChain(), { relations: ['implements', 'cites'] });
    expect(r.documents.map((d) => [d.id, d.depth, d.sinceParent])).toEqual([['1276', 1, 3], ['628', 1, 8]]);
  });

  test('a depth limit stops the walk', () => {
    expect(implementationLag('172', seedChain(), { maxDepth: 1 }).documents.map((d) => d.id)).toEqual(['1276']);
  });
});

describe('statistics', () => {
  // root R (2020-01-01); provinces A and B; one undated document; one dated before the root.
  const g = graph(
    [
      doc('R', { issuedOn: '2020-01-01', level: 'central' }),
      doc('a1', { issuedOn: '2020-01-03', level: 'provincial', province: 'A' }),
      doc('a2', { issuedOn: '2020-01-11', level: 'district', province: 'A' }),
      doc('a3', { issuedOn: '2020-01-21', level: 'commune', province: 'A' }),
      doc('b1', { issuedOn: '2020-01-05', level: 'provincial', province: 'B' }),
      doc('b2', { issuedOn: null, level: 'district', province: 'B' }),
      doc('b3', { issuedOn: '2020-01-31', level: 'district', province: 'B' }),
      doc('x', { issuedOn: '2019-12-30', level: 'provincial', province: 'C' }),
    ],
    [edge('a1', 'R'), edge('a2', 'a1'), edge('a3', 'a2'), edge('b1', 'R'), edge('b2', 'b1'), edge('b3', 'b2'), edge('x', 'R'), edge('b1', 'x', 'cites')],
  );
  const r = implementationLag('R', g);

  test('every downstream document, shallowest first then by date, undated last', () => {
    expect(r.documents.map((d) => d.id)).toEqual(['x', 'a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
    expect(r.total).toBe(7);
    expect(r.truncated).toBe(false);
  });

  test('an undated document is listed as undated, never as zero; its child still measures from the root', () => {
    const b2 = r.documents.find((d) => d.id === 'b2')!;
    expect([b2.sinceRoot, b2.sinceParent]).toEqual([null, null]);
    const b3 = r.documents.find((d) => d.id === 'b3')!;
    expect([b3.sinceRoot, b3.sinceParent, b3.path]).toEqual([30, null, ['R', 'b1', 'b2', 'b3']]);
    expect(r.undated).toEqual(['b2']);
  });

  test('a document dated before the root is inconsistent and left out of the statistics', () => {
    expect(r.inconsistent).toEqual(['x']);
    expect(r.summary.overall.count).toBe(5);
  });

  test('overall, by level and by province', () => {
    // days: a1 2, a2 10, a3 20, b1 4, b3 30 → median 10, p90 (rank 5 of 5) 30
    expect(r.summary.overall).toEqual({ key: null, count: 5, undated: 1, median: 10, p90: 30, slowest: { id: 'b3', days: 30 } });
    expect(r.summary.byLevel).toEqual([
      { key: 'provincial', count: 2, undated: 0, median: 3, p90: 4, slowest: { id: 'b1', days: 4 } },
      { key: 'district', count: 2, undated: 1, median: 20, p90: 30, slowest: { id: 'b3', days: 30 } },
      { key: 'commune', count: 1, undated: 0, median: 20, p90: 20, slowest: { id: 'a3', days: 20 } },
    ]);
    expect(r.summary.byProvince).toEqual([
      { key: 'A', count: 3, undated: 0, median: 10, p90: 20, slowest: { id: 'a3', days: 20 } },
      { key: 'B', count: 2, undated: 1, median: 17, p90: 30, slowest: { id: 'b3', days: 30 } },
      { key: 'C', count: 0, undated: 0, median: null, p90: null, slowest: null },
    ]);
  });

  test('the limit cuts the list, not the statistics', () => {
    const cut = implementationLag('R', g, { limit: 2 });
    expect(cut.documents).toHaveLength(2);
    expect([cut.total, cut.truncated, cut.summary.overall.count]).toEqual([7, true, 5]);
  });
});

describe('shape of the walk', () => {
  test('of two parents at the same depth, the path goes through the latest dated', () => {
    const g = graph(
      [doc('R', { issuedOn: '2020-01-01' }), doc('p', { issuedOn: '2020-01-05' }), doc('q', { issuedOn: '2020-01-09' }), doc('c', { issuedOn: '2020-01-10' })],
      [edge('p', 'R'), edge('q', 'R'), edge('c', 'p'), edge('c', 'q')],
    );
    const c = implementationLag('R', g).documents.find((d) => d.id === 'c')!;
    expect([c.parent, c.sinceParent, c.sinceRoot]).toEqual(['q', 1, 9]);
  });

  test('cycles end; the root is never its own descendant', () => {
    const g = graph([doc('a', { issuedOn: '2020-01-01' }), doc('b', { issuedOn: '2020-01-02' })], [edge('b', 'a'), edge('a', 'b')]);
    expect(implementationLag('a', g).documents.map((d) => d.id)).toEqual(['b']);
  });

  test('an undated root leaves every lag unknown', () => {
    const g = graph([doc('R'), doc('c', { issuedOn: '2020-01-02' })], [edge('c', 'R')]);
    const r = implementationLag('R', g);
    expect(r.documents[0].sinceRoot).toBeNull();
    expect(r.summary.overall).toMatchObject({ count: 0, undated: 1, median: null });
  });

  test('a root without implementers', () => {
    const r = implementationLag('R', graph([doc('R')], []));
    expect([r.documents, r.summary.overall.count, r.summary.byLevel]).toEqual([[], 0, []]);
  });
});

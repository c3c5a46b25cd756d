/**
 * Status flags on hand-built graphs (server/analytics/status.ts), shaped like the real corpus
 * case: 10943/BYT-MT replaces 4674/BYT-MT, and HCMC's 5619/SYT-NVY implements 4674.
 */
import { nodeFlags, statusFlags, statusFlagsBulk, statusReport } from '../../server/analytics/status';
import { doc, edge, graph } from './factories';

const g = graph(
  [
    doc('4674', { number: '4674/BYT-MT', issuedOn: '2020-08-31', level: 'central', stub: true }),
    doc('10943', { number: '10943/BYT-MT', issuedOn: '2021-12-24', level: 'central' }),
    doc('5619', { number: '5619/SYT-NVY', issuedOn: '2020-09-25', level: 'provincial', province: 'Hồ Chí Minh' }),
    doc('q7', { number: '77/UBND', issuedOn: '2020-10-02', level: 'district', province: 'Hồ Chí Minh' }),
    doc('law', { number: 'Luật 03/2007', issuedOn: '2007-11-21', level: 'central' }),
    doc('amd', { number: '44/2013/QH13', issuedOn: '2013-06-19', level: 'central' }),
    doc('rep', { number: '99/2021/QĐ-TTg', issuedOn: '2021-01-05', level: 'central' }),
    doc('old', { number: '5/2015/QĐ-TTg', issuedOn: '2015-03-01', level: 'central' }),
    doc('k', { number: '12/KH-UBND', issuedOn: '2016-01-01', level: 'provincial', province: 'Sơn La' }),
    doc('c', { number: '3/UBND', issuedOn: '2020-01-01', level: 'provincial', province: 'Sơn La' }),
  ],
  [
    edge('10943', '4674', 'replaces'),
    edge('5619', '4674'),
    edge('q7', '5619'),
    edge('amd', 'law', 'amends'),
    edge('5619', 'law', 'based_on'),
    edge('rep', 'old', 'repeals'),
    edge('k', 'old', 'based_on'),
    edge('c', 'old', 'cites'),
  ],
);

describe('status flags', () => {
  test('a replaced document carries the replacing one with its date', () => {
    expect(statusFlags('4674', g)).toEqual({
      replacedBy: [{ id: '10943', number: '10943/BYT-MT', issuedOn: '2021-12-24' }],
      repealedBy: [],
      amendedBy: [],
      restsOnSuperseded: false,
    });
  });

  test('implementing a replaced document: rests on a superseded document, with the path', () => {
    const r = statusReport('5619', g);
    expect(r.status.restsOnSuperseded).toBe(true);
    expect(r.superseded).toBe(false);
    expect(r.restsOn).toEqual([
      { id: '4674', number: '4674/BYT-MT', issuedOn: '2020-08-31', path: ['5619', '4674'], supersededBy: [{ id: '10943', number: '10943/BYT-MT', issuedOn: '2021-12-24', relation: 'replaces' }] },
    ]);
  });

  test('downstream documents are flagged too (transitively)', () => {
    expect(statusReport('q7', g).restsOn.map((x) => x.path)).toEqual([['q7', '5619', '4674']]);
  });

  test('an amendment alone does not supersede', () => {
    expect(statusFlags('law', g)).toMatchObject({ amendedBy: [{ id: 'amd', number: '44/2013/QH13', issuedOn: '2013-06-19' }], replacedBy: [], repealedBy: [] });
    expect(statusReport('law', g).superseded).toBe(false);
  });

  test('repealed; based on a repealed document rests on it; merely citing it does not', () => {
    expect(statusFlags('old', g).repealedBy.map((x) => x.id)).toEqual(['rep']);
    expect(statusFlags('k', g).restsOnSuperseded).toBe(true);
    expect(statusFlags('c', g).restsOnSuperseded).toBe(false);
  });

  test('the replacing document itself is clean; unknown ids get empty flags', () => {
    expect(statusFlags('10943', g)).toEqual({ replacedBy: [], repealedBy: [], amendedBy: [], restsOnSuperseded: false });
    expect(statusFlags('nope', g)).toEqual({ replacedBy: [], repealedBy: [], amendedBy: [], restsOnSuperseded: false });
  });

  test('bulk: one map for many ids, and the two node flags', () => {
    const m = statusFlagsBulk(['4674', '5619', '10943', '5619'], g);
    expect([...m.keys()]).toEqual(['4674', '5619', '10943']);
    expect(nodeFlags(m.get('4674')!)).toEqual({ superseded: true, restsOnSuperseded: false });
    expect(nodeFlags(m.get('5619')!)).toEqual({ superseded: false, restsOnSuperseded: true });
  });

  test('a depth limit bounds the walk up', () => {
    expect(statusFlags('q7', g, 1).restsOnSuperseded).toBe(false);
  });
});

/**
 * The analytics against the real Neo4j that jest starts (test/setup/global-setup.ts):
 *  - the seeds (read in place from ../shared/seeds): lags 172-TB/TW ← 1276-CV/TU (3 days) ←
 *    628/UBND-VX (8 days), the text 628 repeats from 172 (points 2.2–2.5), coverage, rankings;
 *  - two real corpus files (read in place from ../shared/corpus/real): 10943/BYT-MT replaces
 *    4674/BYT-MT (cited only, a stub), HCMC's 5619/SYT-NVY implements 4674 → rests on a
 *    superseded document;
 *  - the /api/analytics router mounted on a bare Express app (errors through the API's error
 *    middleware);
 *  - a generated corpus of 2,000 documents (cached in .cache/bench-2000-bench, the benchmark's
 *    corpus) whose ground truth (truth/edges.csv + documents.jsonl) gives the expected coverage
 *    of its most implemented central directives.
 */
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestParsed, ingestPaths } from '../../server/graph/ingest';
import { parseText } from '../../server/parse';
import {
  clearAnalyticsCache,
  computeAllReuse,
  coverageReport,
  gapsReport,
  lagReport,
  rankingsReport,
  readCitationGraph,
  reuseBetween,
  statusFlagsFor,
  statusFlagsOf,
  statusOf,
} from '../../server/graph/analytics-read';
import { analyticsRouter } from '../../server/api/routes/analytics';
import { errorHandler } from '../../server/api/errors';
import { canonicalProvince, daysBetween } from '../../server/analytics/graph';
import { generateCorpus } from '../../server/generate/generate';
import { REPO_ROOT } from '../../server/neo4j/local';
import type { CoverageMatrix, ReuseResult } from '../../server/analytics/schema';
import { CORPUS, SEEDS } from '../helpers/seeds';

const PAIR = ['pjj-Doc-0943-01-01-10943-BYTMT-Huong-dan.txt', 'pjj-CV-Undated-CV5619-So-Y.txt'].map((f) => path.join(CORPUS, f));

/** The key of the document with this number (the only one in these tests). */
async function keyOf(number: string): Promise<string> {
  const rows = await readQuery<{ key: string }>('MATCH (d:Document {number: $number}) RETURN d.key AS key', { number });
  if (rows.length !== 1) throw new Error(`${rows.length} documents numbered ${number}`);
  return rows[0].key;
}

function app() {
  const a = express();
  a.set('query parser', 'simple');
  a.use('/api/analytics', analyticsRouter({ apiToken: 'test-token' }));
  a.use(errorHandler(pino({ level: 'silent' })));
  return a;
}

beforeAll(async () => {
  await applySchema();
});
afterAll(async () => {
  await closeDriver();
});

describe('the seeds and the corpus pair', () => {
  let k172: string;
  let k1276: string;
  let k628: string;

  beforeAll(async () => {
    await clearDatabase();
    const s = await ingestPaths([SEEDS, ...PAIR]);
    expect(s.failed).toEqual([]);
    // A letter that claims to carry out a plan dated after it (written for this test): a date inversion.
    const letter = 'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 31/UBND-VX\n\nSơn La, ngày 10 tháng 5 năm 2020\n\nV/v triển khai kế hoạch\n\n' +
      'Thực hiện Kế hoạch số 77/KH-UBND ngày 20/5/2020 của UBND tỉnh, các sở triển khai ngay.\n\nNơi nhận:\n- Lưu: VT.\n';
    await ingestParsed([{ documents: parseText(letter, 'inversion.txt'), text: letter }]);
    clearAnalyticsCache();
    [k172, k1276, k628] = await Promise.all(['172-TB/TW', '1276-CV/TU', '628/UBND-VX'].map(keyOf));
  });

  describe('lag', () => {
    test('172-TB/TW ← 1276-CV/TU (implied, a stub) ← 628/UBND-VX: 3 and 8 days', async () => {
      const r = (await lagReport(k172))!;
      expect(r.root).toMatchObject({ id: k172, number: '172-TB/TW', issuedOn: '2020-03-21', level: 'central' });
      expect(r.documents.map((d) => [d.number, d.depth, d.path, d.sinceRoot, d.sinceParent, d.stub])).toEqual([
        ['1276-CV/TU', 1, [k172, k1276], 3, 3, true],
        ['628/UBND-VX', 2, [k172, k1276, k628], 8, 5, false],
      ]);
      expect(r.summary.overall).toEqual({ key: null, count: 2, undated: 0, median: 5.5, p90: 8, slowest: { id: k628, days: 8 } });
      expect(r.summary.byProvince).toEqual([{ key: 'Lai Châu', count: 2, undated: 0, median: 5.5, p90: 8, slowest: { id: k628, days: 8 } }]);
      expect([r.undated, r.inconsistent]).toEqual([[], []]);
    });

    test('following CITES too, 628 is one hop below 172', async () => {
      const r = (await lagReport(k172, { relations: ['implements', 'cites'] }))!;
      expect(r.documents.find((d) => d.id === k628)).toMatchObject({ depth: 1, path: [k172, k628], sinceParent: 8 });
    });

    test('an unknown document', async () => {
      expect(await lagReport('no such key')).toBeNull();
    });
  });

  describe('text reuse', () => {
    test('628/UBND-VX repeats points 2.2–2.5 of 172-TB/TW almost word for word', async () => {
      const r = (await reuseBetween(k628, k172)) as ReuseResult;
      expect(r.relations).toEqual(['cites']);
      expect(r.inChain).toBe(true);
      expect(r.share).toBeGreaterThan(0.2);
      const [row] = await readQuery<{ text: string }>('MATCH (d:Document {key: $k}) RETURN d.text AS text', { k: k172 });
      const from = row.text.indexOf('2.2. Tập trung');
      const to = row.text.indexOf('2.6. Tiếp tục');
      expect(from).toBeGreaterThan(0);
      const inside = r.passages.filter((p) => p.parentStart >= from && p.parentEnd <= to);
      expect(inside.reduce((s, p) => s + p.words, 0) / r.reusedWords).toBeGreaterThan(0.5);
      expect(inside.length).toBeGreaterThanOrEqual(4);
      expect(r.excerpts.some((e) => e.includes('phát hiện sớm các trường hợp nhiễm bệnh'))).toBe(true);
    });

    test('a stub has no text to compare; an unknown document is missing', async () => {
      expect(await reuseBetween(k628, k1276)).toEqual({ problem: 'stub', ids: [k1276] });
      expect(await reuseBetween(k628, 'nope')).toEqual({ problem: 'missing', ids: ['nope'] });
    });

    test('stored in batches, idempotently: the CITES pair on the chain is computed once, then read back', async () => {
      const first = await computeAllReuse({ batchSize: 2 });
      expect(first.computed).toBeGreaterThanOrEqual(1);
      const [stored] = await readQuery<{ share: number; n: number }>('MATCH (x:Reuse {key: $k}) RETURN x.share AS share, size(x.passages) AS n', { k: `${k628}>${k172}` });
      expect(stored.share).toBeGreaterThan(0.2);
      expect(stored.n % 5).toBe(0);
      const again = await computeAllReuse();
      expect([again.pairs, again.computed, again.skipped]).toEqual([first.pairs, 0, first.pairs]);
      expect((await readQuery('MATCH (x:Reuse) RETURN count(x) AS n'))[0].n).toBe(first.pairs);
      const edge = (await reuseBetween(k628, k172, { edgeOnly: true })) as ReuseResult;
      expect(edge.stored).toBe(true);
      expect(edge.passages).toEqual(((await reuseBetween(k628, k172)) as ReuseResult).passages);
    });

    test('edges only: a pair with no implementation link is refused', async () => {
      expect(await reuseBetween(k172, k628, { edgeOnly: true })).toEqual({ problem: 'notAnEdge', from: k172, to: k628 });
    });
  });

  describe('status flags (real corpus: 10943/BYT-MT replaces 4674/BYT-MT)', () => {
    test('4674 is replaced by 10943, with its date', async () => {
      const k4674 = await keyOf('4674/BYT-MT');
      const s = (await statusOf(k4674))!;
      expect(s.superseded).toBe(true);
      expect(s.status.replacedBy).toEqual([{ id: await keyOf('10943/BYT-MT'), number: '10943/BYT-MT', issuedOn: '2021-12-24' }]);
      expect(s.status.restsOnSuperseded).toBe(false);
    });

    test('5619/SYT-NVY rests on a superseded document', async () => {
      const k5619 = await keyOf('5619/SYT-NVY');
      const s = (await statusOf(k5619))!;
      expect(s.status.restsOnSuperseded).toBe(true);
      expect(s.restsOn.map((r) => [r.number, r.path.length, r.supersededBy.map((b) => b.number)])).toEqual([['4674/BYT-MT', 2, ['10943/BYT-MT']]]);
      expect((await statusFlagsOf(k5619))!.restsOnSuperseded).toBe(true);
    });

    test('in bulk, for graph nodes; unknown ids are left out', async () => {
      const ids = [await keyOf('4674/BYT-MT'), await keyOf('5619/SYT-NVY'), k628, 'nope'];
      const m = await statusFlagsFor(ids);
      expect([...m.keys()]).toEqual(ids.slice(0, 3));
      expect(m.get(ids[0])!.replacedBy).toHaveLength(1);
      expect(m.get(ids[1])!.restsOnSuperseded).toBe(true);
      expect(m.get(k628)).toEqual({ replacedBy: [], repealedBy: [], amendedBy: [], restsOnSuperseded: false });
    });
  });

  describe('coverage, rankings, gaps', () => {
    test('coverage of 172-TB/TW: Lai Châu through 1276-CV/TU, 3 days; 63 rows', async () => {
      const m = (await coverageReport({ roots: [k172] })) as CoverageMatrix;
      expect(m.rows).toHaveLength(63);
      expect(m.columns[0]).toMatchObject({ id: k172, implementers: 2, coveredProvinces: 1 });
      expect(m.rows.find((r) => r.province === 'Lai Châu')!.cells[0]).toEqual({ covered: true, count: 2, earliest: { id: k1276, number: '1276-CV/TU', issuedOn: '2020-03-24' }, lagDays: 3 });
      expect(await coverageReport({ roots: [k172, 'nope'] })).toEqual({ missing: ['nope'] });
    });

    test('default columns: the most implemented central documents', async () => {
      const m = (await coverageReport()) as CoverageMatrix;
      expect(m.columns.map((c) => c.number)).toContain('172-TB/TW');
      expect(m.columns[0].implementers).toBeGreaterThanOrEqual(m.columns[m.columns.length - 1].implementers);
    });

    test('rankings carry all three metrics; 172-TB/TW reaches 1276 and 628', async () => {
      const r = await rankingsReport({ by: 'reach', limit: 100 });
      const item = r.items.find((i) => i.id === k172)!;
      expect(item).toMatchObject({ number: '172-TB/TW', indegree: 2, reach: 2 });
      expect(item.pagerank).toBeGreaterThan(0);
      expect(r.items.every((i) => i.level === 'central')).toBe(true);
      const g = await readCitationGraph();
      expect(r.nodes).toBe(g.nodes.length);
    });

    test('gaps: the most cited stub, and 31/UBND-VX dated before 77/KH-UBND that it implements', async () => {
      const g = await gapsReport();
      expect(g.unloaded.items.length).toBeGreaterThan(0);
      expect(g.unloaded.items.every((i) => i.stub && i.citedBy >= 1)).toBe(true);
      expect(g.unloaded.items.map((i) => i.number)).toEqual(expect.arrayContaining(['1276-CV/TU', '4674/BYT-MT']));
      expect(g.dateInversions.items.map((x) => [x.child.number, x.parent.number, x.days, x.implied])).toContainEqual(['31/UBND-VX', '77/KH-UBND', -10, false]);
      expect(g.dateInversions.items.every((x) => x.days < 0)).toBe(true);
      expect(g.missingProvinces.find((m) => m.root.id === k172)?.missing).toHaveLength(62);
    });
  });

  describe('the /api/analytics router', () => {
    const enc = encodeURIComponent;

    test('GET /lag/:id, 404 for an unknown id, 400 for a bad parameter', async () => {
      const res = await request(app()).get(`/api/analytics/lag/${enc(k172)}`);
      expect(res.status).toBe(200);
      expect(res.body.documents.map((d: { sinceRoot: number }) => d.sinceRoot)).toEqual([3, 8]);
      const missing = await request(app()).get(`/api/analytics/lag/${enc('nope')}`);
      expect([missing.status, missing.body.error]).toEqual([404, 'NotFoundError']);
      const bad = await request(app()).get(`/api/analytics/lag/${enc(k172)}`).query({ relations: 'nonsense' });
      expect([bad.status, bad.body.error]).toEqual([400, 'InvalidInputError']);
    });

    test('GET /coverage and /coverage.csv', async () => {
      const res = await request(app()).get('/api/analytics/coverage').query({ roots: k172 });
      expect(res.status).toBe(200);
      expect(res.body.rows).toHaveLength(63);
      const csv = await request(app()).get('/api/analytics/coverage.csv').query({ roots: k172 }).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      });
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="?coverage-matrix\.csv"?$/);
      const text = csv.body as string;
      expect(text.startsWith('\uFEFFprovince,172-TB/TW,covered\r\n')).toBe(true);
      expect(text).toContain('\r\nLai Châu,3,1\r\n');
      const long = await request(app()).get('/api/analytics/coverage.csv').query({ roots: k172, layout: 'long' });
      expect(long.status).toBe(200);
      const none = await request(app()).get('/api/analytics/coverage').query({ roots: `${k172},nope` });
      expect([none.status, none.body.error]).toEqual([404, 'NotFoundError']);
    });

    test('GET /reuse?from=&to= and /reuse/edge/:from/:to', async () => {
      const res = await request(app()).get('/api/analytics/reuse').query({ from: k628, to: k172 });
      expect(res.status).toBe(200);
      expect(res.body.share).toBeGreaterThan(0.2);
      const edge = await request(app()).get(`/api/analytics/reuse/edge/${enc(k628)}/${enc(k172)}`);
      expect([edge.status, edge.body.inChain]).toEqual([200, true]);
      const notEdge = await request(app()).get(`/api/analytics/reuse/edge/${enc(k172)}/${enc(k628)}`);
      expect([notEdge.status, notEdge.body.error]).toEqual([404, 'NotFoundError']);
      const stub = await request(app()).get('/api/analytics/reuse').query({ from: k628, to: k1276 });
      expect([stub.status, stub.body.error]).toEqual([422, 'UnprocessableError']);
      const noTo = await request(app()).get('/api/analytics/reuse').query({ from: k628 });
      expect([noTo.status, noTo.body.error]).toEqual([400, 'InvalidInputError']);
    });

    test('POST /reuse/compute needs the token', async () => {
      expect((await request(app()).post('/api/analytics/reuse/compute')).status).toBe(401);
      const ok = await request(app()).post('/api/analytics/reuse/compute').set('Authorization', 'Bearer test-token');
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ computed: 0 });
      const off = express().use('/a', analyticsRouter()).use(errorHandler(pino({ level: 'silent' })));
      expect((await request(off).post('/a/reuse/compute')).status).toBe(403);
    });

    test('GET /rankings, /status/:id, /gaps', async () => {
      for (const by of ['indegree', 'reach', 'pagerank']) {
        const res = await request(app()).get('/api/analytics/rankings').query({ by, limit: 5 });
        expect([res.status, res.body.by, res.body.items.length <= 5]).toEqual([200, by, true]);
      }
      expect((await request(app()).get('/api/analytics/rankings').query({ by: 'fame' })).status).toBe(400);
      const st = await request(app()).get(`/api/analytics/status/${enc(await keyOf('5619/SYT-NVY'))}`);
      expect([st.status, st.body.status.restsOnSuperseded]).toEqual([200, true]);
      expect((await request(app()).get(`/api/analytics/status/${enc('nope')}`)).status).toBe(404);
      const gaps = await request(app()).get('/api/analytics/gaps').query({ limit: 3 });
      expect(gaps.status).toBe(200);
      expect(gaps.body.unloaded.items.length).toBeLessThanOrEqual(3);
    });
  });
});

/** Coverage of `root` by province in the generator's ground truth: earliest date per province. */
function truthCoverage(dir: string) {
  const docs = new Map<string, { number: string | null; level: string; province: string | null; issuedOn: string | null }>();
  for (const line of fs.readFileSync(path.join(dir, 'truth', 'documents.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) {
      const d = JSON.parse(line);
      docs.set(d.key, d);
    }
  }
  const children = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dir, 'truth', 'edges.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [from, to, relation] = line.split(',');
    if (relation !== 'implements') continue;
    if (!children.has(to)) children.set(to, []);
    children.get(to)!.push(from);
  }
  const byNumberYear = new Map<string, string>();
  for (const [key, d] of docs) if (d.level === 'central' && d.number && d.issuedOn) byNumberYear.set(`${d.number}|${d.issuedOn.slice(0, 4)}`, key);
  return (number: string | null, issuedOn: string | null) => {
    const root = byNumberYear.get(`${number}|${issuedOn?.slice(0, 4)}`);
    if (!root) return null;
    const earliest = new Map<string, string>();
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
      for (const c of children.get(queue.shift()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push(c);
        const d = docs.get(c);
        const p = canonicalProvince(d?.province);
        if (p && d?.issuedOn && (!earliest.has(p) || d.issuedOn < earliest.get(p)!)) earliest.set(p, d.issuedOn);
      }
    }
    return { issuedOn: docs.get(root)!.issuedOn, earliest };
  };
}

describe('a generated corpus of 2,000 documents against its ground truth', () => {
  const dir = path.join(REPO_ROOT, '.cache', 'bench-2000-bench');

  beforeAll(async () => {
    if (!fs.existsSync(path.join(dir, 'truth', 'summary.json'))) await generateCorpus({ docs: 2000, out: dir, seed: 'bench', noise: 0.05 });
    await clearDatabase();
    await ingestPaths([path.join(dir, 'docs')], { generated: true, batchSize: 1000 });
    clearAnalyticsCache();
  }, 900_000);

  test('the coverage matrix of the 20 most implemented central directives agrees with the truth', async () => {
    const m = (await coverageReport({ limit: 20 })) as CoverageMatrix;
    expect(m.columns).toHaveLength(20);
    const truthOf = truthCoverage(dir);
    let cells = 0;
    let agree = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sameDate = 0;
    let sameLag = 0;
    let mapped = 0;
    m.columns.forEach((col, i) => {
      const t = truthOf(col.number, col.issuedOn);
      if (!t) return;
      mapped++;
      for (const row of m.rows) {
        const cell = row.cells[i];
        const expected = t.earliest.get(row.province);
        cells++;
        if (cell.covered === (expected !== undefined)) agree++;
        if (cell.covered && expected) {
          tp++;
          if (cell.earliest?.issuedOn === expected) sameDate++;
          if (cell.lagDays === daysBetween(t.issuedOn, expected)) sameLag++;
        } else if (cell.covered) fp++;
        else if (expected) fn++;
      }
    });
    const stats = {
      columnsMatchedToTruth: mapped,
      cells,
      cellAgreement: agree / cells,
      precision: tp / (tp + fp),
      recall: tp / (tp + fn),
      earliestDateAgreement: sameDate / tp,
      lagAgreement: sameLag / tp,
    };
    process.stderr.write(`[analytics] coverage vs ground truth (2,000 docs): ${JSON.stringify(stats)}\n`);
    expect(mapped).toBe(20);
    expect(stats.cellAgreement).toBeGreaterThan(0.99);
    expect(stats.precision).toBeGreaterThan(0.95);
    expect(stats.recall).toBeGreaterThan(0.9);
    expect(stats.earliestDateAgreement).toBeGreaterThan(0.85);
  });
});

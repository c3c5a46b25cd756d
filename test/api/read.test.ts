/**
 * The read API against the real Neo4j that jest starts, loaded with the four seeds (read in
 * place from ../shared/seeds through the real ingest) plus one letter written for these tests
 * (test/api/letters.ts). Covers health, search (diacritics, numbers, stubs), documents with
 * URL-encoded ids, trace down/up, paths, the overview graph, stats, issuers, exports (JSON,
 * GraphML, CSV), the OpenAPI document, and serving the built page.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { closeDriver, readQuery } from '../../server/graph/driver';
import { ingestParsed } from '../../server/graph/ingest';
import { parseText } from '../../server/parse';
import { DocumentDetail, Graph, Health, IssuerList, PathResult, SearchResult, Stats, Trace } from '../../server/schema';
import { parseCsv, parseXml } from './formats';
import { idOf, loadSeeds, lockDatabase, releaseDatabase, testApp } from './helpers';
import { LETTER_CT16 } from './letters';

const app = testApp();
const ids: Record<string, string> = {};

beforeAll(async () => {
  await lockDatabase();
  await loadSeeds();
  await ingestParsed([{ documents: parseText(LETTER_CT16, 'letter-ct16.txt'), text: LETTER_CT16 }]);
  for (const n of ['172-TB/TW', '628/UBND-VX', '1276-CV/TU', '35-CT/TW', '53-CV/TU', '16/CT-TTg', '702/UBND-VX']) ids[n] = await idOf(app, n);
});

afterAll(async () => {
  await closeDriver();
  releaseDatabase();
});

const enc = encodeURIComponent;
const numbersOf = (body: { items?: Array<{ number: string | null }>; nodes?: Array<{ number: string | null }> }) =>
  (body.items ?? body.nodes ?? []).map((d) => d.number);

describe('GET /api/health', () => {
  test('200 with neo4j up and the URI', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    const body = Health.parse(res.body);
    expect(body).toMatchObject({ status: 'ok', neo4j: { up: true, uri: process.env.NEO4J_URI, error: null } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /api/documents (search)', () => {
  const search = async (query: Record<string, string | number>) => {
    const res = await request(app).get('/api/documents').query(query);
    expect(res.status).toBe(200);
    return SearchResult.parse(res.body);
  };

  test.each([
    // [query, number expected first]
    ['172-TB/TW', '172-TB/TW'],
    ['172/TB-TW', '172-TB/TW'],
    ['172 TB TW', '172-TB/TW'],
    ['628/UBND-VX', '628/UBND-VX'],
    ['628/ubnd-vx', '628/UBND-VX'],
    ['số 53-CV/TU', '53-CV/TU'],
    ['1699/CĐ-TTg', '1699/CĐ-TTg'],
    ['1699/CD-TTG', '1699/CĐ-TTg'],
    ['1354-BC/BCSĐCP', '1354-BC/BCSĐCP'],
  ])('q=%j finds %s first (number match)', async (q, first) => {
    const body = await search({ q });
    expect(body.items[0]?.number).toBe(first);
  });

  test('a bare number finds every document with that number, stubs included', async () => {
    const body = await search({ q: '1276' });
    expect(body.items[0]).toMatchObject({ number: '1276-CV/TU', stub: true });
    expect((await search({ q: '172' })).items.map((d) => d.number)).toContain('172-TB/TW');
    // 17 is not a prefix match of 172
    expect((await search({ q: '17' })).items.map((d) => d.number)).not.toContain('172-TB/TW');
  });

  test('number= matches numbers only, exactly', async () => {
    const body = await search({ number: '1276-CV/TU' });
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: ids['1276-CV/TU'], stub: true, type: 'Công văn' });
    expect((await search({ number: '1276-CV' })).total).toBe(0);
  });

  test.each([
    ['chi thi 16', '16/CT-TTg'],
    ['Chỉ thị 16', '16/CT-TTg'],
    ['CHỈ THỊ 16', '16/CT-TTg'],
    ['chi thi 35', '35-CT/TW'],
    ['dien bien', '53-CV/TU'],
    ['Điện Biên', '53-CV/TU'],
    ['ket luan bo chinh tri', '172-TB/TW'],
    ['kết luận Bộ Chính trị', '172-TB/TW'],
  ])('q=%j (diacritics optional) finds %s', async (q, number) => {
    const body = await search({ q });
    expect(numbersOf(body)).toContain(number);
    const nfd = await search({ q: q.normalize('NFD') });
    expect(nfd.items.map((d) => d.id)).toEqual(body.items.map((d) => d.id));
  });

  test('with and without diacritics give the same results', async () => {
    const a = await search({ q: 'phòng, chống dịch Covid-19', size: 50 });
    const b = await search({ q: 'phong chong dich covid 19', size: 50 });
    expect(a.total).toBeGreaterThan(0);
    expect(b.items.map((d) => d.id)).toEqual(a.items.map((d) => d.id));
  });

  test('every word must match; the words side by side rank first', async () => {
    const two = await search({ q: 'dien bien' });
    expect(two.items[0].number).toBe('53-CV/TU');
    expect((await search({ q: 'dien bien covid' })).total).toBeLessThanOrEqual(two.total);
    expect((await search({ q: 'dien bien xyzzy' })).total).toBe(0);
  });

  test('Lucene syntax in the text is harmless', async () => {
    for (const q of ['1093/QĐ-UBND', '"chỉ thị', 'a:b', '(phòng', 'dịch~', '*', '\\', 'AND', '+ - && ||']) {
      const res = await request(app).get('/api/documents').query({ q });
      expect(res.status).toBe(200);
    }
  });

  test('filters: level, province (folded too), type, issuer, dates, stub', async () => {
    const central = await search({ level: 'central', size: 200 });
    expect(central.total).toBeGreaterThan(0);
    expect(central.items.every((d) => d.level === 'central')).toBe(true);
    const laiChau = await search({ province: 'Lai Châu', size: 200 });
    expect(laiChau.items.map((d) => d.number)).toEqual(expect.arrayContaining(['628/UBND-VX', '1276-CV/TU', '702/UBND-VX']));
    expect(laiChau.items.every((d) => d.province === 'Lai Châu')).toBe(true);
    expect((await search({ province: 'lai chau', size: 200 })).total).toBe(laiChau.total);
    const stubs = await search({ stub: 'true', size: 200 });
    expect(stubs.items.every((d) => d.stub)).toBe(true);
    const loaded = await search({ stub: 'false', size: 200 });
    expect(loaded.items.every((d) => !d.stub)).toBe(true);
    expect(stubs.total + loaded.total).toBe((await search({ size: 1 })).total);
    const march = await search({ from: '2020-03-01', to: '2020-03-31', size: 200 });
    expect(march.items.every((d) => d.issuedOn! >= '2020-03-01' && d.issuedOn! <= '2020-03-31')).toBe(true);
    expect(march.items.map((d) => d.number)).toEqual(expect.arrayContaining(['172-TB/TW', '628/UBND-VX']));
    const type = await search({ type: 'Thông báo', size: 200 });
    expect(type.items.every((d) => d.type === 'Thông báo')).toBe(true);
    const byIssuer = await search({ issuer: 'Tỉnh ủy Điện Biên' });
    expect(byIssuer.items.map((d) => d.number)).toEqual(['53-CV/TU']);
    const byKey = await search({ issuer: 'tinh uy dien bien' });
    expect(byKey.total).toBe(1);
    const combined = await search({ q: 'covid', province: 'Lai Châu', size: 200 });
    expect(combined.items.every((d) => d.province === 'Lai Châu')).toBe(true);
  });

  test('paging: total stays, pages do not overlap, newest first without q', async () => {
    const all = await search({ size: 200 });
    const p1 = await search({ size: 3, page: 1 });
    const p2 = await search({ size: 3, page: 2 });
    expect(p1.total).toBe(all.total);
    expect(p1.items.map((d) => d.id)).toEqual(all.items.slice(0, 3).map((d) => d.id));
    expect(p2.items.map((d) => d.id)).toEqual(all.items.slice(3, 6).map((d) => d.id));
    const dates = all.items.map((d) => d.issuedOn).filter(Boolean) as string[];
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await search({ size: 3, page: 1000 })).items).toEqual([]);
  });
});

describe('GET /api/documents/:id', () => {
  test('every id round-trips through encodeURIComponent', async () => {
    const all = await request(app).get('/api/documents').query({ size: 200 });
    const list = SearchResult.parse(all.body).items;
    expect(list.length).toBeGreaterThan(10);
    expect(list.some((d) => d.id.includes('|') && d.id.includes('/'))).toBe(true);
    for (const d of list) {
      const res = await request(app).get(`/api/documents/${enc(d.id)}`);
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(d.id);
    }
  });

  test('628/UBND-VX: text, issuer, signer, recipients, citations with offsets into its text', async () => {
    const res = await request(app).get(`/api/documents/${enc(ids['628/UBND-VX'])}`);
    const doc = DocumentDetail.parse(res.body);
    expect(doc).toMatchObject({ number: '628/UBND-VX', issuedOn: '2020-03-29', level: 'provincial', province: 'Lai Châu', stub: false });
    expect(doc.issuerDetail).toMatchObject({ code: 'UBND', level: 'provincial', province: 'Lai Châu', branch: 'state' });
    expect(doc.signer?.name).toBeTruthy();
    expect(doc.recipients.length).toBeGreaterThan(0);
    const to1276 = doc.references.find((c) => c.id === ids['1276-CV/TU'])!;
    expect(to1276).toMatchObject({ relation: 'implements', implied: false, stub: true, number: '1276-CV/TU' });
    expect(doc.text!.slice(to1276.start!, to1276.end!)).toContain('1276-CV/TU');
    expect(to1276.mentions.length).toBeGreaterThanOrEqual(1);
    for (const m of to1276.mentions) expect(doc.text!.slice(m.start, m.end)).toContain('1276');
    expect(doc.references.map((c) => c.id)).toContain(ids['172-TB/TW']);
    expect(doc.status).toEqual({ replacedBy: [], repealedBy: [], amendedBy: [], restsOnSuperseded: false });
  });

  test('172-TB/TW is cited by 628 and, implied by 628, by 1276', async () => {
    const doc = DocumentDetail.parse((await request(app).get(`/api/documents/${enc(ids['172-TB/TW'])}`)).body);
    const implied = doc.citedBy.find((c) => c.id === ids['1276-CV/TU'])!;
    expect(implied).toMatchObject({ relation: 'implements', implied: true, evidence: [ids['628/UBND-VX']], start: null, end: null });
    expect(doc.citedBy.find((c) => c.id === ids['628/UBND-VX'])).toMatchObject({ implied: false });
    expect(doc.citedByCount).toBe(doc.citedBy.length);
  });

  test('a stub has no text', async () => {
    const doc = DocumentDetail.parse((await request(app).get(`/api/documents/${enc(ids['1276-CV/TU'])}`)).body);
    expect(doc).toMatchObject({ stub: true, text: null, number: '1276-CV/TU' });
  });

  test('unknown id → 404 NotFoundError', async () => {
    const res = await request(app).get(`/api/documents/${enc('999-XX/YY|nowhere|1999')}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('NotFoundError');
  });
});

describe('GET /api/documents/:id/trace', () => {
  const trace = async (id: string, query: Record<string, string | number> = {}) => {
    const res = await request(app).get(`/api/documents/${enc(id)}/trace`).query(query);
    expect(res.status).toBe(200);
    return Trace.parse(res.body);
  };
  const node = (t: Trace, id: string) => t.nodes.find((n) => n.id === id);
  const hasEdge = (t: Trace, source: string, target: string) => t.edges.some((e) => e.source === source && e.target === target);

  test('down from 172-TB/TW reaches 628/UBND-VX through 1276-CV/TU', async () => {
    const t = await trace(ids['172-TB/TW'], { direction: 'down' });
    expect(t).toMatchObject({ root: ids['172-TB/TW'], direction: 'down', truncated: false });
    expect(node(t, ids['172-TB/TW'])).toMatchObject({ depth: 0, delayDays: 0 });
    expect(node(t, ids['1276-CV/TU'])).toMatchObject({ depth: 1, delayDays: 3 });
    expect(node(t, ids['628/UBND-VX'])).toMatchObject({ delayDays: 8 });
    expect(hasEdge(t, ids['1276-CV/TU'], ids['172-TB/TW'])).toBe(true);
    expect(hasEdge(t, ids['628/UBND-VX'], ids['1276-CV/TU'])).toBe(true);
    expect(t.total).toBe(t.nodes.length);
    // Following implementation only, 628 is two hops down: 628 → 1276 → 172.
    const impl = await trace(ids['172-TB/TW'], { direction: 'down', relations: 'implements' });
    expect(node(impl, ids['628/UBND-VX'])).toMatchObject({ depth: 2, delayDays: 8 });
    expect(impl.edges.every((e) => e.relation === 'implements')).toBe(true);
    const shallow = await trace(ids['172-TB/TW'], { direction: 'down', relations: 'implements', depth: 1 });
    expect(node(shallow, ids['628/UBND-VX'])).toBeUndefined();
  });

  test('up from 628/UBND-VX reaches 172-TB/TW (and what it cites)', async () => {
    const t = await trace(ids['628/UBND-VX'], { direction: 'up' });
    expect(node(t, ids['172-TB/TW'])).toMatchObject({ depth: 1 });
    expect(node(t, ids['35-CT/TW'])).toMatchObject({ depth: 2 });
    expect(t.nodes.every((n) => n.delayDays === undefined)).toBe(true);
    const impl = await trace(ids['628/UBND-VX'], { direction: 'up', relations: 'implements', depth: 5 });
    expect(node(impl, ids['172-TB/TW'])).toMatchObject({ depth: 2 });
    expect(node(impl, ids['35-CT/TW'])).toBeUndefined();
  });

  test('every edge joins two returned nodes; depths are fewest hops', async () => {
    const t = await trace(ids['628/UBND-VX'], { direction: 'up', depth: 10 });
    const set = new Set(t.nodes.map((n) => n.id));
    for (const e of t.edges) expect(set.has(e.source) && set.has(e.target)).toBe(true);
    for (const e of t.edges) {
      const s = node(t, e.source)!.depth!;
      expect(node(t, e.target)!.depth!).toBeLessThanOrEqual(s + 1);
    }
  });

  test('limit cuts shallowest-first and reports truncated/total', async () => {
    const full = await trace(ids['628/UBND-VX'], { direction: 'up', depth: 5 });
    const cut = await trace(ids['628/UBND-VX'], { direction: 'up', depth: 5, limit: 2 });
    expect(cut.nodes).toHaveLength(2);
    expect(cut).toMatchObject({ truncated: true, total: full.total });
    expect(cut.nodes[0].depth).toBe(0);
  });

  test('unknown id → 404', async () => {
    const res = await request(app).get(`/api/documents/${enc('nope|x|1')}/trace`);
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('NotFoundError');
  });
});

describe('GET /api/path', () => {
  const path_ = async (query: Record<string, string>) => {
    const res = await request(app).get('/api/path').query(query);
    expect(res.status).toBe(200);
    return PathResult.parse(res.body);
  };

  test('directed: 628 cites 172 cites 35-CT/TW', async () => {
    const p = await path_({ from: ids['628/UBND-VX'], to: ids['35-CT/TW'], directed: 'true' });
    expect(p.paths).toEqual([{ nodes: [ids['628/UBND-VX'], ids['172-TB/TW'], ids['35-CT/TW']], edges: expect.any(Array) }]);
    expect(p.paths[0].edges).toHaveLength(2);
    expect(new Set(p.nodes.map((n) => n.id))).toEqual(new Set(p.paths[0].nodes));
    for (const id of p.paths[0].edges) expect(p.edges.map((e) => e.id)).toContain(id);
  });

  test('directed against the citations finds nothing; undirected does', async () => {
    expect((await path_({ from: ids['35-CT/TW'], to: ids['628/UBND-VX'], directed: 'true' })).paths).toEqual([]);
    const p = await path_({ from: ids['35-CT/TW'], to: ids['628/UBND-VX'] });
    expect(p.paths[0].nodes).toEqual([ids['35-CT/TW'], ids['172-TB/TW'], ids['628/UBND-VX']]);
  });

  test('relation filter: following implements only goes through 1276', async () => {
    const p = await path_({ from: ids['628/UBND-VX'], to: ids['172-TB/TW'], directed: 'true', relations: 'implements' });
    expect(p.paths[0].nodes).toEqual([ids['628/UBND-VX'], ids['1276-CV/TU'], ids['172-TB/TW']]);
  });

  test('unconnected documents: no path; same document: one node', async () => {
    expect((await path_({ from: ids['53-CV/TU'], to: ids['628/UBND-VX'] })).paths).toEqual([]);
    expect((await path_({ from: ids['53-CV/TU'], to: ids['53-CV/TU'] })).paths).toEqual([{ nodes: [ids['53-CV/TU']], edges: [] }]);
  });

  test('unknown end → 404 naming it', async () => {
    const res = await request(app).get('/api/path').query({ from: ids['53-CV/TU'], to: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'NotFoundError', details: { missing: ['nope'] } });
  });
});

describe('GET /api/graph', () => {
  const graph = async (query: Record<string, string | number> = {}) => {
    const res = await request(app).get('/api/graph').query(query);
    expect(res.status).toBe(200);
    return Graph.parse(res.body);
  };

  test('limit reports truncated and the total instead of cutting silently', async () => {
    const [{ n }] = await readQuery<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
    const all = await graph();
    expect(all).toMatchObject({ truncated: false, total: n });
    expect(all.nodes).toHaveLength(n);
    const cut = await graph({ limit: 3 });
    expect(cut).toMatchObject({ truncated: true, total: n });
    expect(cut.nodes).toHaveLength(3);
    // most cited first
    const counts = all.nodes.map((x) => x.citedByCount);
    expect(cut.nodes.map((x) => x.citedByCount)).toEqual([...counts].sort((a, b) => b - a).slice(0, 3));
    const set = new Set(cut.nodes.map((x) => x.id));
    for (const e of cut.edges) expect(set.has(e.source) && set.has(e.target)).toBe(true);
  });

  test('filters and relations', async () => {
    const lc = await graph({ level: 'provincial', province: 'Lai Châu' });
    expect(lc.nodes.length).toBeGreaterThanOrEqual(3);
    expect(lc.nodes.every((x) => x.level === 'provincial' && x.province === 'Lai Châu')).toBe(true);
    expect(lc.edges.some((e) => e.source === ids['628/UBND-VX'] && e.target === ids['1276-CV/TU'])).toBe(true);
    const impl = await graph({ relations: 'implements' });
    expect(impl.edges.length).toBeGreaterThan(0);
    expect(impl.edges.every((e) => e.relation === 'implements')).toBe(true);
    const dated = await graph({ from: '2020-03-22', to: '2020-03-31' });
    expect(dated.nodes.every((x) => x.issuedOn! >= '2020-03-22' && x.issuedOn! <= '2020-03-31')).toBe(true);
  });
});

describe('GET /api/stats and /api/issuers', () => {
  test('stats match the database', async () => {
    const res = await request(app).get('/api/stats');
    expect(res.status).toBe(200);
    const s = Stats.parse(res.body);
    const [db] = await readQuery<{ docs: number; stubs: number; cites: number }>(
      `CALL () { MATCH (d:Document) WHERE d.stub = false RETURN count(d) AS docs }
       CALL () { MATCH (d:Document) WHERE d.stub = true RETURN count(d) AS stubs }
       CALL () { MATCH (:Document)-[r]->(:Document) RETURN count(r) AS cites }
       RETURN docs, stubs, cites`,
    );
    expect(s).toMatchObject({ documents: db.docs, stubs: db.stubs, citations: db.cites, generated: false });
    expect(s.documents).toBe(6);
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    expect(sum(s.byLevel)).toBe(s.documents);
    expect(sum(s.byType)).toBe(s.documents);
    expect(sum(s.byProvince)).toBe(s.documents);
    expect(s.byProvince['Lai Châu']).toBe(2);
    expect(s.mostCited[0].citedByCount).toBeGreaterThanOrEqual(s.mostCited[s.mostCited.length - 1].citedByCount);
    expect(s.unresolved.map((u) => u.number)).toContain('1276-CV/TU');
  });

  test('issuers, most documents first', async () => {
    const res = await request(app).get('/api/issuers');
    const list = IssuerList.parse(res.body);
    expect(list.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Tỉnh ủy Điện Biên', 'Ủy ban nhân dân tỉnh Lai Châu']));
    expect(list.items.find((i) => i.name === 'Ủy ban nhân dân tỉnh Lai Châu')).toMatchObject({ documents: 2, level: 'provincial', branch: 'state' });
    const docs = list.items.map((i) => i.documents);
    expect([...docs].sort((a, b) => b - a)).toEqual(docs);
  });
});

describe('GET /api/export', () => {
  let graph: Graph;
  beforeAll(async () => {
    const res = await request(app).get('/api/export').query({ format: 'json' });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?directive-graph\.json/);
    graph = Graph.parse(res.body);
  });

  test('json holds the whole graph', async () => {
    const [{ n }] = await readQuery<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
    const [{ e }] = await readQuery<{ e: number }>('MATCH (:Document)-[r]->(:Document) RETURN count(r) AS e');
    expect(graph.nodes).toHaveLength(n);
    expect(graph.edges).toHaveLength(e);
  });

  test('graphml is well-formed, declares every key it uses, and holds every node and edge', async () => {
    const res = await request(app).get('/api/export').query({ format: 'graphml' }).buffer(true).parse((r, cb) => {
      let data = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (data += c));
      r.on('end', () => cb(null, data));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?directive-graph\.graphml/);
    const els = parseXml(res.body as string);
    expect(els[0]).toMatchObject({ name: 'graphml', attrs: { xmlns: 'http://graphml.graphdrawing.org/xmlns' } });
    const keys = new Map(els.filter((x) => x.name === 'key').map((k) => [k.attrs.id, k.attrs]));
    for (const k of keys.values()) expect(['node', 'edge']).toContain(k.for);
    const nodes = els.filter((x) => x.name === 'node');
    const edges = els.filter((x) => x.name === 'edge');
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    const nodeIds = new Set(nodes.map((x) => x.attrs.id));
    for (const e of edges) expect(nodeIds.has(e.attrs.source) && nodeIds.has(e.attrs.target)).toBe(true);
    for (const d of els.filter((x) => x.name === 'data')) {
      const key = keys.get(d.attrs.key);
      expect(key).toBeDefined();
      expect(key!.for).toBe(d.parent);
    }
    const ids = els.filter((x) => x.name === 'data' && x.attrs.key === 'n_id').map((x) => x.text);
    expect(new Set(ids)).toEqual(new Set(graph.nodes.map((x) => x.id)));
    expect(ids.some((x) => x.includes('|'))).toBe(true);
    expect(els.some((x) => x.name === 'data' && x.text === 'Lai Châu')).toBe(true);
  });

  test.each(['nodes', 'edges'] as const)('csv %s: BOM, header row, RFC 4180, one row per item', async (part) => {
    const res = await request(app).get('/api/export').query({ format: 'csv', part }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="?directive-graph-${part}\\.csv`));
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const items = part === 'nodes' ? graph.nodes : graph.edges;
    expect(rows).toHaveLength(items.length + 1);
    const header = rows[0];
    expect(header[0]).toBe('id');
    for (const r of rows) expect(r).toHaveLength(header.length);
    const col = (name: string) => header.indexOf(name);
    expect(new Set(rows.slice(1).map((r) => r[col('id')]))).toEqual(new Set(items.map((x) => x.id)));
    if (part === 'nodes') {
      const titled = graph.nodes.find((x) => x.id === ids['628/UBND-VX'])!;
      const row = rows.find((r) => r[col('id')] === titled.id)!;
      expect(row[col('title')]).toBe(titled.title);
      expect(row[col('province')]).toBe('Lai Châu');
    } else {
      expect(header).toEqual(['id', 'source', 'target', 'relation', 'implied']);
    }
  });

  test('filters apply to exports', async () => {
    const res = await request(app).get('/api/export').query({ format: 'csv', part: 'nodes', province: 'Lai Châu' });
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''));
    const g = Graph.parse((await request(app).get('/api/graph').query({ province: 'Lai Châu' })).body);
    expect(rows).toHaveLength(g.total + 1);
  });
});

describe('GET /api/openapi.json', () => {
  test('OpenAPI 3.1 from the zod schemas, every $ref resolves', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/documents', '/api/documents/{id}', '/api/documents/{id}/trace', '/api/path', '/api/graph', '/api/export', '/api/issuers', '/api/stats']),
    );
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(doc.components.schemas[r.split('/').pop()!]).toBeDefined();
    const trace = (doc.paths['/api/documents/{id}/trace'] as { get: { parameters: Array<{ name: string }> } }).get;
    expect(trace.parameters.map((p) => p.name)).toEqual(['id', 'direction', 'depth', 'relations', 'limit']);
  });
});

describe('the page', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directive-graph-static-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Directive Graph</title><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  const page = testApp({ staticDir: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('/ serves index.html with a CSP allowing only its own scripts', async () => {
    const res = await request(page).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Directive Graph</title>');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('SPA fallback for client routes; assets served; /api stays JSON', async () => {
    const deep = await request(page).get('/documents/some/deep/route');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('<title>Directive Graph</title>');
    const js = await request(page).get('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    const api = await request(page).get('/api/nothing-here');
    expect(api.status).toBe(404);
    expect(api.body.error).toBe('NotFoundError');
  });
});

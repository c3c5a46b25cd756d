/**
 * POST /api/documents against the real Neo4j: multipart files and text/plain bodies go through
 * the parser and the real ingest; each document comes back with its status (loaded, unchanged,
 * updated, upgraded from a stub) and is then readable through the API. Seeds are read in place;
 * the letters are in test/api/letters.ts.
 */
import * as fs from 'node:fs';
import request from 'supertest';
import { closeDriver } from '../../server/graph/driver';
import { clearDatabase } from '../../server/graph/ingest';
import { ingestParsed } from '../../server/graph/ingest';
import { parseText } from '../../server/parse';
import { DocumentDetail, Graph, SearchResult, Stats, Trace, UploadResult } from '../../server/schema';
import { seedPath } from '../helpers/seeds';
import { idOf, lockDatabase, releaseDatabase, testApp, TOKEN } from './helpers';
import { LETTER_1276, LETTER_CT16 } from './letters';

const app = testApp();
const auth = { Authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  await lockDatabase();
  await clearDatabase();
});

afterAll(async () => {
  await closeDriver();
  releaseDatabase();
});

describe('POST /api/documents', () => {
  test('multipart: two seed files → 201, every document loaded, then readable', async () => {
    const res = await request(app)
      .post('/api/documents')
      .set(auth)
      .attach('files', fs.readFileSync(seedPath('004')), 'công văn 628.txt')
      .attach('files', fs.readFileSync(seedPath('000')), '53-CV-TU.txt');
    expect(res.status).toBe(201);
    const body = UploadResult.parse(res.body);
    expect(body.errors).toEqual([]);
    expect(body.documents.map((d) => [d.number, d.status])).toEqual([
      ['628/UBND-VX', 'loaded'],
      ['172-TB/TW', 'loaded'],
      ['53-CV/TU', 'loaded'],
    ]);
    const id = await idOf(app, '628/UBND-VX');
    expect(body.documents[0].id).toBe(id);
    const doc = DocumentDetail.parse((await request(app).get(`/api/documents/${encodeURIComponent(id)}`)).body);
    expect(doc.source).toBe('công văn 628.txt');
    expect(doc.references.map((r) => r.number)).toContain('1276-CV/TU');
  });

  test('the same file again → unchanged', async () => {
    const res = await request(app).post('/api/documents').set(auth).attach('files', fs.readFileSync(seedPath('000')), '53-CV-TU.txt');
    expect(res.status).toBe(201);
    expect(UploadResult.parse(res.body).documents.map((d) => d.status)).toEqual(['unchanged']);
  });

  test('text/plain body with ?source=: the stub 1276-CV/TU is upgraded in place', async () => {
    const stubId = await idOf(app, '1276-CV/TU');
    const before = SearchResult.parse((await request(app).get('/api/documents').query({ number: '1276-CV/TU' })).body);
    expect(before.items[0].stub).toBe(true);
    const res = await request(app).post('/api/documents').query({ source: '1276-CV-TU.txt' }).set(auth).type('text/plain; charset=utf-8').send(LETTER_1276);
    expect(res.status).toBe(201);
    const body = UploadResult.parse(res.body);
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({ id: stubId, number: '1276-CV/TU', status: 'upgraded', stub: false });
    const after = SearchResult.parse((await request(app).get('/api/documents').query({ number: '1276-CV/TU' })).body);
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({ id: stubId, stub: false });
    // The chain 628 → 1276 → 172 now runs through a loaded document, explicit all the way.
    const t = Trace.parse((await request(app).get(`/api/documents/${encodeURIComponent(await idOf(app, '172-TB/TW'))}/trace`).query({ relations: 'implements' })).body);
    expect(t.edges.some((e) => e.source === stubId && !e.implied)).toBe(true);
    expect(t.nodes.map((n) => n.number)).toEqual(expect.arrayContaining(['1276-CV/TU', '628/UBND-VX']));
  });

  test('UTF-16 text with a BOM as application/octet-stream; searchable right away', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER_CT16, 'utf16le')]);
    const res = await request(app).post('/api/documents?source=702.txt').set(auth).type('application/octet-stream').send(utf16);
    expect(res.status).toBe(201);
    expect(UploadResult.parse(res.body).documents[0]).toMatchObject({ number: '702/UBND-VX', status: 'loaded', province: 'Lai Châu' });
    const found = SearchResult.parse((await request(app).get('/api/documents').query({ q: 'chi thi 16' })).body);
    expect(found.items.map((d) => d.number)).toEqual(expect.arrayContaining(['702/UBND-VX', '16/CT-TTg']));
  });

  test('a load outside this API (the CLI ingest) shows in cached reads at once', async () => {
    const stats = async () => Stats.parse((await request(app).get('/api/stats')).body);
    const overview = async () => Graph.parse((await request(app).get('/api/graph')).body);
    const search = async () => SearchResult.parse((await request(app).get('/api/documents').query({ q: 'khẩn trương xyzabc' })).body);
    const [s1, g1, q1] = [await stats(), await overview(), await search()];
    expect(await stats()).toEqual(s1);
    const text = LETTER_CT16.replace('702/UBND-VX', '703/UBND-VX').replace('nghiêm túc.', 'nghiêm túc, khẩn trương xyzabc.');
    await ingestParsed([{ documents: parseText(text, '703.txt'), text }]);
    const [s2, g2, q2] = [await stats(), await overview(), await search()];
    expect(s2.documents).toBe(s1.documents + 1);
    expect(g2.total).toBe(g1.total + 1);
    expect(q1.total).toBe(0);
    expect(q2.items.map((d) => d.number)).toEqual(['703/UBND-VX']);
  });
});

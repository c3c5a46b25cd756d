/**
 * Ingest against the real Neo4j that jest starts (test/setup/global-setup.ts).
 * Seeds are read in place from ../shared/seeds; the short letters below were written for
 * these tests in the shape of real provincial documents.
 */
import { parseText } from '../../server/parse';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, currentSettings, getDriver, readQuery } from '../../server/graph/driver';
import { cypher } from '../../server/graph/cypher';
import { generateCorpus } from '../../server/generate/generate';
import { clearDatabase, ingestParsed, ingestPaths } from '../../server/graph/ingest';
import { getDocument } from '../../server/graph/read';
import { SEEDS } from '../helpers/seeds';

const counts = async () => {
  const [r] = await readQuery<{ docs: number; stubs: number; rels: number; auths: number }>(
    `MATCH (d:Document) WITH count(CASE WHEN d.stub THEN null ELSE d END) AS docs, count(CASE WHEN d.stub THEN d END) AS stubs
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (a:Authority) RETURN count(a) AS auths }
     RETURN docs, stubs, rels, auths`,
  );
  return r;
};
const doc = async (number: string) => readQuery<{ key: string; stub: boolean; province: string | null; year: number }>(
  'MATCH (d:Document {number: $number}) RETURN d.key AS key, d.stub AS stub, d.province AS province, d.year AS year ORDER BY key', { number });

/** A provincial letter (written for this test). */
function letter(opts: { province: string; number: string; date: [number, number, number]; body: string }) {
  const [d, m, y] = opts.date;
  const text = `ỦY BAN NHÂN DÂN\nTỈNH ${opts.province.toUpperCase()}\n\nSố: ${opts.number}\n\n${opts.province}, ngày ${d} tháng ${m} năm ${y}\n\nV/v triển khai nhiệm vụ\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n${opts.body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Minh\n`;
  return { documents: parseText(text, `${opts.province}-${opts.number}`), text };
}

beforeAll(async () => { await applySchema(); });
beforeEach(async () => { await clearDatabase(); });
afterAll(async () => { await closeDriver(); });

describe('the seeds', () => {
  test('five documents, stubs for what they cite, the 172 ← 1276 ← 628 chain, the receipt', async () => {
    const s = await ingestPaths([SEEDS]);
    expect(s.failed).toEqual([]);
    expect(s.loaded).toBe(5);
    const c = await counts();
    expect(c.docs).toBe(5);
    expect(c.stubs).toBe(s.stubsCreated);
    const stubs = await readQuery<{ number: string | null }>('MATCH (d:Document {stub: true}) RETURN d.number AS number');
    expect(stubs.map((x) => x.number)).toEqual(expect.arrayContaining(['1699/CĐ-TTg', '9816-CV/BTGTW', '10-TB/VPTW', '1276-CV/TU', '1354-BC/BCSĐCP', '35-CT/TW']));
    const chain = await readQuery<{ implied: boolean; evidence: string[] }>(
      `MATCH (a:Document {number: '628/UBND-VX'})-[:IMPLEMENTS]->(b:Document {number: '1276-CV/TU'})-[r:IMPLEMENTS]->(c:Document {number: '172-TB/TW', stub: false})
       RETURN r.implied AS implied, r.evidence AS evidence`);
    expect(chain).toHaveLength(1);
    expect(chain[0].implied).toBe(true);
    expect(chain[0].evidence).toEqual([(await doc('628/UBND-VX'))[0].key]);
    const receipt = await readQuery('MATCH (:Document {number: "172-TB/TW"})-[r:RECEIVED_BY]->(a:Authority) RETURN a.name AS by, r.on AS on, r.registerNo AS no');
    expect(receipt).toEqual([{ by: 'Văn phòng Tỉnh ủy Lai Châu', on: '2020-03-22', no: '1502' }]);
    const issuer = await readQuery('MATCH (:Document {number: "53-CV/TU"})-[:ISSUED_BY]->(a:Authority) RETURN a.name AS name, a.level AS level, a.branch AS branch');
    expect(issuer).toEqual([{ name: 'Tỉnh ủy Điện Biên', level: 'provincial', branch: 'party' }]);
    const quote = await readQuery<{ text: string; start: number; end: number; quote: string }>(
      'MATCH (a:Document {number: "628/UBND-VX"})-[r:IMPLEMENTS]->(:Document {number: "1276-CV/TU"}) RETURN a.text AS text, r.start AS start, r.end AS end, r.quote AS quote');
    expect(quote[0].text.slice(quote[0].start, quote[0].end)).toContain('1276-CV/TU');
    expect(quote[0].quote).toContain(quote[0].text.slice(quote[0].start, quote[0].end));
  });

  test('ingesting twice leaves exactly the same graph', async () => {
    await ingestPaths([SEEDS]);
    const first = await counts();
    const again = await ingestPaths([SEEDS]);
    expect(again.unchanged).toBe(5);
    expect(again.loaded + again.updated + again.stubsCreated).toBe(0);
    expect(await counts()).toEqual(first);
  });
});

describe('identity', () => {
  test('a cited document ingested after its citer upgrades the stub in place', async () => {
    const citer = letter({ province: 'Sơn La', number: '88/UBND-VX', date: [10, 4, 2020], body: 'Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2020 của UBND tỉnh, các sở triển khai ngay.' });
    const s1 = await ingestParsed([citer]);
    expect(s1.stubsCreated).toBe(1);
    const before = await doc('45/KH-UBND');
    expect(before).toEqual([expect.objectContaining({ stub: true, province: 'Sơn La', year: 2020 })]);
    const cited = letter({ province: 'Sơn La', number: '45/KH-UBND', date: [2, 3, 2020], body: 'Các sở xây dựng kế hoạch chi tiết.' });
    const s2 = await ingestParsed([cited]);
    expect(s2.stubsUpgraded).toBe(1);
    const after = await doc('45/KH-UBND');
    expect(after).toEqual([expect.objectContaining({ key: before[0].key, stub: false })]);
    const link = await readQuery('MATCH (:Document {number: "88/UBND-VX"})-[r:IMPLEMENTS]->(d:Document {number: "45/KH-UBND"}) RETURN count(r) AS n');
    expect(link[0].n).toBe(1);
  });

  test('a citation without a year finds the nearest earlier one; a guessed stub folds into the real document', async () => {
    const citer = letter({ province: 'Sơn La', number: '12/UBND-KT', date: [5, 1, 2021], body: 'Thực hiện Công văn số 300/UBND-VX của UBND tỉnh, các sở báo cáo kết quả.' });
    await ingestParsed([citer]);
    expect(await doc('300/UBND-VX')).toEqual([expect.objectContaining({ stub: true, year: 2021 })]);
    const real = letter({ province: 'Sơn La', number: '300/UBND-VX', date: [20, 12, 2020], body: 'Các sở chuẩn bị báo cáo năm.' });
    const s = await ingestParsed([real]);
    expect(s.stubsUpgraded).toBe(1);
    const nodes = await doc('300/UBND-VX');
    expect(nodes).toEqual([expect.objectContaining({ stub: false, year: 2020 })]);
    const link = await readQuery('MATCH (:Document {number: "12/UBND-KT"})-[r:IMPLEMENTS]->(d:Document {number: "300/UBND-VX"}) RETURN d.stub AS stub');
    expect(link).toEqual([{ stub: false }]);
  });

  test('the same number in two provinces stays two documents', async () => {
    const a = letter({ province: 'Quảng Ninh', number: '1093/QĐ-UBND', date: [1, 4, 2020], body: 'Các sở thực hiện.' });
    const b = letter({ province: 'Sơn La', number: '1093/QĐ-UBND', date: [1, 4, 2020], body: 'Các sở thực hiện.' });
    await ingestParsed([a, b]);
    const nodes = await doc('1093/QĐ-UBND');
    expect(nodes.map((n) => n.province).sort()).toEqual(['Quảng Ninh', 'Sơn La']);
  });

  test('a signature whose name cannot be read keeps its capacity on the document and makes no person', async () => {
    const a = letter({ province: 'Sơn La', number: '31/UBND-KT', date: [2, 6, 2020], body: 'Các sở thực hiện.' });
    const text = a.text.replace('Lê Văn Minh\n', '(đã ký)\n');
    const parsed = { documents: parseText(text, 'unreadable-name'), text };
    expect(parsed.documents[0].signer).toEqual({ name: null, capacity: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH' });
    await ingestParsed([parsed]);
    const [row] = await readQuery<{ capacity: string | null; persons: number }>(
      'MATCH (d:Document {number: "31/UBND-KT"}) RETURN d.signerCapacity AS capacity, COUNT { (d)-[:SIGNED_BY]->() } AS persons');
    expect(row).toEqual({ capacity: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH', persons: 0 });
    const [{ key }] = await doc('31/UBND-KT');
    expect((await getDocument(key))?.signer).toEqual({ name: null, capacity: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH' });
  });

  test('a changed text replaces what the document said before', async () => {
    const v1 = letter({ province: 'Sơn La', number: '7/UBND-VX', date: [3, 2, 2020], body: 'Thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ, các sở triển khai.' });
    await ingestParsed([v1]);
    const v2 = letter({ province: 'Sơn La', number: '7/UBND-VX', date: [3, 2, 2020], body: 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, các sở triển khai.' });
    const s = await ingestParsed([v2]);
    expect(s.updated).toBe(1);
    const cited = await readQuery<{ number: string }>('MATCH (:Document {number: "7/UBND-VX"})-[]->(d:Document) RETURN d.number AS number');
    expect(cited.map((c) => c.number)).toEqual(['16/CT-TTg']);
  });
});

describe('bad input', () => {
  test('a file that fails is reported with its reason and the rest loads', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-ingest-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    fs.copyFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith('000'))!), path.join(dir, 'good.txt'));
    const s = await ingestPaths([dir]);
    expect(s.failed.map((f) => [path.basename(f.source), f.error]).sort()).toEqual([['binary.txt', 'binary'], ['empty.txt', 'empty']]);
    expect(s.loaded).toBe(1);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('query plans', () => {
  /** Operators of a PROFILE of `name` run with `params` in a transaction that is rolled back. */
  async function profile(name: string, params: Record<string, unknown>, mode = 'PROFILE ') {
    const session = getDriver().session({ database: currentSettings().database });
    const tx = session.beginTransaction();
    try {
      const r = await tx.run(mode + cypher(name), params);
      if (!r.summary.profile) return [];
      const ops: Array<{ op: string; hits: number }> = [];
      const walk = (n: { operatorType: string; dbHits: number; children: unknown[] }) => {
        ops.push({ op: n.operatorType, hits: n.dbHits });
        n.children.forEach((c) => walk(c as typeof n));
      };
      walk(r.summary.profile as never);
      return ops;
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  test('an implied link is looked up between its two documents, even after a first run on an empty graph', async () => {
    // A batch's worth of links, first on the empty graph: a plan cached now (per query and list
    // size) would scan every relationship, which is cheapest while there are none.
    const batch = (l: { from: string; to: string; type: string }) => Array.from({ length: 200 }, (_, i) => ({ ...l, evidence: `e${i}`, quote: 'q', start: 0, end: 1 }));
    await profile('ingest-implied', { links: batch({ from: 'none', to: 'none', type: 'IMPLEMENTS' }) }, '');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-plan-'));
    try {
      await generateCorpus({ docs: 300, out: dir, seed: 'plan', noise: 0 });
      await ingestPaths([path.join(dir, 'docs')], { generated: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [link] = await readQuery<{ from: string; to: string; type: string }>(
      'MATCH (a:Document)-[r]->(b:Document) WHERE r.implied = true RETURN a.key AS from, b.key AS to, type(r) AS type LIMIT 1');
    expect(link).toBeDefined();
    const [{ rels }] = await readQuery<{ rels: number }>('MATCH ()-[r]->() RETURN count(r) AS rels');
    const ops = await profile('ingest-implied', { links: batch(link) });
    expect(ops.map((o) => o.op).join(' ')).not.toMatch(/AllRelationshipsScan|RelationshipTypeScan/);
    // Each link costs a handful of hits around its two documents, not one per relationship in the graph.
    expect(Math.max(...ops.map((o) => o.hits))).toBeLessThan(200 * rels / 4);
  });
});


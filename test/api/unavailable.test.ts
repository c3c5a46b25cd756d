/**
 * Neo4j down: a second app instance whose Neo4j URI (env NEO4J_URI, read by this test file's own
 * copy of the driver module) points at a closed port on 127.0.0.1, while the shared test server
 * keeps running. Every data endpoint answers 503 UnavailableError naming the URI, quickly (no
 * 15 s of driver retries); /api/health answers 200 with up:false. Then a TCP relay starts on that
 * port and forwards to the real server: the same app recovers without a restart; and 503 again
 * when the relay goes away.
 */
import * as net from 'node:net';
import request from 'supertest';
import { closeDriver } from '../../server/graph/driver';
import { ApiError, Health } from '../../server/schema';
import { closedPort, testApp, TOKEN } from './helpers';

const realUri = process.env.NEO4J_URI!;
let port = 0;
let downUri = '';
let app: ReturnType<typeof testApp>;

/** A TCP relay from 127.0.0.1:port to the real Neo4j, to bring "Neo4j" up and down at will. */
function relay(listenPort: number, target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 7687), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  return {
    start: () => new Promise<void>((resolve, reject) => server.once('error', reject).listen(listenPort, '127.0.0.1', () => resolve())),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  port = await closedPort();
  downUri = `bolt://127.0.0.1:${port}`;
  await closeDriver();
  process.env.NEO4J_URI = downUri;
  app = testApp();
});

afterAll(async () => {
  await closeDriver();
  process.env.NEO4J_URI = realUri;
});

const DATA_ENDPOINTS = [
  '/api/documents?q=covid',
  '/api/documents',
  `/api/documents/${encodeURIComponent('172-TB/TW|central|2020')}`,
  `/api/documents/${encodeURIComponent('172-TB/TW|central|2020')}/trace?depth=6`,
  `/api/path?from=${encodeURIComponent('a|b|1')}&to=${encodeURIComponent('c|d|2')}`,
  '/api/graph',
  '/api/export?format=graphml',
  '/api/export?format=csv&part=edges',
  '/api/issuers',
  '/api/stats',
];

async function expectUnavailable(res: request.Response) {
  expect({ status: res.status, error: res.body?.error }).toEqual({ status: 503, error: 'UnavailableError' });
  const body = ApiError.parse(res.body);
  expect(body.message).toContain(downUri);
  expect(res.headers['retry-after']).toBeDefined();
}

describe('Neo4j down', () => {
  test('health is 200 with neo4j.up false and the reason', async () => {
    const res = await request(app).get('/api/health');
    expect(res.status).toBe(200);
    const h = Health.parse(res.body);
    expect(h).toMatchObject({ status: 'degraded', neo4j: { up: false, uri: downUri } });
    expect(h.neo4j.error).toContain(downUri);
  });

  test.each(DATA_ENDPOINTS)('GET %s → 503 naming the URI, at once (no driver retries)', async (url) => {
    const started = Date.now();
    await expectUnavailable(await request(app).get(url));
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('an upload → 503 and nothing attempted after parsing', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 9/UBND-VX\n\nLai Châu, ngày 1 tháng 4 năm 2020\n\nKính gửi: Các sở.\n\nNội dung.\n';
    const started = Date.now();
    const res = await request(app).post('/api/documents?source=a.txt').set('Authorization', `Bearer ${TOKEN}`).type('text/plain').send(text);
    await expectUnavailable(res);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('Neo4j comes back, and goes again', () => {
  const r = () => relay(port, new URL(realUri.replace(/^[a-z0-9+]+:/, 'http:')));
  let current: ReturnType<typeof relay>;

  test('the same app answers again without a restart', async () => {
    await expectUnavailable(await request(app).get('/api/stats'));
    current = r();
    await current.start();
    const stats = await request(app).get('/api/stats');
    expect(stats.status).toBe(200);
    const health = Health.parse((await request(app).get('/api/health')).body);
    expect(health).toMatchObject({ status: 'ok', neo4j: { up: true, uri: downUri, error: null } });
    expect((await request(app).get('/api/documents?q=covid')).status).toBe(200);
  });

  test('and 503 again once it is gone', async () => {
    await current.stop();
    // The pooled connection dies with the relay; the next request may be the one to notice.
    let res = await request(app).get('/api/stats');
    if (res.status !== 503) res = await request(app).get('/api/stats');
    await expectUnavailable(res);
    expect(Health.parse((await request(app).get('/api/health')).body).neo4j.up).toBe(false);
  });
});

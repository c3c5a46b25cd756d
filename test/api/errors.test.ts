/**
 * Every error status of the API, against the real Neo4j (loaded with the seeds): 400 bad
 * parameters, 404 unknown ids and routes, 401 no/wrong token, 403 writes disabled, 413 too
 * large, 415 wrong content type, 422 unreadable uploads (nothing written), 429 too many writes,
 * and Cypher-injection strings in every parameter (nothing changes; 400, 404 or an empty result).
 * The 503 cases live in unavailable.test.ts. Tests assert the error's name, not its message.
 */
import request from 'supertest';
import { toHttpError } from '../../server/api/errors';
import { closeDriver } from '../../server/graph/driver';
import { UnavailableError } from '../../server/graph/errors';
import { QueryTimeoutError } from '../../server/graph/read';
import { InputError } from '../../server/parse';
import { ApiError } from '../../server/schema';
import { dbFingerprint, idOf, loadSeeds, lockDatabase, releaseDatabase, testApp, TOKEN } from './helpers';

const app = testApp();
let id628 = '';

beforeAll(async () => {
  await lockDatabase();
  await loadSeeds();
  id628 = await idOf(app, '628/UBND-VX');
});

afterAll(async () => {
  await closeDriver();
  releaseDatabase();
});

const enc = encodeURIComponent;

function expectError(res: request.Response, status: number, name: string) {
  expect({ status: res.status, error: res.body?.error }).toEqual({ status, error: name });
  const body = ApiError.parse(res.body);
  expect(body.message.length).toBeGreaterThan(0);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
}

describe('400 InvalidInputError', () => {
  const trace = () => `/api/documents/${enc(id628)}/trace`;
  test.each([
    ['/api/documents', { page: '0' }],
    ['/api/documents', { page: 'abc' }],
    ['/api/documents', { size: '1000' }],
    ['/api/documents', { size: '-1' }],
    ['/api/documents', { level: 'national' }],
    ['/api/documents', { from: '2020-13' }],
    ['/api/documents', { to: '21/3/2020' }],
    ['/api/documents', { stub: 'yes' }],
    ['/api/documents', { q: 'long'.repeat(126) }],
    ['/api/documents', 'q=a&q=b'],
    ['TRACE', { depth: '0' }],
    ['TRACE', { depth: '11' }],
    ['TRACE', { depth: '2.5' }],
    ['TRACE', { depth: 'deep' }],
    ['TRACE', { direction: 'sideways' }],
    ['TRACE', { relations: 'implements,quotes' }],
    ['TRACE', { relations: 'IMPLEMENTS' }],
    ['TRACE', { limit: '0' }],
    ['/api/path', {}],
    ['/api/path', { from: 'a' }],
    ['/api/path', { from: 'a', to: 'b', directed: 'maybe' }],
    ['/api/path', { from: 'a', to: 'b', maxPaths: '1000' }],
    ['/api/graph', { limit: '0' }],
    ['/api/graph', { limit: '5001' }],
    ['/api/graph', { level: 'central,provincial' }],
    ['/api/graph', { relations: 'cites,' }],
    ['/api/export', { format: 'pdf' }],
    ['/api/export', { format: 'csv', part: 'rows' }],
    ['/api/export', { from: 'yesterday' }],
  ] as Array<[string, Record<string, string> | string]>)('GET %s %j', async (route, query) => {
    const url = route === 'TRACE' ? trace() : route;
    const res = await request(app).get(typeof query === 'string' ? `${url}?${query}` : url).query(typeof query === 'string' ? {} : query);
    expectError(res, 400, 'InvalidInputError');
    expect(Array.isArray(res.body.details)).toBe(true);
  });

  test('a path parameter whose %-escapes do not decode', async () => {
    expectError(await request(app).get('/api/documents/%E0%A4%A'), 400, 'InvalidInputError');
  });
});

describe('404 NotFoundError', () => {
  test.each([
    [`/api/documents/${enc('404/XX|nowhere|2020')}`],
    [`/api/documents/${enc('404/XX|nowhere|2020')}/trace`],
    [`/api/path?from=${enc('404/XX|nowhere|2020')}&to=${enc('405/XX|nowhere|2020')}`],
    ['/api/no-such-route'],
    ['/api/documents/a/b/c'],
  ])('GET %s', async (url) => {
    expectError(await request(app).get(url), 404, 'NotFoundError');
  });

  test('POST to a read-only route', async () => {
    expectError(await request(app).post('/api/stats'), 404, 'NotFoundError');
  });
});

describe('writes: 401, 403, 413, 415, 422, 429', () => {
  const letter = Buffer.from('ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 1/UBND-VX\n\nLai Châu, ngày 1 tháng 4 năm 2020\n\nKính gửi: Các sở.\n\nNội dung.\n', 'utf8');

  test('401 without a token, with a wrong one, or a malformed header; nothing written', async () => {
    const before = await dbFingerprint();
    for (const auth of [undefined, 'Bearer wrong', 'Basic dGVzdDp0ZXN0', `Bearer ${TOKEN}x`, TOKEN]) {
      const req = request(app).post('/api/documents').type('text/plain').send(letter.toString());
      const res = await (auth ? req.set('Authorization', auth) : req);
      expectError(res, 401, 'UnauthorizedError');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
    expect(await dbFingerprint()).toEqual(before);
  });

  test('403 when the server has no API_TOKEN: writes are disabled', async () => {
    const readOnly = testApp({ apiToken: null });
    const res = await request(readOnly).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).type('text/plain').send(letter.toString());
    expectError(res, 403, 'ForbiddenError');
    expect(res.body.message).toMatch(/writes are disabled/i);
  });

  test('413 for a file or body above MAX_UPLOAD_BYTES, with nothing written', async () => {
    const small = testApp({ maxUploadBytes: 1000 });
    const before = await dbFingerprint();
    const big = Buffer.alloc(5000, 'a');
    const multipart = await request(small).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).attach('files', big, 'big.txt');
    expectError(multipart, 413, 'PayloadTooLargeError');
    const raw = await request(small).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).type('text/plain').send(big.toString());
    expectError(raw, 413, 'PayloadTooLargeError');
    const tooMany = testApp({ maxUploadFiles: 2 });
    let req = request(tooMany).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`);
    for (let i = 0; i < 3; i++) req = req.attach('files', letter, `l${i}.txt`);
    expectError(await req, 413, 'PayloadTooLargeError');
    expect(await dbFingerprint()).toEqual(before);
  });

  test('415 for a JSON body; 400 for files in another field or no file at all', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expectError(await request(app).post('/api/documents').set(auth).send({ text: 'x' }), 415, 'UnsupportedMediaTypeError');
    expectError(await request(app).post('/api/documents').set(auth).attach('file', letter, 'a.txt'), 400, 'InvalidInputError');
    expectError(await request(app).post('/api/documents').set(auth).field('note', 'no file'), 400, 'InvalidInputError');
    expectError(await request(app).post('/api/documents?source=../../etc/passwd').set(auth).type('text/plain').send('x'), 400, 'InvalidInputError');
  });

  test.each([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['a binary file', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), 'binary'],
    ['a file with no text', Buffer.from(' \n\t\n  ', 'utf8'), 'empty'],
    ['a ZIP that is not a .docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]), 'unsupported'],
  ])('422 UnprocessableError for %s, and nothing written even beside a good file', async (_label, bytes, code) => {
    const before = await dbFingerprint();
    const res = await request(app)
      .post('/api/documents')
      .set('Authorization', `Bearer ${TOKEN}`)
      .attach('files', letter, 'good.txt')
      .attach('files', bytes, 'bad.txt');
    expectError(res, 422, 'UnprocessableError');
    expect(res.body.details.errors).toEqual([{ source: 'bad.txt', error: code, message: expect.any(String) }]);
    const raw = await request(app).post('/api/documents?source=bad.txt').set('Authorization', `Bearer ${TOKEN}`).type('application/octet-stream').send(bytes);
    expectError(raw, 422, 'UnprocessableError');
    expect(await dbFingerprint()).toEqual(before);
  });

  test('429 after RATE_LIMIT_WRITES writes in a minute', async () => {
    const limited = testApp({ rateLimitWrites: 2, apiToken: null });
    const post = () => request(limited).post('/api/documents').type('text/plain').send('x');
    expectError(await post(), 403, 'ForbiddenError');
    expectError(await post(), 403, 'ForbiddenError');
    const res = await post();
    expectError(res, 429, 'TooManyRequestsError');
    expect(res.headers['ratelimit-policy'] ?? res.headers['ratelimit']).toBeDefined();
    // reads are not limited
    expect((await request(limited).get('/api/health')).status).toBe(200);
  });
});

describe('errors from other layers map to named API errors', () => {
  test.each([
    ['UnavailableError', new UnavailableError('Neo4j is unreachable at bolt://x:1: connection refused', { uri: 'bolt://x:1' }), 503, 'UnavailableError'],
    ['QueryTimeoutError', new QueryTimeoutError('graph-overview', 30_000), 503, 'QueryTimeoutError'],
    ['InputError', new InputError('binary', 'binary data, not text'), 422, 'UnprocessableError'],
    ['multer LIMIT_FILE_SIZE', Object.assign(new Error('File too large'), { name: 'MulterError', code: 'LIMIT_FILE_SIZE' }), 413, 'PayloadTooLargeError'],
    ['body-parser too large', Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 }), 413, 'PayloadTooLargeError'],
    ['a URIError with status 400', Object.assign(new URIError('Failed to decode param'), { status: 400 }), 400, 'InvalidInputError'],
    ['anything else', new TypeError('x is undefined at /secret/path.ts:12'), 500, 'InternalError'],
  ] as Array<[string, unknown, number, string]>)('%s → %i %s', (_label, err, status, name) => {
    const http = toHttpError(err);
    expect({ status: http.status, name: http.name }).toEqual({ status, name });
    if (status === 500) expect(http.message).toBe('Internal server error');
  });
});

describe('Cypher injection', () => {
  const ATTACKS = [
    "x' OR 1=1 //",
    '"}) DETACH DELETE n //',
    "\u0027",
    "') MATCH (n) DETACH DELETE n //",
    '$key} RETURN 1 UNION MATCH (n) DETACH DELETE n //',
    '`) CALL db.clearQueryCaches() //',
    "'; CALL dbms.killQueries([]) //",
  ];
  type Case = { route: string; params: Record<string, string>; attack: (a: string) => { url: string; query: Record<string, string> } };
  const cases = (): Case[] => {
    const out: Case[] = [];
    const qp = (route: string, base: Record<string, string>, names: string[]) => {
      for (const name of names) {
        out.push({ route, params: base, attack: (a) => ({ url: route, query: { ...base, [name]: a } }) });
      }
    };
    qp('/api/documents', {}, ['q', 'number', 'type', 'level', 'province', 'issuer', 'from', 'to', 'stub', 'page', 'size']);
    qp('/api/graph', {}, ['type', 'level', 'province', 'issuer', 'from', 'to', 'stub', 'relations', 'limit']);
    qp('/api/export', { format: 'csv' }, ['type', 'province', 'issuer', 'from', 'part', 'format', 'relations', 'limit']);
    qp('/api/path', { from: id628, to: id628 }, ['from', 'to', 'directed', 'relations', 'maxPaths']);
    const trace = `/api/documents/${enc(id628)}/trace`;
    qp(trace, {}, ['direction', 'depth', 'relations', 'limit']);
    out.push({ route: '/api/documents/:id', params: {}, attack: (a) => ({ url: `/api/documents/${enc(a)}`, query: {} }) });
    out.push({ route: '/api/documents/:id/trace', params: {}, attack: (a) => ({ url: `/api/documents/${enc(a)}/trace`, query: {} }) });
    return out;
  };

  const isEmpty = (body: Record<string, unknown>) => {
    if ('items' in body) return (body.items as unknown[]).length === 0 && body.total === 0;
    if ('paths' in body) return true; // the real ends are given; the attack landed in a validated param
    if ('nodes' in body) return (body.nodes as unknown[]).length === 0;
    return false;
  };

  test('no parameter of any endpoint changes the database or leaks data', async () => {
    const before = await dbFingerprint();
    let checked = 0;
    for (const c of cases()) {
      for (const attack of ATTACKS) {
        const { url, query } = c.attack(attack);
        const res = await request(app).get(url).query(query);
        const where = `${url} ${JSON.stringify(query)} → ${res.status} ${res.text.slice(0, 200)}`;
        expect([200, 400, 404]).toContain(res.status);
        if (res.status === 200) {
          if (res.headers['content-type']?.startsWith('text/csv')) {
            // header row only
            expect({ where, rows: res.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).length }).toEqual({ where, rows: 1 });
          } else {
            expect({ where, empty: isEmpty(res.body) }).toEqual({ where, empty: true });
          }
        } else {
          expect(['InvalidInputError', 'NotFoundError']).toContain(res.body.error);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(250);
    expect(await dbFingerprint()).toEqual(before);
    expect(before.nodes).toBeGreaterThan(10);
  });
});

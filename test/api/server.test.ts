/**
 * The server's lifecycle: startServer on port 0, graceful close (in-flight requests finish,
 * new connections are refused), and `npm run serve`'s entry (server/api/main.ts) printing its
 * URL and exiting cleanly on SIGTERM. No database state is needed.
 */
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import { startServer, stopServer } from '../../server/api/app';
import { loadConfig } from '../../server/api/config';
import { closeDriver } from '../../server/graph/driver';
import { REPO, TOKEN } from './helpers';

afterAll(async () => {
  await closeDriver();
});

test('loadConfig: defaults, and a bad value names its variable', () => {
  expect(loadConfig({})).toMatchObject({ port: 8080, host: '127.0.0.1', apiToken: null, maxUploadBytes: 20 * 1024 * 1024, logLevel: 'info' });
  expect(loadConfig({ PORT: '0', API_TOKEN: 's', MAX_UPLOAD_BYTES: '1000', RATE_LIMIT_WRITES: '5', LOG_LEVEL: 'silent', PORT_UNUSED: 'x' })).toMatchObject({
    port: 0,
    apiToken: 's',
    maxUploadBytes: 1000,
    rateLimitWrites: 5,
    logLevel: 'silent',
  });
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  expect(() => loadConfig({ MAX_UPLOAD_BYTES: '0' })).toThrow(/MAX_UPLOAD_BYTES/);
  expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
});

test('startServer on port 0 answers; close lets an in-flight request finish and refuses new ones', async () => {
  const server = await startServer({ port: 0, staticDir: null, config: { logLevel: 'silent', apiToken: TOKEN } });
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);

  // An upload whose body arrives slowly is in flight while the server closes.
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${server.url}/api/documents?source=slow.txt`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain', 'Content-Length': '6' },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write('   ');
    setTimeout(() => req.end('   '), 500);
  });
  await new Promise((r) => setTimeout(r, 100));
  const closed = server.close();
  await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  const { status, body } = await answer;
  expect(status).toBe(422);
  expect(JSON.parse(body).error).toBe('UnprocessableError');
  await closed;
  await stopServer();
});

test('npm run serve: prints the URL, serves, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), path.join('server', 'api', 'main.ts')], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', API_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      const m = /^(http:\/\/\S+)\n/m.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`no URL after 60 s: ${stderr}`)), 60_000);
  });
  const res = await fetch(`${url}/api/health`);
  expect(res.status).toBe(200);
  expect(stderr).toContain('writes disabled');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

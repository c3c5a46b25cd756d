/**
 * Helpers for the API tests: an app with a silent log, loading the seeds (read in place) or a
 * generated corpus through the real ingest, counting what the database holds, and a lock so
 * that API test files that clear the database never run at the same time in parallel workers
 * (`npm test` runs in band anyway; `npx jest test/api` may not).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { createApp } from '../../server/api/app';
import type { Config } from '../../server/api/config';
import { readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { SEEDS } from '../helpers/seeds';

export const REPO = path.resolve(__dirname, '..', '..');

/**
 * An app for tests: silent log, no static page unless asked, writes enabled with token 'test-token'.
 * @example const app = testApp(); await request(app).get('/api/health');
 */
export function testApp(overrides: Partial<Config> = {}) {
  return createApp({ logLevel: 'silent', staticDir: null, apiToken: 'test-token', rateLimitWrites: 10_000, ...overrides });
}

/** The test token of {@link testApp}. */
export const TOKEN = 'test-token';

/**
 * Empties the database and loads the four seed files.
 * @example await loadSeeds();
 */
export async function loadSeeds(): Promise<void> {
  await clearDatabase();
  const summary = await ingestPaths([SEEDS]);
  if (summary.failed.length) throw new Error(`seeds failed: ${JSON.stringify(summary.failed)}`);
}

/**
 * Generates a synthetic corpus with `npm run generate` (cached per size and seed in the OS temp
 * folder) and returns the folder of its documents.
 * @example const docs = generatedCorpus(300); await ingestPaths([docs], { generated: true });
 */
export function generatedCorpus(docs: number, seed = '7'): string {
  const out = path.join(os.tmpdir(), `directive-graph-api-test-corpus-${docs}-${seed}`);
  if (!fs.existsSync(path.join(out, 'truth', 'summary.json'))) {
    fs.rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'server/generate/cli.ts', '--docs', String(docs), '--out', out, '--seed', seed, '--quiet'], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return path.join(out, 'docs');
}

/** What the database holds: nodes, relationships, and a digest of every node's properties. */
export async function dbFingerprint(): Promise<{ nodes: number; rels: number; digest: string }> {
  const [counts] = await readQuery<{ nodes: number; rels: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const rows = await readQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.key, elementId(n)');
  const rels = await readQuery('MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS t, properties(r) AS p, b.key AS b ORDER BY a, t, b, toString(r.implied)');
  return { ...counts, digest: createHash('sha1').update(JSON.stringify([rows, rels])).digest('hex') };
}

/**
 * The id of the (first) document with this exact number, found through the API.
 * @example const id = await idOf(app, '172-TB/TW');
 */
export async function idOf(app: Parameters<typeof request>[0], number: string): Promise<string> {
  const res = await request(app).get('/api/documents').query({ number, size: 50 });
  if (res.status !== 200) throw new Error(`search ${number}: ${res.status} ${JSON.stringify(res.body)}`);
  const hit = (res.body.items as Array<{ id: string; number: string | null }>).find((d) => d.number === number);
  if (!hit) throw new Error(`no document numbered ${number}`);
  return hit.id;
}

/** A port on 127.0.0.1 that nothing listens on (right now). */
export async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

const LOCK_DIR = path.join(os.tmpdir(), `directive-graph-api-test-lock-${createHash('sha1').update(process.env.NEO4J_URI ?? '').digest('hex').slice(0, 12)}`);

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until no other API test file holds the database, then holds it (until {@link releaseDatabase}).
 * A lock left by a dead process is taken over.
 * @example beforeAll(() => lockDatabase()); afterAll(() => releaseDatabase());
 */
export async function lockDatabase(timeoutMs = 600_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() - started > timeoutMs) throw new Error(`database lock ${LOCK_DIR} still held after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Releases the lock taken by {@link lockDatabase} (only when this process holds it). */
export function releaseDatabase(): void {
  try {
    if (Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8')) === process.pid) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  } catch {
    // not held
  }
}

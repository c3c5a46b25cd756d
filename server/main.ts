/**
 * `npm start`: the whole product in one command. Starts (or reuses) a local Neo4j unless
 * NEO4J_URI points elsewhere, applies the schema, loads a corpus into an empty database (the
 * seeds when present, plus a generated demo corpus, marked as synthetic), builds the page if
 * needed, and serves page and API on one port. Ctrl-C stops the server and the Neo4j it started.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { applySchema } from './graph/cypher';
import { checkConnectivity, closeDriver, readQuery } from './graph/driver';
import { ingestPaths } from './graph/ingest';
import { DEFAULT_BOLT_PORT, DEFAULT_DATA_DIR, REPO_ROOT, startLocalNeo4j } from './neo4j/local';
import { generateCorpus } from './generate/generate';
import { startServer } from './api/app';

const log = (m: string) => process.stderr.write(`${m}\n`);

/** Where the demo corpus and its inputs live. */
const SEEDS = path.join(process.env.SHARED_DIR ? path.resolve(process.env.SHARED_DIR) : path.resolve(REPO_ROOT, '..', 'shared'), 'seeds');
const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');
/** Vite's CLI script: its package exports no subpaths, so it is run by file path. */
const VITE_BIN = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

async function main(): Promise<void> {
  let stopNeo4j: (() => Promise<void>) | null = null;
  if (!process.env.NEO4J_URI) {
    const neo = await startLocalNeo4j({
      dataDir: process.env.NEO4J_DATA_DIR ?? DEFAULT_DATA_DIR,
      boltPort: Number(process.env.NEO4J_BOLT_PORT ?? DEFAULT_BOLT_PORT),
      heapMax: process.env.NEO4J_HEAP_MAX,
      pageCache: process.env.NEO4J_PAGECACHE,
      detached: false,
      log,
    });
    process.env.NEO4J_URI = neo.uri;
    log(neo.alreadyRunning ? `Using the local Neo4j already running at ${neo.uri}.` : `Neo4j is up at ${neo.uri}.`);
    if (!neo.alreadyRunning) stopNeo4j = () => neo.stop();
  }
  await checkConnectivity();
  await applySchema();

  const [{ n }] = await readQuery<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  if (n === 0) await loadDemoCorpus();
  else log(`The database already holds ${n} documents; nothing loaded (empty it with: npm run ingest -- --reset PATH).`);

  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html')) || process.env.REBUILD_CLIENT) {
    log('Building the page (vite build)...');
    const r = spawnSync(process.execPath, [VITE_BIN, 'build', '--config', 'client/vite.config.ts'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }

  const server = await startServer({ port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1', staticDir: CLIENT_DIST });
  log(`Directive Graph is ready: ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('Stopping...');
    await server.close().catch(() => undefined);
    await closeDriver().catch(() => undefined);
    if (stopNeo4j) await stopNeo4j().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Seeds (real documents) and a generated corpus, so that the first screen has something to show. */
async function loadDemoCorpus(): Promise<void> {
  const docs = Number(process.env.DEMO_DOCS ?? 3000);
  const seed = process.env.DEMO_SEED ?? '1';
  const out = path.join(REPO_ROOT, '.cache', `demo-${docs}-${seed}`);
  if (!fs.existsSync(path.join(out, 'truth', 'summary.json'))) {
    log(`Generating a synthetic demo corpus of ${docs} documents (seed ${seed})...`);
    await generateCorpus({ docs, out, seed, noise: 0.05 });
  }
  log('Loading the demo corpus (synthetic documents, marked as generated)...');
  const gen = await ingestPaths([path.join(out, 'docs')], { generated: true });
  log(`  ${gen.documents} generated documents, ${gen.stubsCreated} stubs, ${gen.citations} citations.`);
  if (fs.existsSync(SEEDS)) {
    const real = await ingestPaths([SEEDS]);
    log(`  ${real.documents} real seed documents from ${SEEDS}.`);
  }
}

main().catch(async (e) => {
  log(`start: ${(e as Error).message}`);
  await closeDriver().catch(() => undefined);
  process.exit(1);
});

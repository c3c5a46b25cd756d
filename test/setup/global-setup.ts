/**
 * Jest global setup: gives the test run a real Neo4j.
 *
 * - NEO4J_URI already set: use that server (remote, Aura, cluster); only the schema is applied.
 * - Otherwise: start a throw-away Neo4j on a free 127.0.0.1 port with a fresh temp data dir,
 *   export NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE to process.env (workers are
 *   forked after this runs, so they inherit them), apply cypher/schema.cypher.
 *   global-teardown.ts stops it and deletes the data dir.
 * - When every selected test file lives in a folder that never touches Neo4j (PURE_DIRS,
 *   e.g. `jest test/parse`), nothing is started.
 * Instances left by a killed run (their jest process is gone) are removed first.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver } from '../../server/graph/driver';
import { cleanupOrphans, startLocalNeo4j } from '../../server/neo4j/local';

/** Prefix of the temp data dirs of test instances. */
export const TEST_DIR_PREFIX = 'directive-graph-neo4j-';

/** Test folders (relative to the repo root) whose tests never need Neo4j. */
const PURE_DIRS = ['test/parse/', 'test/analytics/', 'test/client/', 'test/generate/', 'test/io/'];

/** What global-teardown.ts needs, kept on globalThis (same process as this setup). */
export interface TestNeo4jHandle {
  dataDir: string;
  stop(): Promise<void>;
}

declare global {
  var __DIRECTIVE_GRAPH_NEO4J__: TestNeo4jHandle | undefined;
}

interface GlobalConfigLike {
  rootDir: string;
  onlyChanged?: boolean;
  findRelatedTests?: boolean;
  watch?: boolean;
  watchAll?: boolean;
  testPathPatterns?: {
    isSet(): boolean;
    toExecutor(o: { rootDir: string }): { isMatch(absPath: string): boolean };
  };
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...testFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

/**
 * True unless every test file jest will run is in a PURE_DIRS folder.
 * @example needsNeo4j({ rootDir: '/repo', testPathPatterns: patternsFor(['test/parse']) }) // → false
 */
export function needsNeo4j(config: GlobalConfigLike): boolean {
  if (config.onlyChanged || config.findRelatedTests || config.watch || config.watchAll) return true;
  const rootDir = config.rootDir;
  let files: string[];
  try {
    files = testFiles(path.join(rootDir, 'test'));
  } catch {
    return true;
  }
  const patterns = config.testPathPatterns;
  const matcher = patterns?.isSet() ? patterns.toExecutor({ rootDir }) : undefined;
  const selected = files.filter((f) => !matcher || matcher.isMatch(f));
  return selected.some((f) => {
    const rel = path.relative(rootDir, f).split(path.sep).join('/');
    return !PURE_DIRS.some((dir) => rel.startsWith(dir));
  });
}

/**
 * Jest globalSetup entry point.
 * @example // package.json: "jest": { "globalSetup": "<rootDir>/test/setup/global-setup.ts" }
 */
export default async function globalSetup(globalConfig: GlobalConfigLike): Promise<void> {
  if (!needsNeo4j(globalConfig)) return;
  const say = (m: string) => process.stderr.write(`[neo4j] ${m}\n`);

  if (process.env.NEO4J_URI) {
    say(`Using the Neo4j at ${process.env.NEO4J_URI} (NEO4J_URI is set).`);
    await applySchema();
    await closeDriver();
    return;
  }

  await cleanupOrphans(os.tmpdir(), TEST_DIR_PREFIX);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), TEST_DIR_PREFIX));
  const started = Date.now();
  try {
    const neo = await startLocalNeo4j({
      dataDir,
      boltPort: 0,
      heapInitial: '256m',
      heapMax: '1g',
      pageCache: '128m',
      detached: false,
      log: say,
    });
    globalThis.__DIRECTIVE_GRAPH_NEO4J__ = { dataDir, stop: neo.stop };
    process.env.NEO4J_URI = neo.uri;
    process.env.NEO4J_USER = neo.user;
    process.env.NEO4J_PASSWORD = neo.password;
    process.env.NEO4J_DATABASE = 'neo4j';
    await applySchema();
    await closeDriver();
    say(`Test Neo4j at ${neo.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (data ${dataDir}).`);
  } catch (err) {
    await closeDriver().catch(() => undefined);
    await globalThis.__DIRECTIVE_GRAPH_NEO4J__?.stop().catch(() => undefined);
    globalThis.__DIRECTIVE_GRAPH_NEO4J__ = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

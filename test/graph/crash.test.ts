/**
 * Neo4j stops in the middle of an ingest of 5,000 generated documents; after a restart the same
 * ingest runs again, and the graph equals that of a clean run. Uses its own throw-away Neo4j so
 * that killing it does not disturb the server the other tests share.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local';
import { generateCorpus } from '../../server/generate/generate';

const saved = { uri: process.env.NEO4J_URI };
let work: string;
let neo: LocalNeo4j | undefined;

const snapshot = async () => (await readQuery(
  `CALL () { MATCH (d:Document) RETURN count(CASE WHEN d.stub THEN null ELSE d END) AS docs, count(CASE WHEN d.stub THEN d END) AS stubs }
   CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
   CALL () { MATCH (a:Authority) RETURN count(a) AS authorities }
   CALL () { MATCH (:Document)-[r]->(:Document) RETURN count(DISTINCT type(r) + ':' + toString(r.implied)) AS kinds }
   RETURN docs, stubs, rels, authorities, kinds`))[0];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-crash-'));
  await generateCorpus({ docs: 5000, out: path.join(work, 'corpus'), seed: 'crash', noise: 0.05 });
  neo = await startLocalNeo4j({ dataDir: path.join(work, 'neo4j'), heapMax: '1g', pageCache: '256m' });
  process.env.NEO4J_URI = neo.uri;
  await closeDriver();
  await applySchema();
}, 600_000);

afterAll(async () => {
  await closeDriver();
  await neo?.stop().catch(() => undefined);
  process.env.NEO4J_URI = saved.uri;
  fs.rmSync(work, { recursive: true, force: true });
}, 120_000);

test('an ingest cut by a Neo4j crash, run again, equals a clean run', async () => {
  const docs = path.join(work, 'corpus', 'docs');
  let killed = false;
  const cut = ingestPaths([docs], {
    batchSize: 250,
    onProgress: (p) => {
      if (!killed && p.documents >= 1000) { killed = true; process.kill(neo!.pid, 'SIGKILL'); }
    },
  });
  await expect(cut).rejects.toHaveProperty('name', 'UnavailableError');
  expect(killed).toBe(true);
  await closeDriver();

  neo = await startLocalNeo4j({ dataDir: path.join(work, 'neo4j'), boltPort: neo!.boltPort, heapMax: '1g', pageCache: '256m' });
  const resumed = await ingestPaths([docs], { batchSize: 250 });
  expect(resumed.failed).toEqual([]);
  expect(resumed.unchanged).toBeGreaterThan(0);
  const afterResume = await snapshot();

  await clearDatabase();
  const clean = await ingestPaths([docs], { batchSize: 250 });
  expect(clean.failed).toEqual([]);
  expect(await snapshot()).toEqual(afterResume);
  expect(afterResume.docs).toBeGreaterThanOrEqual(4900);
}, 900_000);

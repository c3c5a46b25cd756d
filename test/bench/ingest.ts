/**
 * `npm run bench -- ingest [--docs 100000] [--small 10000] [--seed bench]`
 *
 * On a generated corpus (cached under .cache/bench-<docs>-<seed>), measured in one run on one
 * Neo4j (a throw-away local one unless NEO4J_URI is set):
 *  - the product's ingest (parse + load): documents/s and citations/s, peak RSS of this process,
 *    for the small corpus first and the full one next, so memory can be compared;
 *  - the baseline: the same node and relationship rows (documents, stubs, authorities, people;
 *    citations, implied links, issuer, recipients, signer, receipts, PART_OF) written with plain
 *    `UNWIND $rows CREATE` batches through the same driver (rows built beforehand, only writes timed),
 *    for the small corpus right after the product's small run (so both big runs meet an equally
 *    warm JVM) and for the full one;
 *  - the graph compared with the generator's ground truth: edges found / edges generated.
 * Results also go to bench-out/ingest.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseText } from '../../server/parse';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, getDriver, currentSettings, readQuery } from '../../server/graph/driver';
import { buildRows, clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { listInputs } from '../../server/io/read';
import { foldKey } from '../../server/parse/clean';
import { parseCsv } from '../api/formats';
import { generateCorpus } from '../../server/generate/generate';
import { REPO_ROOT, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local';

const arg = (args: string[], name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

async function corpus(docs: number, seed: string): Promise<string> {
  const out = path.join(REPO_ROOT, '.cache', `bench-${docs}-${seed}`);
  if (!fs.existsSync(path.join(out, 'truth', 'summary.json'))) {
    process.stderr.write(`generating ${docs} documents into ${out} ...\n`);
    await generateCorpus({ docs, out, seed, noise: 0.05 });
  }
  return out;
}

/** Peak RSS while `work` runs, sampled every 200 ms. */
async function withPeak<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number; seconds: number }> {
  let peak = rssMb();
  const timer = setInterval(() => { peak = Math.max(peak, rssMb()); }, 200);
  const t0 = process.hrtime.bigint();
  try {
    const value = await work();
    return { value, peakMb: Math.max(peak, rssMb()), seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
  } finally {
    clearInterval(timer);
  }
}

async function productIngest(dir: string) {
  await clearDatabase();
  const r = await withPeak(() => ingestPaths([path.join(dir, 'docs')], { generated: true, batchSize: 1000 }));
  const s = r.value;
  return { documents: s.documents, citations: s.citations, stubs: s.stubsCreated, seconds: r.seconds, peakRssMb: r.peakMb, timingsMs: s.timings,
    docsPerSec: s.documents / r.seconds, citationsPerSec: s.citations / r.seconds };
}

/** The same rows, written with plain CREATE batches; only the writes are timed. */
async function baseline(dir: string) {
  await clearDatabase();
  const files = listInputs([path.join(dir, 'docs')]);
  const driver = getDriver();
  const db = currentSettings().database;
  let writeSeconds = 0;
  let nodes = 0;
  let rels = 0;
  const seenAuth = new Set<string>();
  const seenNode = new Set<string>();
  const seenPart = new Set<string>();
  const seenPerson = new Set<string>();
  const session = driver.session({ database: db });
  const write = async (query: string, rows: unknown[]) => {
    if (!rows.length) return;
    const t0 = process.hrtime.bigint();
    await session.executeWrite((tx) => tx.run(query, { rows }));
    writeSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
  };
  try {
    for (let i = 0; i < files.length; i += 1000) {
      const batch = files.slice(i, i + 1000).flatMap((f) => {
        const text = fs.readFileSync(f, 'utf8');
        return parseText(text, f).map((doc) => ({ doc, text }));
      });
      const r = await buildRows(batch, { generated: true }, async () => []);
      const docs = r.docRows.filter((d) => !seenNode.has(d.key));
      docs.forEach((d) => seenNode.add(d.key));
      const stubs = [...r.stubs.values()].filter((s) => !seenNode.has(s.key));
      stubs.forEach((s) => seenNode.add(s.key));
      const auths = r.authorities.filter((a) => !seenAuth.has(a.key));
      auths.forEach((a) => seenAuth.add(a.key));
      await write('UNWIND $rows AS r CREATE (d:Document) SET d = r.props, d.key = r.key', docs.map((d) => ({ key: d.key, props: d.props })));
      await write('UNWIND $rows AS r CREATE (d:Document) SET d = r.props, d.key = r.key, d.stub = true', stubs.map((s) => ({ key: s.key, props: s.props })));
      await write('UNWIND $rows AS r CREATE (a:Authority) SET a = r', auths);
      await write('UNWIND $rows AS r MATCH (c:Authority {key: r.child}) MATCH (p:Authority {key: r.parent}) CREATE (c)-[:PART_OF]->(p)',
        r.partOf.filter((p) => !seenPart.has(`${p.child}>${p.parent}`) && seenPart.add(`${p.child}>${p.parent}`)));
      await write('UNWIND $rows AS r MATCH (d:Document {key: r.doc}) MATCH (a:Authority {key: r.auth}) CREATE (d)-[:ISSUED_BY]->(a)',
        docs.filter((d) => d.issuerKey).map((d) => ({ doc: d.key, auth: d.issuerKey })));
      const recipients = docs.flatMap((d) => d.recipients.map((x) => ({ doc: d.key, auth: x.key, list: x.list, position: x.position })));
      await write('UNWIND $rows AS r MATCH (d:Document {key: r.doc}) MATCH (a:Authority {key: r.auth}) CREATE (d)-[:ADDRESSED_TO {list: r.list, position: r.position}]->(a)', recipients);
      const people = docs.filter((d) => d.signer && !seenPerson.has(d.signer.key) && seenPerson.add(d.signer.key)).map((d) => d.signer!);
      await write('UNWIND $rows AS r CREATE (p:Person {key: r.key, name: r.name})', people);
      const signed = docs.filter((d) => d.signer).map((d) => ({ doc: d.key, person: d.signer!.key, capacity: d.signer!.capacity }));
      await write('UNWIND $rows AS r MATCH (d:Document {key: r.doc}) MATCH (p:Person {key: r.person}) CREATE (d)-[:SIGNED_BY {capacity: r.capacity}]->(p)', signed);
      const receipts = docs.flatMap((d) => d.receipts.map((x) => ({ doc: d.key, auth: x.key, on: x.on, registerNo: x.registerNo })));
      await write('UNWIND $rows AS r MATCH (d:Document {key: r.doc}) MATCH (a:Authority {key: r.auth}) CREATE (d)-[:RECEIVED_BY {on: r.on, registerNo: r.registerNo}]->(a)', receipts);
      nodes += people.length;
      rels += r.partOf.length + recipients.length + signed.length + receipts.length;
      await write('UNWIND $rows AS r MATCH (a:Document {key: r.from}) MATCH (b:Document {key: r.to}) CREATE (a)-[c:CITES]->(b) SET c = r.props',
        r.citeRows);
      await write('UNWIND $rows AS r MATCH (a:Document {key: r.from}) MATCH (b:Document {key: r.to}) CREATE (a)-[c:IMPLEMENTS {implied: true}]->(b) SET c.evidence = [r.evidence], c.quote = r.quote',
        r.links);
      nodes += docs.length + stubs.length + auths.length;
      rels += docs.length + r.citeRows.length + r.links.length;
    }
  } finally {
    await session.close();
  }
  return { nodes, relationships: rels, writeSeconds };
}

/**
 * Edges found / edges generated. A cited document with a number is matched by the two numbers; a
 * law cited by its name only (the truth's key is "Luật X@date|central|year") by the citing number
 * and the law's name, folded.
 */
async function truthCheck(dir: string) {
  // (The generator ends lines with LF; the strict reader wants RFC 4180's CRLF.)
  const rows = parseCsv(fs.readFileSync(path.join(dir, 'truth', 'edges.csv'), 'utf8').replace(/\r?\n/g, '\r\n')).slice(1).filter((r) => r.length >= 5);
  const truth = new Map<string, string>();
  for (const [, toKey, relation, fromNumber, toNumber] of rows) {
    const to = toNumber || `name:${foldKey(toKey.split('@')[0])}`;
    truth.set(`${fromNumber}>${to}`, relation);
  }
  const found = await readQuery<{ a: string; b: string | null; title: string | null; rel: string }>(
    'MATCH (a:Document)-[r]->(b:Document) WHERE r.implied = false AND a.number IS NOT NULL RETURN a.number AS a, b.number AS b, b.title AS title, toLower(type(r)) AS rel');
  const graph = new Map<string, string>();
  for (const f of found) {
    if (f.b) graph.set(`${f.a}>${f.b}`, f.rel);
    else if (f.title) graph.set(`${f.a}>name:${foldKey(f.title)}`, f.rel);
  }
  let hit = 0;
  let sameRelation = 0;
  let byName = 0;
  let byNameHit = 0;
  for (const [k, rel] of truth) {
    const named = k.includes('>name:');
    if (named) byName++;
    if (graph.has(k)) { hit++; if (named) byNameHit++; if (graph.get(k) === rel) sameRelation++; }
  }
  return {
    generatedEdges: truth.size, graphEdges: graph.size, found: hit, recall: hit / Math.max(1, truth.size), relationAgreement: sameRelation / Math.max(1, hit),
    lawsByName: { generated: byName, found: byNameHit },
  };
}

export async function run(args: string[]): Promise<void> {
  const docs = Number(arg(args, '--docs', '100000'));
  const small = Number(arg(args, '--small', String(Math.min(10000, docs))));
  const seed = arg(args, '--seed', 'bench');
  let neo: LocalNeo4j | undefined;
  let work: string | undefined;
  if (!process.env.NEO4J_URI) {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-bench-ingest-'));
    neo = await startLocalNeo4j({ dataDir: work, heapMax: '4g', pageCache: '2g', log: (m) => process.stderr.write(m + '\n') });
    process.env.NEO4J_URI = neo.uri;
  }
  try {
    await applySchema();
    const smallDir = await corpus(small, seed);
    const bigDir = await corpus(docs, seed);
    // Small corpus first, through both paths, so the JVM is equally warm for the big comparison
    // (the baseline, run last, would otherwise profit from all the product's warm-up).
    process.stderr.write(`product ingest of ${small} documents ...\n`);
    const s = await productIngest(smallDir);
    process.stderr.write(`baseline (plain UNWIND CREATE) of the same rows ...\n`);
    const baseSmall = await baseline(smallDir);
    process.stderr.write(`product ingest of ${docs} documents ...\n`);
    const b = await productIngest(bigDir);
    const truth = await truthCheck(bigDir);
    const counts = (await readQuery('MATCH (d:Document) RETURN count(d) AS nodes, count(CASE WHEN d.stub THEN 1 END) AS stubs'))[0];
    process.stderr.write(`baseline (plain UNWIND CREATE) of the same rows ...\n`);
    const base = await baseline(bigDir);
    const ratio = b.seconds / base.writeSeconds;
    const ratioSmall = s.seconds / baseSmall.writeSeconds;
    const result = { docs, small, seed, uri: currentSettings().uri, smallRun: s, bigRun: b, baselineSmall: baseSmall, baseline: base, ratioIngestToBaselineSmall: ratioSmall, ratioIngestToBaseline: ratio, truth, counts };
    fs.mkdirSync(path.join(REPO_ROOT, 'bench-out'), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, 'bench-out', 'ingest.json'), JSON.stringify(result, null, 2));
    const f = (x: number) => x.toFixed(1);
    console.log([
      `ingest benchmark (${os.cpus().length} cores, Neo4j at ${result.uri})`,
      `  ${small} docs: ${f(s.seconds)} s, ${f(s.docsPerSec)} docs/s, ${f(s.citationsPerSec)} citations/s, peak RSS ${s.peakRssMb} MB; baseline ${f(baseSmall.writeSeconds)} s, ratio ${ratioSmall.toFixed(2)}`,
      `  ${docs} docs: ${f(b.seconds)} s, ${f(b.docsPerSec)} docs/s, ${f(b.citationsPerSec)} citations/s, peak RSS ${b.peakRssMb} MB`,
      `    time spent (ms, parse overlaps writes): ${JSON.stringify(b.timingsMs)}`,
      `  baseline UNWIND CREATE of ${base.nodes} nodes + ${base.relationships} relationships: ${f(base.writeSeconds)} s`,
      `  ratio product ingest / baseline: ${ratio.toFixed(2)} (target ≤ 2)`,
      `  ground truth: ${truth.found}/${truth.generatedEdges} generated edges found (recall ${(truth.recall * 100).toFixed(1)}%; laws cited by name ${truth.lawsByName.found}/${truth.lawsByName.generated}), relation agrees on ${(truth.relationAgreement * 100).toFixed(1)}%`,
    ].join('\n'));
  } finally {
    await closeDriver();
    if (neo) await neo.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- analytics [--docs 100000] [--seed bench] [--pairs 1000] [--pagerank-steps 5] [--keep] [--fresh]`
 *
 * The analytics (issue #6) on a generated corpus (cached under .cache/bench-<docs>-<seed>,
 * generated when absent), ingested into a local Neo4j kept under
 * .cache/bench-analytics-neo4j-<docs>-<seed> (unless NEO4J_URI is set): an instance already
 * running there is reused as is, a stopped one is restarted on its data, and the corpus is
 * ingested only when the database does not hold it yet (--fresh deletes the data first; --keep
 * leaves the server running for the next run). Measured, in order:
 *  - the whole-graph reads (node table, citation edges) the in-memory analytics start from;
 *  - the coverage matrix of the 20 most implemented central documents × 63 provinces: cold
 *    (ranking of central documents included), warm, and with the 20 roots given;
 *  - the lag report and summary of the most implemented document;
 *  - text reuse per 1,000 document pairs: end to end (texts read, aligned, (:Reuse) written)
 *    and the alignment alone;
 *  - rankings by in-degree, reach and PageRank in memory: through the API cold and warm
 *    (memoized), and the computation alone; PageRank by the typed-array power iteration, by
 *    graphology-metrics, and by Cypher power iterations (a few steps, timed per iteration);
 *    in-degree in Cypher;
 *  - status flags of 2,000 documents in bulk, and the gaps report;
 *  - agreement of the coverage matrix with the generator's ground truth.
 * Results also go to bench-out/analytics.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, currentSettings, readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import {
  clearAnalyticsCache,
  computeAllReuse,
  coverageReport,
  gapsReport,
  indegreeViaCypher,
  lagReport,
  pagerankViaCypher,
  rankingsReport,
  readCitationGraph,
  statusFlagsFor,
  topImplemented,
} from '../../server/graph/analytics-read';
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { textReuse } from '../../server/analytics/reuse';
import { compactGraph, pageRanks, rankDocuments, reachCounts } from '../../server/analytics/rankings';
import { canonicalProvince } from '../../server/analytics/graph';
import type { CoverageMatrix } from '../../server/analytics/schema';
import { generateCorpus } from '../../server/generate/generate';
import { REPO_ROOT, localStatus, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j/local';

const arg = (args: string[], name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const say = (m: string) => process.stderr.write(`${m}\n`);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await work();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function corpus(docs: number, seed: string): Promise<string> {
  const out = path.join(REPO_ROOT, '.cache', `bench-${docs}-${seed}`);
  if (!fs.existsSync(path.join(out, 'truth', 'summary.json'))) {
    say(`generating ${docs} documents into ${out} ...`);
    await generateCorpus({ docs, out, seed, noise: 0.05 });
  }
  return out;
}

/** Loaded generated documents in the database (0 when empty). */
async function generatedCount(): Promise<number> {
  const [r] = await readQuery<{ n: number }>('MATCH (d:Document) WHERE d.generated = true AND d.stub = false RETURN count(d) AS n');
  return r?.n ?? 0;
}

/** Coverage agreement with the ground truth (same measure as test/graph/analytics.test.ts). */
function agreement(dir: string, m: CoverageMatrix) {
  const docs = new Map<string, { number: string | null; level: string; province: string | null; issuedOn: string | null }>();
  for (const line of fs.readFileSync(path.join(dir, 'truth', 'documents.jsonl'), 'utf8').split('\n')) if (line.trim()) { const d = JSON.parse(line); docs.set(d.key, d); }
  const children = new Map<string, string[]>();
  for (const line of fs.readFileSync(path.join(dir, 'truth', 'edges.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [from, to, relation] = line.split(',');
    if (relation === 'implements') (children.get(to) ?? children.set(to, []).get(to)!).push(from);
  }
  const byNumberYear = new Map<string, string>();
  for (const [key, d] of docs) if (d.level === 'central' && d.number && d.issuedOn) byNumberYear.set(`${d.number}|${d.issuedOn.slice(0, 4)}`, key);
  let cells = 0, agree = 0, tp = 0, fp = 0, fn = 0, sameDate = 0, mapped = 0;
  m.columns.forEach((col, i) => {
    const root = byNumberYear.get(`${col.number}|${col.issuedOn?.slice(0, 4)}`);
    if (!root) return;
    mapped++;
    const earliest = new Map<string, string>();
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
      for (const c of children.get(queue.shift()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push(c);
        const d = docs.get(c);
        const p = canonicalProvince(d?.province);
        if (p && d?.issuedOn && (!earliest.has(p) || d.issuedOn < earliest.get(p)!)) earliest.set(p, d.issuedOn);
      }
    }
    for (const row of m.rows) {
      const cell = row.cells[i];
      const expected = earliest.get(row.province);
      cells++;
      if (cell.covered === (expected !== undefined)) agree++;
      if (cell.covered && expected) { tp++; if (cell.earliest?.issuedOn === expected) sameDate++; }
      else if (cell.covered) fp++;
      else if (expected) fn++;
    }
  });
  return { columnsMatched: mapped, cells, cellAgreement: agree / cells, precision: tp / (tp + fp), recall: tp / (tp + fn), earliestDateAgreement: sameDate / Math.max(1, tp), coveredCells: tp + fn };
}

/**
 * Runs the benchmark (see the file header for the options).
 * @example await run(['--docs', '10000', '--keep'])
 */
export async function run(args: string[]): Promise<void> {
  const docs = Number(arg(args, '--docs', '100000'));
  const seed = arg(args, '--seed', 'bench');
  const pairs = Number(arg(args, '--pairs', '1000'));
  const prSteps = Number(arg(args, '--pagerank-steps', '5'));
  const keep = args.includes('--keep');
  const fresh = args.includes('--fresh');
  const dir = await corpus(docs, seed);

  let neo: LocalNeo4j | undefined;
  let started = false;
  if (!process.env.NEO4J_URI) {
    const dataDir = path.join(REPO_ROOT, '.cache', `bench-analytics-neo4j-${docs}-${seed}`);
    if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
    const st = await localStatus(dataDir);
    if (st.state === 'running' && st.uri) {
      say(`reusing the bench Neo4j running at ${st.uri} (${dataDir})`);
      process.env.NEO4J_URI = st.uri;
    } else {
      neo = await startLocalNeo4j({ dataDir, heapMax: '4g', pageCache: '2g', detached: keep, log: say });
      started = !neo.alreadyRunning;
      process.env.NEO4J_URI = neo.uri;
    }
  }
  const result: Record<string, unknown> = { docs, seed, cores: os.cpus().length, loadAverage: os.loadavg() };
  try {
    await applySchema();
    let ingestSeconds: number | null = null;
    const have = await generatedCount();
    if (have < docs * 0.9) {
      say(`ingesting ${docs} documents from ${dir}/docs (the database holds ${have}) ...`);
      await clearDatabase();
      const t = await timed(() => ingestPaths([path.join(dir, 'docs')], { generated: true, batchSize: 1000, onProgress: (p) => { if (p.documents % 10000 < 1000) say(`  ${p.documents} documents`); } }));
      ingestSeconds = t.ms / 1000;
    } else say(`the database already holds ${have} generated documents: ingest skipped`);
    const [size] = await readQuery('MATCH (d:Document) WITH count(d) AS documents, count(CASE WHEN d.stub THEN 1 END) AS stubs CALL () { MATCH (:Document)-[r]->(:Document) RETURN count(r) AS citations } RETURN documents, stubs, citations');
    Object.assign(result, { uri: currentSettings().uri, ingestSeconds, graph: size });
    say(`graph: ${JSON.stringify(size)}`);

    // Whole-graph reads.
    clearAnalyticsCache();
    const allEdges = await timed(() => readCitationGraph());
    clearAnalyticsCache();
    const implEdges = await timed(() => readCitationGraph(['implements']));
    result.graphReads = { allRelationsMs: allEdges.ms, allRelationsEdges: allEdges.value.edges.length, implementsMs: implEdges.ms, implementsEdges: implEdges.value.edges.length, nodes: allEdges.value.nodes.length };
    say(`graph reads: ${JSON.stringify(result.graphReads)}`);

    // Coverage.
    clearAnalyticsCache();
    const covCold = await timed(() => coverageReport({ limit: 20 }));
    const covWarm = await timed(() => coverageReport({ limit: 20 }));
    const m = covWarm.value as CoverageMatrix;
    const roots = m.columns.map((c) => c.id);
    const covRoots = await timed(() => coverageReport({ roots }));
    const top = await timed(() => topImplemented(20));
    result.coverage = {
      coldMs: covCold.ms, warmMs: covWarm.ms, givenRootsMs: covRoots.ms, rankingCentralMs: top.ms,
      columns: m.columns.length, rows: m.rows.length,
      implementers: m.columns.map((c) => c.implementers), coveredProvinces: m.columns.map((c) => c.coveredProvinces),
      truth: agreement(dir, m),
    };
    say(`coverage: ${JSON.stringify(result.coverage)}`);

    // Lag of the most implemented document.
    const lag = await timed(() => lagReport(roots[0]));
    result.lag = { root: roots[0], ms: lag.ms, documents: lag.value?.total, undated: lag.value?.undated.length, inconsistent: lag.value?.inconsistent.length, overall: lag.value?.summary.overall, levels: lag.value?.summary.byLevel.length, provinces: lag.value?.summary.byProvince.length };
    say(`lag: ${JSON.stringify(result.lag)}`);

    // Text reuse per 1,000 pairs.
    const e2e = await timed(() => computeAllReuse({ maxPairs: pairs, force: true, batchSize: 500 }));
    const stored = await readQuery<{ child: string; parent: string }>('MATCH (x:Reuse) RETURN x.child AS child, x.parent AS parent ORDER BY x.computedAt DESC, x.key LIMIT toInteger($limit)', { limit: pairs });
    const keys = [...new Set(stored.flatMap((s) => [s.child, s.parent]))];
    const texts = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 1000) {
      for (const r of await readQuery<{ key: string; text: string }>('UNWIND $keys AS k MATCH (d:Document {key: k}) RETURN d.key AS key, d.text AS text', { keys: keys.slice(i, i + 1000) })) texts.set(r.key, r.text);
    }
    let chars = 0;
    let shares = 0;
    const t0 = process.hrtime.bigint();
    for (const s of stored) {
      const c = texts.get(s.child) ?? '';
      const p = texts.get(s.parent) ?? '';
      chars += c.length + p.length;
      shares += textReuse(c, p).share;
    }
    const alignMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const n = Math.max(1, stored.length);
    result.reuse = {
      pairs: e2e.value.computed, endToEndMs: e2e.ms, endToEndMsPer1000: (e2e.ms / Math.max(1, e2e.value.computed)) * 1000,
      alignOnlyMsPer1000: (alignMs / n) * 1000, meanChars: chars / n / 2, meanShare: shares / n,
    };
    say(`reuse: ${JSON.stringify(result.reuse)}`);

    // Rankings: in memory (graph read + compute, then memoized) vs Cypher.
    clearAnalyticsCache();
    const rankCold = await timed(() => rankingsReport({ by: 'pagerank', limit: 20 }));
    const rankWarm = await timed(() => rankingsReport({ by: 'pagerank', limit: 20 }));
    const g = await readCitationGraph();
    const rank: Record<string, number> = { apiColdMs: rankCold.ms, apiWarmMs: rankWarm.ms };
    for (const by of ['indegree', 'reach', 'pagerank'] as const) rank[`${by}ComputeMs`] = (await timed(async () => rankDocuments(g, { by, limit: 20 }))).ms;
    const c = compactGraph(g);
    rank.indexMs = (await timed(async () => compactGraph(g))).ms;
    rank.pagerankOnlyMs = (await timed(async () => pageRanks(c))).ms;
    rank.pagerankGraphologyMs = (await timed(async () => {
      const gg = new DirectedGraph();
      for (const id of c.ids) gg.addNode(id);
      for (let k = 0; k < c.edges; k++) gg.addEdge(c.ids[c.pairs[2 * k]], c.ids[c.pairs[2 * k + 1]]);
      return pagerank(gg, { getEdgeWeight: null, alpha: 0.85, maxIterations: 1000, tolerance: 1e-9 });
    })).ms;
    rank.reachAllCentralMs = (await timed(async () => reachCounts(c, c.ids.map((_, i) => i).filter((i) => g.nodes[i]?.level === 'central')))).ms;
    const cyIn = await timed(() => indegreeViaCypher({ limit: 20 }));
    rank.indegreeCypherMs = cyIn.ms;
    const inMem = (await rankingsReport({ by: 'indegree', limit: 20 })).items.map((i) => i.indegree);
    const sameIndegree = JSON.stringify(inMem) === JSON.stringify(cyIn.value.map((x) => x.indegree));
    const cyPr = await timed(() => pagerankViaCypher({ maxIterations: prSteps, tolerance: 0 }));
    const memPr = (await rankingsReport({ by: 'pagerank', limit: 20 })).items;
    result.rankings = {
      ...rank, indegreeSameTop20: sameIndegree,
      pagerankCypherMs: cyPr.ms, pagerankCypherIterations: cyPr.value.iterations, pagerankCypherMsPerIteration: cyPr.ms / Math.max(1, cyPr.value.iterations),
      topPagerank: memPr.slice(0, 5).map((i) => ({ id: i.id, pagerank: i.pagerank, indegree: i.indegree, reach: i.reach })),
    };
    say(`rankings: ${JSON.stringify(result.rankings)}`);

    // Status flags in bulk, gaps.
    const ids = (await readQuery<{ key: string }>('MATCH (d:Document) WHERE d.stub = false RETURN d.key AS key ORDER BY d.key LIMIT 2000')).map((r) => r.key);
    const st = await timed(() => statusFlagsFor(ids));
    const gaps = await timed(() => gapsReport());
    result.status = { ids: ids.length, ms: st.ms, restsOnSuperseded: [...st.value.values()].filter((f) => f.restsOnSuperseded).length };
    result.gaps = { ms: gaps.ms, unloaded: gaps.value.unloaded.total, dateInversions: gaps.value.dateInversions.total, missingProvinceColumns: gaps.value.missingProvinces.length };
    say(`status: ${JSON.stringify(result.status)}; gaps: ${JSON.stringify(result.gaps)}`);

    fs.mkdirSync(path.join(REPO_ROOT, 'bench-out'), { recursive: true });
    fs.writeFileSync(path.join(REPO_ROOT, 'bench-out', 'analytics.json'), JSON.stringify(result, null, 2));
    const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
    const cov = result.coverage as { coldMs: number; warmMs: number; givenRootsMs: number; truth: ReturnType<typeof agreement> };
    const re = result.reuse as { endToEndMsPer1000: number; alignOnlyMsPer1000: number; meanChars: number };
    const rk = result.rankings as Record<string, number | boolean>;
    console.log([
      `analytics benchmark: ${docs} generated documents (${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}), Neo4j at ${result.uri}`,
      `  graph: ${JSON.stringify(size)}${ingestSeconds !== null ? `, ingested in ${f(ingestSeconds)} s` : ''}`,
      `  coverage 20 × 63: cold ${f(cov.coldMs)} ms, warm ${f(cov.warmMs)} ms, roots given ${f(cov.givenRootsMs)} ms; truth: cells ${(cov.truth.cellAgreement * 100).toFixed(1)}%, precision ${(cov.truth.precision * 100).toFixed(1)}%, recall ${(cov.truth.recall * 100).toFixed(1)}%, earliest date ${(cov.truth.earliestDateAgreement * 100).toFixed(1)}%`,
      `  lag of the most implemented document: ${f(lag.ms)} ms (${lag.value?.total} documents)`,
      `  text reuse per 1,000 pairs: ${f(re.endToEndMsPer1000)} ms end to end, ${f(re.alignOnlyMsPer1000)} ms alignment only (mean ${f(re.meanChars)} chars per text)`,
      `  rankings (API): cold ${f(rk.apiColdMs as number)} ms (graph read + all three metrics), warm ${f(rk.apiWarmMs as number)} ms (memoized)`,
      `  rankings in memory, compute only: by in-degree ${f(rk.indegreeComputeMs as number)} ms, by reach ${f(rk.reachComputeMs as number)} ms, by PageRank ${f(rk.pagerankComputeMs as number)} ms (each with all three metrics)`,
      `  PageRank alone: typed-array power iteration ${f(rk.pagerankOnlyMs as number)} ms, graphology-metrics ${f(rk.pagerankGraphologyMs as number)} ms (graph build included)`,
      `  in Cypher: in-degree ${f(rk.indegreeCypherMs as number)} ms (same top 20: ${rk.indegreeSameTop20}); PageRank ${f(rk.pagerankCypherMsPerIteration as number)} ms per iteration (${rk.pagerankCypherIterations} run)`,
      `  status flags of ${ids.length} documents: ${f(st.ms)} ms; gaps: ${f(gaps.ms)} ms`,
    ].join('\n'));
  } finally {
    await closeDriver();
    if (neo && started && !keep) await neo.stop();
  }
}

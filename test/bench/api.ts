/**
 * API benchmark (`npm run bench -- api`, or standalone `npx tsx test/bench/api.ts`).
 *
 * Prepares a generated graph of --docs documents (default 100 000): unless --uri (or NEO4J_URI)
 * names an existing database to reuse, it starts a local Neo4j with its data in
 * <tmp>/directive-graph-bench-<docs> (kept between runs, so the slow load happens once),
 * generates the corpus (`npm run generate`'s generator, cached in <tmp>) and ingests it.
 * Then it starts the API on loopback in a process of its own (`npm run serve`, as deployed; with
 * --in-process, in this one, where the load tool's own work shares the server's event loop) and
 * drives it with autocannon from this process:
 *   - search, document, trace (down, depth 6; typical roots: sampled loaded documents cited at least
 *     once; and the 40 most cited, whose traces hold thousands of nodes) and overview: p50/p95/p99
 *     latency and req/s at --connections (default 10) for --duration seconds (default 10), each
 *     after a short warm-up;
 *   - the same trace query straight through the driver (server/graph's runRead of
 *     trace query with the API's parameters: no HTTP, no zod, no JSON), at 1 and at --connections
 *     concurrent callers, in alternating 2 s rounds with the API so that background load weighs on
 *     both alike; the API/driver ratio of p50 latency (target ≤ 1.3);
 *   - a mixed load of all four at 100 connections for 30 s: errors, timeouts and non-2xx must be 0.
 * Prints a table and writes bench-out/api.json.
 *
 * Options: --docs N, --uri URI, --data DIR, --duration S, --connections C,
 *          --stress-connections C (100), --stress-duration S (30), --seed S, --keep (leave the
 *          local Neo4j running for the next run; by default it is stopped, its data dir kept),
 *          --no-cache (READ_CACHE=off: every whole-graph read hits Neo4j; writes bench-out/api-no-cache.json),
 *          --in-process (the API in the bench process, beside autocannon),
 *          --cpu-prof (the API process writes a V8 CPU profile to bench-out/api-profile/ when it stops).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from '../../server/api/app';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { overviewGraph, overviewParams, runRead, searchDocuments, traceParams, traceQueryName } from '../../server/graph/read';
import { generateCorpus } from '../../server/generate/generate';
import { startLocalNeo4j } from '../../server/neo4j/local';
import { benchArgs } from './args';

const ROOT = path.resolve(__dirname, '../..');
const OUT = (cache: boolean) => path.join(ROOT, 'bench-out', cache ? 'api.json' : 'api-no-cache.json');
const TARGET_RATIO = 1.3;
const PROFILE_DIR = path.join(ROOT, 'bench-out', 'api-profile');
const say = (m: string) => process.stderr.write(`${m}\n`);

interface Options {
  docs: number;
  uri: string | null;
  data: string;
  duration: number;
  connections: number;
  stressConnections: number;
  stressDuration: number;
  seed: string;
  keep: boolean;
  cache: boolean;
  inProcess: boolean;
  cpuProf: boolean;
}

/** Latency summary in milliseconds, throughput in requests per second. */
interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  meanBytes?: number;
  /** Raw latencies (dropped from the output). */
  raw?: number[];
}

function parseArgs(args: string[]): Options {
  const { get, num } = benchArgs(args);
  const docs = num('docs', 100_000);
  return {
    docs,
    uri: get('uri') ?? process.env.NEO4J_URI ?? null,
    data: get('data') ?? path.join(os.tmpdir(), `directive-graph-bench-${docs}`),
    duration: num('duration', 10),
    connections: num('connections', 10),
    stressConnections: num('stress-connections', 100),
    stressDuration: num('stress-duration', 30),
    seed: get('seed') ?? 'bench',
    keep: args.includes('--keep'),
    cache: !args.includes('--no-cache'),
    inProcess: args.includes('--in-process'),
    cpuProf: args.includes('--cpu-prof'),
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function summarize(latencies: number[], seconds: number, extra: Partial<Figures> = {}): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  const figures: Figures = {
    requests: sorted.length,
    rps: r(sorted.length / seconds),
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    max: r(sorted[sorted.length - 1] ?? 0),
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    ...extra,
  };
  Object.defineProperty(figures, 'raw', { value: latencies, enumerable: false });
  return figures;
}

/** Figures of several runs taken together. */
function merge(parts: Figures[], seconds: number): Figures {
  return summarize(parts.flatMap((p) => p.raw ?? []), seconds, {
    errors: parts.reduce((a, p) => a + p.errors, 0),
    timeouts: parts.reduce((a, p) => a + p.timeouts, 0),
    non2xx: parts.reduce((a, p) => a + p.non2xx, 0),
  });
}

/** Round-robin over a list. */
function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

/** autocannon against `url` + paths (cycled), latencies per response. */
async function load(url: string, paths: string[], connections: number, seconds: number): Promise<Figures> {
  const next = cycle(paths);
  const latencies: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 20,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: next() }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
  return summarize(latencies, result.duration, {
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    meanBytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
  });
}

/** Requests every distinct path once (4 at a time), so caches, JIT and page cache are warm. */
async function warm(url: string, paths: string[]): Promise<void> {
  const distinct = [...new Set(paths)];
  let i = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (i < distinct.length) {
        const p = distinct[i++];
        await fetch(url + p, { signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer()).catch(() => undefined);
      }
    }),
  );
}

/** `workers` concurrent loops calling `fn(next())` for `seconds`. */
async function drive<T>(inputs: T[], fn: (x: T) => Promise<unknown>, workers: number, seconds: number): Promise<Figures> {
  const next = cycle(inputs);
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await fn(next());
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarize(latencies, Number(process.hrtime.bigint() - started) / 1e9, { errors });
}

/** Sequential timing of the same inputs through `fn` (concurrency 1). */
async function sequential<T>(inputs: T[], fn: (x: T) => Promise<unknown>, seconds: number): Promise<Figures> {
  return drive(inputs, fn, 1, seconds);
}

async function prepare(o: Options): Promise<{ stopNeo4j?: () => Promise<void>; documents: number }> {
  let stopNeo4j: (() => Promise<void>) | undefined;
  if (o.uri) {
    process.env.NEO4J_URI = o.uri;
    say(`Using the Neo4j at ${o.uri} as it is (no generation, no ingest).`);
  } else {
    fs.mkdirSync(o.data, { recursive: true });
    const neo = await startLocalNeo4j({ dataDir: o.data, boltPort: 0, heapInitial: '2g', heapMax: '4g', pageCache: '2g', detached: true, log: say });
    process.env.NEO4J_URI = neo.uri;
    process.env.NEO4J_USER = neo.user;
    process.env.NEO4J_PASSWORD = neo.password;
    stopNeo4j = neo.stop;
    say(`Bench Neo4j at ${neo.uri} (data ${o.data}).`);
  }
  await closeDriver();
  await applySchema();
  const count = async () => (await readQuery<{ n: number }>('MATCH (d:Document) WHERE d.stub = false RETURN count(d) AS n'))[0].n;
  let documents = await count();
  if (!o.uri && documents < o.docs * 0.9) {
    const corpus = path.join(os.tmpdir(), `directive-graph-bench-corpus-${o.docs}-${o.seed}`);
    if (!fs.existsSync(path.join(corpus, 'truth', 'summary.json'))) {
      say(`Generating ${o.docs} documents into ${corpus}...`);
      const t = Date.now();
      await generateCorpus({ docs: o.docs, out: corpus, seed: o.seed, noise: 0.02 });
      say(`  generated in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
    say(`Loading the corpus into an emptied database (this is the slow part)...`);
    await clearDatabase();
    const t = Date.now();
    let last = 0;
    const s = await ingestPaths([path.join(corpus, 'docs')], {
      generated: true,
      batchSize: 1000,
      onProgress: (p) => {
        if (p.documents - last >= 10_000) {
          last = p.documents;
          say(`  ${p.documents} documents, ${p.citations} citations, ${((Date.now() - t) / 1000).toFixed(0)} s`);
        }
      },
    });
    say(`  ingested ${s.documents} documents (${s.stubsCreated} stubs, ${s.citations} citations) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    documents = await count();
  }
  return { stopNeo4j, documents };
}

/**
 * The API as `npm run serve` runs it, in a child process on a free loopback port, with this
 * process's Neo4j settings; resolves once it prints its URL.
 */
async function startApiProcess(cache: boolean, profile: boolean): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [...(profile ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []), '--import', 'tsx', path.join(ROOT, 'server', 'api', 'main.ts')], {
    cwd: ROOT,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'API_TOKEN')), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', READ_CACHE: cache ? 'on' : 'off', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /^(http:\/\/\S+)\s*$/m.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the API process exited (${code}) before listening: ${err.trim()}`)));
  });
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

const fmt = (f: Figures) =>
  `${String(f.rps).padStart(8)} ${String(f.p50).padStart(9)} ${String(f.p95).padStart(9)} ${String(f.p99).padStart(9)} ${String(f.errors + f.timeouts + f.non2xx).padStart(7)}`;

/**
 * Runs the API benchmark.
 * @example await run(['--docs', '10000', '--duration', '5'])
 */
export async function run(args: string[]): Promise<void> {
  const o = parseArgs(args);
  const { stopNeo4j, documents } = await prepare(o);
  const enc = encodeURIComponent;

  // Inputs drawn from the data: loaded documents spread over the dates (pages of the newest-first
  // listing); trace roots are those among them that something cites (typical traces), plus the
  // 40 most cited loaded documents (the heaviest traces, thousands of nodes at depth 6).
  const pageCount = Math.max(1, Math.floor(documents / 50));
  const pageNumbers = Array.from({ length: 12 }, (_, i) => 1 + Math.floor((i * pageCount) / 12));
  const pages = await Promise.all(pageNumbers.map((page) => searchDocuments({ stub: false, size: 50, page })));
  const sample = pages.flatMap((p) => p.items);
  const roots = sample.filter((d) => d.citedByCount > 0).slice(0, 100);
  const heavy = (await overviewGraph({ stub: false, limit: 40 })).nodes;
  const provinces = [...new Set(sample.map((d) => d.province).filter(Boolean))].slice(0, 5) as string[];
  const searchPaths = [
    ...sample.slice(0, 40).map((d) => `/api/documents?q=${enc(d.number ?? d.title ?? 'covid')}`),
    ...['phong chong dich covid', 'chi thi 16', 'kế hoạch triển khai', 'ủy ban nhân dân tỉnh', 'tăng cường', '172'].map((q) => `/api/documents?q=${enc(q)}`),
    ...provinces.map((p) => `/api/documents?province=${enc(p)}&level=provincial`),
  ];
  const documentPaths = sample.map((d) => `/api/documents/${enc(d.id)}`);
  const tracePaths = roots.map((r) => `/api/documents/${enc(r.id)}/trace?depth=6`);
  const heavyPaths = heavy.map((r) => `/api/documents/${enc(r.id)}/trace?depth=6`);
  const overviewPaths = ['/api/graph', '/api/graph?level=provincial', ...provinces.map((p) => `/api/graph?province=${enc(p)}`), '/api/graph?relations=implements&limit=1000'];

  const server = o.inProcess
    ? await startServer({ port: 0, host: '127.0.0.1', staticDir: null, config: { logLevel: 'silent', apiToken: null, readCache: o.cache } })
    : await startApiProcess(o.cache, o.cpuProf);
  say(`API at ${server.url} (${o.inProcess ? 'in this process' : 'own process'}); ${documents} loaded documents; ${roots.length} trace roots (+${heavy.length} heavy); ${o.connections} connections x ${o.duration} s per scenario.`);
  const results: Record<string, Figures> = {};
  try {
    const scenarios: Array<[string, string[]]> = [
      ['search', searchPaths],
      ['document', documentPaths],
      ['trace (depth 6)', tracePaths],
      ['trace (depth 6), 40 most cited', heavyPaths],
      ['overview', overviewPaths],
    ];
    for (const [name, paths] of scenarios) {
      say(`  ${name}: warming up ${new Set(paths).size} distinct requests...`);
      await warm(server.url, paths);
      await load(server.url, paths, o.connections, Math.min(2, o.duration));
      results[name] = await load(server.url, paths, o.connections, o.duration);
      say(`  ${name}: ${JSON.stringify(results[name])}`);
    }

    // The same trace through the driver: the trace query read.ts picks for depth 6, with the API's
    // parameters. API and driver run in alternating rounds, so background load on the machine
    // weighs on both alike.
    const direct = (key: string) => runRead(traceQueryName('down', 6), traceParams(key, 6));
    const keys = roots.map((r) => r.id);
    const rounds = Math.max(3, Math.round(o.duration / 2));
    const interleaved = async (connections: number) => {
      const api: Figures[] = [];
      const drv: Figures[] = [];
      for (let i = 0; i < rounds; i++) {
        api.push(await load(server.url, tracePaths, connections, 2));
        drv.push(await drive(keys, direct, connections, 2));
      }
      return { api: merge(api, 2 * rounds), driver: merge(drv, 2 * rounds) };
    };
    say(`  trace, API and driver in alternating rounds...`);
    await drive(keys, direct, o.connections, 2);
    const atC = await interleaved(o.connections);
    results[`trace via API, ${o.connections} connections (alternating)`] = atC.api;
    results[`trace via driver, ${o.connections} callers (alternating)`] = atC.driver;
    const at1 = await interleaved(1);
    results['trace via API, 1 connection (alternating)'] = at1.api;
    results['trace via driver, 1 caller (alternating)'] = at1.driver;
    say(`  driver: ${JSON.stringify(atC.driver)}`);
    // The overview is served from the aggregate cache while the graph is unchanged; this is the
    // query behind it, uncached, one at a time.
    const overviewInputs = [{}, { level: 'provincial' as const }, ...provinces.map((province) => ({ province }))].map((f) => overviewParams(f));
    results['overview query, uncached, 1 caller'] = await sequential(overviewInputs, (p) => runRead('graph-overview', p), o.duration);

    // Mixed load at 100 connections: nothing may fail.
    const mixed = [...searchPaths, ...documentPaths, ...tracePaths, ...overviewPaths].sort(() => 0.5 - Math.random());
    say(`  mixed load at ${o.stressConnections} connections for ${o.stressDuration} s...`);
    await warm(server.url, mixed);
    results[`mixed, ${o.stressConnections} connections, ${o.stressDuration} s`] = await load(server.url, mixed, o.stressConnections, o.stressDuration);
  } finally {
    await server.close();
    await closeDriver();
    if (!o.keep && stopNeo4j) await stopNeo4j();
  }

  const ratio = results[`trace via API, ${o.connections} connections (alternating)`].p50 / results[`trace via driver, ${o.connections} callers (alternating)`].p50;
  const ratio1 = results['trace via API, 1 connection (alternating)'].p50 / results['trace via driver, 1 caller (alternating)'].p50;
  const stress = results[`mixed, ${o.stressConnections} connections, ${o.stressDuration} s`];
  const failures = stress.errors + stress.timeouts + stress.non2xx;
  const lines = [
    `API benchmark: ${documents} loaded documents, ${os.cpus().length} CPUs, Neo4j, API (${o.inProcess ? 'in the bench process' : 'own process'}) and load tool on one machine, read cache ${o.cache ? 'on' : 'off'}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    `${'scenario'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(7)}`,
    ...Object.entries(results).map(([k, f]) => `${k.padEnd(36)} ${fmt(f)}`),
    `trace p50 API/driver at ${o.connections} connections: ${ratio.toFixed(2)}; at 1: ${ratio1.toFixed(2)} (target ≤ ${TARGET_RATIO})`,
    `errors under ${o.stressConnections} connections for ${o.stressDuration} s: ${failures} (must be 0)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  const out = OUT(o.cache);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), loadAverage: os.loadavg(), documents, options: o, results, traceRatio: ratio, traceRatioSingle: ratio1, targetRatio: TARGET_RATIO, stressFailures: failures }, null, 2),
  );
  say(`Written to ${path.relative(process.cwd(), out)}`);
}

/**
 * Standalone entry: `npx tsx test/bench/api.ts --docs 10000`.
 * @example await main(['--docs', '10000'])
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  await run(argv);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`bench api failed: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

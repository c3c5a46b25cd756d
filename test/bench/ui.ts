/**
 * UI benchmark (`npm run bench -- ui`, or standalone `npx tsx test/bench/ui.ts`).
 *
 * In headless Chromium (Debian's, playwright-core), times the page from the graph request to a
 * drawn, laid-out graph, for:
 *   - a trace of about 500 nodes (trace down from a busy root, layered layout: dagre);
 *   - a 5,000-node overview (layered layout: its linear-time banded form);
 *   - a 20,000-node overview (timeline layout);
 * and compares each with bare Cytoscape on a blank page drawing the same elements (same API
 * request, same stylesheet, same renderer options) with the same layout: dagre on the main
 * thread for the trace, `preset` with the page's positions for the overviews. The ratio
 * page / bare is reported (target ≤ 1.5).
 *
 * Data: unless --uri (or NEO4J_URI) names a database to use as it is, a local Neo4j is started
 * with its data in <tmp>/directive-graph-bench-<docs> (kept, so the slow load happens once;
 * the API benchmark uses the same folders), the generator's corpus of --docs documents
 * (default 20 000, which gives about 26 000 nodes with the stubs) is made and ingested.
 *
 * Options: --docs N, --uri URI, --data DIR, --seed S, --rounds R (3), --keep (leave Neo4j up).
 * Prints a table and writes bench-out/ui.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../server/api/app';
import { applySchema } from '../../server/graph/cypher';
import { closeDriver, readQuery } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { overviewGraph } from '../../server/graph/read';
import { generateCorpus } from '../../server/generate/generate';
import { startLocalNeo4j } from '../../server/neo4j/local';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ensureClientBuilt, ROOT } from '../e2e/client-build';
import { benchArgs } from './args';

const OUT = path.join(ROOT, 'bench-out', 'ui.json');
const TARGET_RATIO = 1.5;
const say = (m: string) => process.stderr.write(`${m}\n`);

interface Options { docs: number; uri: string | null; data: string; seed: string; rounds: number; keep: boolean }

function parseArgs(args: string[]): Options {
  const { get, num } = benchArgs(args);
  const docs = num('docs', 20_000);
  return {
    docs,
    uri: get('uri') ?? process.env.NEO4J_URI ?? null,
    data: get('data') ?? path.join(os.tmpdir(), `directive-graph-bench-${docs}`),
    seed: get('seed') ?? 'bench',
    rounds: num('rounds', 3),
    keep: args.includes('--keep'),
  };
}

async function prepare(o: Options): Promise<{ stopNeo4j?: () => Promise<void> }> {
  let stopNeo4j: (() => Promise<void>) | undefined;
  if (o.uri) {
    process.env.NEO4J_URI = o.uri;
    say(`Using the Neo4j at ${o.uri} as it is (no generation, no ingest).`);
  } else {
    fs.mkdirSync(o.data, { recursive: true });
    const neo = await startLocalNeo4j({ dataDir: o.data, boltPort: 0, heapInitial: '1g', heapMax: '3g', pageCache: '1g', detached: true, log: say });
    Object.assign(process.env, { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password });
    stopNeo4j = neo.stop;
    say(`Bench Neo4j at ${neo.uri} (data ${o.data}).`);
  }
  await closeDriver();
  await applySchema();
  const count = async () => (await readQuery<{ n: number }>('MATCH (d:Document) WHERE d.stub = false RETURN count(d) AS n'))[0].n;
  if (!o.uri && (await count()) < o.docs * 0.9) {
    const corpus = path.join(os.tmpdir(), `directive-graph-bench-corpus-${o.docs}-${o.seed}`);
    if (!fs.existsSync(path.join(corpus, 'truth', 'summary.json'))) {
      say(`Generating ${o.docs} documents into ${corpus}...`);
      await generateCorpus({ docs: o.docs, out: corpus, seed: o.seed, noise: 0.02 });
    }
    say('Loading the corpus into an emptied database (the slow part, done once)...');
    await clearDatabase();
    const t = Date.now();
    const s = await ingestPaths([path.join(corpus, 'docs')], { generated: true, batchSize: 1000 });
    say(`  ingested ${s.documents} documents (${s.stubsCreated} stubs, ${s.citations} citations) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  return { stopNeo4j };
}

interface Scenario { name: string; page: string; api: string; layout: 'dagre' | 'preset'; expectNodes: number }

/** A trace-down root and depth whose trace has close to `want` nodes. */
async function traceScenario(base: string, want: number): Promise<Scenario> {
  const roots = (await overviewGraph({ stub: false, limit: 60 })).nodes.filter((n) => n.citedByCount > 0);
  let best: { id: string; depth: number; n: number } | null = null;
  for (const r of roots) {
    for (let depth = 2; depth <= 8; depth++) {
      const res = await fetch(`${base}/api/documents/${encodeURIComponent(r.id)}/trace?direction=down&depth=${depth}&limit=20000`);
      const n = ((await res.json()) as { nodes: unknown[] }).nodes.length;
      if (!best || Math.abs(n - want) < Math.abs(best.n - want)) best = { id: r.id, depth, n };
      if (n >= want) break;
    }
    if (best && Math.abs(best.n - want) <= want * 0.1) break;
  }
  if (!best) throw new Error('no trace root found');
  const id = encodeURIComponent(best.id);
  return {
    name: `trace down (${best.n} nodes, depth ${best.depth}), layered`,
    page: `/?doc=${id}&mode=trace-down&depth=${best.depth}&layout=layered`,
    api: `/api/documents/${id}/trace?direction=down&depth=${best.depth}`,
    layout: 'dagre',
    expectNodes: best.n,
  };
}

interface PageRun { ms: number; wallMs: number; nodes: number; edges: number; renderer: string; phases: Record<string, number>; responseMs: number }

/** Our page: navigate to the deep link; request → drawn from the page's own timing. */
async function runPage(browser: Browser, base: string, s: Scenario): Promise<{ run: PageRun; style: unknown; positions: Record<string, { x: number; y: number }>; elements: Record<string, { classes: string; label: string; size: number; w?: number }> }> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}${s.page}`);
  await page.waitForFunction(() => !!(window as any).__dg);
  const state = await page.evaluate(() => (window as any).__dg.settled());
  if (state !== 'ready') throw new Error(`${s.name}: page ended in state ${state}`);
  const info = await page.evaluate(() => {
    const dg = (window as any).__dg;
    const cy = (window as any).__cy;
    const t = dg.timing;
    const positions: Record<string, { x: number; y: number }> = {};
    const elements: Record<string, { classes: string; label: string; size: number; w?: number }> = {};
    cy.nodes().forEach((n: any) => {
      positions[n.id()] = n.position();
      elements[n.id()] = { classes: n.classes().join(' '), label: n.data('label') ?? '', size: n.data('size'), w: n.data('w') };
    });
    cy.edges().forEach((e: any) => { elements[e.id()] = { classes: e.classes().join(' '), label: '', size: 0 }; });
    return {
      run: {
        ms: t.drawnAt - t.requestStart, wallMs: t.drawnAt, responseMs: t.responseAt - t.requestStart,
        nodes: t.nodes, edges: t.edges, renderer: t.webgl ? 'webgl' : 'canvas', phases: { model: t.modelMs, ...t.phases },
      },
      style: cy.style().json(),
      positions,
      elements,
      annotations: cy.nodes('.annotation').jsons(),
    };
  });
  await ctx.close();
  return info as never;
}

/**
 * Bare Cytoscape on a blank page of the same origin: fetch the same API response, build the
 * elements (classes and labels as the page drew them), draw with the same stylesheet and
 * renderer options and the same layout; request → first frame after layout.
 */
async function runBare(browser: Browser, base: string, s: Scenario, ours: Awaited<ReturnType<typeof runPage>>, big: boolean): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page: Page = await ctx.newPage();
  await page.goto(`${base}/api/health`);
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="cy" style="position:absolute;left:0;top:0;width:1010px;height:640px"></div></body></html>');
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js') });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'cytoscape-dagre', 'dist', 'cytoscape-dagre.min.js') });
  const ms = await page.evaluate(async ({ api, layout, style, positions, elements, annotations, big }) => {
    const w = window as any;
    try { w.cytoscape.use(w.cytoscapeDagre); } catch { /* already registered */ }
    const t0 = performance.now();
    const g = await (await fetch(api)).json();
    const els: any[] = [];
    for (const n of g.nodes) {
      const e = elements[n.id];
      if (!e) continue;
      els.push({ group: 'nodes', data: { ...n, label: e.label, size: e.size }, classes: e.classes, position: layout === 'preset' ? positions[n.id] : undefined });
    }
    for (const ed of g.edges) {
      const e = elements[ed.id];
      if (!e) continue;
      els.push({ group: 'edges', data: ed, classes: e.classes });
    }
    if (layout === 'preset') els.push(...annotations);
    const cy = w.cytoscape({
      container: document.getElementById('cy'),
      elements: els,
      style,
      layout: layout === 'preset' ? { name: 'preset', fit: true, padding: 30 } : { name: 'dagre', rankDir: 'BT', rankSep: 90, nodeSep: 18, fit: true, padding: 30, animate: false },
      textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : 'auto', motionBlur: false,
    });
    await new Promise<void>((resolve) => cy.one('render', () => requestAnimationFrame(() => resolve())));
    return performance.now() - t0;
  }, { api: s.api, layout: s.layout, style: ours.style, positions: ours.positions, elements: ours.elements, annotations: (ours as any).annotations, big });
  await ctx.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r0 = (x: number) => Math.round(x);

/**
 * Runs the UI benchmark.
 * @example await run(['--uri', 'bolt://127.0.0.1:7687', '--rounds', '1'])
 */
export async function run(args: string[]): Promise<void> {
  const o = parseArgs(args);
  const { stopNeo4j } = await prepare(o);
  ensureClientBuilt();
  const server = await startServer({ port: 0, staticDir: DIST, config: { logLevel: 'silent' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: Array<Record<string, unknown>> = [];
  try {
    const scenarios: Scenario[] = [
      await traceScenario(server.url, 500),
      { name: 'overview 5,000 nodes, layered (banded)', page: '/?mode=overview&limit=5000&layout=layered', api: '/api/graph?limit=5000', layout: 'preset', expectNodes: 5000 },
      { name: 'overview 20,000 nodes, timeline', page: '/?mode=overview&limit=20000&layout=timeline', api: '/api/export?format=json&limit=20000', layout: 'preset', expectNodes: 20000 },
    ];
    // Warm the API and the browser cache once.
    for (const s of scenarios) await fetch(`${server.url}${s.api}`).then((r) => r.arrayBuffer());
    say(`API at ${server.url}; ${o.rounds} rounds per scenario.`);
    for (const s of scenarios) {
      const page: PageRun[] = [];
      const bare: number[] = [];
      for (let i = 0; i < o.rounds; i++) {
        const ours = await runPage(browser, server.url, s);
        page.push(ours.run);
        bare.push(await runBare(browser, server.url, s, ours, ours.run.nodes > 1500));
        say(`  ${s.name} round ${i + 1}: page ${r0(ours.run.ms)} ms (response ${r0(ours.run.responseMs)} ms), bare ${r0(bare[bare.length - 1])} ms`);
      }
      const pm = median(page.map((p) => p.ms));
      const bm = median(bare);
      const mid = page.find((p) => p.ms === pm)!;
      results.push({
        scenario: s.name, nodes: mid.nodes, edges: mid.edges, renderer: mid.renderer,
        pageMs: r0(pm), bareMs: r0(bm), ratio: Math.round((pm / bm) * 100) / 100,
        responseMs: r0(mid.responseMs), phases: Object.fromEntries(Object.entries(mid.phases).map(([k, v]) => [k, r0(v)])),
        rounds: { page: page.map((p) => r0(p.ms)), bare: bare.map(r0) },
      });
    }
  } finally {
    await browser.close();
    await server.close(1000);
    await closeDriver();
    if (stopNeo4j && !o.keep) await stopNeo4j();
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  process.stdout.write(`\n${pad('scenario', 48)} ${pad('nodes', 7)} ${pad('edges', 7)} ${pad('page ms', 9)} ${pad('bare ms', 9)} ratio (target ≤ ${TARGET_RATIO})\n`);
  for (const r of results) {
    process.stdout.write(`${pad(String(r.scenario), 48)} ${pad(String(r.nodes), 7)} ${pad(String(r.edges), 7)} ${pad(String(r.pageMs), 9)} ${pad(String(r.bareMs), 9)} ${r.ratio}${Number(r.ratio) > TARGET_RATIO ? '  ✗' : '  ✓'}\n`);
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify({ at: new Date().toISOString(), targetRatio: TARGET_RATIO, machine: { cpus: os.cpus().length, load: os.loadavg() }, results }, null, 2));
  process.stdout.write(`\nwritten ${path.relative(ROOT, OUT)}\n`);
}

/** Entry point for the runner and for `npx tsx test/bench/ui.ts`. */
export async function main(args: string[] = process.argv.slice(2)): Promise<void> {
  await run(args);
}

if (require.main === module) {
  main().catch((e) => { process.stderr.write(`ui bench failed: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
}

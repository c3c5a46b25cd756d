/**
 * The API on a generated corpus (`npm run generate`, 400 documents, loaded by the real ingest as
 * synthetic): traces and paths are checked against a breadth-first search over the exported
 * edges, delays against the dates, overview truncation against the counts, and every loaded
 * document's number is found by search.
 */
import request from 'supertest';
import { closeDriver } from '../../server/graph/driver';
import { clearDatabase, ingestPaths } from '../../server/graph/ingest';
import { daysBetween } from '../../server/graph/read';
import { Graph, PathResult, SearchResult, Stats, Trace, type GraphEdge } from '../../server/schema';
import { parseCsv } from './formats';
import { generatedCorpus, lockDatabase, releaseDatabase, testApp } from './helpers';

const app = testApp();
let graph: Graph;
let stats: Stats;

beforeAll(async () => {
  await lockDatabase();
  await clearDatabase();
  const summary = await ingestPaths([generatedCorpus(400)], { generated: true });
  expect(summary.failed).toEqual([]);
  graph = Graph.parse((await request(app).get('/api/export').query({ format: 'json' })).body);
  stats = Stats.parse((await request(app).get('/api/stats')).body);
}, 600_000);

afterAll(async () => {
  await closeDriver();
  releaseDatabase();
});

/** Fewest hops from `root` over `edges` (followed as `next` says), up to `depth`. */
function bfs(root: string, edges: GraphEdge[], next: (e: GraphEdge) => [string, string][], depth: number): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const e of edges) for (const [a, b] of next(e)) adj.set(a, [...(adj.get(a) ?? []), b]);
  const dist = new Map([[root, 0]]);
  let frontier = [root];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const nextFrontier: string[] = [];
    for (const x of frontier) for (const y of adj.get(x) ?? []) if (!dist.has(y)) { dist.set(y, d); nextFrontier.push(y); }
    frontier = nextFrontier;
  }
  return dist;
}
const down = (e: GraphEdge): [string, string][] => [[e.target, e.source]];
const up = (e: GraphEdge): [string, string][] => [[e.source, e.target]];
const both = (e: GraphEdge): [string, string][] => [[e.source, e.target], [e.target, e.source]];

test('stats: a synthetic corpus, counted like the export', () => {
  expect(stats.generated).toBe(true);
  expect(stats.documents).toBeGreaterThanOrEqual(390);
  expect(stats.documents + stats.stubs).toBe(graph.nodes.length);
  expect(stats.citations).toBe(graph.edges.length);
});

test('trace down (depth 6) from the most cited loaded documents = BFS over the edges', async () => {
  const roots = [...graph.nodes].filter((n) => !n.stub).sort((a, b) => b.citedByCount - a.citedByCount).slice(0, 5);
  for (const root of roots) {
    const t = Trace.parse((await request(app).get(`/api/documents/${encodeURIComponent(root.id)}/trace`).query({ depth: 6 })).body);
    const expected = bfs(root.id, graph.edges, down, 6);
    expect(t.truncated).toBe(false);
    expect(new Map(t.nodes.map((n) => [n.id, n.depth]))).toEqual(expected);
    for (const n of t.nodes) expect(n.delayDays).toBe(daysBetween(root.issuedOn, n.issuedOn));
    const set = new Set(t.nodes.map((n) => n.id));
    expect(t.edges.length).toBe(graph.edges.filter((e) => set.has(e.source) && set.has(e.target)).length);
  }
});

test('trace up with a relation filter = BFS over those edges', async () => {
  const leaves = graph.nodes.filter((n) => !n.stub && n.citedByCount === 0).slice(0, 5);
  for (const leaf of leaves) {
    const t = Trace.parse((await request(app).get(`/api/documents/${encodeURIComponent(leaf.id)}/trace`).query({ direction: 'up', depth: 10, relations: 'implements,based_on' })).body);
    const expected = bfs(leaf.id, graph.edges.filter((e) => e.relation === 'implements' || e.relation === 'based_on'), up, 10);
    expect(new Map(t.nodes.map((n) => [n.id, n.depth]))).toEqual(expected);
  }
});

test('path length = BFS distance (undirected), and directed paths follow the citations', async () => {
  const root = [...graph.nodes].sort((a, b) => b.citedByCount - a.citedByCount)[0];
  const dist = bfs(root.id, graph.edges, both, 10);
  const targets = [...dist.entries()].filter(([, d]) => d >= 2).slice(0, 5);
  expect(targets.length).toBeGreaterThan(0);
  for (const [target, d] of targets) {
    const p = PathResult.parse((await request(app).get('/api/path').query({ from: root.id, to: target })).body);
    expect(p.paths.length).toBeGreaterThan(0);
    for (const path of p.paths) {
      expect(path.nodes).toHaveLength(d + 1);
      expect(path.nodes[0]).toBe(root.id);
      expect(path.nodes[d]).toBe(target);
    }
  }
  const leaf = graph.nodes.find((n) => !n.stub && n.citedByCount === 0 && graph.edges.some((e) => e.source === n.id))!;
  const upDist = bfs(leaf.id, graph.edges, up, 10);
  const [far, d] = [...upDist.entries()].sort((a, b) => b[1] - a[1])[0];
  const p = PathResult.parse((await request(app).get('/api/path').query({ from: leaf.id, to: far, directed: 'true' })).body);
  expect(p.paths[0].nodes).toHaveLength(d + 1);
  const edges = new Map(p.edges.map((e) => [e.id, e]));
  for (const path of p.paths) path.edges.forEach((id, i) => expect(edges.get(id)).toMatchObject({ source: path.nodes[i], target: path.nodes[i + 1] }));
});

test('overview: limit cuts the most cited, truncated and total say so', async () => {
  const g = Graph.parse((await request(app).get('/api/graph').query({ limit: 50 })).body);
  expect(g).toMatchObject({ truncated: true, total: graph.nodes.length });
  expect(g.nodes).toHaveLength(50);
  const top = [...graph.nodes].map((n) => n.citedByCount).sort((a, b) => b - a);
  expect(g.nodes.map((n) => n.citedByCount)).toEqual(top.slice(0, 50));
});

test('search finds every loaded document by its number', async () => {
  const loaded = graph.nodes.filter((n) => !n.stub && n.number).slice(0, 60);
  for (const n of loaded) {
    const r = SearchResult.parse((await request(app).get('/api/documents').query({ q: n.number!, size: 100 })).body);
    expect(r.items.map((x) => x.id)).toContain(n.id);
    expect(r.items[0].number).toBe(n.number);
  }
});

test('a bare running number lists the documents numbered so, the most cited first', async () => {
  // A running number that several documents share, with different citation counts.
  const byRunning = new Map<string, typeof graph.nodes>();
  for (const n of graph.nodes) {
    const m = n.number ? /^(\d+)(?=[-/])/.exec(n.number) : null;
    if (m) byRunning.set(m[1], [...(byRunning.get(m[1]) ?? []), n]);
  }
  const [running, docs] = [...byRunning].filter(([, ds]) => ds.length >= 3 && new Set(ds.map((d) => d.citedByCount)).size > 1).sort((a, b) => b[1].length - a[1].length)[0];
  const r = SearchResult.parse((await request(app).get('/api/documents').query({ q: running, size: 100 })).body);
  const counts = r.items.filter((x) => docs.some((d) => d.id === x.id)).map((x) => x.citedByCount);
  expect(counts.length).toBe(docs.length);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(r.items[0].citedByCount).toBe(Math.max(...docs.map((d) => d.citedByCount)));
});

test('CSV exports have as many rows as the JSON export', async () => {
  for (const part of ['nodes', 'edges'] as const) {
    const res = await request(app).get('/api/export').query({ format: 'csv', part });
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(rows.length - 1).toBe(part === 'nodes' ? graph.nodes.length : graph.edges.length);
  }
});

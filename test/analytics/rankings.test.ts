/**
 * Rankings on hand-built graphs (server/analytics/rankings.ts): in-degree counts distinct
 * citers, reach counts distinct descendants (cycles included), PageRank behaves (sums to 1,
 * matches hand-computed values, a cited hub ranks first), central filter and tie order.
 */
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { compactGraph, inDegrees, pageRanks, rankDocuments, reachCounts, type CompactGraph } from '../../server/analytics/rankings';
import { doc, edge, graph } from './factories';

// Central L (a law) and D (a directive); provincial P1, P2 implement D and cite L; districts
// below P1; a cycle x ⇄ y below P2.
const g = graph(
  [
    doc('L', { level: 'central' }), doc('D', { level: 'central' }),
    doc('P1', { level: 'provincial' }), doc('P2', { level: 'provincial' }),
    doc('d1', { level: 'district' }), doc('d2', { level: 'district' }),
    doc('x', { level: 'district' }), doc('y', { level: 'district' }),
  ],
  [
    edge('D', 'L', 'based_on'),
    edge('P1', 'D'), edge('P1', 'D', 'implements', true), edge('P1', 'L', 'based_on'),
    edge('P2', 'D'), edge('P2', 'L', 'cites'),
    edge('d1', 'P1'), edge('d2', 'P1'), edge('d2', 'D', 'cites'),
    edge('x', 'P2'), edge('y', 'x'), edge('x', 'y'),
  ],
);
const c = compactGraph(g);
const at = (arr: ArrayLike<number>, id: string) => arr[c.indexOf.get(id)!];

describe('compactGraph', () => {
  test('one edge per (citing, cited) pair, whatever the relations', () => {
    expect(c.ids).toHaveLength(8);
    expect(c.edges).toBe(11);
  });

  test('a relation filter keeps only those edges', () => {
    // P1→D (explicit and implied: one), P2→D, d1→P1, d2→P1, x→P2, y→x, x→y
    expect(compactGraph(g, ['implements']).edges).toBe(7);
  });
});

describe('inDegrees and reachCounts', () => {
  test('in-degree counts distinct citers', () => {
    const d = inDegrees(c);
    expect(['L', 'D', 'P1', 'P2', 'x', 'y'].map((id) => at(d, id))).toEqual([3, 3, 2, 1, 1, 1]);
  });

  test('reach counts distinct descendants; cycles end; leaves reach nothing', () => {
    const r = reachCounts(c);
    expect(['L', 'D', 'P1', 'P2', 'x', 'y', 'd1'].map((id) => at(r, id))).toEqual([7, 6, 2, 2, 1, 1, 0]);
  });

  test('reach of chosen nodes only', () => {
    const r = reachCounts(c, [c.indexOf.get('D')!]);
    expect([at(r, 'D'), at(r, 'L')]).toEqual([6, 0]);
  });
});

/** The reference: graphology-metrics' pagerank on the same graph. */
function reference(c: CompactGraph): Float64Array {
  const gg = new DirectedGraph();
  for (const id of c.ids) gg.addNode(id);
  for (let k = 0; k < c.edges; k++) gg.addEdge(c.ids[c.pairs[2 * k]], c.ids[c.pairs[2 * k + 1]]);
  const r = pagerank(gg, { getEdgeWeight: null, alpha: 0.85, maxIterations: 1000, tolerance: 1e-12 });
  return Float64Array.from(c.ids, (id) => r[id]);
}

/** A random citation graph (seeded): `n` documents, each citing up to 3 earlier ones. */
function randomGraph(n: number, seed: number) {
  let x = seed;
  const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const edges = [];
  for (let i = 1; i < n; i++) for (let k = Math.floor(rnd() * 4); k > 0; k--) edges.push(edge(`n${i}`, `n${Math.floor(rnd() * i)}`));
  return graph(Array.from({ length: n }, (_, i) => doc(`n${i}`)), edges);
}

describe('PageRank', () => {
  test.each([
    ['the test graph', g],
    ['a random graph of 2,000 documents', randomGraph(2000, 7)],
    ['a graph with a cycle and isolated documents', graph([doc('a'), doc('b'), doc('c'), doc('lone')], [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')])],
  ])('matches graphology-metrics on %s', (_name, input) => {
    const cg = compactGraph(input);
    const mine = pageRanks(cg, 0.85, 1e-12);
    const ref = reference(cg);
    for (let i = 0; i < mine.length; i++) expect(Math.abs(mine[i] - ref[i])).toBeLessThan(1e-9);
  });

  test('sums to 1 over the graph', () => {
    const pr = pageRanks(c);
    expect(pr.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });

  test('two documents, one citing the other: the hand-computed fixed point', () => {
    // b → a, a dangling. r_b = (1-α)/2 + α·r_a/2 ; r_a = (1-α)/2 + α·r_a/2 + α·r_b
    const two = compactGraph(graph([doc('a'), doc('b')], [edge('b', 'a')]));
    const pr = pageRanks(two);
    const a = 0.85;
    const rb = 1 / (2 + a); // solving the two equations with r_a + r_b = 1
    const ra = 1 - rb;
    expect(pr[two.indexOf.get('a')!]).toBeCloseTo(ra, 6);
    expect(pr[two.indexOf.get('b')!]).toBeCloseTo(rb, 6);
  });

  test('a star: the cited hub first, the leaves equal', () => {
    const star = compactGraph(graph([doc('hub'), ...[1, 2, 3, 4, 5].map((i) => doc(`s${i}`))], [1, 2, 3, 4, 5].map((i) => edge(`s${i}`, 'hub'))));
    const pr = pageRanks(star);
    const hub = pr[star.indexOf.get('hub')!];
    const leaves = [1, 2, 3, 4, 5].map((i) => pr[star.indexOf.get(`s${i}`)!]);
    expect(leaves.every((l) => Math.abs(l - leaves[0]) < 1e-12)).toBe(true);
    expect(hub).toBeGreaterThan(4 * leaves[0]);
  });

  test('an empty graph', () => {
    expect(pageRanks(compactGraph(graph([], [])))).toHaveLength(0);
  });
});

describe('rankDocuments', () => {
  test('central documents by in-degree; ties broken by reach', () => {
    const r = rankDocuments(g, { by: 'indegree' });
    expect(r.items.map((i) => [i.rank, i.id, i.score, i.indegree, i.reach])).toEqual([[1, 'L', 3, 3, 7], [2, 'D', 3, 3, 6]]);
    expect([r.nodes, r.edges]).toEqual([8, 11]);
  });

  test('all documents by reach', () => {
    const r = rankDocuments(g, { by: 'reach', level: 'all', limit: 4 });
    expect(r.items.map((i) => i.id)).toEqual(['L', 'D', 'P1', 'P2']);
  });

  test('by PageRank the law everything rests on is first; every item carries all three metrics', () => {
    const r = rankDocuments(g, { by: 'pagerank' });
    expect(r.items[0]).toMatchObject({ id: 'L', rank: 1, indegree: 3, reach: 7 });
    expect(r.items[0].score).toBe(r.items[0].pagerank);
    expect(r.items[0].pagerank!).toBeGreaterThan(r.items[1].pagerank!);
  });

  test('over IMPLEMENTS only, the law drops out', () => {
    const r = rankDocuments(g, { by: 'reach', relations: ['implements'] });
    expect(r.items.map((i) => [i.id, i.reach])).toEqual([['D', 6], ['L', 0]]);
    expect(r.relations).toEqual(['implements']);
  });
});

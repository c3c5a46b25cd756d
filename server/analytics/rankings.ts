/**
 * Rankings of documents (pure): by in-degree (distinct citing documents), by transitive reach
 * (distinct documents descending from it through citations) and by PageRank (power iteration on
 * the citation graph, citing → cited, damping 0.85, duplicate edges between a pair merged,
 * dangling mass spread evenly: graphology-metrics' model, checked against it in the tests).
 * Central documents only by default.
 *
 * Reach is computed with one breadth-first search per candidate over a compact CSR index
 * (Int32Array adjacency, a visit stamp per node instead of a Set), so ranking every central
 * document of a 100k-document graph stays well under a second; the sum of the searches is the
 * sum of the candidates' reaches.
 */
import { RELATIONS, type Relation } from '../schema';
import { relationSet, unknownDoc } from './graph';
import type { DocRef, PlainGraph, RankingItem, RankingMetric } from './schema';

/** A citation graph as integer arrays, children (citers) of each node in CSR form. */
export interface CompactGraph {
  ids: string[];
  indexOf: Map<string, number>;
  /** childStart[i]..childStart[i+1] in `children`: the distinct nodes citing node i. */
  childStart: Int32Array;
  children: Int32Array;
  /** Distinct (citing, cited) pairs kept. */
  edges: number;
  /** [from, to] node indexes of every distinct pair. */
  pairs: Int32Array;
}

/**
 * Builds the compact graph of `graph` over `relations` (default: all). Every node is kept, even
 * without citations; ends of edges missing from `nodes` are added.
 * @example compactGraph({ nodes: [a, b], edges: [{ from: 'b', to: 'a', relation: 'implements', implied: false }] }).edges // → 1
 */
export function compactGraph(graph: PlainGraph, relations?: readonly Relation[]): CompactGraph {
  const rels = relationSet(relations, RELATIONS);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const add = (id: string) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      indexOf.set(id, i);
    }
    return i;
  };
  for (const n of graph.nodes) add(n.id);
  const seen = new Set<string>();
  const from: number[] = [];
  const to: number[] = [];
  for (const e of graph.edges) {
    if (!rels.has(e.relation) || e.from === e.to) continue;
    const a = add(e.from);
    const b = add(e.to);
    const k = `${a},${b}`;
    if (seen.has(k)) continue;
    seen.add(k);
    from.push(a);
    to.push(b);
  }
  const n = ids.length;
  const childStart = new Int32Array(n + 1);
  for (const b of to) childStart[b + 1]++;
  for (let i = 0; i < n; i++) childStart[i + 1] += childStart[i];
  const fill = childStart.slice(0, n);
  const children = new Int32Array(to.length);
  const pairs = new Int32Array(to.length * 2);
  for (let k = 0; k < to.length; k++) {
    children[fill[to[k]]++] = from[k];
    pairs[2 * k] = from[k];
    pairs[2 * k + 1] = to[k];
  }
  return { ids, indexOf, childStart, children, edges: to.length, pairs };
}

/**
 * Distinct citing documents of each node.
 * @example inDegrees(compactGraph(g))[g.indexOf.get('172')!] // → 2
 */
export function inDegrees(c: CompactGraph): Int32Array {
  const out = new Int32Array(c.ids.length);
  for (let i = 0; i < c.ids.length; i++) out[i] = c.childStart[i + 1] - c.childStart[i];
  return out;
}

/**
 * Transitive reach of the nodes `which` (default: all): how many distinct nodes descend from
 * each through citations (the node itself excluded; cycles handled).
 * @example reachCounts(compactGraph(g))[c.indexOf.get('172')!] // → 2
 */
export function reachCounts(c: CompactGraph, which?: Iterable<number>): Int32Array {
  const n = c.ids.length;
  const out = new Int32Array(n);
  const stamp = new Int32Array(n);
  const queue = new Int32Array(n);
  let round = 0;
  const nodes = which ?? Array.from({ length: n }, (_, i) => i);
  for (const s of nodes) {
    if (c.childStart[s + 1] === c.childStart[s]) continue;
    round++;
    stamp[s] = round;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let k = c.childStart[v]; k < c.childStart[v + 1]; k++) {
        const w = c.children[k];
        if (stamp[w] !== round) {
          stamp[w] = round;
          queue[tail++] = w;
        }
      }
    }
    out[s] = tail - 1;
  }
  return out;
}

/**
 * PageRank of every node by power iteration on the compact graph (citing → cited; damping
 * `alpha`; the rank of documents citing nothing spread evenly; stops when the L1 change is below
 * `tolerance` × N, as graphology-metrics' `pagerank` does, whose results it matches to 1e-9 (see
 * test/analytics/rankings.test.ts). Its own loop over the Int32Array index: building a graphology
 * graph of a 100k-document corpus took 1.8 s of the 2.5 s graphology needed in all
 * (test/bench/analytics.ts).
 * @example pageRanks(compactGraph(g))[c.indexOf.get('172')!] // → 0.41...
 */
export function pageRanks(c: CompactGraph, alpha = 0.85, tolerance = 1e-9, maxIterations = 1000): Float64Array {
  const n = c.ids.length;
  let x = new Float64Array(n).fill(1 / n);
  if (!n) return x;
  const outDegree = new Int32Array(n);
  for (let k = 0; k < c.edges; k++) outDegree[c.pairs[2 * k]]++;
  const share = new Float64Array(n);
  for (let i = 0; i < n; i++) share[i] = outDegree[i] ? 1 / outDegree[i] : 0;
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (!outDegree[i]) dangling += x[i];
    const base = (1 - alpha) / n + (alpha * dangling) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let inflow = 0;
      for (let k = c.childStart[i]; k < c.childStart[i + 1]; k++) {
        const j = c.children[k];
        inflow += x[j] * share[j];
      }
      const v = base + alpha * inflow;
      change += Math.abs(v - x[i]);
      next[i] = v;
    }
    [x, next] = [next, x];
    if (change < n * tolerance) break;
  }
  return x;
}

/** Options of {@link rankDocuments}. */
export interface RankOptions {
  by: RankingMetric;
  /** How many (default 20). */
  limit?: number;
  /** 'central' (default): central documents only; 'all': every document. */
  level?: 'central' | 'all';
  /** Relations forming the graph (default: all citation relations). */
  relations?: readonly Relation[];
}

/**
 * Ranks documents by in-degree, reach or PageRank; every item also carries the other two
 * metrics. Ties go to the other metrics (in-degree, reach, PageRank), then the smaller id.
 * Reach is computed for every candidate only when ranking by it.
 * @example rankDocuments(graph, { by: 'reach', limit: 5 }).items[0] // → { rank: 1, id: '172', score: 2, indegree: 2, reach: 2, pagerank: 0.41, ... }
 */
export function rankDocuments(graph: PlainGraph, opts: RankOptions): { items: RankingItem[]; nodes: number; edges: number; relations: Relation[] } {
  const relations = [...relationSet(opts.relations, RELATIONS)];
  const c = compactGraph(graph, relations);
  const level = opts.level ?? 'central';
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const doc = (i: number): DocRef => byId.get(c.ids[i]) ?? unknownDoc(c.ids[i]);
  const candidates: number[] = [];
  for (let i = 0; i < c.ids.length; i++) if (level === 'all' || doc(i).level === 'central') candidates.push(i);
  const indeg = inDegrees(c);
  const pr = pageRanks(c);
  // Reach costs one search per node: for every candidate only when ranking by it, else for the items shown.
  const limit = opts.limit ?? 20;
  let reach: Int32Array;
  if (opts.by === 'reach') reach = reachCounts(c, candidates);
  else {
    const score = opts.by === 'indegree' ? indeg : pr;
    // Ties are broken by reach, so every candidate tied with the last one shown needs it too.
    candidates.sort((a, b) => score[b] - score[a]);
    const last = candidates[Math.min(limit, candidates.length) - 1];
    const needed = last === undefined ? [] : candidates.filter((i, k) => k < limit || score[i] === score[last]);
    reach = reachCounts(c, needed);
  }
  const score = opts.by === 'indegree' ? indeg : opts.by === 'reach' ? reach : pr;
  candidates.sort((a, b) =>
    score[b] - score[a] || indeg[b] - indeg[a] || reach[b] - reach[a] || pr[b] - pr[a] || (c.ids[a] < c.ids[b] ? -1 : 1));
  const items = candidates.slice(0, limit).map((i, k) => ({
    ...doc(i),
    rank: k + 1,
    score: score[i],
    indegree: indeg[i],
    reach: reach[i],
    pagerank: pr[i],
  }));
  return { items, nodes: c.ids.length, edges: c.edges, relations };
}

/**
 * Pure functions over the API's graphs (no Cytoscape, no DOM): trees from the root, delays,
 * the "show more" cap for busy nodes, the filters, and the Cytoscape element definitions.
 */
import type { Graph, GraphEdge, GraphNode } from '../../server/schema';
import type { Filters, Mode } from '../state';
import { LEVEL_ORDER, moreWidth, nodeSize, typeKey } from './styles';

export type Direction = 'down' | 'up' | 'both';

/** How a mode walks from the root: trace down follows citations backwards (who cites me). */
export function directionOf(mode: Mode): Direction {
  return mode === 'trace-down' ? 'down' : mode === 'trace-up' ? 'up' : 'both';
}

/** Children of each node when walking from the root in `dir`. */
export function adjacency(g: Pick<Graph, 'edges'>, dir: Direction): Map<string, Array<{ id: string; edge: GraphEdge }>> {
  const m = new Map<string, Array<{ id: string; edge: GraphEdge }>>();
  const add = (a: string, b: string, edge: GraphEdge) => {
    let l = m.get(a);
    if (!l) m.set(a, (l = []));
    l.push({ id: b, edge });
  };
  for (const e of g.edges) {
    // An edge goes from the citing document (source) to the cited one (target).
    if (dir === 'down' || dir === 'both') add(e.target, e.source, e);
    if (dir === 'up' || dir === 'both') add(e.source, e.target, e);
  }
  return m;
}

export interface Tree {
  /** Parent of each reached node (the root has none), with the edge used. */
  parent: Map<string, { id: string; edge: GraphEdge }>;
  depth: Map<string, number>;
  /** Children of each node. */
  children: Map<string, string[]>;
  order: string[];
}

/**
 * How much a citation counts when choosing the chain that links a document to the root:
 * taking-up relations are short, a bare mention long, an implied link a little longer, so the
 * chain follows "628 implements 1276 implements 172" rather than "628 mentions 172".
 */
export function edgeWeight(e: Pick<GraphEdge, 'relation' | 'implied'>): number {
  const base = e.relation === 'cites' ? 4 : e.relation === 'attaches' ? 2 : 1;
  return base + (e.implied ? 1 : 0);
}

/**
 * Shortest-chain tree from the root over the graph's edges (Dijkstra with edgeWeight), walking
 * citations backwards for `down` (who cites me), forwards for `up`, both ways for `both`.
 * Children are listed in `nodeOrder` (default: the order they were reached).
 * @example bfsTree({nodes, edges}, 'a', 'down').parent.get('b')?.id // → 'a' when b cites a
 */
export function bfsTree(g: Pick<Graph, 'nodes' | 'edges'>, root: string, dir: Direction, nodeOrder?: (a: string, b: string) => number): Tree {
  const adj = adjacency(g, dir);
  const parent = new Map<string, { id: string; edge: GraphEdge }>();
  const dist = new Map<string, number>([[root, 0]]);
  const depth = new Map<string, number>([[root, 0]]);
  const done = new Set<string>();
  const order: string[] = [];
  // Weights are small integers: a bucket queue is exact and linear.
  const buckets: string[][] = [[root]];
  for (let d = 0; d < buckets.length; d++) {
    const bucket = buckets[d];
    if (!bucket) continue;
    for (let i = 0; i < bucket.length; i++) {
      const id = bucket[i];
      if (done.has(id) || dist.get(id) !== d) continue;
      done.add(id);
      order.push(id);
      for (const n of adj.get(id) ?? []) {
        if (done.has(n.id)) continue;
        const nd = d + edgeWeight(n.edge);
        const old = dist.get(n.id);
        if (old !== undefined && old <= nd) continue;
        dist.set(n.id, nd);
        parent.set(n.id, { id, edge: n.edge });
        depth.set(n.id, depth.get(id)! + 1);
        (buckets[nd] ??= []).push(n.id);
      }
    }
  }
  for (const id of [...depth.keys()]) if (!done.has(id)) { depth.delete(id); parent.delete(id); }
  const children = new Map<string, string[]>();
  for (const id of order) {
    const p = parent.get(id);
    if (!p) continue;
    let c = children.get(p.id);
    if (!c) children.set(p.id, (c = []));
    c.push(id);
  }
  if (nodeOrder) for (const c of children.values()) c.sort(nodeOrder);
  return { parent, depth, children, order };
}

/** Node ids and edge ids on the tree path from the root to `id` (empty when unreachable). */
export function treePath(tree: Tree, id: string): { nodes: string[]; edges: string[] } {
  if (!tree.depth.has(id)) return { nodes: [], edges: [] };
  const nodes = [id];
  const edges: string[] = [];
  let cur = id;
  for (let p = tree.parent.get(cur); p; p = tree.parent.get(cur)) {
    edges.push(p.edge.id);
    nodes.push(p.id);
    cur = p.id;
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

/**
 * Whole days from `a` to `b` (ISO dates); null when either is missing.
 * @example daysBetween('2020-03-24', '2020-03-29') // → 5
 */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round((tb - ta) / 86_400_000);
}

/** Delay of each node from the root: the API's delayDays, else computed from the dates. */
export function delays(g: Graph, root: string | null): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const rootNode = root ? g.nodes.find((n) => n.id === root) : undefined;
  for (const n of g.nodes) {
    if (!rootNode) { out.set(n.id, null); continue; }
    out.set(n.id, n.delayDays !== undefined && n.delayDays !== null ? n.delayDays : daysBetween(rootNode.issuedOn, n.issuedOn));
  }
  return out;
}

/** Does a node pass the filters? Issuer filters compare by name (GraphNode carries the name). */
export function matchesFilters(n: GraphNode, f: Filters, issuerName: string | null): boolean {
  if (f.levels.length && !(n.level && f.levels.includes(n.level))) return false;
  if (f.province && n.province !== f.province) return false;
  if (issuerName && n.issuer !== issuerName) return false;
  if (f.types.length && !(n.type && f.types.includes(n.type))) return false;
  if (f.from && !(n.issuedOn && n.issuedOn >= f.from)) return false;
  if (f.to && !(n.issuedOn && n.issuedOn <= f.to)) return false;
  return true;
}

export interface Visible {
  /** Node ids to draw. */
  nodes: Set<string>;
  /** Nodes drawn only because they connect the root to a matching node (drawn faded). */
  context: Set<string>;
  /** Edge ids to draw. */
  edges: Set<string>;
  /** "Show more" placeholders: parent id → number of hidden children. */
  more: Map<string, number>;
  /** How many nodes the filters removed. */
  filteredOut: number;
}

/**
 * Decide what to draw: filters (nodes that fail them are hidden, except those that link the
 * root to a matching node, which stay as faded context) and the cap on busy nodes (only the
 * first `cap + revealed[parent]` children of a node are shown, with a "+N more" placeholder).
 * Without a root (overview) only the filters apply.
 */
export function visibleSubgraph(
  g: Graph,
  opts: { root: string | null; dir: Direction; filters: Filters; issuerName: string | null; cap: number; revealed: Map<string, number> },
): Visible {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const relOk = (e: GraphEdge) => !opts.filters.relations.length || opts.filters.relations.includes(e.relation);
  const edges = g.edges.filter((e) => relOk(e) && byId.has(e.source) && byId.has(e.target));
  const match = new Set(g.nodes.filter((n) => matchesFilters(n, opts.filters, opts.issuerName)).map((n) => n.id));
  const nodes = new Set<string>();
  const context = new Set<string>();
  const more = new Map<string, number>();

  if (!opts.root || !byId.has(opts.root)) {
    for (const id of match) nodes.add(id);
    const es = new Set(edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id));
    return { nodes, context, edges: es, more, filteredOut: g.nodes.length - nodes.size };
  }

  const root = opts.root;
  const rank = (id: string) => byId.get(id)!;
  const order = (a: string, b: string) => {
    const na = rank(a), nb = rank(b);
    return (nb.citedByCount - na.citedByCount) || (na.issuedOn ?? '9999').localeCompare(nb.issuedOn ?? '9999') || a.localeCompare(b);
  };
  const tree = bfsTree({ nodes: g.nodes, edges }, root, opts.dir, order);
  // Keep: matching nodes and everything on their path from the root.
  const keep = new Set<string>([root]);
  for (const id of tree.order) {
    if (!match.has(id)) continue;
    for (let cur: string | undefined = id; cur && !keep.has(cur); cur = tree.parent.get(cur)?.id) keep.add(cur);
  }
  // Cap: walk the tree, showing only the first children of busy nodes.
  const shown = new Set<string>([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    const kids = (tree.children.get(id) ?? []).filter((k) => keep.has(k));
    const limit = opts.cap + (opts.revealed.get(id) ?? 0);
    kids.slice(0, limit).forEach((k) => { shown.add(k); queue.push(k); });
    if (kids.length > limit) more.set(id, kids.length - limit);
  }
  for (const id of shown) {
    nodes.add(id);
    if (!match.has(id) && id !== root) context.add(id);
  }
  const es = new Set(edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id));
  const filteredOut = tree.order.filter((id) => !keep.has(id)).length + g.nodes.filter((n) => !tree.depth.has(n.id) && !match.has(n.id)).length;
  return { nodes, context, edges: es, more, filteredOut };
}

/** The text drawn under a node. */
export function nodeLabel(n: Pick<GraphNode, 'number' | 'title' | 'type'>, delay: number | null, fmtDays: (d: number) => string, untitled: string): string {
  const head = n.number ?? (n.title ? (n.title.length > 32 ? `${n.title.slice(0, 30)}…` : n.title) : `${n.type ?? ''} ${untitled}`.trim());
  return delay === null || delay === undefined ? head : `${head}\n${fmtDays(delay)}`;
}

export interface ElementDef {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  classes: string;
  position?: { x: number; y: number };
}

/** Cytoscape element definitions for the visible part of a graph. */
export function toElements(
  g: Graph,
  vis: Visible,
  opts: { root: string | null; delays: Map<string, number | null>; label: (n: GraphNode, delay: number | null) => string; moreLabel: (n: number) => string },
): ElementDef[] {
  const out: ElementDef[] = [];
  for (const n of g.nodes) {
    if (!vis.nodes.has(n.id)) continue;
    const lvl = n.level && (LEVEL_ORDER as string[]).includes(n.level) ? n.level : 'unknown';
    const classes = [`doc`, `lvl-${lvl}`, `ty-${typeKey(n.type)}`];
    if (n.stub) classes.push('stub');
    if (n.superseded) classes.push('superseded');
    if (n.restsOnSuperseded) classes.push('rests');
    if (n.id === opts.root) classes.push('root');
    if (vis.context.has(n.id)) classes.push('context');
    const delay = n.id === opts.root ? null : opts.delays.get(n.id) ?? null;
    out.push({
      group: 'nodes',
      data: {
        id: n.id, label: opts.label(n, delay), number: n.number, type: n.type, title: n.title, issuer: n.issuer,
        level: n.level, province: n.province, issuedOn: n.issuedOn, stub: n.stub, citedByCount: n.citedByCount,
        depth: n.depth ?? null, delay, size: nodeSize(n.citedByCount),
      },
      classes: classes.join(' '),
    });
  }
  for (const e of g.edges) {
    if (!vis.edges.has(e.id)) continue;
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, relation: e.relation, implied: e.implied },
      classes: `cite rel-${e.relation}${e.implied ? ' implied' : ''}`,
    });
  }
  for (const [parent, count] of vis.more) {
    const id = `more::${parent}`;
    const label = opts.moreLabel(count);
    out.push({ group: 'nodes', data: { id, label, w: moreWidth(label), size: 22, moreOf: parent, count, citedByCount: 0 }, classes: 'more' });
    out.push({ group: 'edges', data: { id: `${id}::edge`, source: id, target: parent }, classes: 'more-edge' });
  }
  return out;
}

/**
 * Merge graphs (e.g. the trace down and the trace up of a neighbourhood), first wins.
 * @example mergeGraphs(a, b).nodes.length
 */
export function mergeGraphs(...gs: Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let total = 0;
  for (const g of gs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    truncated ||= g.truncated;
    total = Math.max(total, g.total);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, total: truncated ? Math.max(total, nodes.size) : nodes.size };
}

/**
 * Implementation lag (pure): for a root document, every document below it (following
 * IMPLEMENTS by default, transitively, implied links included; other relations on request),
 * each at its fewest hops with its path from the root, the days since the root and since its
 * direct parent; then statistics by level and by province (count, median, p90, slowest).
 *
 * Undated documents are listed in `undated` and never counted as zero. Documents dated before
 * the root (a data or OCR error) are listed in `inconsistent` and left out of the statistics.
 * When a document implements several documents of the same depth, its parent on the path is
 * the latest-dated of them (the one it answers), then the smallest id.
 */
import { LEVELS, type Relation } from '../schema';
import { daysBetween, indexGraph, median, percentile, relationSet, unknownDoc } from './graph';
import type { DocRef, LagEntry, LagReport, LagStats, PlainGraph } from './schema';

/** Options of {@link implementationLag}. */
export interface LagOptions {
  /** Relations followed downwards (default ['implements']). */
  relations?: readonly Relation[];
  /** Deepest level followed (default 20). */
  maxDepth?: number;
  /** Most documents listed in `documents` (all are counted in the statistics). Default: all. */
  limit?: number;
}

/** Default relations of the lag: implementation only. */
export const LAG_RELATIONS: readonly Relation[] = ['implements'];
/** Default depth limit. */
export const LAG_MAX_DEPTH = 20;

/** Picks the parent on the path: latest dated first, then smallest id. */
function betterParent(a: DocRef, b: DocRef): boolean {
  if (a.issuedOn !== b.issuedOn) {
    if (a.issuedOn === null) return false;
    if (b.issuedOn === null) return true;
    return a.issuedOn > b.issuedOn;
  }
  return a.id < b.id;
}

/**
 * Statistics of the days since the root of a group; `undated` counted apart.
 * @example lagStats('provincial', [3, 8], 1) // → { key: 'provincial', count: 2, undated: 1, median: 5.5, p90: 8, slowest: null }
 */
export function lagStats(key: string | null, days: readonly number[], undated: number, slowest: { id: string; days: number } | null = null): LagStats {
  return { key, count: days.length, undated, median: median(days), p90: percentile(days, 90), slowest };
}

interface Group {
  days: number[];
  undated: number;
  slowest: { id: string; days: number } | null;
}

function addTo(groups: Map<string | null, Group>, key: string | null, e: LagEntry, counted: boolean): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { days: [], undated: 0, slowest: null }));
  if (e.sinceRoot === null) {
    g.undated++;
    return;
  }
  if (!counted) return;
  g.days.push(e.sinceRoot);
  if (!g.slowest || e.sinceRoot > g.slowest.days || (e.sinceRoot === g.slowest.days && e.id < g.slowest.id)) {
    g.slowest = { id: e.id, days: e.sinceRoot };
  }
}

function statsOf(groups: Map<string | null, Group>, order?: readonly (string | null)[]): LagStats[] {
  const keys = [...groups.keys()];
  if (order) keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  else {
    keys.sort((a, b) => {
      const ga = groups.get(a)!;
      const gb = groups.get(b)!;
      const d = gb.days.length + gb.undated - (ga.days.length + ga.undated);
      if (d) return d;
      if (a === null) return 1;
      if (b === null) return -1;
      return a.localeCompare(b, 'vi');
    });
  }
  return keys.map((k) => {
    const g = groups.get(k)!;
    return lagStats(k, g.days, g.undated, g.slowest);
  });
}

/**
 * The implementation lag below `rootId` in a plain graph (see the file header).
 * @example
 *   // 172 (2020-03-21) ← 1276 (2020-03-24) ← 628 (2020-03-29), all IMPLEMENTS
 *   implementationLag('172', graph).documents.map((d) => [d.id, d.depth, d.sinceRoot, d.sinceParent])
 *   // → [['1276', 1, 3, 3], ['628', 2, 8, 5]]
 */
export function implementationLag(rootId: string, graph: PlainGraph, opts: LagOptions = {}): LagReport {
  const relations = relationSet(opts.relations, LAG_RELATIONS);
  const maxDepth = opts.maxDepth ?? LAG_MAX_DEPTH;
  const idx = indexGraph(graph);
  const doc = (id: string) => idx.byId.get(id) ?? unknownDoc(id);
  const root = doc(rootId);

  const depth = new Map<string, number>([[rootId, 0]]);
  const parent = new Map<string, string>();
  let frontier = [rootId];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const found = new Map<string, string>();
    for (const p of frontier) {
      for (const e of idx.incoming.get(p) ?? []) {
        if (!relations.has(e.relation) || depth.has(e.from)) continue;
        const prev = found.get(e.from);
        if (prev === undefined || betterParent(doc(p), doc(prev))) found.set(e.from, p);
      }
    }
    frontier = [...found.keys()].sort();
    for (const c of frontier) {
      depth.set(c, d);
      parent.set(c, found.get(c)!);
    }
  }

  const entries: LagEntry[] = [];
  for (const [id, d] of depth) {
    if (id === rootId) continue;
    const path = [id];
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) path.push(p);
    path.reverse();
    const n = doc(id);
    const p = parent.get(id)!;
    entries.push({
      ...n,
      depth: d,
      path,
      parent: p,
      sinceRoot: daysBetween(root.issuedOn, n.issuedOn),
      sinceParent: daysBetween(doc(p).issuedOn, n.issuedOn),
    });
  }
  entries.sort((a, b) => {
    if (a.depth !== b.depth) return a.depth - b.depth;
    if (a.issuedOn !== b.issuedOn) {
      if (a.issuedOn === null) return 1;
      if (b.issuedOn === null) return -1;
      return a.issuedOn < b.issuedOn ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

  const undated = entries.filter((e) => e.issuedOn === null).map((e) => e.id);
  const inconsistent = entries.filter((e) => e.sinceRoot !== null && e.sinceRoot < 0).map((e) => e.id);
  const overall = new Map<string | null, Group>();
  const byLevel = new Map<string | null, Group>();
  const byProvince = new Map<string | null, Group>();
  for (const e of entries) {
    // Undated documents (or an undated root) count as undated; inconsistent ones are not counted.
    const counted = e.sinceRoot !== null && e.sinceRoot >= 0;
    addTo(overall, null, e, counted);
    addTo(byLevel, e.level, e, counted);
    addTo(byProvince, e.province, e, counted);
  }
  const limit = opts.limit ?? entries.length;
  return {
    root,
    relations: [...relations],
    maxDepth,
    documents: entries.slice(0, limit),
    total: entries.length,
    truncated: entries.length > limit,
    undated,
    inconsistent,
    summary: {
      overall: statsOf(overall)[0] ?? lagStats(null, [], 0),
      byLevel: statsOf(byLevel, [...LEVELS, null]),
      byProvince: statsOf(byProvince),
    },
  };
}

/**
 * Status flags (pure): a document replaced, repealed or amended carries that status with the
 * document that did it and its date; a document that implements (or is based on), directly or
 * through other documents, a replaced or repealed one "rests on a superseded document".
 * An amendment alone does not supersede. Input: the plain graph around the documents (their
 * ancestors through IMPLEMENTS / BASED_ON and the REPLACES / REPEALS / AMENDS citations into
 * them), as server/graph/analytics-read.ts reads it.
 */
import type { Relation, StatusFlags } from '../schema';
import { indexGraph, unknownDoc, type GraphIndex } from './graph';
import type { PlainGraph, RestsOn, StatusReport } from './schema';

/** Relations followed upwards to find what a document rests on. */
export const RESTS_ON_RELATIONS: readonly Relation[] = ['implements', 'based_on'];
/** Deepest chain followed upwards. */
export const STATUS_MAX_DEPTH = 10;

type Superseder = StatusFlags['replacedBy'][number];

function superseders(idx: GraphIndex, id: string, relation: Relation): Superseder[] {
  const seen = new Set<string>();
  const out: Superseder[] = [];
  for (const e of idx.incoming.get(id) ?? []) {
    if (e.relation !== relation || seen.has(e.from)) continue;
    seen.add(e.from);
    const d = idx.byId.get(e.from) ?? unknownDoc(e.from);
    out.push({ id: d.id, number: d.number, issuedOn: d.issuedOn });
  }
  return out.sort((a, b) => (a.issuedOn ?? '9999').localeCompare(b.issuedOn ?? '9999') || a.id.localeCompare(b.id));
}

function isSuperseded(idx: GraphIndex, id: string): boolean {
  return (idx.incoming.get(id) ?? []).some((e) => e.relation === 'replaces' || e.relation === 'repeals');
}

/** The superseded documents above `id`, each with the shortest path to it. */
function restsOnOf(idx: GraphIndex, id: string, maxDepth: number): RestsOn[] {
  const parent = new Map<string, string | null>([[id, null]]);
  let frontier = [id];
  const hits: string[] = [];
  for (let d = 0; d < maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const e of idx.outgoing.get(v) ?? []) {
        if (!RESTS_ON_RELATIONS.includes(e.relation) || parent.has(e.to)) continue;
        parent.set(e.to, v);
        next.push(e.to);
        if (isSuperseded(idx, e.to)) hits.push(e.to);
      }
    }
    frontier = next.sort();
  }
  return hits.map((h) => {
    const path: string[] = [];
    for (let v: string | null | undefined = h; v != null; v = parent.get(v)) path.push(v);
    path.reverse();
    const d = idx.byId.get(h) ?? unknownDoc(h);
    const by = [
      ...superseders(idx, h, 'replaces').map((s) => ({ ...s, relation: 'replaces' as const })),
      ...superseders(idx, h, 'repeals').map((s) => ({ ...s, relation: 'repeals' as const })),
    ];
    return { id: h, number: d.number, issuedOn: d.issuedOn, path, supersededBy: by };
  });
}

/**
 * The status flags of one document, with what it rests on.
 * @example
 *   // 10943 REPLACES 4674; 5619 IMPLEMENTS 4674
 *   statusReport('5619', graph).status.restsOnSuperseded // → true
 *   statusReport('4674', graph).status.replacedBy // → [{ id: '10943', number: '10943/BYT-MT', issuedOn: '2021-12-24' }]
 */
export function statusReport(id: string, graph: PlainGraph | GraphIndex, maxDepth = STATUS_MAX_DEPTH): StatusReport {
  const idx = 'byId' in graph ? graph : indexGraph(graph);
  const d = idx.byId.get(id) ?? unknownDoc(id);
  const restsOn = restsOnOf(idx, id, maxDepth);
  const status: StatusFlags = {
    replacedBy: superseders(idx, id, 'replaces'),
    repealedBy: superseders(idx, id, 'repeals'),
    amendedBy: superseders(idx, id, 'amends'),
    restsOnSuperseded: restsOn.length > 0,
  };
  return { id, number: d.number, status, superseded: status.replacedBy.length + status.repealedBy.length > 0, restsOn };
}

/**
 * StatusFlags of one document.
 * @example statusFlags('4674', graph).replacedBy[0].id // → '10943'
 */
export function statusFlags(id: string, graph: PlainGraph | GraphIndex, maxDepth = STATUS_MAX_DEPTH): StatusFlags {
  return statusReport(id, graph, maxDepth).status;
}

/**
 * StatusFlags of many documents at once (one index for all).
 * @example statusFlagsBulk(['4674', '5619'], graph).get('5619')?.restsOnSuperseded // → true
 */
export function statusFlagsBulk(ids: readonly string[], graph: PlainGraph, maxDepth = STATUS_MAX_DEPTH): Map<string, StatusFlags> {
  const idx = indexGraph(graph);
  const out = new Map<string, StatusFlags>();
  for (const id of ids) if (!out.has(id)) out.set(id, statusFlags(id, idx, maxDepth));
  return out;
}

/**
 * The two node flags the trace and graph views show.
 * @example nodeFlags(statusFlags('4674', graph)) // → { superseded: true, restsOnSuperseded: false }
 */
export function nodeFlags(f: StatusFlags): { superseded: boolean; restsOnSuperseded: boolean } {
  return { superseded: f.replacedBy.length + f.repealedBy.length > 0, restsOnSuperseded: f.restsOnSuperseded };
}

/**
 * Small pure helpers shared by the analytics: an index over a plain citation graph (documents
 * by id, citations in and out), day arithmetic on ISO dates, medians and percentiles, and the
 * canonical province of a document. No I/O.
 */
import type { Relation } from '../schema';
import { PROVINCES, PROVINCE_ALIASES } from '../parse/vocab';
import { foldKey } from '../parse/clean';
import type { CitationEdge, DocRef, PlainGraph } from './schema';

/** A plain graph with lookups. */
export interface GraphIndex {
  byId: Map<string, DocRef>;
  /** Citations pointing at a document (its children: the documents citing it). */
  incoming: Map<string, CitationEdge[]>;
  /** Citations a document makes (its parents: the documents it cites). */
  outgoing: Map<string, CitationEdge[]>;
}

/**
 * Indexes a plain graph. Edges whose ends are not among the nodes are kept (the ends are then
 * unknown documents, which callers treat as such).
 * @example indexGraph({ nodes: [a, b], edges: [{ from: 'b', to: 'a', relation: 'implements', implied: false }] }).incoming.get('a')?.length // → 1
 */
export function indexGraph(g: PlainGraph): GraphIndex {
  const byId = new Map<string, DocRef>();
  for (const n of g.nodes) byId.set(n.id, n);
  const incoming = new Map<string, CitationEdge[]>();
  const outgoing = new Map<string, CitationEdge[]>();
  for (const e of g.edges) {
    let i = incoming.get(e.to);
    if (!i) incoming.set(e.to, (i = []));
    i.push(e);
    let o = outgoing.get(e.from);
    if (!o) outgoing.set(e.from, (o = []));
    o.push(e);
  }
  return { byId, incoming, outgoing };
}

/**
 * A placeholder for a document the graph data does not describe (only its id is known).
 * @example unknownDoc('x').stub // → true
 */
export function unknownDoc(id: string): DocRef {
  return { id, number: null, type: null, title: null, issuer: null, issuedOn: null, level: null, province: null, stub: true };
}

/**
 * Days from `from` to `to` (ISO 'YYYY-MM-DD'); null when either is missing or invalid.
 * @example daysBetween('2020-03-21', '2020-03-29') // → 8
 */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

/**
 * Median of numbers (mean of the two middle values for an even count); null when empty.
 * @example median([3, 8, 1, 10]) // → 5.5
 */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Percentile by the nearest-rank method: the smallest value with at least p% of the values at
 * or below it (always one of the values); null when empty.
 * @example percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) // → 9
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(s.length, rank) - 1];
}

const PROVINCE_BY_KEY = new Map<string, string>();
for (const p of PROVINCES) PROVINCE_BY_KEY.set(foldKey(p), p);
for (const [alias, p] of Object.entries(PROVINCE_ALIASES)) PROVINCE_BY_KEY.set(foldKey(alias), p);

/**
 * The canonical name (one of the 63 PROVINCES) of a province as stored, or null when it names
 * none: diacritics, case, 'tỉnh' / 'thành phố' / 'TP' prefixes and known aliases are ignored.
 * @example canonicalProvince('TP. Hồ Chí Minh') // → 'Hồ Chí Minh'
 */
export function canonicalProvince(value: string | null | undefined): string | null {
  if (!value) return null;
  const key = foldKey(value);
  const hit = PROVINCE_BY_KEY.get(key);
  if (hit) return hit;
  const bare = key.replace(/^(tinh|thanh pho|tp)\s+/, '');
  return PROVINCE_BY_KEY.get(bare) ?? null;
}

/**
 * Relation filter as a Set, with a default.
 * @example relationSet(undefined, ['implements']).has('implements') // → true
 */
export function relationSet(relations: readonly Relation[] | null | undefined, dflt: readonly Relation[]): Set<Relation> {
  return new Set(relations && relations.length ? relations : dflt);
}

/**
 * Compares documents by date (undated last), then id: the order lists are shown in.
 * @example [b, a].sort(byDateThenId)
 */
export function byDateThenId(a: { id: string; issuedOn: string | null }, b: { id: string; issuedOn: string | null }): number {
  if (a.issuedOn !== b.issuedOn) {
    if (a.issuedOn === null) return 1;
    if (b.issuedOn === null) return -1;
    return a.issuedOn < b.issuedOn ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

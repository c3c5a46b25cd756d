/**
 * Gaps in the corpus (pure):
 *  - cited documents never loaded (stubs), ranked by how many documents cite them;
 *  - date inversions: a document dated before a document it implements (a data or OCR error);
 *  - provinces with no implementing document for a central directive other provinces carried
 *    out (from a coverage matrix).
 */
import type { Relation } from '../schema';
import { daysBetween, indexGraph, unknownDoc } from './graph';
import type { CoverageMatrix, DateInversion, MissingProvinces, PlainGraph, UnloadedDocument } from './schema';

/**
 * Stubs ranked by distinct citers (then id), cut at `limit`.
 * @example rankUnloaded([{ ...stub('a'), citedBy: 1, citers: ['x'] }, { ...stub('b'), citedBy: 3, citers: [] }], 1)[0].id // → 'b'
 */
export function rankUnloaded(rows: readonly UnloadedDocument[], limit = 50): UnloadedDocument[] {
  return rows
    .filter((r) => r.stub)
    .slice()
    .sort((a, b) => b.citedBy - a.citedBy || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** Relations whose child should not predate its parent. */
export const INVERSION_RELATIONS: readonly Relation[] = ['implements'];

/**
 * Citations (IMPLEMENTS by default) whose citing document is dated before the cited one, most
 * negative first.
 * @example dateInversions(graph)[0] // → { child: {id: '878', ...}, parent: {id: '1246', ...}, relation: 'implements', implied: true, days: -8 }
 */
export function dateInversions(graph: PlainGraph, relations: readonly Relation[] = INVERSION_RELATIONS): DateInversion[] {
  const idx = indexGraph(graph);
  const out: DateInversion[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (!relations.includes(e.relation)) continue;
    const child = idx.byId.get(e.from) ?? unknownDoc(e.from);
    const parent = idx.byId.get(e.to) ?? unknownDoc(e.to);
    const days = daysBetween(parent.issuedOn, child.issuedOn);
    if (days === null || days >= 0) continue;
    const k = `${e.from}>${e.to}>${e.relation}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ child, parent, relation: e.relation, implied: e.implied, days });
  }
  return out.sort((a, b) => a.days - b.days || (a.child.id < b.child.id ? -1 : a.child.id > b.child.id ? 1 : 0));
}

/**
 * For each column of a coverage matrix that at least `minCovered` provinces carried out (default
 * 1), the provinces that did not; most covered columns first (the most conspicuous gaps).
 * @example missingProvinces(matrix)[0] // → { root: {id: '172', ...}, coveredProvinces: 61, missing: ['Bắc Kạn', 'Cà Mau'] }
 */
export function missingProvinces(m: CoverageMatrix, minCovered = 1): MissingProvinces[] {
  const out: MissingProvinces[] = [];
  m.columns.forEach((col, i) => {
    if (col.coveredProvinces < minCovered) return;
    const missing = m.rows.filter((r) => !r.cells[i].covered).map((r) => r.province);
    if (!missing.length) return;
    const { implementers: _i, coveredProvinces, ...root } = col;
    out.push({ root, coveredProvinces, missing });
  });
  return out.sort((a, b) => b.coveredProvinces - a.coveredProvinces || (a.root.id < b.root.id ? -1 : 1));
}

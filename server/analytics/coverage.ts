/**
 * Coverage matrix (pure): for a set of central documents, which of the 63 provinces carried
 * each out. A province covers a central document when one of its documents (any level:
 * provincial, district, commune) implements it, directly or transitively (implied links
 * included). Each cell holds the count of such documents, the earliest one and its lag in days.
 * All 63 provinces are rows, covered or not (PROVINCES of server/parse/vocab.ts).
 *
 * Also: the default columns (the most implemented central documents, by distinct implementing
 * documents, direct or transitive) and the CSV export (RFC 4180: CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled; UTF-8 with a BOM for Excel).
 */
import type { Relation } from '../schema';
import { PROVINCES } from '../parse/vocab';
import { canonicalProvince, daysBetween, indexGraph, relationSet, unknownDoc, type GraphIndex } from './graph';
import type { CoverageCell, CoverageColumn, CoverageMatrix, CoverageRow, DocRef, PlainGraph } from './schema';

/** Relations that make a document "implement" another for coverage. */
export const COVERAGE_RELATIONS: readonly Relation[] = ['implements'];
/** Default number of columns. */
export const DEFAULT_COVERAGE_COLUMNS = 20;
/** Deepest chain followed. */
const MAX_DEPTH = 50;

/**
 * Every document below `rootId` through `relations` (the root excluded), breadth first.
 * @example descendants(indexGraph(g), '172', new Set(['implements'])) // → ['1276', '628']
 */
export function descendants(idx: GraphIndex, rootId: string, relations: ReadonlySet<Relation>, maxDepth = MAX_DEPTH): string[] {
  const seen = new Set<string>([rootId]);
  const out: string[] = [];
  let frontier = [rootId];
  for (let d = 0; d < maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const p of frontier) {
      for (const e of idx.incoming.get(p) ?? []) {
        if (!relations.has(e.relation) || seen.has(e.from)) continue;
        seen.add(e.from);
        next.push(e.from);
        out.push(e.from);
      }
    }
    frontier = next;
  }
  return out;
}

/** Options of {@link mostImplemented}. */
export interface MostImplementedOptions {
  /** How many (default 20). */
  limit?: number;
  /** Only documents of this level (default 'central'; null: any). */
  level?: string | null;
  relations?: readonly Relation[];
}

/**
 * The documents (central by default) with the most distinct implementing documents, direct or
 * transitive; ties go to more direct implementers, then the smaller id.
 * @example mostImplemented(graph, { limit: 2 }) // → [{ id: '172', implementers: 2, direct: 1 }, ...]
 */
export function mostImplemented(graph: PlainGraph, opts: MostImplementedOptions = {}): Array<{ id: string; implementers: number; direct: number }> {
  const relations = relationSet(opts.relations, COVERAGE_RELATIONS);
  const level = opts.level === undefined ? 'central' : opts.level;
  const idx = indexGraph(graph);
  const out: Array<{ id: string; implementers: number; direct: number }> = [];
  for (const [id, inc] of idx.incoming) {
    const n = idx.byId.get(id);
    if (level !== null && n?.level !== level) continue;
    const direct = new Set(inc.filter((e) => relations.has(e.relation)).map((e) => e.from)).size;
    if (!direct) continue;
    out.push({ id, implementers: descendants(idx, id, relations).length, direct });
  }
  out.sort((a, b) => b.implementers - a.implementers || b.direct - a.direct || (a.id < b.id ? -1 : 1));
  return out.slice(0, opts.limit ?? DEFAULT_COVERAGE_COLUMNS);
}

/** Options of {@link coverageMatrix}. */
export interface CoverageOptions {
  relations?: readonly Relation[];
  /** Rows (default: the 63 PROVINCES). */
  provinces?: readonly string[];
}

const earlier = (a: DocRef, b: DocRef): boolean => {
  if (a.issuedOn !== b.issuedOn) {
    if (a.issuedOn === null) return false;
    if (b.issuedOn === null) return true;
    return a.issuedOn < b.issuedOn;
  }
  return a.id < b.id;
};

/**
 * The provinces × documents coverage matrix of `rootIds` (columns in the given order).
 * @example
 *   const m = coverageMatrix(['172'], graph);
 *   m.rows.find((r) => r.province === 'Lai Châu')?.cells[0] // → { covered: true, count: 2, earliest: { id: '1276', ... }, lagDays: 3 }
 */
export function coverageMatrix(rootIds: readonly string[], graph: PlainGraph, opts: CoverageOptions = {}): CoverageMatrix {
  const relations = relationSet(opts.relations, COVERAGE_RELATIONS);
  const provinces = opts.provinces ?? PROVINCES;
  const rowOf = new Map(provinces.map((p, i) => [p, i]));
  const idx = indexGraph(graph);
  const doc = (id: string) => idx.byId.get(id) ?? unknownDoc(id);
  const unmatched = new Map<string, Set<string>>();
  const cells: Array<Array<{ count: number; best: DocRef | null }>> = provinces.map(() => rootIds.map(() => ({ count: 0, best: null })));
  const columns: CoverageColumn[] = [];

  rootIds.forEach((rootId, col) => {
    const below = descendants(idx, rootId, relations);
    const covered = new Set<number>();
    for (const id of below) {
      const d = doc(id);
      if (!d.province) continue;
      const canonical = canonicalProvince(d.province);
      const row = canonical === null ? undefined : rowOf.get(canonical);
      if (row === undefined) {
        let s = unmatched.get(d.province);
        if (!s) unmatched.set(d.province, (s = new Set()));
        s.add(id);
        continue;
      }
      const cell = cells[row][col];
      cell.count++;
      if (!cell.best || earlier(d, cell.best)) cell.best = d;
      covered.add(row);
    }
    columns.push({ ...doc(rootId), implementers: below.length, coveredProvinces: covered.size });
  });

  const rows: CoverageRow[] = provinces.map((province, r) => {
    const out: CoverageCell[] = cells[r].map((c, col) => ({
      covered: c.count > 0,
      count: c.count,
      earliest: c.best ? { id: c.best.id, number: c.best.number, issuedOn: c.best.issuedOn } : null,
      lagDays: c.best ? daysBetween(columns[col].issuedOn, c.best.issuedOn) : null,
    }));
    return { province, covered: out.filter((c) => c.covered).length, cells: out };
  });
  return {
    relations: [...relations],
    columns,
    rows,
    unmatchedProvinces: [...unmatched].map(([province, s]) => ({ province, documents: s.size })).sort((a, b) => b.documents - a.documents || a.province.localeCompare(b.province)),
  };
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, CR or LF; quotes doubled.
 * @example csvField('a "b", c') // → '"a ""b"", c"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to CSV text: CRLF after every record, UTF-8 BOM first.
 * @example csvText([['a', 1], ['b', null]]) // → '\uFEFFa,1\r\nb,\r\n'
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** Layouts of {@link coverageCsv}. */
export type CoverageCsvLayout = 'matrix' | 'long';

/**
 * The coverage matrix as CSV.
 *  - `matrix` (default): one row per province, one column per central document (headed by its
 *    number, or id when it has none); a cell is the lag in days of the earliest implementing
 *    document, `?` when covered but undated, empty when not covered; then a `covered` column.
 *  - `long`: one row per province × document with every field of the cell.
 * @example coverageCsv(m).split('\r\n')[0] // → '\uFEFFprovince,172-TB/TW,covered'
 */
export function coverageCsv(m: CoverageMatrix, layout: CoverageCsvLayout = 'matrix'): string {
  if (layout === 'long') {
    const rows: Array<Array<string | number | boolean | null>> = [
      ['province', 'documentId', 'documentNumber', 'documentIssuedOn', 'covered', 'count', 'earliestId', 'earliestNumber', 'earliestIssuedOn', 'lagDays'],
    ];
    for (const r of m.rows) {
      r.cells.forEach((c, i) => {
        const col = m.columns[i];
        rows.push([r.province, col.id, col.number, col.issuedOn, c.covered, c.count, c.earliest?.id ?? null, c.earliest?.number ?? null, c.earliest?.issuedOn ?? null, c.lagDays]);
      });
    }
    return csvText(rows);
  }
  const header = ['province', ...m.columns.map((c) => c.number ?? c.id), 'covered'];
  const rows = m.rows.map((r) => [r.province, ...r.cells.map((c) => (!c.covered ? '' : c.lagDays === null ? '?' : c.lagDays)), r.covered]);
  return csvText([header, ...rows]);
}

/**
 * zod schemas of the analytics contracts (issue #6): the plain graph data the pure functions of
 * server/analytics take (documents and citation edges, as read by server/graph/analytics-read.ts)
 * and the API responses of /api/analytics/* (lag, coverage, reuse, rankings, status, gaps).
 * Types come from `z.infer`, so the pure functions, the graph reads, the routes and the client
 * share one definition. Shared base schemas (IsoDate, Level, Relation, StatusFlags) come from
 * server/schema.ts.
 */
import { z } from 'zod';
import { IsoDate, Level, Relation, StatusFlags } from '../schema';

// ---------------------------------------------------------------------------
// Plain graph data (input of the pure functions)
// ---------------------------------------------------------------------------

/** A document as the analytics see it (no text). `id` is the document key. */
export const DocRef = z.object({
  id: z.string(),
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  level: Level.nullable(),
  province: z.string().nullable(),
  stub: z.boolean(),
});
export type DocRef = z.infer<typeof DocRef>;

/** A citation, from the citing document to the cited one (`from` implements / cites `to`). */
export const CitationEdge = z.object({
  from: z.string(),
  to: z.string(),
  relation: Relation,
  /** Stated by a third document (see `evidence` on the relationship). */
  implied: z.boolean(),
});
export type CitationEdge = z.infer<typeof CitationEdge>;

/** A citation graph or a part of it: documents plus the citations between them. */
export interface PlainGraph {
  nodes: DocRef[];
  edges: CitationEdge[];
}

// ---------------------------------------------------------------------------
// 1. Implementation lag
// ---------------------------------------------------------------------------

/** One downstream document of a lag report. */
export const LagEntry = DocRef.extend({
  /** Hops from the root (1 = implements the root directly). */
  depth: z.number().int().positive(),
  /** Ids from the root to this document, both included. */
  path: z.array(z.string()),
  /** The document it implements on `path` (its direct parent). */
  parent: z.string(),
  /** Days from the root's date to this document's; null when either is undated. */
  sinceRoot: z.number().int().nullable(),
  /** Days from the parent's date to this document's; null when either is undated. */
  sinceParent: z.number().int().nullable(),
});
export type LagEntry = z.infer<typeof LagEntry>;

/** Lag statistics of a group of documents (days since the root). */
export const LagStats = z.object({
  /** The group: a level or a province; null for documents without one (and for `overall`). */
  key: z.string().nullable(),
  /** Dated documents counted (undated and inconsistent ones are not). */
  count: z.number().int(),
  /** Documents of the group with no date: reported, never counted as zero. */
  undated: z.number().int(),
  median: z.number().nullable(),
  /** 90th percentile, nearest-rank method. */
  p90: z.number().nullable(),
  slowest: z.object({ id: z.string(), days: z.number().int() }).nullable(),
});
export type LagStats = z.infer<typeof LagStats>;

export const LagReport = z.object({
  root: DocRef,
  relations: z.array(Relation),
  maxDepth: z.number().int(),
  /** Downstream documents, shallowest first, then by date. Cut at the request's limit. */
  documents: z.array(LagEntry),
  /** Downstream documents in all (documents may be cut at the limit). */
  total: z.number().int(),
  truncated: z.boolean(),
  /** Ids of downstream documents without a date. */
  undated: z.array(z.string()),
  /** Ids of downstream documents dated before the root (a data or OCR error); left out of the statistics. */
  inconsistent: z.array(z.string()),
  summary: z.object({
    overall: LagStats,
    byLevel: z.array(LagStats),
    byProvince: z.array(LagStats),
  }),
});
export type LagReport = z.infer<typeof LagReport>;

// ---------------------------------------------------------------------------
// 2. Coverage matrix
// ---------------------------------------------------------------------------

/** A central document of the matrix (a column). */
export const CoverageColumn = DocRef.extend({
  /** Distinct documents implementing it, directly or transitively. */
  implementers: z.number().int(),
  /** Provinces with at least one implementing document. */
  coveredProvinces: z.number().int(),
});
export type CoverageColumn = z.infer<typeof CoverageColumn>;

/** One province × one central document. */
export const CoverageCell = z.object({
  covered: z.boolean(),
  /** Documents of the province implementing it (directly or transitively). */
  count: z.number().int(),
  /** The earliest of them (by date; an undated one only when none is dated). */
  earliest: z.object({ id: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable() }).nullable(),
  /** Days from the central document's date to the earliest one's; null when either is undated. */
  lagDays: z.number().int().nullable(),
});
export type CoverageCell = z.infer<typeof CoverageCell>;

export const CoverageRow = z.object({
  province: z.string(),
  /** Columns this province covers. */
  covered: z.number().int(),
  /** One cell per column, in column order. */
  cells: z.array(CoverageCell),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const CoverageMatrix = z.object({
  relations: z.array(Relation),
  columns: z.array(CoverageColumn),
  /** All 63 provinces, in the order of PROVINCES (server/parse/vocab.ts). */
  rows: z.array(CoverageRow),
  /** Province values found on implementing documents that name none of the 63 (typos, OCR). */
  unmatchedProvinces: z.array(z.object({ province: z.string(), documents: z.number().int() })),
});
export type CoverageMatrix = z.infer<typeof CoverageMatrix>;

// ---------------------------------------------------------------------------
// 3. Text reuse
// ---------------------------------------------------------------------------

/** An aligned passage: character offsets (UTF-16, end exclusive) into the child's and the parent's stored text. */
export const ReusePassage = z.object({
  childStart: z.number().int().nonnegative(),
  childEnd: z.number().int().nonnegative(),
  parentStart: z.number().int().nonnegative(),
  parentEnd: z.number().int().nonnegative(),
  /** Words of the child in the passage. */
  words: z.number().int().positive(),
});
export type ReusePassage = z.infer<typeof ReusePassage>;

/** Text reuse of one (child, parent) pair, as computed by reuse.ts. */
export const ReuseAlignment = z.object({
  /** Share of the child's words inside reused passages (0..1). */
  share: z.number().min(0).max(1),
  childWords: z.number().int(),
  parentWords: z.number().int(),
  reusedWords: z.number().int(),
  /** Passages found before the cap (`passages` may hold fewer). */
  passageCount: z.number().int(),
  /** Aligned passages in child order, the longest `maxPassages` kept. */
  passages: z.array(ReusePassage),
  /** Shingle size in words. */
  shingle: z.number().int(),
});
export type ReuseAlignment = z.infer<typeof ReuseAlignment>;

/** GET /api/analytics/reuse and /reuse/edge/:from/:to. */
export const ReuseResult = ReuseAlignment.extend({
  /** The child (the citing, implementing document). */
  from: z.string(),
  /** The parent (the cited document). */
  to: z.string(),
  /** Relation types from `from` to `to` in the graph (empty: no direct citation). */
  relations: z.array(Relation),
  /** Whether the pair is on an implementation chain (`from` implements `to`, possibly through others). */
  inChain: z.boolean(),
  /** True when read from a stored (:Reuse) node that is still current. */
  stored: z.boolean(),
  /** Child passages' text (first 300 characters of each), same order as `passages`. */
  excerpts: z.array(z.string()),
});
export type ReuseResult = z.infer<typeof ReuseResult>;

/** What computeAllReuse reports. */
export const ReuseBatchSummary = z.object({
  pairs: z.number().int(),
  computed: z.number().int(),
  skipped: z.number().int(),
  seconds: z.number(),
});
export type ReuseBatchSummary = z.infer<typeof ReuseBatchSummary>;

// ---------------------------------------------------------------------------
// 4. Rankings
// ---------------------------------------------------------------------------

export const RANKING_METRICS = ['indegree', 'reach', 'pagerank'] as const;
export const RankingMetric = z.enum(RANKING_METRICS);
export type RankingMetric = z.infer<typeof RankingMetric>;

export const RankingItem = DocRef.extend({
  rank: z.number().int().positive(),
  /** The value ranked by. */
  score: z.number(),
  /** Distinct documents citing it directly (over the ranking's relations). */
  indegree: z.number().int(),
  /** Distinct documents descending from it through the ranking's relations; null when not computed. */
  reach: z.number().int().nullable(),
  /** PageRank (sums to 1 over the whole graph; damping 0.85); null when not computed. */
  pagerank: z.number().nullable(),
});
export type RankingItem = z.infer<typeof RankingItem>;

export const Rankings = z.object({
  by: RankingMetric,
  relations: z.array(Relation),
  /** 'central': central documents only; 'all': every document. */
  level: z.enum(['central', 'all']),
  items: z.array(RankingItem),
  /** Size of the graph the metrics were computed on. */
  nodes: z.number().int(),
  edges: z.number().int(),
});
export type Rankings = z.infer<typeof Rankings>;

// ---------------------------------------------------------------------------
// 5. Status flags
// ---------------------------------------------------------------------------

/** A superseded document some document rests on, and how. */
export const RestsOn = z.object({
  id: z.string(),
  number: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  /** From the document up to the superseded one, both included. */
  path: z.array(z.string()),
  supersededBy: z.array(z.object({ id: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable(), relation: z.enum(['replaces', 'repeals']) })),
});
export type RestsOn = z.infer<typeof RestsOn>;

/** GET /api/analytics/status/:id. */
export const StatusReport = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: StatusFlags,
  /** Replaced or repealed (an amendment alone does not supersede). */
  superseded: z.boolean(),
  restsOn: z.array(RestsOn),
});
export type StatusReport = z.infer<typeof StatusReport>;

// ---------------------------------------------------------------------------
// 6. Gaps
// ---------------------------------------------------------------------------

export const UnloadedDocument = DocRef.extend({
  /** Distinct documents citing it. */
  citedBy: z.number().int(),
  /** Some of them (at most 5). */
  citers: z.array(z.string()),
});
export type UnloadedDocument = z.infer<typeof UnloadedDocument>;

export const DateInversion = z.object({
  child: DocRef,
  parent: DocRef,
  relation: Relation,
  implied: z.boolean(),
  /** Days from the parent's date to the child's (negative). */
  days: z.number().int(),
});
export type DateInversion = z.infer<typeof DateInversion>;

export const MissingProvinces = z.object({
  root: DocRef,
  coveredProvinces: z.number().int(),
  /** Provinces with no document implementing it, in PROVINCES order. */
  missing: z.array(z.string()),
});
export type MissingProvinces = z.infer<typeof MissingProvinces>;

export const GapsReport = z.object({
  unloaded: z.object({ total: z.number().int(), items: z.array(UnloadedDocument) }),
  dateInversions: z.object({ total: z.number().int(), items: z.array(DateInversion) }),
  missingProvinces: z.array(MissingProvinces),
});
export type GapsReport = z.infer<typeof GapsReport>;

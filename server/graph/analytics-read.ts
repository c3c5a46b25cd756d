/**
 * Graph reads (and the one write) of the analytics (issue #6): they fetch plain data from Neo4j
 * with the cypher/analytics-*.cypher queries, validate it with the zod schemas of
 * server/analytics/schema.ts, and hand it to the pure functions of server/analytics/ (lag,
 * coverage, reuse, rankings, status, gaps), returning the API contracts.
 *
 * How the data is fetched:
 *  - below or above given documents: a breadth-first walk, one query per level for the whole
 *    frontier (analytics-children / analytics-parents), so the work is linear in the subgraph;
 *  - the whole citation graph (rankings, default coverage columns): internal node ids, level
 *    and type codes as parallel integer lists in one row each (analytics-graph-nodes / -edges;
 *    integers stream several times faster than keys, and only the few documents shown are
 *    mapped back to keys, analytics-keys), cached in memory while the graph's fingerprint
 *    (document and relationship counts, analytics-fingerprint) is unchanged, for at most
 *    GRAPH_CACHE_MS, with the rankings computed on it memoized alongside. (A change that keeps
 *    both counts, e.g. a re-ingested text swapping one citation for another, is seen once the
 *    cache expires.) `id()` is deprecated in Neo4j 5 but still served; elementId strings would
 *    cost the speed this read exists for;
 *  - implied links (stated by a third document) are filtered where they are read
 *    (analytics-children / -parents / -graph-edges): they count only when the citing document
 *    is a stub (1276-CV/TU in the seeds: the statement is all there is) and the link neither goes
 *    back in time nor up the hierarchy. Between loaded documents they were mostly parser
 *    misreadings on the 100k generated corpus, each grafting a whole subtree onto the wrong root
 *    (coverage of the 20 most implemented central directives against the ground truth:
 *    precision 94.8% when every date- and hierarchy-plausible implied link counts, 99.3% with
 *    this rule; recall 98.9% and 98.8%);
 *  - text reuse: stored in (:Reuse {key: 'child>parent'}) nodes by computeAllReuse
 *    (analytics-reuse-write, idempotent MERGE), each remembering the two documents' content
 *    hashes so a re-ingested text makes it stale.
 * Reads go through runRead (server/graph/read.ts): no retry when Neo4j is down, so the API
 * answers 503 at once.
 */
import { RELATIONS, type Relation, type StatusFlags } from '../schema';
import { coverageMatrix, mostImplemented, DEFAULT_COVERAGE_COLUMNS, COVERAGE_RELATIONS } from '../analytics/coverage';
import { dateInversions, missingProvinces, rankUnloaded, INVERSION_RELATIONS } from '../analytics/gaps';
import { implementationLag, LAG_MAX_DEPTH, LAG_RELATIONS } from '../analytics/lag';
import { rankDocuments } from '../analytics/rankings';
import { textReuse } from '../analytics/reuse';
import { RESTS_ON_RELATIONS, STATUS_MAX_DEPTH, statusFlagsBulk, statusReport } from '../analytics/status';
import {
  CitationEdge,
  CoverageMatrix,
  DocRef,
  GapsReport,
  LagReport,
  Rankings,
  ReuseAlignment,
  ReuseBatchSummary,
  ReuseResult,
  StatusReport,
  UnloadedDocument,
  type PlainGraph,
  type RankingMetric,
} from '../analytics/schema';
import neo4j from 'neo4j-driver';
import { cypher } from './cypher';
import { writeQuery, type Row } from './driver';
import { runRead } from './read';

/** Keys per query when a list of keys is sent to Neo4j. */
const CHUNK = 5000;
/** How long a cached whole-graph read may be reused (while its fingerprint holds). */
export const GRAPH_CACHE_MS = 5 * 60_000;
/** Version of the reuse algorithm; stored results of another version are recomputed. */
export const REUSE_VERSION = 1;

const TYPE_OF = (r: Relation) => r.toUpperCase();
const typesOf = (relations: readonly Relation[]) => [...new Set(relations)].map(TYPE_OF);
const relationOf = (type: unknown): Relation => {
  const r = String(type).toLowerCase();
  return (RELATIONS as readonly string[]).includes(r) ? (r as Relation) : 'cites';
};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A document summary row (the `d {.key, .number, ...}` projection) as a validated DocRef.
 * @example docRefOf({ key: 'k', number: '172-TB/TW', level: 'central', stub: false }) // → { id: 'k', number: '172-TB/TW', ..., level: 'central', stub: false }
 */
export function docRefOf(node: Row): DocRef {
  const level = str(node.level);
  const issuedOn = str(node.issuedOn);
  return DocRef.parse({
    id: String(node.key),
    number: str(node.number),
    type: str(node.type),
    title: str(node.title),
    issuer: str(node.issuerName),
    issuedOn: issuedOn && ISO.test(issuedOn) ? issuedOn : null,
    level: level === 'central' || level === 'provincial' || level === 'district' || level === 'commune' ? level : null,
    province: str(node.province),
    stub: node.stub === true,
  });
}

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

// ---------------------------------------------------------------------------
// Plain data
// ---------------------------------------------------------------------------

/**
 * Summaries of the documents with these keys (unknown keys left out).
 * @example (await readDocRefs(['172-TB/TW|central|2020'])).get('172-TB/TW|central|2020')?.issuedOn // → '2020-03-21'
 */
export async function readDocRefs(keys: readonly string[]): Promise<Map<string, DocRef>> {
  const out = new Map<string, DocRef>();
  for (const part of chunks([...new Set(keys)])) {
    for (const row of await runRead('analytics-nodes', { keys: part })) {
      const d = docRefOf(row.node as Row);
      out.set(d.id, d);
    }
  }
  return out;
}

/** Options of the walks. */
export interface WalkOptions {
  relations: readonly Relation[];
  maxDepth: number;
}

/**
 * The subgraph below `roots` (the roots, every document citing them through `relations`
 * transitively up to `maxDepth` hops, and all those citations), by a level-by-level walk.
 * Roots that do not exist are left out (check `nodes`).
 * @example const g = await readDownstream(['172-TB/TW|central|2020'], { relations: ['implements'], maxDepth: 20 });
 */
export async function readDownstream(roots: readonly string[], opts: WalkOptions): Promise<PlainGraph> {
  return walk(roots, opts, 'analytics-children', 'parent');
}

/**
 * The subgraph above `starts` (the documents they cite through `relations`, transitively).
 * @example const g = await readUpstream(['5619/SYT-NVY|ho chi minh|2020'], { relations: ['implements', 'based_on'], maxDepth: 10 });
 */
export async function readUpstream(starts: readonly string[], opts: WalkOptions): Promise<PlainGraph> {
  return walk(starts, opts, 'analytics-parents', 'child');
}

async function walk(starts: readonly string[], opts: WalkOptions, query: string, known: 'parent' | 'child'): Promise<PlainGraph> {
  const nodes = await readDocRefs(starts);
  const edges: CitationEdge[] = [];
  const types = typesOf(opts.relations);
  let frontier = [...nodes.keys()];
  for (let depth = 1; depth <= opts.maxDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const part of chunks(frontier)) {
      for (const row of await runRead(query, { keys: part, types })) {
        const other = docRefOf(row.node as Row);
        const k = String(row[known]);
        const relation = relationOf(row.type);
        const implied = row.implied === true;
        edges.push(known === 'parent' ? { from: other.id, to: k, relation, implied } : { from: k, to: other.id, relation, implied });
        if (!nodes.has(other.id)) {
          nodes.set(other.id, other);
          next.push(other.id);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges };
}

/** Cached whole-graph reads by relation types (a few entries at most: the API asks for a handful of type sets). */
const graphCache = new Map<string, { at: number; fingerprint: string; graph: PlainGraph }>();
const GRAPH_CACHE_ENTRIES = 4;

/**
 * Forgets the cached whole-graph reads (tests, after an ingest).
 * @example await ingestPaths([dir]); clearAnalyticsCache();
 */
export function clearAnalyticsCache(): void {
  graphCache.clear();
}

const LEVEL_CODES = ['central', 'provincial', 'district', 'commune'] as const;
const TYPE_CODES: Relation[] = ['implements', 'based_on', 'attaches', 'amends', 'replaces', 'repeals', 'cites'];
/** Node ids of the whole-graph read: the internal node id, prefixed (see {@link resolveGraphIds}). */
const GRAPH_ID = '#';

/**
 * The whole citation graph over `relations`, for in-memory analytics: every document with its
 * level and stub flag only (other fields null) and every citation of those types. Node ids are
 * Neo4j internal ids ('#123'), which stream several times faster than keys; map the few shown
 * back with {@link resolveGraphIds}. Cached (see the file header).
 * @example const g = await readCitationGraph(['implements']); g.edges.length // → 136541
 */
export async function readCitationGraph(relations: readonly Relation[] = RELATIONS): Promise<PlainGraph> {
  const types = typesOf(relations).sort();
  const [fp] = await runRead('analytics-fingerprint');
  const fingerprint = `${fp?.documents}/${fp?.relationships}`;
  const cached = graphCache.get(types.join());
  if (cached && cached.fingerprint === fingerprint && Date.now() - cached.at < GRAPH_CACHE_MS) return cached.graph;
  const [n] = await runRead('analytics-graph-nodes');
  const ids = (n?.ids as number[]) ?? [];
  const levels = (n?.levels as number[]) ?? [];
  const stubs = (n?.stubs as boolean[]) ?? [];
  const nodes: DocRef[] = ids.map((id, i) => ({
    id: GRAPH_ID + id, number: null, type: null, title: null, issuer: null, issuedOn: null,
    level: LEVEL_CODES[levels[i]] ?? null, province: null, stub: stubs[i] === true,
  }));
  const [e] = await runRead('analytics-graph-edges', { types });
  const froms = (e?.froms as number[]) ?? [];
  const tos = (e?.tos as number[]) ?? [];
  const codes = (e?.types as number[]) ?? [];
  const implied = (e?.implied as boolean[]) ?? [];
  const edges: CitationEdge[] = froms.map((from, i) => ({ from: GRAPH_ID + from, to: GRAPH_ID + tos[i], relation: TYPE_CODES[codes[i]] ?? 'cites', implied: implied[i] === true }));
  const graph = { nodes, edges };
  graphCache.delete(types.join());
  if (graphCache.size >= GRAPH_CACHE_ENTRIES) graphCache.delete(graphCache.keys().next().value!);
  graphCache.set(types.join(), { at: Date.now(), fingerprint, graph });
  return graph;
}

/**
 * Document keys of node ids of {@link readCitationGraph} ('#123'); ids gone from the graph are left out.
 * @example await resolveGraphIds(['#12']) // → Map { '#12' => '172-TB/TW|central|2020' }
 */
export async function resolveGraphIds(ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const nums = [...new Set(ids)].filter((i) => i.startsWith(GRAPH_ID)).map((i) => Number(i.slice(GRAPH_ID.length))).filter(Number.isInteger);
  for (const part of chunks(nums)) {
    for (const row of await runRead('analytics-keys', { ids: part.map((x) => neo4j.int(x)) })) out.set(GRAPH_ID + Number(row.id), String(row.key));
  }
  return out;
}

/** Results computed on a cached whole graph, kept as long as that graph object is. */
const memos = new WeakMap<PlainGraph, Map<string, unknown>>();
/** Rankings and default columns are computed this long and sliced. */
const MEMO_LIMIT = 1000;

function memo<T>(graph: PlainGraph, key: string, compute: () => T): T {
  let m = memos.get(graph);
  if (!m) memos.set(graph, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

// ---------------------------------------------------------------------------
// 1. Lag
// ---------------------------------------------------------------------------

/** Options of {@link lagReport}. */
export interface LagReportOptions {
  relations?: readonly Relation[];
  maxDepth?: number;
  limit?: number;
}

/**
 * The implementation lag below a document; null when there is no such document.
 * @example (await lagReport('172-TB/TW|central|2020'))?.documents.map((d) => d.sinceRoot) // → [3, 8]
 */
export async function lagReport(id: string, opts: LagReportOptions = {}): Promise<LagReport | null> {
  const relations = opts.relations?.length ? opts.relations : LAG_RELATIONS;
  const maxDepth = opts.maxDepth ?? LAG_MAX_DEPTH;
  const graph = await readDownstream([id], { relations, maxDepth });
  if (!graph.nodes.some((n) => n.id === id)) return null;
  return LagReport.parse(implementationLag(id, graph, { relations, maxDepth, limit: opts.limit }));
}

// ---------------------------------------------------------------------------
// 2. Coverage
// ---------------------------------------------------------------------------

/** Options of {@link coverageReport}. */
export interface CoverageReportOptions {
  /** Column ids; default: the `limit` most implemented central documents. */
  roots?: readonly string[];
  limit?: number;
}

/**
 * The most implemented central documents (distinct implementing documents, direct or transitive).
 * @example await topImplemented(20) // → [{ id: '16/CT-TTG|central|2020', implementers: 912, direct: 63 }, ...]
 */
export async function topImplemented(limit = DEFAULT_COVERAGE_COLUMNS): Promise<Array<{ id: string; implementers: number; direct: number }>> {
  const graph = await readCitationGraph(COVERAGE_RELATIONS);
  const top = limit > MEMO_LIMIT ? mostImplemented(graph, { limit }) : memo(graph, 'mostImplemented', () => mostImplemented(graph, { limit: MEMO_LIMIT })).slice(0, limit);
  const keys = await resolveGraphIds(top.map((t) => t.id));
  return top.filter((t) => keys.has(t.id)).map((t) => ({ ...t, id: keys.get(t.id)! }));
}

/**
 * The provinces × central documents coverage matrix; `{ missing }` when given roots do not exist.
 * @example const m = await coverageReport({ limit: 20 }); m.rows.length // → 63
 */
export async function coverageReport(opts: CoverageReportOptions = {}): Promise<CoverageMatrix | { missing: string[] }> {
  const roots = opts.roots?.length ? [...new Set(opts.roots)] : (await topImplemented(opts.limit ?? DEFAULT_COVERAGE_COLUMNS)).map((r) => r.id);
  const graph = await readDownstream(roots, { relations: COVERAGE_RELATIONS, maxDepth: 50 });
  const found = new Set(graph.nodes.map((n) => n.id));
  const missing = roots.filter((r) => !found.has(r));
  if (missing.length) return { missing };
  return CoverageMatrix.parse(coverageMatrix(roots, graph));
}

// ---------------------------------------------------------------------------
// 3. Text reuse
// ---------------------------------------------------------------------------

/** Why a reuse could not be computed. */
export type ReuseProblem = { problem: 'missing'; ids: string[] } | { problem: 'stub'; ids: string[] } | { problem: 'notAnEdge'; from: string; to: string };

function excerpts(text: string, r: ReuseAlignment): string[] {
  return r.passages.map((p) => text.slice(p.childStart, Math.min(p.childEnd, p.childStart + 300)));
}

function passagesOf(flat: unknown): ReuseAlignment['passages'] {
  const a = Array.isArray(flat) ? (flat as number[]) : [];
  const out: ReuseAlignment['passages'] = [];
  for (let i = 0; i + 4 < a.length; i += 5) out.push({ childStart: a[i], childEnd: a[i + 1], parentStart: a[i + 2], parentEnd: a[i + 3], words: a[i + 4] });
  return out;
}

async function storedReuse(from: string, to: string): Promise<ReuseAlignment | null> {
  const [row] = await runRead('analytics-reuse-read', { keys: [`${from}>${to}`] });
  if (!row || row.fresh !== true) return null;
  const x = row.reuse as Row;
  if (x.version !== REUSE_VERSION) return null;
  return ReuseAlignment.parse({
    share: x.share, childWords: x.childWords, parentWords: x.parentWords, reusedWords: x.reusedWords,
    passageCount: x.passageCount, passages: passagesOf(x.passages), shingle: x.shingle,
  });
}

/**
 * Text reuse between two documents: what `from` (the child) repeats from `to` (the parent).
 * `edgeOnly`: only for an IMPLEMENTS citation, or a CITES one on an implementation chain (the
 * pairs computeAllReuse stores); a current stored result is then used when there is one.
 * @example const r = await reuseBetween('628/UBND-VX|lai chau|2020', '172-TB/TW|central|2020'); r.share // → 0.43
 */
export async function reuseBetween(from: string, to: string, opts: { edgeOnly?: boolean } = {}): Promise<ReuseResult | ReuseProblem> {
  const [row] = await runRead('analytics-pair', { from, to });
  if (!row) {
    const known = await readDocRefs([from, to]);
    return { problem: 'missing', ids: [from, to].filter((k) => !known.has(k)) };
  }
  const relations = [...new Set(((row.types as string[]) ?? []).map(relationOf))];
  const inChain = row.inChain === true;
  if (opts.edgeOnly && !relations.includes('implements') && !(relations.includes('cites') && inChain)) return { problem: 'notAnEdge', from, to };
  const stubs = [row.childStub === true || typeof row.childText !== 'string' ? from : null, row.parentStub === true || typeof row.parentText !== 'string' ? to : null].filter((x): x is string => x !== null);
  if (stubs.length) return { problem: 'stub', ids: stubs };
  const childText = row.childText as string;
  const stored = opts.edgeOnly ? await storedReuse(from, to) : null;
  const r = stored ?? textReuse(childText, row.parentText as string);
  return ReuseResult.parse({ ...r, from, to, relations, inChain, stored: stored !== null, excerpts: excerpts(childText, r) });
}

/** Options of {@link computeAllReuse}. */
export interface ReuseBatchOptions {
  /** Children per page (default 500). */
  batchSize?: number;
  /** Recompute even current results. */
  force?: boolean;
  /** Stop after this many pairs computed (benchmarks). */
  maxPairs?: number;
  onProgress?: (done: { pairs: number; computed: number }) => void;
}

let reuseIndexReady = false;

/**
 * Computes and stores text reuse for every IMPLEMENTS pair of loaded documents (and CITES pairs
 * on an implementation chain), in pages of children: texts are read per page, reuse computed,
 * results written in one idempotent MERGE per page. Current results are skipped unless `force`.
 * @example await computeAllReuse({ onProgress: console.log }) // → { pairs: 1664, computed: 1664, skipped: 0, seconds: 4.2 }
 */
export async function computeAllReuse(opts: ReuseBatchOptions = {}): Promise<ReuseBatchSummary> {
  const t0 = Date.now();
  if (!reuseIndexReady) {
    await writeQuery(cypher('analytics-reuse-index'));
    reuseIndexReady = true;
  }
  const batchSize = opts.batchSize ?? 500;
  let after = '';
  let pairs = 0;
  let computed = 0;
  let skipped = 0;
  for (;;) {
    const page = await runRead('analytics-reuse-pairs', { after, limit: batchSize, version: REUSE_VERSION });
    if (!page.length) break;
    after = String(page[page.length - 1].child);
    const todo: Array<{ child: string; parent: string }> = [];
    for (const row of page) {
      for (const p of (row.parents as Row[]) ?? []) {
        pairs++;
        if (p.fresh === true && !opts.force) skipped++;
        else todo.push({ child: String(row.child), parent: String(p.parent) });
      }
    }
    const limited = opts.maxPairs !== undefined ? todo.slice(0, Math.max(0, opts.maxPairs - computed)) : todo;
    if (limited.length) {
      const texts = new Map<string, { text: string; hash: string | null }>();
      for (const part of chunks([...new Set(limited.flatMap((t) => [t.child, t.parent]))], 1000)) {
        for (const r of await runRead('analytics-texts', { keys: part })) texts.set(String(r.key), { text: String(r.text), hash: str(r.hash) });
      }
      const rows: Array<{ key: string; props: Record<string, unknown> }> = [];
      const now = new Date().toISOString();
      for (const t of limited) {
        const c = texts.get(t.child);
        const p = texts.get(t.parent);
        if (!c || !p) continue;
        const r = textReuse(c.text, p.text);
        rows.push({
          key: `${t.child}>${t.parent}`,
          props: {
            child: t.child, parent: t.parent, childHash: c.hash, parentHash: p.hash, version: REUSE_VERSION,
            shingle: r.shingle, share: r.share, childWords: r.childWords, parentWords: r.parentWords, reusedWords: r.reusedWords,
            passageCount: r.passageCount, passages: r.passages.flatMap((x) => [x.childStart, x.childEnd, x.parentStart, x.parentEnd, x.words]),
            computedAt: now,
          },
        });
      }
      for (const part of chunks(rows, 1000)) await writeQuery(cypher('analytics-reuse-write'), { rows: part });
      computed += rows.length;
    }
    opts.onProgress?.({ pairs, computed });
    if (opts.maxPairs !== undefined && computed >= opts.maxPairs) break;
  }
  return ReuseBatchSummary.parse({ pairs, computed, skipped, seconds: (Date.now() - t0) / 1000 });
}

// ---------------------------------------------------------------------------
// 4. Rankings
// ---------------------------------------------------------------------------

/** Options of {@link rankingsReport}. */
export interface RankingsOptions {
  by: RankingMetric;
  limit?: number;
  level?: 'central' | 'all';
  relations?: readonly Relation[];
}

/**
 * Documents ranked by in-degree, reach or PageRank (central ones by default), each with all
 * three metrics, computed in memory over the whole citation graph (memoized with the cached
 * graph: a repeated ranking only reads the fingerprint and the items' summaries).
 * @example (await rankingsReport({ by: 'pagerank', limit: 10 })).items[0].id // → '~luat to chuc chinh quyen dia phuong|2015-06-19'
 */
export async function rankingsReport(opts: RankingsOptions): Promise<Rankings> {
  const relations = opts.relations?.length ? [...new Set(opts.relations)] : [...RELATIONS];
  const level = opts.level ?? 'central';
  const limit = opts.limit ?? 20;
  const graph = await readCitationGraph(relations);
  const r = limit > MEMO_LIMIT
    ? rankDocuments(graph, { by: opts.by, limit, level, relations })
    : memo(graph, `rank|${opts.by}|${level}`, () => rankDocuments(graph, { by: opts.by, limit: MEMO_LIMIT, level, relations }));
  const top = r.items.slice(0, limit);
  const keys = await resolveGraphIds(top.map((i) => i.id));
  const full = await readDocRefs([...keys.values()]);
  const items = top.filter((i) => keys.has(i.id)).map((i) => ({ ...i, ...(full.get(keys.get(i.id)!) ?? { id: keys.get(i.id)! }) }));
  return Rankings.parse({ by: opts.by, relations: r.relations, level, items, nodes: r.nodes, edges: r.edges });
}

// ---------------------------------------------------------------------------
// 5. Status flags
// ---------------------------------------------------------------------------

/** The graph around documents that their status needs: ancestors and supersession citations. */
async function statusGraph(ids: readonly string[]): Promise<PlainGraph> {
  const up = await readUpstream(ids, { relations: RESTS_ON_RELATIONS, maxDepth: STATUS_MAX_DEPTH });
  const nodes = new Map(up.nodes.map((n) => [n.id, n]));
  const edges = [...up.edges];
  for (const part of chunks([...nodes.keys()])) {
    for (const row of await runRead('analytics-supersession', { keys: part })) {
      const s = docRefOf(row.node as Row);
      if (!nodes.has(s.id)) nodes.set(s.id, s);
      edges.push({ from: s.id, to: String(row.target), relation: relationOf(row.type), implied: row.implied === true });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/**
 * Status of one document with what it rests on; null when there is no such document.
 * @example (await statusOf('4674/BYT-MT|central|2020'))?.status.replacedBy[0].number // → '10943/BYT-MT'
 */
export async function statusOf(id: string): Promise<StatusReport | null> {
  const graph = await statusGraph([id]);
  if (!graph.nodes.some((n) => n.id === id)) return null;
  return StatusReport.parse(statusReport(id, graph));
}

/**
 * StatusFlags of one document; null when there is no such document.
 * @example (await statusFlagsOf('5619/SYT-NVY|ho chi minh|2020'))?.restsOnSuperseded // → true
 */
export async function statusFlagsOf(id: string): Promise<StatusFlags | null> {
  return (await statusOf(id))?.status ?? null;
}

/**
 * StatusFlags of many documents (unknown ids left out), for trace and graph nodes:
 * `superseded` = replacedBy or repealedBy not empty.
 * @example (await statusFlagsFor(ids)).get(id)?.restsOnSuperseded // → false
 */
export async function statusFlagsFor(ids: readonly string[]): Promise<Map<string, StatusFlags>> {
  if (!ids.length) return new Map();
  const graph = await statusGraph(ids);
  const known = new Set(graph.nodes.map((n) => n.id));
  return statusFlagsBulk(ids.filter((i) => known.has(i)), graph);
}

// ---------------------------------------------------------------------------
// 6. Gaps
// ---------------------------------------------------------------------------

/** Options of {@link gapsReport}. */
export interface GapsOptions {
  /** Items per list (default 50). */
  limit?: number;
  /** Coverage columns examined for missing provinces (default 20). */
  columns?: number;
}

/**
 * Unloaded cited documents, date inversions and provinces missing from widely carried-out
 * central directives.
 * @example (await gapsReport()).unloaded.items[0] // → { id: '~luat to chuc chinh quyen dia phuong|2015-06-19', citedBy: 163, ... }
 */
export async function gapsReport(opts: GapsOptions = {}): Promise<GapsReport> {
  const limit = opts.limit ?? 50;
  const unloadedRows = await runRead('analytics-gaps-unloaded', { limit });
  const unloaded = rankUnloaded(
    unloadedRows.map((r) => UnloadedDocument.parse({ ...docRefOf(r.node as Row), citedBy: Number(r.citedBy) || 0, citers: (r.citers as string[]) ?? [] })),
    limit,
  );
  const invRows = await runRead('analytics-gaps-inversions', { types: typesOf(INVERSION_RELATIONS), limit: 10_000 });
  const nodes = new Map<string, DocRef>();
  const edges: CitationEdge[] = [];
  for (const r of invRows) {
    const c = docRefOf(r.child as Row);
    const p = docRefOf(r.parent as Row);
    nodes.set(c.id, c);
    nodes.set(p.id, p);
    edges.push({ from: c.id, to: p.id, relation: relationOf(r.type), implied: r.implied === true });
  }
  const inversions = dateInversions({ nodes: [...nodes.values()], edges });
  const coverage = await coverageReport({ limit: opts.columns ?? DEFAULT_COVERAGE_COLUMNS });
  const missing = 'missing' in coverage ? [] : missingProvinces(coverage);
  return GapsReport.parse({
    unloaded: { total: Number(unloadedRows[0]?.total ?? 0), items: unloaded },
    dateInversions: { total: inversions.length, items: inversions.slice(0, limit) },
    missingProvinces: missing,
  });
}

// ---------------------------------------------------------------------------
// Cypher-only variants, measured against the in-memory ones by test/bench/analytics.ts
// ---------------------------------------------------------------------------

/**
 * PageRank computed by Cypher power iterations (analytics-pagerank-*.cypher: temporary
 * prRank / prOut properties on every document, removed at the end). Same model as the in-memory
 * run: distinct cited documents, dangling mass spread evenly, damping `alpha`.
 * @example await pagerankViaCypher({ limit: 5 }) // → { top: [{ id: '...', rank: 0.02 }], iterations: 23, delta: 8e-7 }
 */
export async function pagerankViaCypher(opts: { relations?: readonly Relation[]; alpha?: number; tolerance?: number; maxIterations?: number; limit?: number } = {}): Promise<{ top: Array<{ id: string; rank: number }>; iterations: number; delta: number }> {
  const types = typesOf(opts.relations?.length ? opts.relations : RELATIONS);
  const alpha = opts.alpha ?? 0.85;
  try {
    const init = await writeQuery(cypher('analytics-pagerank-init'), { types });
    const n = Number(init[0]?.n ?? 0);
    let iterations = 0;
    let delta = Infinity;
    while (n > 0 && iterations < (opts.maxIterations ?? 100) && delta >= n * (opts.tolerance ?? 1e-9)) {
      const [r] = await writeQuery(cypher('analytics-pagerank-step'), { types, alpha, n: n * 1.0 });
      delta = Number(r?.delta ?? 0);
      iterations++;
    }
    const top = (await runRead('analytics-pagerank-read', { limit: opts.limit ?? 20 })).map((r) => ({ id: String(r.key), rank: Number(r.rank) }));
    return { top, iterations, delta };
  } finally {
    await writeQuery(cypher('analytics-pagerank-clear'));
  }
}

/**
 * Documents ranked by in-degree entirely in Cypher (analytics-indegree.cypher).
 * @example await indegreeViaCypher({ limit: 3 }) // → [{ id: '...', indegree: 163, node: {...} }, ...]
 */
export async function indegreeViaCypher(opts: { relations?: readonly Relation[]; level?: 'central' | 'all'; limit?: number } = {}): Promise<Array<{ id: string; indegree: number; node: DocRef }>> {
  const types = typesOf(opts.relations?.length ? opts.relations : RELATIONS);
  const rows = await runRead('analytics-indegree', { types, central: (opts.level ?? 'central') === 'central', limit: opts.limit ?? 20 });
  return rows.map((r) => {
    const node = docRefOf(r.node as Row);
    return { id: node.id, indegree: Number(r.indegree), node };
  });
}

/**
 * Typed reads of the citation graph for the API: search, one document, trace down/up, paths,
 * the overview graph, stats, issuers and export data. Each function runs queries loaded by name
 * from cypher/*.cypher (read-*, search*, trace-*, path*, graph-overview, stats-*) with
 * `$parameters` only, turns the rows into plain objects and validates them with the zod
 * schemas of server/schema.ts before returning them.
 *
 * Reads that must look at every document (overview ranking, stats, issuers, search pages of
 * common words) are cached while the graph's count-store fingerprint is unchanged (see
 * cachedAggregate); documents, traces and paths are always read fresh.
 *
 * Reads run as auto-commit transactions on the shared driver (server/graph/driver.ts), NOT
 * through the driver's retrying `executeQuery`: with Neo4j down, a retrying read waits ~15 s
 * before failing, while the API must answer 503 at once. A read is retried only on transient
 * server errors (deadlock, leader switch), never on "unreachable", which becomes an
 * {@link UnavailableError} immediately. The shared driver reconnects by itself, so reads
 * recover as soon as Neo4j is back.
 */
import neo4j from 'neo4j-driver';
import {
  DocSummary,
  DocumentDetail,
  Graph,
  IsoDate,
  IssuerList,
  LEVELS,
  PathResult,
  RELATIONS,
  Recipient,
  Receipt,
  SearchResult,
  Stats,
  Trace,
  type Citation,
  type GraphEdge,
  type GraphNode,
  type Issuer,
  type Level,
  type Relation,
} from '../schema';
import { foldKey } from '../parse/clean';
import { cypher, fulltextQuery } from './cypher';
import { checkConnectivity, currentSettings, getDriver, rowsOf, toUnavailable, type Row } from './driver';
import { UnavailableError } from './errors';
import { authorityKey, numberKey } from './keys';

/** Deepest trace the API allows (the trace-*.cypher patterns stop at 10 hops). */
export const MAX_TRACE_DEPTH = 10;
/** Default trace depth. */
export const DEFAULT_TRACE_DEPTH = 3;
/** Longest path path*.cypher looks for, in hops. */
export const MAX_PATH_HOPS = 10;
/** Server-side timeout of one read, in ms. */
export const READ_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------
// Running queries
// ---------------------------------------------------------------------------

/** Server-side timeout of an export read (the whole graph), in ms. */
export const EXPORT_TIMEOUT_MS = 300_000;

/**
 * A read took longer than its server-side timeout and was stopped by Neo4j.
 * @example throw new QueryTimeoutError('graph-overview', 30000) // err.name === 'QueryTimeoutError'
 */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
  readonly details: { query: string; timeoutMs: number };
  constructor(query: string, timeoutMs: number) {
    super(`The query ${query} took longer than ${timeoutMs / 1000} s and was stopped; narrow the filters or try again`);
    this.details = { query, timeoutMs };
  }
}

/** Query parameters that must reach Cypher as integers (SKIP, LIMIT, list slices). */
const INTEGER_PARAMS = new Set(['skip', 'size', 'limit', 'maxPaths']);

function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = INTEGER_PARAMS.has(k) && typeof v === 'number' ? neo4j.int(v) : v === undefined ? null : v;
  }
  return out;
}

/**
 * Runs cypher/<name>.cypher as an auto-commit read on the shared driver and returns plain rows.
 * Unreachable Neo4j → {@link UnavailableError} without retrying; transient errors are retried twice;
 * a read running past `timeoutMs` (default 30 s) is stopped by Neo4j → {@link QueryTimeoutError}.
 * @example await runRead('read-issuers', {}) // → [{ key: 'tinh uy lai chau', name: 'Tỉnh ủy Lai Châu', ... }]
 */
export async function runRead(name: string, params: Record<string, unknown> = {}, opts: { timeoutMs?: number } = {}): Promise<Row[]> {
  const timeoutMs = opts.timeoutMs ?? READ_TIMEOUT_MS;
  const query = cypher(name);
  const parameters = toCypherParams(params);
  for (let attempt = 0; ; attempt++) {
    const settings = currentSettings();
    let session;
    try {
      const driver = getDriver();
      session = driver.session({
        database: settings.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      const result = await session.run(query, parameters, { timeout: timeoutMs });
      return rowsOf(result);
    } catch (err) {
      const unavailable = toUnavailable(err, settings.uri, settings.user);
      if (unavailable) throw unavailable;
      const code = (err as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) throw new QueryTimeoutError(name, timeoutMs);
      if (attempt < 2 && neo4j.isRetryableError(err)) continue;
      throw err;
    } finally {
      await session?.close().catch(() => undefined);
    }
  }
}

/** What {@link graphHealth} reports. */
export interface GraphHealth {
  up: boolean;
  uri: string;
  error: string | null;
}

/**
 * Whether Neo4j answers right now (a fast check: no retries).
 * @example await graphHealth() // → { up: true, uri: 'bolt://127.0.0.1:7687', error: null }
 */
export async function graphHealth(): Promise<GraphHealth> {
  const uri = currentSettings().uri;
  try {
    await checkConnectivity();
    return { up: true, uri, error: null };
  } catch (err) {
    return { up: false, uri, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Throws {@link UnavailableError} (naming the URI) unless Neo4j answers; used before writes so
 * an upload fails fast instead of waiting for the write retries.
 * @example await assertGraphAvailable();
 */
export async function assertGraphAvailable(): Promise<void> {
  try {
    await checkConnectivity();
  } catch (err) {
    if (err instanceof UnavailableError) throw err;
    const uri = currentSettings().uri;
    throw new UnavailableError(`Neo4j is unreachable at ${uri}: ${err instanceof Error ? err.message : String(err)}`, { uri });
  }
}

// ---------------------------------------------------------------------------
// Cache of whole-graph aggregates (overview, stats, issuers, search pages)
// ---------------------------------------------------------------------------

interface CacheEntry {
  version: string;
  at: number;
  value: Promise<unknown>;
  refreshing: boolean;
}

const aggregateCache = new Map<string, CacheEntry>();
const cacheSettings = { enabled: true, ttlMs: 60_000, maxEntries: 500 };

/**
 * Turns the aggregate cache on or off and sets how long an entry is served before it is
 * refreshed in the background (the API sets it from READ_CACHE / READ_CACHE_TTL_MS).
 * @example configureAggregateCache({ enabled: false }) // every read hits Neo4j
 */
export function configureAggregateCache(opts: { enabled?: boolean; ttlMs?: number; maxEntries?: number }): void {
  Object.assign(cacheSettings, Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)));
  if (!cacheSettings.enabled) aggregateCache.clear();
}

/**
 * The graph's fingerprint: count-store counts of nodes and of each relationship type (O(1)).
 * Any load, upload or deletion that adds or removes a node or relationship changes it.
 * @example await dataVersion() // → '[10233,1204,3021,[8591,1047,...]]'
 */
export async function dataVersion(): Promise<string> {
  const [row] = await runRead('read-version');
  return JSON.stringify([row?.documents, row?.authorities, row?.persons, row?.relationships]);
}

function remember(key: string, version: string, value: Promise<unknown>): CacheEntry {
  const entry: CacheEntry = { version, at: Date.now(), value, refreshing: false };
  aggregateCache.delete(key);
  aggregateCache.set(key, entry);
  value.catch(() => aggregateCache.get(key) === entry && aggregateCache.delete(key));
  while (aggregateCache.size > cacheSettings.maxEntries) aggregateCache.delete(aggregateCache.keys().next().value as string);
  return entry;
}

/**
 * Reads that scan the whole graph (the overview's ranking needs every document's degree; stats,
 * issuers; full-text searches of common words) are kept per parameters and served again while
 * the graph's fingerprint ({@link dataVersion}, checked on every call, O(1)) is unchanged.
 * Concurrent identical requests share one computation. An entry older than the TTL is still
 * served while the fingerprint holds, and refreshed in the background, so a change that keeps
 * every count equal (a document re-ingested with a new title but the same links) shows within
 * about one TTL.
 */
async function cachedAggregate<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!cacheSettings.enabled) return compute();
  const version = await dataVersion();
  const hit = aggregateCache.get(key);
  if (hit && hit.version === version) {
    if (Date.now() - hit.at >= cacheSettings.ttlMs && !hit.refreshing) {
      hit.refreshing = true;
      const fresh = compute();
      fresh.then(
        () => remember(key, version, fresh),
        () => {
          hit.refreshing = false;
        },
      );
    }
    return hit.value as Promise<T>;
  }
  return remember(key, version, compute()).value as Promise<T>;
}

/**
 * Drops every cached aggregate (after a write through this process).
 * @example await ingestParsed(files); invalidateAggregates();
 */
export function invalidateAggregates(): void {
  aggregateCache.clear();
}

// ---------------------------------------------------------------------------
// Row → contract helpers
// ---------------------------------------------------------------------------

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
const intOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : null);
const bool = (v: unknown): boolean => v === true;
const level = (v: unknown): Level | null => ((LEVELS as readonly unknown[]).includes(v) ? (v as Level) : null);
const isoDate = (v: unknown): string | null => (IsoDate.safeParse(v).success ? (v as string) : null);

/** `IMPLEMENTS` → `implements`; unknown types become `cites`. */
function relationOf(type: unknown): Relation {
  const r = String(type).toLowerCase();
  return (RELATIONS as readonly string[]).includes(r) ? (r as Relation) : 'cites';
}

/** Relation names → relationship types for `$types` (all of them when none are given). */
function typesOf(relations?: readonly Relation[] | null): string[] {
  const list = relations && relations.length ? relations : RELATIONS;
  return [...new Set(list)].map((r) => r.toUpperCase());
}

function summaryOf(node: Row, citedByCount: unknown): DocSummary {
  const s: DocSummary = {
    id: String(node.key),
    number: str(node.number),
    type: str(node.type),
    title: str(node.title),
    issuer: str(node.issuerName),
    issuedOn: isoDate(node.issuedOn),
    level: level(node.level),
    province: str(node.province),
    stub: bool(node.stub),
    citedByCount: int(citedByCount),
  };
  if (typeof node.generated === 'boolean') s.generated = node.generated;
  return s;
}

function graphNodeOf(row: Row): GraphNode {
  const node = row.node as Row;
  const n: GraphNode = {
    id: String(node.key),
    number: str(node.number),
    type: str(node.type),
    title: str(node.title),
    issuer: str(node.issuerName),
    level: level(node.level),
    province: str(node.province),
    issuedOn: isoDate(node.issuedOn),
    stub: bool(node.stub),
    citedByCount: int(row.citedByCount),
  };
  if (typeof row.superseded === 'boolean') n.superseded = row.superseded;
  if (typeof row.restsOnSuperseded === 'boolean') n.restsOnSuperseded = row.restsOnSuperseded;
  return n;
}

/**
 * The id of a citation edge: stable across queries and re-ingests.
 * @example edgeId('628/UBND-VX|lai chau|2020', '1276-CV/TU|lai chau|2020', 'implements', false)
 *   // → '628/UBND-VX|lai chau|2020->1276-CV/TU|lai chau|2020:implements'
 */
export function edgeId(source: string, target: string, relation: Relation, implied: boolean): string {
  return `${source}->${target}:${relation}${implied ? ':implied' : ''}`;
}

/** Edges of `rows[].out` whose target is one of the kept nodes. */
function edgesAmong(rows: Row[], keep: Set<string>): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const source = String((row.node as Row).key);
    for (const o of (row.out as Row[] | null) ?? []) {
      const target = String(o.target);
      if (!keep.has(target)) continue;
      const relation = relationOf(o.type);
      const implied = bool(o.implied);
      const id = edgeId(source, target, relation, implied);
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({ id, source, target, relation, implied });
    }
  }
  return edges;
}

/**
 * Days from `from` to `to` (both 'YYYY-MM-DD'); null when either is missing.
 * @example daysBetween('2020-03-21', '2020-03-29') // → 8
 */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000);
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Filters shared by search, the overview graph and export
// ---------------------------------------------------------------------------

/** Document filters; every field is optional (absent = no filter). */
export interface DocumentFilters {
  /** Document type as stored, e.g. 'Chỉ thị'. */
  type?: string | null;
  level?: Level | null;
  /** Province name ('Lai Châu'), compared exactly or diacritics-folded. */
  province?: string | null;
  /** Issuer name or key ('Tỉnh ủy Lai Châu' or 'tinh uy lai chau'). */
  issuer?: string | null;
  /** Issued on or after, 'YYYY-MM-DD'. Undated documents are left out when from/to is set. */
  from?: string | null;
  /** Issued on or before, 'YYYY-MM-DD'. */
  to?: string | null;
  /** true: stubs only; false: loaded documents only. */
  stub?: boolean | null;
}

function filterParams(f: DocumentFilters): Record<string, unknown> {
  const province = f.province ? f.province.normalize('NFC').trim() : null;
  return {
    type: f.type ? f.type.normalize('NFC').trim() : null,
    level: f.level ?? null,
    province,
    provinceKey: province ? foldKey(province) : null,
    issuerKey: f.issuer ? authorityKey(f.issuer.normalize('NFC').trim()) : null,
    from: f.from ?? null,
    to: f.to ?? null,
    stub: f.stub ?? null,
  };
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/** Input of {@link searchDocuments}. */
export interface SearchParams extends DocumentFilters {
  /** Free text: words (diacritics optional) and/or document numbers. */
  q?: string | null;
  /** A document number only ('172-TB/TW', '1093/QĐ-UBND', '172'): exact number match, no full-text. */
  number?: string | null;
  /** 1-based page. */
  page?: number;
  /** Page size. */
  size?: number;
}

/** A number the search matches exactly: index prefix (leading digits) and the symbol without separators. */
interface NumberProbe {
  prefix: string;
  squashed: string;
  digitsOnly: boolean;
}

const SYMBOL_TOKEN = /\d+[\p{L}\d]*(?:\s*[/\-–‑.]\s*[\p{L}\d]+)+/gu;

/** Upper-case, no diacritics, no separators: '172-TB/TW' → '172TBTW'. */
function squash(s: string): string {
  return numberKey(s).replace(/[^\p{L}\p{N}]/gu, '');
}

function probeOf(text: string): NumberProbe | null {
  const digits = /^\d+/.exec(text.trim())?.[0];
  if (!digits) return null;
  const squashed = squash(text);
  return { prefix: digits, squashed, digitsOnly: squashed === digits };
}

/**
 * The numbers a search text asks for: the whole text when it looks like a symbol ('172',
 * '172-TB/TW', '1093 / QĐ-UBND', 'số 16/CT-TTg'), plus every symbol-like token inside longer text.
 * @example numberProbes('chỉ thị 16/CT-TTg') // → [{ prefix: '16', squashed: '16CTTTG', digitsOnly: false }]
 */
export function numberProbes(text: string): NumberProbe[] {
  const probes = new Map<string, NumberProbe>();
  const whole = text.normalize('NFC').trim().replace(/^(?:s[ốo]\s*:?\s*)/iu, '');
  if (/^\d[\p{L}\d\s/\-–‑._]*$/u.test(whole)) {
    const p = probeOf(whole);
    if (p) probes.set(p.squashed, p);
  }
  for (const m of whole.matchAll(SYMBOL_TOKEN)) {
    const p = probeOf(m[0]);
    if (p) probes.set(p.squashed, p);
  }
  return [...probes.values()];
}

/** Full-text fields of document_search and their weights: a word in the number or title counts more than one in the body. */
const FIELD_BOOSTS: Array<[string, number]> = [['number', 4], ['title', 3], ['searchText', 2], ['issuerName', 2], ['text', 1]];

/**
 * The Lucene query for user text, passed as a parameter (never spliced into Cypher). The text
 * goes through fulltextQuery() (Lucene syntax such as `/`, `:` or quotes neutralised); each
 * remaining word becomes a group over the index's fields with weights, required (`all`) or
 * optional (`any`), plus an optional phrase clause that ranks the words side by side first.
 * Returns '' when nothing searchable is left.
 * @example luceneQuery('chi thi') // → '+(number:chi^4 title:chi^3 searchText:chi^2 issuerName:chi^2 text:chi) +(number:thi^4 ...)'
 */
export function luceneQuery(text: string, mode: 'all' | 'any' = 'all'): string {
  const words = fulltextWords(text);
  const clauses = words.map((w) => `${mode === 'all' ? '+' : ''}(${FIELD_BOOSTS.map(([f, b]) => (b === 1 ? `${f}:${w}` : `${f}:${w}^${b}`)).join(' ')})`);
  // The words side by side (a place, a title) rank above the same words scattered: an optional phrase clause.
  if (words.length > 1) {
    const phrase = words.join(' ');
    // Not on `text`: a phrase over every body costs more than the whole search.
    clauses.push(`title:"${phrase}"~1^6 searchText:"${phrase}"~1^4 issuerName:"${phrase}"~1^4`);
  }
  return clauses.join(' ');
}

function fulltextWords(text: string): string[] {
  return fulltextQuery(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}_]/gu, ''))
    .filter(Boolean)
    .slice(0, 32);
}

/**
 * Searches documents: full-text over number, title, issuer, text (diacritics-insensitive: "chi thi
 * 16" finds "Chỉ thị số 16/CT-TTg") plus exact number matches ("172" finds 172-TB/TW and the
 * stub 172/KH-UBND); number matches rank first, then full-text score, then newest. Every word must
 * match (AND), so a search narrows as words are added. Without q/number it lists newest first.
 * @example await searchDocuments({ q: '172-TB/TW', page: 1, size: 20 })
 *   // → { items: [{ id: '172-TB/TW|central|2020', number: '172-TB/TW', ... }], total: 1, page: 1, size: 20 }
 */
export async function searchDocuments(p: SearchParams): Promise<SearchResult> {
  const page = Math.max(1, Math.trunc(p.page ?? 1));
  const size = Math.min(200, Math.max(1, Math.trunc(p.size ?? 20)));
  const base = { ...filterParams(p), skip: (page - 1) * size, size };
  const q = p.q?.trim() ?? '';
  const number = p.number?.trim() ?? '';
  if (!q && !number) return cachedAggregate(`search-browse ${JSON.stringify(base)}`, async () => searchResultOf(await runRead('search-browse', base), page, size));
  const numbers = [...numberProbes(q), ...(number ? numberProbes(number) : [])];
  if (number && !numbers.length) {
    const squashed = squash(number);
    if (squashed) numbers.push({ prefix: '', squashed, digitsOnly: false });
  }
  const params = { ...base, lucene: luceneQuery(q), numbers };
  // A number-only search is an index seek: cheaper than the cache's fingerprint check.
  if (!params.lucene) return searchResultOf(await runRead('search', params), page, size);
  return cachedAggregate(`search ${JSON.stringify(params)}`, async () => searchResultOf(await runRead('search', params), page, size));
}

function searchResultOf(rows: Row[], page: number, size: number): SearchResult {
  const row = rows[0] ?? { total: 0, items: [] };
  const items = ((row.items as Row[] | null) ?? []).map((n) => summaryOf(n, n.citedByCount));
  return SearchResult.parse({ items, total: int(row.total), page, size });
}

/**
 * Summaries of the documents with these keys (unknown keys are left out), keyed by id.
 * @example (await documentSummaries(['172-TB/TW|central|2020'])).get('172-TB/TW|central|2020')?.number // → '172-TB/TW'
 */
export async function documentSummaries(keys: readonly string[]): Promise<Map<string, DocSummary>> {
  const out = new Map<string, DocSummary>();
  if (!keys.length) return out;
  for (const row of await runRead('read-nodes', { keys: [...new Set(keys)] })) {
    const s = DocSummary.parse(summaryOf(row.node as Row, row.citedByCount));
    out.set(s.id, s);
  }
  return out;
}

// ---------------------------------------------------------------------------
// One document
// ---------------------------------------------------------------------------

function citationOf(c: Row): Citation {
  const other = c.other as Row;
  const rel = (c.rel as Row) ?? {};
  const implied = bool(rel.implied);
  const starts = Array.isArray(rel.starts) ? (rel.starts as unknown[]) : [];
  const ends = Array.isArray(rel.ends) ? (rel.ends as unknown[]) : [];
  const mentions = implied
    ? []
    : starts.length
      ? starts.map((s, i) => ({ start: int(s), end: int(ends[i]) }))
      : intOrNull(rel.start) !== null
        ? [{ start: int(rel.start), end: int(rel.end) }]
        : [];
  return {
    id: String(other.key),
    number: str(other.number),
    type: str(other.type),
    title: str(other.title),
    issuedOn: isoDate(other.issuedOn),
    level: level(other.level),
    province: str(other.province),
    stub: bool(other.stub),
    relation: relationOf(c.type),
    implied,
    start: implied ? null : intOrNull(rel.start),
    end: implied ? null : intOrNull(rel.end),
    quote: str(rel.quote),
    mentions,
    evidence: Array.isArray(rel.evidence) ? rel.evidence.map(String) : [],
  };
}

const byOffsetThenId = (a: Citation, b: Citation) =>
  (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);
const byDateThenId = (a: Citation, b: Citation) =>
  (a.issuedOn ?? '9999').localeCompare(b.issuedOn ?? '9999') || a.id.localeCompare(b.id);

function supersederOf(r: Row) {
  return { id: String(r.key), number: str(r.number), issuedOn: isoDate(r.issuedOn) };
}

/**
 * One document with its text, issuer, signer, recipients, receipts, the citations it makes
 * (ordered by position in its text) and receives (ordered by date), and its status flags.
 * Returns null when no document has that key.
 * @example await getDocument('628/UBND-VX|lai chau|2020')
 *   // → { id: '628/UBND-VX|lai chau|2020', number: '628/UBND-VX', references: [{ id: '1276-CV/TU|lai chau|2020', relation: 'implements', ... }], ... }
 */
export async function getDocument(id: string): Promise<DocumentDetail | null> {
  const [row] = await runRead('read-document', { key: id });
  if (!row) return null;
  const doc = row.doc as Row;
  const authority = row.authority as Row | null;
  const fromJson = parseJson(doc.issuerJson) as Partial<Issuer> | null;
  const issuerName = str(authority?.name) ?? str(fromJson?.name) ?? str(doc.issuerName);
  const issuerDetail: Issuer | null = issuerName
    ? {
        name: issuerName,
        code: str(authority?.code) ?? str(fromJson?.code),
        level: level(authority?.level ?? fromJson?.level ?? doc.level),
        province: str(authority?.province) ?? str(fromJson?.province) ?? str(doc.province),
        branch: ((v) => (v === 'party' || v === 'state' || v === 'agency' ? v : null))(authority?.branch ?? fromJson?.branch),
      }
    : null;
  const recipients = Recipient.array().safeParse(parseJson(doc.recipientsJson));
  const received = Receipt.array().safeParse(parseJson(doc.receivedJson));
  const signerName = str(doc.signerName);
  const detail: DocumentDetail = {
    ...summaryOf(doc, row.citedByCount),
    text: str(doc.text),
    place: str(doc.place),
    source: str(doc.source),
    issuerDetail,
    signer: signerName || str(doc.signerCapacity) ? { name: signerName, capacity: str(doc.signerCapacity) } : null,
    recipients: recipients.success ? recipients.data : [],
    received: received.success ? received.data : [],
    warnings: Array.isArray(doc.warnings) ? doc.warnings.map(String) : [],
    references: ((row.references as Row[]) ?? []).map(citationOf).sort(byOffsetThenId),
    citedBy: ((row.citedBy as Row[]) ?? []).map(citationOf).sort(byDateThenId),
    status: {
      replacedBy: ((row.replacedBy as Row[]) ?? []).map(supersederOf),
      repealedBy: ((row.repealedBy as Row[]) ?? []).map(supersederOf),
      amendedBy: ((row.amendedBy as Row[]) ?? []).map(supersederOf),
      restsOnSuperseded: bool(row.restsOnSuperseded),
    },
  };
  return DocumentDetail.parse(detail);
}

// ---------------------------------------------------------------------------
// Trace
// ---------------------------------------------------------------------------

/** Input of {@link traceDocument}. */
export interface TraceParams {
  /** down: documents that implement / cite the root, transitively; up: documents the root rests on. */
  direction: 'down' | 'up';
  /** Hops, 1..10 (default 3). */
  depth?: number;
  /** Relation types to follow (default: all). */
  relations?: readonly Relation[] | null;
  /** Most nodes returned (shallowest first); `truncated`/`total` tell when more were found. */
  limit?: number;
}

/** Default and maximum node count of a trace. */
export const DEFAULT_TRACE_LIMIT = 2000;
export const MAX_TRACE_LIMIT = 20000;

/**
 * The Cypher file of a trace: variable-length bounds cannot be parameters, so each direction has
 * files bounded at 3, 6 and 10 hops and the smallest one that reaches `depth` is used (its WHERE
 * then keeps depth <= $depth). A tighter bound keeps the breadth-first expand from visiting
 * documents deeper than asked.
 * @example traceQueryName('down', 6) // → 'trace-down-6'
 */
export function traceQueryName(direction: 'down' | 'up', depth: number): string {
  return depth <= 3 ? `trace-${direction}-3` : depth <= 6 ? `trace-${direction}-6` : `trace-${direction}`;
}

/**
 * The parameters of a trace query, as {@link traceDocument} sends them.
 * @example traceParams('172-TB/TW|central|2020', 6) // → { key: '172-TB/TW|central|2020', depth: 6, types: ['IMPLEMENTS', ...], limit: 2000 }
 */
export function traceParams(key: string, depth: number, relations?: readonly Relation[] | null, limit = DEFAULT_TRACE_LIMIT) {
  return { key, depth, types: typesOf(relations), limit };
}

/**
 * Traces from a document down (who implements/cites it, transitively) or up (what it rests on).
 * Every node carries its fewest-hops `depth` (root 0) and, going down, `delayDays` from the root's
 * date to its own (null when either is undated). Edges are all citations of the chosen types
 * between returned nodes. Returns null when the root does not exist.
 * @example await traceDocument('172-TB/TW|central|2020', { direction: 'down', depth: 3 })
 *   // → { root: '172-TB/TW|central|2020', direction: 'down', nodes: [{ id: '172-TB/TW|central|2020', depth: 0, delayDays: 0 }, ...], edges: [...], truncated: false, total: 3 }
 */
export async function traceDocument(id: string, p: TraceParams): Promise<Trace | null> {
  const depth = Math.min(MAX_TRACE_DEPTH, Math.max(1, Math.trunc(p.depth ?? DEFAULT_TRACE_DEPTH)));
  const limit = Math.min(MAX_TRACE_LIMIT, Math.max(1, Math.trunc(p.limit ?? DEFAULT_TRACE_LIMIT)));
  const rows = await runRead(traceQueryName(p.direction, depth), traceParams(id, depth, p.relations, limit));
  if (!rows.length) return null;
  const rootRow = rows.find((r) => int(r.depth) === 0);
  const rootDate = rootRow ? isoDate((rootRow.node as Row).issuedOn) : null;
  const nodes = rows.map((r) => {
    const n = graphNodeOf(r);
    n.depth = int(r.depth);
    if (p.direction === 'down') n.delayDays = daysBetween(rootDate, n.issuedOn);
    return n;
  });
  const keep = new Set(nodes.map((n) => n.id));
  const total = int(rows[0].total);
  return Trace.parse({
    root: id,
    direction: p.direction,
    nodes,
    edges: edgesAmong(rows, keep),
    truncated: total > nodes.length,
    total,
  });
}

// ---------------------------------------------------------------------------
// Path
// ---------------------------------------------------------------------------

/** Input of {@link findPaths}. */
export interface PathParams {
  /**
   * false (default): citations are followed both ways, so any chain linking the two documents counts.
   * true: only chains where `from` cites … cites `to` (from is the later, implementing side).
   */
  directed?: boolean;
  relations?: readonly Relation[] | null;
  /** Most shortest paths returned (default 20). */
  maxPaths?: number;
}

/** Returned by {@link findPaths} when `from` or `to` is unknown. */
export interface MissingDocuments {
  missing: string[];
}

/**
 * All shortest citation paths (up to 10 hops, at most `maxPaths`) between two documents.
 * `paths` lists each path's node ids (from → to) and edge ids; `nodes`/`edges` hold their union.
 * No path → empty `paths`. Unknown ids → `{ missing: [...] }`.
 * @example await findPaths('628/UBND-VX|lai chau|2020', '35-CT/TW|central|2019', { directed: true })
 *   // → { paths: [{ nodes: ['628/UBND-VX|lai chau|2020', '172-TB/TW|central|2020', '35-CT/TW|central|2019'], edges: [...] }], nodes: [...], edges: [...], truncated: false, total: 3 }
 */
export async function findPaths(from: string, to: string, p: PathParams = {}): Promise<PathResult | MissingDocuments> {
  const ends = await runRead('read-nodes', { keys: [...new Set([from, to])] });
  const found = new Set(ends.map((r) => String((r.node as Row).key)));
  const missing = [from, to].filter((k) => !found.has(k));
  if (missing.length) return { missing: [...new Set(missing)] };
  if (from === to) {
    return PathResult.parse({ paths: [{ nodes: [from], edges: [] }], nodes: ends.map(graphNodeOf), edges: [], truncated: false, total: 1 });
  }
  const maxPaths = Math.min(100, Math.max(1, Math.trunc(p.maxPaths ?? 20)));
  const rows = await runRead(p.directed ? 'path-directed' : 'path', { from, to, types: typesOf(p.relations), maxPaths });
  const edges = new Map<string, GraphEdge>();
  const paths = rows.map((r) => {
    const edgeIds = ((r.edges as Row[]) ?? []).map((e) => {
      const relation = relationOf(e.type);
      const implied = bool(e.implied);
      const id = edgeId(String(e.source), String(e.target), relation, implied);
      edges.set(id, { id, source: String(e.source), target: String(e.target), relation, implied });
      return id;
    });
    return { nodes: ((r.nodes as unknown[]) ?? []).map(String), edges: edgeIds };
  });
  const keys = [...new Set(paths.flatMap((x) => x.nodes))];
  const nodeRows = keys.length ? await runRead('read-nodes', { keys }) : [];
  return PathResult.parse({
    paths,
    nodes: nodeRows.map(graphNodeOf),
    edges: [...edges.values()],
    truncated: rows.length >= maxPaths,
    total: nodeRows.length,
  });
}

// ---------------------------------------------------------------------------
// Overview graph and export
// ---------------------------------------------------------------------------

/** Input of {@link overviewGraph}. */
export interface GraphParams extends DocumentFilters {
  relations?: readonly Relation[] | null;
  /** Most nodes returned, most cited first. */
  limit?: number;
}

export const DEFAULT_GRAPH_LIMIT = 500;
export const MAX_GRAPH_LIMIT = 5000;
/** Export has no practical cap; this guards memory. */
export const MAX_EXPORT_LIMIT = 1_000_000;

/**
 * The documents matching the filters, most cited first (counting the chosen relations), cut at
 * `limit`, with the citations between them. `truncated` and `total` say when more matched.
 * Served from the aggregate cache while the graph is unchanged (ranking needs every document's degree).
 * @example await overviewGraph({ level: 'provincial', province: 'Lai Châu', limit: 200 })
 *   // → { nodes: [...], edges: [...], truncated: false, total: 42 }
 */
export async function overviewGraph(p: GraphParams = {}, maxLimit = MAX_GRAPH_LIMIT): Promise<Graph> {
  const params = overviewParams(p, maxLimit);
  if ((params.limit as number) > MAX_GRAPH_LIMIT) return overviewOf(params, EXPORT_TIMEOUT_MS);
  return cachedAggregate(`graph-overview ${JSON.stringify(params)}`, () => overviewOf(params));
}

/**
 * The parameters graph-overview.cypher receives for these filters (for benchmarks and tools).
 * @example overviewParams({ province: 'Lai Châu' }).provinceKey // → 'lai chau'
 */
export function overviewParams(p: GraphParams = {}, maxLimit = MAX_GRAPH_LIMIT): Record<string, unknown> {
  const limit = Math.min(maxLimit, Math.max(1, Math.trunc(p.limit ?? DEFAULT_GRAPH_LIMIT)));
  return { ...filterParams(p), types: typesOf(p.relations), limit };
}

async function overviewOf(params: Record<string, unknown>, timeoutMs = READ_TIMEOUT_MS): Promise<Graph> {
  const rows = await runRead('graph-overview', params, { timeoutMs });
  const nodes = rows.map(graphNodeOf);
  const total = rows.length ? int(rows[0].total) : 0;
  return Graph.parse({
    nodes,
    edges: edgesAmong(rows, new Set(nodes.map((n) => n.id))),
    truncated: total > nodes.length,
    total,
  });
}

/**
 * Everything matching the filters (default: the whole graph) for /api/export.
 * @example await exportGraph({ province: 'Lai Châu' }) // → { nodes, edges, truncated: false, total }
 */
export function exportGraph(p: GraphParams = {}): Promise<Graph> {
  return overviewGraph({ ...p, limit: p.limit ?? MAX_EXPORT_LIMIT }, MAX_EXPORT_LIMIT);
}

// ---------------------------------------------------------------------------
// Stats and issuers
// ---------------------------------------------------------------------------

/**
 * Corpus statistics: counts, breakdowns of loaded documents by level/type/province (null → 'unknown'),
 * the 10 most cited documents and the 20 most cited stubs.
 * @example await getStats() // → { documents: 5, stubs: 7, citations: 9, byLevel: { provincial: 4, central: 1 }, ... }
 */
export function getStats(): Promise<Stats> {
  return cachedAggregate('stats', statsOf);
}

async function statsOf(): Promise<Stats> {
  const [counts, breakdown, mostCited, unresolved] = await Promise.all([
    runRead('stats-counts'),
    runRead('stats-breakdown'),
    runRead('stats-most-cited', { limit: 10 }),
    runRead('stats-unresolved', { limit: 20 }),
  ]);
  const byLevel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const byProvince: Record<string, number> = {};
  const add = (m: Record<string, number>, k: unknown, n: number) => {
    const key = typeof k === 'string' && k ? k : 'unknown';
    m[key] = (m[key] ?? 0) + n;
  };
  for (const r of breakdown) {
    const n = int(r.n);
    add(byLevel, r.level, n);
    add(byType, r.type, n);
    add(byProvince, r.province, n);
  }
  const c = counts[0] ?? {};
  return Stats.parse({
    documents: int(c.documents),
    stubs: int(c.stubs),
    citations: int(c.citations),
    byLevel,
    byType,
    byProvince,
    mostCited: mostCited.map((r) => summaryOf(r.node as Row, r.citedByCount)),
    unresolved: unresolved.map((r) => ({ id: String(r.id), number: str(r.number), type: str(r.type), citedBy: int(r.citedBy) })),
    generated: bool(c.generated),
  });
}

/**
 * Authorities that issued at least one document, most documents first.
 * @example await listIssuers() // → { items: [{ key: 'tinh uy lai chau', name: 'Tỉnh ủy Lai Châu', level: 'provincial', documents: 3, ... }] }
 */
export function listIssuers(): Promise<IssuerList> {
  return cachedAggregate('issuers', issuersOf);
}

async function issuersOf(): Promise<IssuerList> {
  const rows = await runRead('read-issuers');
  return IssuerList.parse({
    items: rows.map((r) => ({
      key: String(r.key),
      name: str(r.name) ?? String(r.key),
      level: level(r.level),
      province: str(r.province),
      branch: r.branch === 'party' || r.branch === 'state' || r.branch === 'agency' ? r.branch : null,
      documents: int(r.documents),
    })),
  });
}

/**
 * The single place that creates the neo4j-driver Driver, plus small helpers that run Cypher
 * and return plain objects (no driver types escape server/graph through these helpers).
 *
 * Settings come from env (read on first use):
 *   NEO4J_URI       default bolt://127.0.0.1:7687 (neo4j:// and neo4j+s:// routing URIs work too:
 *                   every call sets routing READ/WRITE, so a cluster or Aura routes them)
 *   NEO4J_USER      default neo4j
 *   NEO4J_PASSWORD  default 'directive-graph' (the local server's default)
 *   NEO4J_DATABASE  default neo4j
 *
 * Integers: `disableLosslessIntegers: true`, so Cypher integers arrive as JS numbers. Counts,
 * offsets, years and ids in this product stay far below 2^53; a larger value would lose
 * precision (useBigInt was rejected: bigint does not JSON.stringify for the API).
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from 'neo4j-driver';
import { DEFAULT_PASSWORD } from '../neo4j/local';
import { UnavailableError } from './errors';

/** Connection settings of the graph layer. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** A row returned by {@link readQuery} / {@link writeQuery}: column name → plain JS value. */
export type Row = Record<string, unknown>;

/** What {@link checkConnectivity} reports when Neo4j answers. */
export interface ConnectivityInfo {
  uri: string;
  database: string;
  /** e.g. 'Neo4j/5.26.31' */
  agent: string;
  /** Negotiated Bolt version, e.g. '5.8' */
  protocolVersion: string;
}

let current: { driver: Driver; settings: Neo4jSettings } | undefined;

/**
 * Reads the connection settings from env, with the project's defaults.
 * @example neo4jSettings({}) // → { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'directive-graph', database: 'neo4j' }
 */
export function neo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

function createDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    userAgent: 'directive-graph/0.1',
    // Fail fast when the server is down instead of retrying for the default 30 s.
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
    connectionAcquisitionTimeout: 20_000,
  });
}

/**
 * The shared Driver, created on first use from {@link neo4jSettings}.
 * @example const driver = getDriver(); await driver.executeQuery('RETURN 1');
 */
export function getDriver(): Driver {
  if (!current) {
    const settings = neo4jSettings();
    current = { driver: createDriver(settings), settings };
  }
  return current.driver;
}

/**
 * The settings the shared Driver uses (or will use).
 * @example currentSettings().database // → 'neo4j'
 */
export function currentSettings(): Neo4jSettings {
  return current?.settings ?? neo4jSettings();
}

/**
 * Closes the shared Driver; the next {@link getDriver} re-reads env and opens a new one.
 * @example afterAll(() => closeDriver());
 */
export async function closeDriver(): Promise<void> {
  const closing = current;
  current = undefined;
  if (closing) await closing.driver.close();
}

function reason(err: unknown): { code?: string; text: string } {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const causeCode = (e?.cause as { code?: unknown } | undefined)?.code;
  const all = `${message} ${typeof causeCode === 'string' ? causeCode : ''}`;
  if (/ECONNREFUSED/.test(all)) return { code: 'ECONNREFUSED', text: 'connection refused' };
  if (/ENOTFOUND|EAI_AGAIN/.test(all)) return { code: 'ENOTFOUND', text: 'host not found' };
  if (/ETIMEDOUT|timed out|timeout/i.test(all)) return { code: 'ETIMEDOUT', text: 'connection timed out' };
  if (/ECONNRESET|EPIPE|closed/i.test(all)) return { code: code ?? 'ECONNRESET', text: 'connection closed by the server' };
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return { code, text: 'database not found' };
  return { code, text: message.split('\n')[0] };
}

/**
 * Turns a driver error into an {@link UnavailableError} when it means "Neo4j cannot be used"
 * (unreachable, bad credentials, database down); returns undefined for other errors
 * (syntax, constraint violations...), which callers rethrow unchanged.
 * @example toUnavailable(err, 'bolt://127.0.0.1:1')?.message // → 'Neo4j is unreachable at bolt://127.0.0.1:1: connection refused'
 */
export function toUnavailable(err: unknown, uri: string, user = 'neo4j'): UnavailableError | undefined {
  if (err instanceof UnavailableError) return err;
  const code = (err as { code?: unknown })?.code;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new UnavailableError(
      `Neo4j at ${uri} rejected the credentials of user '${user}' (check NEO4J_USER / NEO4J_PASSWORD)`,
      { uri, code },
    );
  }
  const unavailable =
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    (typeof code === 'string' && /^E[A-Z]+$/.test(code));
  if (!unavailable) return undefined;
  const r = reason(err);
  return new UnavailableError(`Neo4j is unreachable at ${uri}: ${r.text}`, { uri, code: r.code ?? String(code) });
}

/**
 * Converts driver values (nodes, relationships, paths, temporal and spatial types, integers)
 * into plain JSON-friendly values, recursively.
 *   Node → { elementId, labels, properties }; Relationship → { elementId, type, start, end, properties };
 *   Path → { nodes, relationships }; Date/DateTime/Duration... → ISO string; Point → { srid, x, y, z? }.
 * @example toPlain(record.get('d')) // → { elementId: '4:..:0', labels: ['Document'], properties: { key: '...' } }
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== 'object') return value;
  if (isInt(value)) {
    const n = value as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (isNode(value)) {
    return { elementId: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (isUnboundRelationship(value)) {
    return { elementId: value.elementId, type: value.type, properties: toPlain(value.properties) };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const p = value as unknown as { srid: unknown; x: number; y: number; z?: number };
    return p.z === undefined ? { srid: toPlain(p.srid), x: p.x, y: p.y } : { srid: toPlain(p.srid), x: p.x, y: p.y, z: p.z };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return value;
  const out: Row = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

async function run(
  routing: 'READ' | 'WRITE',
  cypherText: string,
  params: Record<string, unknown>,
): Promise<Row[]> {
  const driver = getDriver();
  const settings = currentSettings();
  try {
    const result = await driver.executeQuery(cypherText, params, {
      routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      database: settings.database,
    });
    return result.records.map(recordToRow);
  } catch (err) {
    throw toUnavailable(err, settings.uri, settings.user) ?? err;
  }
}

/**
 * Runs a read query (routed to a reader in a cluster) and returns its rows as plain objects.
 * @example await readQuery('MATCH (d:Document {key: $key}) RETURN d.title AS title', { key: 'tw|CT|11|2020' })
 *   // → [{ title: 'Chỉ thị ...' }]
 */
export function readQuery<T extends Row = Row>(cypherText: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return run('READ', cypherText, params) as Promise<T[]>;
}

/**
 * Runs a write query (routed to the leader; retried on transient errors, so keep it
 * idempotent, e.g. MERGE) and returns its rows as plain objects.
 * @example await writeQuery('MERGE (d:Document {key: $key}) RETURN d.key AS key', { key: 'k1' }) // → [{ key: 'k1' }]
 */
export function writeQuery<T extends Row = Row>(cypherText: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return run('WRITE', cypherText, params) as Promise<T[]>;
}

async function inSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const settings = currentSettings();
  const session = getDriver().session({
    database: settings.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
  } catch (err) {
    throw toUnavailable(err, settings.uri, settings.user) ?? err;
  } finally {
    await session.close();
  }
}

/**
 * Runs several statements in one managed write transaction (retried as a whole on transient
 * errors). For graph-layer code such as batched ingest; use {@link rowsOf} for plain rows.
 * @example
 *   await inWriteTransaction(async (tx) => {
 *     await tx.run(cypher('ingest-documents'), { rows });
 *     await tx.run(cypher('ingest-citations'), { rows });
 *   });
 */
export function inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inSession('WRITE', work);
}

/**
 * Runs work in one managed read transaction.
 * @example const rows = await inReadTransaction(async (tx) => rowsOf(await tx.run('RETURN 1 AS one'))) // → [{ one: 1 }]
 */
export function inReadTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return inSession('READ', work);
}

/**
 * Plain rows of a result obtained inside a transaction.
 * @example rowsOf(await tx.run('RETURN 1 AS one')) // → [{ one: 1 }]
 */
export function rowsOf(result: { records: Neo4jRecord[] }): Row[] {
  return result.records.map(recordToRow);
}

function boltVersion(v: unknown): string {
  if (v && typeof v === 'object' && 'getMajor' in v && 'getMinor' in v) {
    const pv = v as { getMajor(): number; getMinor(): number };
    return `${pv.getMajor()}.${pv.getMinor()}`;
  }
  return typeof v === 'number' ? v.toFixed(1) : String(v ?? 'unknown');
}

/**
 * Checks that Neo4j answers, accepts the credentials and serves the database.
 * Without arguments it checks the shared Driver; with settings it opens (and closes) a
 * separate Driver for them. Throws {@link UnavailableError} (message names the URI) otherwise.
 * @example
 *   await checkConnectivity(); // → { uri: 'bolt://127.0.0.1:7687', database: 'neo4j', agent: 'Neo4j/5.26.31', protocolVersion: '5.8' }
 *   await checkConnectivity({ uri: 'bolt://127.0.0.1:1' });
 *   // throws UnavailableError: Neo4j is unreachable at bolt://127.0.0.1:1: connection refused
 */
export async function checkConnectivity(overrides?: Partial<Neo4jSettings>): Promise<ConnectivityInfo> {
  const settings = overrides ? { ...currentSettings(), ...overrides } : currentSettings();
  const driver = overrides ? createDriver(settings) : getDriver();
  try {
    const info = await driver.getServerInfo({ database: settings.database });
    await driver.executeQuery('RETURN 1 AS ok', {}, { database: settings.database, routing: neo4j.routing.READ });
    return {
      uri: settings.uri,
      database: settings.database,
      agent: info.agent ?? 'unknown',
      protocolVersion: boltVersion(info.protocolVersion),
    };
  } catch (err) {
    throw (
      toUnavailable(err, settings.uri, settings.user) ??
      new UnavailableError(`Neo4j is unreachable at ${settings.uri}: ${reason(err).text}`, {
        uri: settings.uri,
        code: reason(err).code,
      })
    );
  } finally {
    if (overrides) await driver.close();
  }
}

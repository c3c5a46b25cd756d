/**
 * The local Neo4j Community server that Directive Graph provisions for itself (no Docker,
 * no tarball): jars from Maven Central via server/neo4j/pom.xml, started with plain `java`.
 *
 * Pure Node (child_process, net, fs). This file never imports neo4j-driver: readiness is
 * checked with a raw Bolt handshake on a socket.
 *
 * Layout (repo root):
 *   .neo4j/lib/        the jars, resolved once by Maven; `.installed.json` marks a complete set
 *   .neo4j/data/       the CLI's instance (any other dataDir has the same layout):
 *     conf/neo4j.conf    regenerated on every start
 *     databases/ transactions/ dbms/   Neo4j's store (server.directories.data = dataDir)
 *     logs/              neo4j.log, debug.log, console.log (JVM stdout/stderr)
 *     local-neo4j.json   state file: pid, Bolt port, URI (never the password)
 *     start.lock         held while a start is in progress (one start per data dir at a time)
 *
 * Authentication: enabled. On the very first start of a data dir (no databases/system yet)
 * `neo4j-admin dbms set-initial-password` is run from the same jars (org.neo4j.cli.AdminTool),
 * which writes dbms/auth.ini; the system database consumes it on first boot. The user is
 * always `neo4j`; the password comes from the caller, else env NEO4J_PASSWORD, else
 * 'directive-graph'. Changing NEO4J_PASSWORD later does not change an existing data dir
 * (delete the data dir, or ALTER USER). The server only listens on 127.0.0.1.
 *
 * JVM flags: the `server.jvm.additional` defaults of Neo4j 5.26's conf/neo4j.conf (the
 * --add-opens for java.nio, java.io and sun.nio.ch, --enable-native-access, netty/log4j
 * properties), minus -XX:+AlwaysPreTouch (slow start for a dev box), plus -Xms/-Xmx and
 * -Dfile.encoding=UTF-8 as Neo4j's bootloader adds them.
 */
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/** Repository root (this file lives in server/neo4j/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The pom that lists the Neo4j artifacts. */
export const POM_PATH = path.join(REPO_ROOT, 'server', 'neo4j', 'pom.xml');
/** Git-ignored cache folder for jars and the CLI's data dir. */
export const CACHE_DIR = path.join(REPO_ROOT, '.neo4j');
/** Where the jars are copied. */
export const LIB_DIR = path.join(CACHE_DIR, 'lib');
/** The data dir used by `npm run db:start`. */
export const DEFAULT_DATA_DIR = path.join(CACHE_DIR, 'data');
/** Default Bolt port of the CLI's instance. */
export const DEFAULT_BOLT_PORT = 7687;
/** The only user of the local server. */
export const LOCAL_USER = 'neo4j';
/** Password used when neither the caller nor env NEO4J_PASSWORD gives one. */
export const DEFAULT_PASSWORD = 'directive-graph';

const HOST = '127.0.0.1';
const STATE_FILE = 'local-neo4j.json';
const MARKER_FILE = '.installed.json';
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

/** Neo4j 5.26 `server.jvm.additional` defaults (conf/neo4j.conf), without AlwaysPreTouch. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

/** Options of {@link startLocalNeo4j}. */
export interface StartOptions {
  /** Instance folder (created if missing). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 or undefined picks a free one. */
  boltPort?: number;
  /** Password of user `neo4j`; default env NEO4J_PASSWORD, else 'directive-graph'. Min 8 chars. */
  password?: string;
  /** JVM -Xms, default '512m'. */
  heapInitial?: string;
  /** JVM -Xmx, default '2g'. */
  heapMax?: string;
  /** server.memory.pagecache.size, default '512m'. */
  pageCache?: string;
  /** How long to wait for Bolt, default 180 s. */
  timeoutMs?: number;
  /**
   * true (CLI): the server gets its own process group and outlives the caller.
   * false (tests): it stays in the caller's group, so Ctrl-C stops it too.
   */
  detached?: boolean;
  /** Progress messages (default: silent). */
  log?: (message: string) => void;
}

/** A running local server. */
export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  boltPort: number;
  dataDir: string;
  /** True when the server was already running for this data dir and nothing was started. */
  alreadyRunning: boolean;
  /** Stops it cleanly (SIGTERM, then SIGKILL after the timeout). */
  stop(): Promise<void>;
}

/** What {@link localStatus} finds. */
export interface LocalStatus {
  /** running: Bolt answers; starting: the process lives but Bolt does not answer yet. */
  state: 'running' | 'starting' | 'stopped';
  dataDir: string;
  pid?: number;
  uri?: string;
  boltPort?: number;
  neo4jVersion?: string;
  startedAt?: string;
}

/** Result of {@link ensureNeo4jInstalled}. */
export interface InstallInfo {
  libDir: string;
  neo4jVersion: string;
  jarCount: number;
  /** True when Maven ran in this call; false when the cache was already complete. */
  resolved: boolean;
  ms: number;
}

interface StateFile {
  pid: number;
  boltPort: number;
  uri: string;
  user: string;
  dataDir: string;
  neo4jVersion: string;
  startedAt: string;
  /** pid of the process that started it (used to clean up after crashed test runs). */
  ownerPid: number;
}

interface Marker {
  neo4jVersion: string;
  pomHash: string;
  jarCount: number;
}

// Children started by this process, so stop() can await their 'exit' instead of polling.
const children = new Map<number, ChildProcess>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The Neo4j version pinned in server/neo4j/pom.xml.
 * @example neo4jVersion() // → '5.26.31'
 */
export function neo4jVersion(): string {
  const pom = fs.readFileSync(POM_PATH, 'utf8');
  const m = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
  if (!m) throw new Error(`No <neo4j.version> property in ${POM_PATH}`);
  return m[1];
}

function pomHash(): string {
  return createHash('sha256').update(fs.readFileSync(POM_PATH)).digest('hex');
}

function readMarker(libDir: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(libDir, MARKER_FILE), 'utf8')) as Marker;
  } catch {
    return undefined;
  }
}

function jarCount(libDir: string): number {
  try {
    return fs.readdirSync(libDir).filter((f) => f.endsWith('.jar')).length;
  } catch {
    return 0;
  }
}

function isComplete(libDir: string, version: string, hash: string): boolean {
  const marker = readMarker(libDir);
  return (
    marker !== undefined &&
    marker.neo4jVersion === version &&
    marker.pomHash === hash &&
    marker.jarCount === jarCount(libDir) &&
    fs.existsSync(path.join(libDir, `neo4j-${version}.jar`))
  );
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

function runCaptured(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new Error(`'${cmd}' was not found on PATH; it is needed to provision Neo4j`) : err),
    );
    child.once('close', (code) => resolve({ code, output }));
  });
}

/**
 * Resolves the Neo4j jars into .neo4j/lib with Maven, once. Skips Maven when the folder
 * already holds a complete set for the current pom.xml (checked via .neo4j/lib/.installed.json).
 * Resolution goes to a temporary folder that is renamed into place, so an interrupted run
 * never leaves a half-filled lib dir that looks complete.
 * @example
 *   const info = await ensureNeo4jInstalled();
 *   // → { libDir: '/repo/.neo4j/lib', neo4jVersion: '5.26.31', jarCount: 213, resolved: false, ms: 2 }
 */
export async function ensureNeo4jInstalled(opts: { libDir?: string; log?: (m: string) => void } = {}): Promise<InstallInfo> {
  const started = Date.now();
  const libDir = path.resolve(opts.libDir ?? LIB_DIR);
  const version = neo4jVersion();
  const hash = pomHash();
  if (isComplete(libDir, version, hash)) {
    return { libDir, neo4jVersion: version, jarCount: jarCount(libDir), resolved: false, ms: Date.now() - started };
  }
  opts.log?.(`Resolving Neo4j ${version} jars with Maven into ${libDir} (first time only)...`);
  fs.mkdirSync(path.dirname(libDir), { recursive: true });
  const tmp = `${libDir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const mvn = process.env.MVN ?? 'mvn';
  const { code, output } = await runCaptured(mvn, [
    '-q',
    '-B',
    '-f',
    POM_PATH,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ]);
  if (code !== 0 || !fs.existsSync(path.join(tmp, `neo4j-${version}.jar`))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`Maven could not resolve Neo4j ${version} (exit ${code}):\n${tail(output, 40)}`);
  }
  const marker: Marker = { neo4jVersion: version, pomHash: hash, jarCount: jarCount(tmp) };
  fs.writeFileSync(path.join(tmp, MARKER_FILE), JSON.stringify(marker, null, 2) + '\n');
  if (isComplete(libDir, version, hash)) {
    // Another process finished first; keep its copy.
    fs.rmSync(tmp, { recursive: true, force: true });
  } else {
    const old = `${libDir}.old-${process.pid}`;
    if (fs.existsSync(libDir)) fs.renameSync(libDir, old);
    fs.renameSync(tmp, libDir);
    fs.rmSync(old, { recursive: true, force: true });
  }
  return { libDir, neo4jVersion: version, jarCount: marker.jarCount, resolved: true, ms: Date.now() - started };
}

function javaBin(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function checkJava(): void {
  const res = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (res.error) throw new Error(`Java was not found ('${javaBin()}'): Neo4j ${neo4jVersion()} needs Java 17 or 21`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : NaN;
  if (!(major >= 17)) throw new Error(`Neo4j ${neo4jVersion()} needs Java 17 or 21; '${javaBin()}' is ${m ? m[0] : 'unknown'}`);
}

function stateFile(dataDir: string): string {
  return path.join(dataDir, STATE_FILE);
}

function readState(dataDir: string): StateFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')) as StateFile;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    } catch {
      return '';
    }
  }
}

/** True when pid is alive and is a Neo4j started on this data dir (guards against pid reuse). */
function isOurNeo4j(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmd = commandLine(pid);
  return cmd.includes(MAIN_CLASS) && cmd.includes(`--home-dir=${dataDir} `); // followed by --config-dir
}

/**
 * True when something on host:port completes a Bolt handshake (magic 0x6060B017 and four
 * version proposals; a non-zero agreed version means the server speaks Bolt).
 * @example await boltAnswers('127.0.0.1', 7687) // → true when Neo4j is up
 */
export function boltAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false));
    socket.once('connect', () => {
      // Bolt 5.0-5.8, 4.4, 4.3, 3.0: [reserved, range, minor, major] each.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 0, 3]));
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) finish(received.readUInt32BE(0) !== 0);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

/** Byte sizes of the log files, so errors show only what this start wrote. */
type LogOffsets = Record<string, number>;
const LOG_NAMES = ['console.log', 'neo4j.log'];

function logOffsets(dataDir: string): LogOffsets {
  const offsets: LogOffsets = {};
  for (const name of LOG_NAMES) {
    try {
      offsets[name] = fs.statSync(path.join(dataDir, 'logs', name)).size;
    } catch {
      offsets[name] = 0;
    }
  }
  return offsets;
}

function readTail(file: string, from: number, lines: number): string {
  try {
    const text = fs.readFileSync(file).subarray(from).toString('utf8');
    return tail(text.trimEnd(), lines).trim();
  } catch {
    return '';
  }
}

function logTails(dataDir: string, since: LogOffsets = {}): string {
  const parts: string[] = [];
  for (const name of LOG_NAMES) {
    const file = path.join(dataDir, 'logs', name);
    const text = readTail(file, since[name] ?? 0, 25);
    if (text) parts.push(`--- ${file} (last lines) ---\n${text}`);
  }
  return parts.length ? parts.join('\n') : `(no log output in ${path.join(dataDir, 'logs')})`;
}

function neo4jConf(dataDir: string, boltPort: number, heapInitial: string, heapMax: string, pageCache: string): string {
  return [
    '# Generated by server/neo4j/local.ts on every start: edit that file, not this one.',
    `server.directories.data=${dataDir}`,
    `server.directories.logs=${path.join(dataDir, 'logs')}`,
    `server.directories.run=${path.join(dataDir, 'run')}`,
    `server.directories.import=${path.join(dataDir, 'import')}`,
    `server.default_listen_address=${HOST}`,
    `server.default_advertised_address=${HOST}`,
    'server.bolt.enabled=true',
    `server.bolt.listen_address=${HOST}:${boltPort}`,
    `server.bolt.advertised_address=${HOST}:${boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Recorded for Neo4j's memory checks; the JVM gets the same values as -Xms/-Xmx.
    `server.memory.heap.initial_size=${heapInitial}`,
    `server.memory.heap.max_size=${heapMax}`,
    `server.memory.pagecache.size=${pageCache}`,
    // Small dev/test stores: do not reserve 256 MB transaction log files up front.
    'db.tx_log.preallocate=false',
    // Bolt otherwise waits 5 s + 5 s for idle threads on shutdown (a 12 s stop becomes ~2 s).
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    'internal.dbms.bolt.netty_server_shutdown_timeout=2s',
    '',
  ].join('\n');
}

function setInitialPassword(libDir: string, dataDir: string, password: string): void {
  const res = spawnSync(
    javaBin(),
    ['-Xmx256m', '-cp', path.join(libDir, '*'), ADMIN_CLASS, 'dbms', 'set-initial-password', password],
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
    },
  );
  if (res.status !== 0 || !fs.existsSync(path.join(dataDir, 'dbms', 'auth.ini'))) {
    throw new Error(`neo4j-admin dbms set-initial-password failed (exit ${res.status}):\n${tail(`${res.stdout}${res.stderr}`, 20)}`);
  }
}

function handle(state: StateFile, password: string, alreadyRunning: boolean): LocalNeo4j {
  return {
    uri: state.uri,
    user: state.user,
    password,
    pid: state.pid,
    boltPort: state.boltPort,
    dataDir: state.dataDir,
    alreadyRunning,
    stop: async () => {
      await stopLocalNeo4j(state.dataDir);
    },
  };
}

async function waitForBolt(state: StateFile, deadline: number, child?: ChildProcess, since?: LogOffsets): Promise<void> {
  while (Date.now() < deadline) {
    if (child ? child.exitCode !== null || child.signalCode !== null : !isAlive(state.pid)) {
      const how = child ? `exit code ${child.exitCode ?? child.signalCode}` : 'process gone';
      throw new Error(`Neo4j exited during startup (${how}).\n${logTails(state.dataDir, since)}`);
    }
    if (await boltAnswers(HOST, state.boltPort)) return;
    await sleep(250);
  }
  throw new Error(`Neo4j did not answer on Bolt ${state.uri} in time.\n${logTails(state.dataDir, since)}`);
}

/**
 * Starts Neo4j on 127.0.0.1 for dataDir (resolving the jars first if needed) and waits until
 * Bolt answers. If a server already runs for that data dir, returns it with alreadyRunning.
 * @example
 *   const neo = await startLocalNeo4j({ dataDir: '.neo4j/data', boltPort: 7687, detached: true });
 *   console.log(neo.uri); // bolt://127.0.0.1:7687
 *   await neo.stop();
 */
export async function startLocalNeo4j(opts: StartOptions): Promise<LocalNeo4j> {
  const dataDir = path.resolve(opts.dataDir);
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  fs.mkdirSync(dataDir, { recursive: true });
  const release = await acquireStartLock(dataDir, deadline);
  try {
    return await startUnlocked({ ...opts, dataDir }, deadline);
  } finally {
    release();
  }
}

/**
 * One start at a time per data dir (two CLIs, or a CLI and a test run): an exclusive lock file
 * holding the pid of its owner; a lock whose owner died is taken over.
 */
async function acquireStartLock(dataDir: string, deadline: number): Promise<() => void> {
  const lock = path.join(dataDir, 'start.lock');
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.rmSync(lock, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(fs.readFileSync(lock, 'utf8').trim() || NaN);
    if (!Number.isInteger(owner) || !isAlive(owner)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Another process (pid ${owner}) is starting Neo4j in ${dataDir}`);
    await sleep(250);
  }
}

async function startUnlocked(opts: StartOptions, deadline: number): Promise<LocalNeo4j> {
  const dataDir = opts.dataDir;
  const password = opts.password ?? process.env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD;
  const log = opts.log ?? (() => undefined);
  if (password.length < 8) throw new Error('The Neo4j password must have at least 8 characters (dbms.security.auth_minimum_password_length)');

  const existing = readState(dataDir);
  if (existing && isOurNeo4j(existing.pid, dataDir)) {
    if (!(await boltAnswers(HOST, existing.boltPort))) {
      log(`Neo4j (pid ${existing.pid}) is still starting; waiting for Bolt...`);
      await waitForBolt(existing, deadline);
    }
    return handle(existing, password, true);
  }
  if (existing) fs.rmSync(stateFile(dataDir), { force: true });

  const install = await ensureNeo4jInstalled({ log });
  checkJava();

  let boltPort = opts.boltPort ?? 0;
  if (boltPort === 0) boltPort = await freePort();
  else if (!(await portIsFree(boltPort))) {
    throw new Error(
      `Port ${HOST}:${boltPort} is already in use (another Neo4j?). Stop it, or choose another port (NEO4J_BOLT_PORT).`,
    );
  }

  for (const dir of ['conf', 'logs', 'run', 'import']) fs.mkdirSync(path.join(dataDir, dir), { recursive: true });
  const heapInitial = opts.heapInitial ?? '512m';
  const heapMax = opts.heapMax ?? '2g';
  const pageCache = opts.pageCache ?? '512m';
  fs.writeFileSync(path.join(dataDir, 'conf', 'neo4j.conf'), neo4jConf(dataDir, boltPort, heapInitial, heapMax, pageCache));

  if (!fs.existsSync(path.join(dataDir, 'databases', 'system'))) {
    log('New data dir: setting the initial password of user neo4j...');
    setInitialPassword(install.libDir, dataDir, password);
  }

  const since = logOffsets(dataDir);
  const consoleLog = path.join(dataDir, 'logs', 'console.log');
  const out = fs.openSync(consoleLog, 'a');
  fs.writeSync(out, `\n=== ${new Date().toISOString()} starting Neo4j ${install.neo4jVersion} on ${HOST}:${boltPort} ===\n`);
  const args = [
    ...NEO4J_JVM_FLAGS,
    `-Xms${heapInitial}`,
    `-Xmx${heapMax}`,
    '-cp',
    path.join(install.libDir, '*'),
    MAIN_CLASS,
    `--home-dir=${dataDir}`,
    `--config-dir=${path.join(dataDir, 'conf')}`,
  ];
  log(`Starting Neo4j ${install.neo4jVersion} on ${HOST}:${boltPort} (data: ${dataDir})...`);
  const child = spawn(javaBin(), args, {
    cwd: dataDir,
    detached: opts.detached ?? false,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
  });
  fs.closeSync(out);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  if (child.pid === undefined) throw await spawnError;
  const pid = child.pid;
  children.set(pid, child);
  child.once('exit', () => children.delete(pid));
  child.unref();

  const state: StateFile = {
    pid,
    boltPort,
    uri: `bolt://${HOST}:${boltPort}`,
    user: LOCAL_USER,
    dataDir,
    neo4jVersion: install.neo4jVersion,
    startedAt: new Date().toISOString(),
    ownerPid: process.pid,
  };
  fs.writeFileSync(stateFile(dataDir), JSON.stringify(state, null, 2) + '\n');

  try {
    await waitForBolt(state, deadline, child, since);
  } catch (err) {
    // Stop only our own child: a concurrent start may own the state file by now.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(pid, 10_000))) child.kill('SIGKILL');
    }
    if (readState(dataDir)?.pid === pid) fs.rmSync(stateFile(dataDir), { force: true });
    throw err;
  }
  return handle(state, password, false);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const child = children.get(pid);
  const deadline = Date.now() + timeoutMs;
  if (child) {
    if (child.exitCode !== null || child.signalCode !== null) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * Stops the Neo4j running for dataDir: SIGTERM (Neo4j checkpoints and closes its stores),
 * waits up to timeoutMs (default 60 s), then SIGKILL. Removes the state file.
 * Returns false when nothing was running.
 * @example await stopLocalNeo4j('.neo4j/data') // → true
 */
export async function stopLocalNeo4j(dataDir: string, opts: { timeoutMs?: number } = {}): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const state = readState(dir);
  if (!state) return false;
  let wasRunning = false;
  if (isOurNeo4j(state.pid, dir)) {
    wasRunning = true;
    try {
      process.kill(state.pid, 'SIGTERM');
    } catch {
      // exited in the meantime
    }
    if (!(await waitForExit(state.pid, opts.timeoutMs ?? 60_000))) {
      try {
        process.kill(state.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await waitForExit(state.pid, 10_000);
    }
  }
  fs.rmSync(stateFile(dir), { force: true });
  return wasRunning;
}

/**
 * Reports whether a Neo4j runs for dataDir, from the state file, the process and a Bolt handshake.
 * @example await localStatus('.neo4j/data')
 *   // → { state: 'running', pid: 4242, uri: 'bolt://127.0.0.1:7687', boltPort: 7687, ... }
 */
export async function localStatus(dataDir: string): Promise<LocalStatus> {
  const dir = path.resolve(dataDir);
  const state = readState(dir);
  if (!state || !isOurNeo4j(state.pid, dir)) return { state: 'stopped', dataDir: dir };
  const answering = await boltAnswers(HOST, state.boltPort);
  return {
    state: answering ? 'running' : 'starting',
    dataDir: dir,
    pid: state.pid,
    uri: state.uri,
    boltPort: state.boltPort,
    neo4jVersion: state.neo4jVersion,
    startedAt: state.startedAt,
  };
}

/**
 * Stops and deletes throw-away instances under parentDir whose name starts with prefix and
 * whose starting process (ownerPid) is gone, e.g. left behind by a test run that was killed.
 * Returns the removed folders.
 * @example cleanupOrphans(os.tmpdir(), 'directive-graph-neo4j-') // → ['/tmp/directive-graph-neo4j-abc123']
 */
export async function cleanupOrphans(parentDir: string, prefix: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(parentDir).filter((n) => n.startsWith(prefix));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = path.join(parentDir, name);
    const state = readState(dir);
    const ownerGone = state ? !isAlive(state.ownerPid) : true;
    if (!ownerGone) continue;
    // No state file: either a crashed setup or one still starting; only remove if old.
    if (!state) {
      const ageMs = Date.now() - fs.statSync(dir).mtimeMs;
      if (ageMs < 10 * 60_000) continue;
    }
    await stopLocalNeo4j(dir, { timeoutMs: 15_000 }).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

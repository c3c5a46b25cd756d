/**
 * Command line for the project's local Neo4j:
 *   npx tsx server/neo4j/cli.ts install|start|stop|status
 *
 * install  resolve the Neo4j jars into .neo4j/lib (Maven, first time only)
 * start    start Neo4j on 127.0.0.1 with data in .neo4j/data, wait for Bolt, print the URI
 *          (stdout carries only the URI, so `export NEO4J_URI=$(npm run -s db:start)` works)
 * stop     stop it cleanly
 * status   say whether it runs; exit code 0 when running, 3 when stopped
 *
 * Env: NEO4J_URI (set: use that external server, start nothing), NEO4J_BOLT_PORT (default 7687),
 * NEO4J_PASSWORD (default 'directive-graph'), NEO4J_HEAP_MAX (2g), NEO4J_PAGECACHE (512m).
 */
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_DATA_DIR,
  ensureNeo4jInstalled,
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './local';

const say = (message: string) => process.stderr.write(`${message}\n`);

function boltPortFromEnv(): number {
  const raw = process.env.NEO4J_BOLT_PORT;
  if (raw === undefined || raw === '') return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`NEO4J_BOLT_PORT is not a port: '${raw}'`);
  return port;
}

/**
 * Runs one CLI command and returns the process exit code.
 * @example await main(['start']) // prints bolt://127.0.0.1:7687, → 0
 */
export async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  const external = process.env.NEO4J_URI;
  switch (command) {
    case 'install': {
      const info = await ensureNeo4jInstalled({ log: say });
      say(
        info.resolved
          ? `Neo4j ${info.neo4jVersion}: ${info.jarCount} jars resolved into ${info.libDir} in ${(info.ms / 1000).toFixed(1)} s`
          : `Neo4j ${info.neo4jVersion}: ${info.jarCount} jars already in ${info.libDir}`,
      );
      return 0;
    }
    case 'start': {
      if (external) {
        say(`NEO4J_URI is set: using that server, starting nothing.`);
        process.stdout.write(`${external}\n`);
        return 0;
      }
      const started = Date.now();
      const neo = await startLocalNeo4j({
        dataDir: DEFAULT_DATA_DIR,
        boltPort: boltPortFromEnv(),
        // A custom max heap is also the initial one (as Neo4j recommends), so -Xms never exceeds -Xmx.
        heapInitial: process.env.NEO4J_HEAP_MAX || undefined,
        heapMax: process.env.NEO4J_HEAP_MAX || undefined,
        pageCache: process.env.NEO4J_PAGECACHE || undefined,
        detached: true,
        log: say,
      });
      say(
        neo.alreadyRunning
          ? `Neo4j is already running (pid ${neo.pid}, data ${neo.dataDir}).`
          : `Neo4j is up (pid ${neo.pid}, data ${neo.dataDir}) after ${((Date.now() - started) / 1000).toFixed(1)} s; user ${neo.user}.`,
      );
      process.stdout.write(`${neo.uri}\n`);
      return 0;
    }
    case 'stop': {
      if (external) say(`NEO4J_URI is set (${external}); stopping only the local server, if any.`);
      const status = await localStatus(DEFAULT_DATA_DIR);
      if (status.state === 'stopped') {
        await stopLocalNeo4j(DEFAULT_DATA_DIR); // clears a stale state file
        say('Neo4j is not running.');
        return 0;
      }
      const started = Date.now();
      await stopLocalNeo4j(DEFAULT_DATA_DIR);
      say(`Neo4j (pid ${status.pid}) stopped in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    case 'status': {
      if (external) say(`NEO4J_URI is set: the product uses ${external}.`);
      const status = await localStatus(DEFAULT_DATA_DIR);
      if (status.state === 'stopped') {
        say(`Local Neo4j is not running (data ${status.dataDir}).`);
        return 3;
      }
      say(
        `Local Neo4j ${status.neo4jVersion} is ${status.state} (pid ${status.pid}, since ${status.startedAt}, data ${status.dataDir}).`,
      );
      process.stdout.write(`${status.uri}\n`);
      return status.state === 'running' ? 0 : 3;
    }
    default:
      say('Usage: npx tsx server/neo4j/cli.ts install|start|stop|status');
      return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      say(`Error: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}

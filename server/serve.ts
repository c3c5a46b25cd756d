/**
 * `serve`: start the API (and the built page) from env, print the URL, and shut down gracefully
 * on SIGTERM / SIGINT (stop accepting, finish in-flight requests, close the Neo4j driver).
 * Used by server/api/main.ts (`npm run serve`) and callable from the CLI.
 */
import { startServer, stopServer } from './api/app';
import { loadConfig } from './api/config';
import { currentSettings } from './graph/driver';
import { graphHealth } from './graph/read';

/**
 * Starts the server from env; resolves with its URL once it listens. Neo4j being down is not
 * fatal: the API answers 503 until it comes back.
 * @example await serve() // prints 'Directive Graph API on http://127.0.0.1:8080 (Neo4j bolt://127.0.0.1:7687: up)'
 */
export async function serve(opts: { env?: NodeJS.ProcessEnv; log?: (m: string) => void; handleSignals?: boolean } = {}): Promise<{ url: string }> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const config = loadConfig(opts.env ?? process.env);
  const server = await startServer({ port: config.port, host: config.host, staticDir: config.staticDir, config });
  const health = await graphHealth();
  log(
    `Directive Graph API on ${server.url} (Neo4j ${currentSettings().uri}: ${health.up ? 'up' : `DOWN, answering 503 until it is back: ${health.error}`}; ` +
      `writes ${config.apiToken ? 'enabled with API_TOKEN' : 'disabled (no API_TOKEN)'}; page ${config.staticDir ? `from ${config.staticDir}` : 'not built'})`,
  );
  process.stdout.write(`${server.url}\n`);
  if (opts.handleSignals ?? true) {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: finishing in-flight requests and stopping...`);
      stopServer().then(
        () => process.exit(0),
        (e: unknown) => {
          log(`stop failed: ${(e as Error).message}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  }
  return { url: server.url };
}

/**
 * Jest global teardown: stops the throw-away Neo4j that global-setup.ts started (if any)
 * and deletes its temp data dir. A server given through NEO4J_URI is left alone.
 */
import * as fs from 'node:fs';

/**
 * Jest globalTeardown entry point.
 * @example // package.json: "jest": { "globalTeardown": "<rootDir>/test/setup/global-teardown.ts" }
 */
export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.__DIRECTIVE_GRAPH_NEO4J__;
  if (!handle) return;
  globalThis.__DIRECTIVE_GRAPH_NEO4J__ = undefined;
  try {
    await handle.stop();
  } finally {
    fs.rmSync(handle.dataDir, { recursive: true, force: true });
  }
}

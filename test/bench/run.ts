/**
 * Benchmark runner: `npm run bench -- <name> [options]`, e.g. `npm run bench -- parse --mb 20`.
 * Each benchmark lives in test/bench/<name>.ts and exports `run(args)`; this file only keeps the
 * registry and loads the chosen module lazily, so one benchmark's dependencies (a database, a
 * browser) are never loaded for another. Results go to bench-out/<name>.json (git-ignored).
 */

/** A benchmark: receives the arguments after its name. */
export type Bench = (args: string[]) => Promise<void>;

/**
 * The benchmarks by name. Add one line per benchmark module.
 * @example BENCHES.parse(['--mb', '20'])
 */
export const BENCHES: Record<string, Bench> = {
  parse: async (args) => (await import('./parse.js')).run(args),
  ingest: async (args) => (await import('./ingest.js')).run(args),
  analytics: async (args) => (await import('./analytics.js')).run(args),
  ui: async (args) => (await import('./ui.js')).run(args),
  api: async (args) => (await import('./api.js')).run(args),
};

/**
 * Run the benchmark named by `argv[0]`; print the available names and return 2 on a bad name.
 * @example await main(['parse', '--rounds', '3'])
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const bench = name ? BENCHES[name] : undefined;
  if (!bench) {
    process.stderr.write(
      `${name ? `unknown benchmark "${name}"` : 'no benchmark named'}\n` +
      `usage: npm run bench -- <name> [options]\navailable: ${Object.keys(BENCHES).sort().join(', ')}\n`,
    );
    return 2;
  }
  await bench(rest);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; },
  );
}

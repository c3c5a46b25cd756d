/**
 * Command line for the synthetic-corpus generator:
 *   npm run generate -- --docs N --out DIR [--seed S] [--noise P] [--force] [--quiet]
 * Progress goes to stderr (cli-progress); a one-line summary goes to stdout.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { generateCorpus } from './generate';

export interface CliOptions {
  docs: number;
  out: string;
  seed: string;
  noise: number;
  force: boolean;
  quiet: boolean;
}

/** Thrown for bad command-line input. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = 'usage: npm run generate -- --docs N --out DIR [--seed S] [--noise P] [--force] [--quiet]';

/**
 * Parses the generator's arguments (`--name value` or `--name=value`).
 *
 * @example
 * parseArgs(['--docs', '100', '--out', '/tmp/c']) // {docs: 100, out: '/tmp/c', seed: '1', noise: 0, force: false, quiet: false}
 */
export function parseArgs(argv: string[]): CliOptions {
  const o: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${a}\n${USAGE}`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (name === 'force' || name === 'quiet' || name === 'help') {
      o[name] = true;
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value\n${USAGE}`);
    o[name] = value;
  }
  if (o.help) throw new UsageError(USAGE);
  for (const k of Object.keys(o)) if (!['docs', 'out', 'seed', 'noise', 'force', 'quiet'].includes(k)) throw new UsageError(`unknown option --${k}\n${USAGE}`);
  const docs = Number(o.docs);
  if (!Number.isInteger(docs) || docs < 1) throw new UsageError(`--docs must be a positive integer\n${USAGE}`);
  if (typeof o.out !== 'string' || !o.out) throw new UsageError(`--out is required\n${USAGE}`);
  const noise = o.noise === undefined ? 0 : Number(o.noise);
  if (!(noise >= 0 && noise <= 1)) throw new UsageError(`--noise must be a number between 0 and 1\n${USAGE}`);
  return { docs, out: o.out, seed: typeof o.seed === 'string' ? o.seed : '1', noise, force: !!o.force, quiet: !!o.quiet };
}

/**
 * Runs the generator with parsed options, refusing to overwrite an existing corpus unless --force.
 *
 * @example
 * await main(['--docs', '1000', '--out', '/tmp/corpus', '--seed', '7']);
 */
export async function main(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const out = path.resolve(opts.out);
  for (const sub of ['docs', 'truth']) {
    const p = path.join(out, sub);
    if (fs.existsSync(p)) {
      if (!opts.force) throw new UsageError(`${p} already exists; pass --force to replace it`);
      fs.rmSync(p, { recursive: true, force: true });
    }
  }
  const bar = opts.quiet ? null : new SingleBar({ format: 'generate [{bar}] {percentage}% | {value}/{total} docs | {duration_formatted} | eta {eta_formatted}', hideCursor: true }, Presets.shades_classic);
  bar?.start(opts.docs, 0);
  const t0 = Date.now();
  const summary = await generateCorpus({ docs: opts.docs, out, seed: opts.seed, noise: opts.noise, onProgress: (n) => bar?.update(n) });
  bar?.stop();
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  process.stdout.write(
    `generated ${summary.docs} documents (${(summary.bytes / 1048576).toFixed(1)} MiB of text), ${summary.edges} edges, ${summary.externals} external documents, ${summary.firstDate}..${summary.lastDate}, in ${secs} s -> ${out}\n`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  });
}

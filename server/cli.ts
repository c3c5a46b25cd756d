/**
 * Command-line entry:
 *   parse FILE...    prints `{"documents": [...]}` as JSON on stdout;
 *   ingest PATH...   parses and loads files and folders into Neo4j, with a progress bar and a summary;
 *   serve            serves the API and the page;  generate  writes a synthetic corpus.
 */
import fs from 'node:fs';
import { ParseOutput } from './schema';
import { parseText } from './parse';
import { InputError } from './parse/decode';
import { extractText, listInputs } from './io/read';
import cliProgress from 'cli-progress';
import { applySchema } from './graph/cypher';
import { checkConnectivity, closeDriver, currentSettings } from './graph/driver';
import { clearDatabase, ingestPaths } from './graph/ingest';
import { serve } from './serve';

const USAGE = `Usage:
  parse FILE|FOLDER...    print the parsed documents as JSON ({"documents": [...]}) on stdout
      --pretty            indent the JSON
  ingest PATH...          parse .txt/.md/.html/.docx/.pdf files and folders and load them into Neo4j
      --reset             delete everything in the database first
      --generated         mark the documents as synthetic (demo corpus)
      --batch N           documents per transaction (default 500)
  serve                   serve the API and the built page (PORT, HOST, API_TOKEN ...)
  generate --docs N --out DIR [--seed S] [--noise P]   write a synthetic corpus with its ground truth
  Neo4j: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
`;

async function parseCommand(args: string[]): Promise<number> {
  const pretty = args.includes('--pretty');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (!paths.length) { process.stderr.write(USAGE); return 2; }
  const out: ParseOutput & { errors?: Array<{ source: string; error: string; message: string }> } = { documents: [] };
  const errors: Array<{ source: string; error: string; message: string }> = [];
  let files: string[];
  try { files = listInputs(paths); } catch (e) { process.stderr.write(`parse: ${(e as Error).message}\n`); return 2; }
  for (const file of files) {
    try {
      const { text, warnings } = await extractText(fs.readFileSync(file), file);
      out.documents.push(...parseText(text, file, warnings));
    } catch (e) {
      const err = e as Error;
      const code = e instanceof InputError ? e.code : 'error';
      errors.push({ source: file, error: code, message: err.message });
      process.stderr.write(`parse: ${file}: ${err.message}\n`);
    }
  }
  if (errors.length) out.errors = errors;
  process.stdout.write(JSON.stringify(out, null, pretty ? 2 : undefined) + '\n');
  return errors.length && !out.documents.length ? 1 : 0;
}

async function ingestCommand(args: string[]): Promise<number> {
  const flag = (name: string) => args.includes(name);
  const batchAt = args.indexOf('--batch');
  const batchSize = batchAt >= 0 ? Number(args[batchAt + 1]) : undefined;
  const paths = args.filter((a, i) => !a.startsWith('--') && !(batchAt >= 0 && i === batchAt + 1));
  if (!paths.length || (batchSize !== undefined && !(batchSize > 0))) { process.stderr.write(USAGE); return 2; }
  let files: string[];
  try { files = listInputs(paths); } catch (e) { process.stderr.write(`ingest: ${(e as Error).message}\n`); return 2; }
  try {
    await checkConnectivity();
    await applySchema();
    if (flag('--reset')) await clearDatabase();
  } catch (e) {
    process.stderr.write(`ingest: ${(e as Error).message}\n`);
    await closeDriver().catch(() => undefined);
    return 1;
  }
  const started = Date.now();
  const bar = new cliProgress.SingleBar({
    format: 'ingest |{bar}| {percentage}% {value}/{total} files | {docs} documents written, {rate} docs/s | {failed} failed',
    stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000,
  }, cliProgress.Presets.shades_classic);
  bar.start(files.length, 0, { docs: 0, rate: '0', failed: 0 });
  let filesSeen = 0;
  let failed = 0;
  let docs = 0;
  try {
    const s = await ingestPaths(files, {
      batchSize, generated: flag('--generated'),
      onFile: (_f, ok) => { filesSeen++; if (!ok) failed++; bar.update(filesSeen, { failed }); },
      onProgress: (p) => { docs = p.documents; bar.update(filesSeen, { docs, rate: (docs / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) }); },
    });
    bar.update(files.length, { docs: s.documents, rate: (s.documents / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0), failed: s.failed.length });
    bar.stop();
    for (const f of s.failed) process.stderr.write(`skipped ${f.source}: ${f.message}\n`);
    const secs = (Date.now() - started) / 1000;
    process.stdout.write([
      `Loaded into ${currentSettings().uri} in ${secs.toFixed(1)} s (${(s.documents / Math.max(secs, 0.001)).toFixed(0)} documents/s):`,
      `  files            ${s.files} (${s.failed.length} failed)`,
      `  documents        ${s.documents}`,
      `    loaded         ${s.loaded}`,
      `    updated        ${s.updated}`,
      `    unchanged      ${s.unchanged}`,
      `  stubs created    ${s.stubsCreated}`,
      `  stubs upgraded   ${s.stubsUpgraded}`,
      `  unresolved refs  ${s.unresolved}`,
      `  citations        ${s.citations}`,
      `  warnings         ${s.warnings}`,
      '',
    ].join('\n'));
    return s.failed.length && !s.documents ? 1 : 0;
  } catch (e) {
    bar.stop();
    process.stderr.write(`ingest: ${(e as Error).message}\n(nothing of the failed batch was written; run the same command again to resume)\n`);
    return 1;
  } finally {
    await closeDriver().catch(() => undefined);
  }
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'parse': return parseCommand(rest);
    case 'ingest': return ingestCommand(rest);
    case 'serve': await serve(); return await new Promise<number>(() => undefined);
    case 'generate': { const { main: gen } = await import('./generate/cli.js'); await gen(rest); return 0; }
    default:
      process.stderr.write(USAGE);
      return cmd ? 2 : 0;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
});

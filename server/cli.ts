/**
 * Command-line entry: `parse FILE...` prints `{"documents": [...]}` as JSON on stdout.
 * Other subcommands (ingest, serve, generate) are added by their modules.
 */
import fs from 'node:fs';
import { ParseOutput } from './schema';
import { parseText } from './parse';
import { InputError } from './parse/decode';
import { extractText, listInputs } from './io/read';

const USAGE = `Usage:
  parse FILE|FOLDER...   print the parsed documents as JSON ({"documents": [...]}) on stdout
Options for parse:
  --pretty               indent the JSON
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

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'parse': return parseCommand(rest);
    default:
      process.stderr.write(USAGE);
      return cmd ? 2 : 0;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
});

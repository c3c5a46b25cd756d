/**
 * Loads the project's Cypher from cypher/<name>.cypher (one query per file), strips the
 * leading purpose comment and example `:params` block, and caches it. Also applies
 * cypher/schema.cypher (constraints and indexes), idempotently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readQuery, writeQuery } from './driver';

/** Folder holding the .cypher files. */
export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string>();

/**
 * Removes what precedes the query: blank lines, `//` and `/* *\/` comments, and a
 * `:params`/`:param` Browser command (its `{...}` map may span lines).
 * @example stripHeader("// Purpose\n// :params {key: 'k'}\nMATCH (n) RETURN n") // → 'MATCH (n) RETURN n'
 */
export function stripHeader(text: string): string {
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = rest.replace(/^\s+/, '');
    if (trimmed.startsWith('//')) {
      const nl = trimmed.indexOf('\n');
      rest = nl < 0 ? '' : trimmed.slice(nl + 1);
    } else if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/');
      rest = end < 0 ? '' : trimmed.slice(end + 2);
    } else if (/^:params?\b/.test(trimmed)) {
      rest = trimmed.slice(paramsCommandEnd(trimmed));
    } else {
      return trimmed.replace(/[\s;]+$/, '');
    }
  }
}

/** Index just after a `:params {...}` command: its balanced map, or the end of its line. */
function paramsCommandEnd(text: string): number {
  const brace = text.indexOf('{');
  const nl = text.indexOf('\n');
  if (brace < 0 || (nl >= 0 && nl < brace && text.slice(nl, brace).trim() !== '')) return nl < 0 ? text.length : nl + 1;
  let depth = 0;
  let quote: string | undefined;
  for (let i = brace; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The query text of cypher/<name>.cypher (without its header), loaded once and cached.
 * @example await readQuery(cypher('trace-down'), { key: 'tw|CT|11|2020', depth: 3 })
 */
export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw new Error(`Invalid Cypher file name: '${name}'`);
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No Cypher file ${path.relative(process.cwd(), file) || file}`);
  }
  const query = stripHeader(text);
  if (!query) throw new Error(`Cypher file ${file} holds no query`);
  cache.set(name, query);
  return query;
}

/**
 * Splits a Cypher script on `;` outside strings, backtick names and comments, dropping comments
 * and a `:params` header. Used for schema.cypher.
 * @example splitStatements('// x\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.p);\nRETURN \';\';')
 *   // → ['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.p)', "RETURN ';'"]
 */
export function splitStatements(script: string): string[] {
  const text = stripHeader(script);
  const statements: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quote) {
      current += c;
      if (c === '\\' && quote !== '`') {
        current += next ?? '';
        i++;
      } else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if (c === '/' && next === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/**
 * Runs every statement of cypher/schema.cypher in order (all use IF NOT EXISTS, so running it
 * again changes nothing), then waits for the indexes to come online.
 * Returns the statements it ran.
 * @example await applySchema() // → ['CREATE CONSTRAINT document_key IF NOT EXISTS ...', ...]
 */
export async function applySchema(opts: { awaitIndexes?: boolean; timeoutSeconds?: number } = {}): Promise<string[]> {
  const statements = splitStatements(fs.readFileSync(path.join(CYPHER_DIR, 'schema.cypher'), 'utf8'));
  for (const statement of statements) await writeQuery(statement);
  if (opts.awaitIndexes ?? true) {
    await readQuery('CALL db.awaitIndexes($timeoutSeconds)', { timeoutSeconds: opts.timeoutSeconds ?? 300 });
  }
  return statements;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns free text typed by a user into a safe Lucene query for db.index.fulltext.queryNodes:
 * special characters (`/`, `-`, `:`, quotes...) become spaces, so "1093/QĐ-UBND" cannot raise a
 * Lucene syntax error; the words stay OR-ed as Lucene does by default.
 * @example fulltextQuery('1093/QĐ-UBND') // → '1093 QĐ UBND'
 */
export function fulltextQuery(text: string): string {
  return text.normalize('NFC').replace(LUCENE_SPECIAL, ' ').replace(/\b(AND|OR|NOT)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

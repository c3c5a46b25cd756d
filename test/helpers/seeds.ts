/**
 * Test helpers: where the shared seeds and corpus live (read in place, never copied),
 * and small factories for expected objects.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The shared folder: $SHARED_DIR when set, else `../shared` next to the repository (the
 * workplace's layout), else the nearest `shared/` with seeds above the repository.
 */
export const SHARED = findShared();

function findShared(): string {
  if (process.env.SHARED_DIR) return path.resolve(process.env.SHARED_DIR);
  const sibling = path.resolve(__dirname, '../../../shared');
  if (fs.existsSync(path.join(sibling, 'seeds'))) return sibling;
  for (let dir = path.resolve(__dirname, '../../..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared');
    if (fs.existsSync(path.join(candidate, 'seeds'))) return candidate;
    if (path.dirname(dir) === dir) return sibling;
  }
}
export const SEEDS = path.join(SHARED, 'seeds');
export const CORPUS = path.join(SHARED, 'corpus', 'real');

/** The seed file whose name starts with `prefix` ('000', '002', ...). */
export function seedPath(prefix: string): string {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return path.join(SEEDS, f);
}

export function seedText(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), 'utf8');
}

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS, f));
}

/**
 * Helpers shared by the browser tests and the UI benchmark: build the client when its build is
 * missing or stale, and the Chromium that drives it (Debian's, headless).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLIENT = path.join(ROOT, 'client');
export const DIST = path.join(CLIENT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Newest modification time under a folder (dist and node_modules left out). */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Build the client (vite) unless client/dist is newer than every client source and server/schema.ts.
 * @example ensureClientBuilt() // no-op when client/dist is fresh
 */
export function ensureClientBuilt(): void {
  const index = path.join(DIST, 'index.html');
  const sources = Math.max(newest(CLIENT), fs.statSync(path.join(ROOT, 'server', 'schema.ts')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * The graph ids of documents found by exact number through the API (keys are the graph's business).
 * @example await idsByNumber(url, { tb172: '172-TB/TW' }) // → { tb172: '172-TB/TW|central|2020' }
 */
export async function idsByNumber<K extends string>(url: string, numbers: Record<K, string>): Promise<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const [k, n] of Object.entries(numbers) as Array<[K, string]>) {
    const r = await fetch(`${url}/api/documents?number=${encodeURIComponent(n)}`);
    const body = (await r.json()) as { items: Array<{ id: string; number: string }> };
    const hit = body.items.find((i) => i.number === n);
    if (!hit) throw new Error(`no document numbered ${n}`);
    out[k] = hit.id;
  }
  return out;
}

/**
 * Parser throughput benchmark (`npm run bench -- parse`).
 *
 * Builds an in-memory corpus from the seeds and ../shared/corpus/real (whatever exists), repeated
 * until it holds at least 100 MB of UTF-8 text. The repeats share the same string objects, so the
 * corpus itself costs only its distinct size in memory and the memory figures are the parser's.
 * Then, in one process, it alternates rounds of
 *   (a) the baseline: one plain pass of the symbol regex (`symbolRegex()`) over every text, and
 *   (b) the full parse: `parseText` file by file, as uploads and the CLI do,
 * and reports MB/s of each, the parse/baseline time ratio (median over rounds; target ≤ 5),
 * documents and references found, and peak memory (RSS and heap sampled with
 * `process.memoryUsage()` during the passes, and `process.resourceUsage().maxRSS`).
 * Numbers are printed as a table and written to bench-out/parse.json.
 *
 * Options: --mb N (corpus size, default 100), --rounds N (default 3).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../server/parse';
import { symbolRegex } from '../../server/parse/symbols';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, 'bench-out', 'parse.json');
const MB = 1e6;
const TARGET_RATIO = 5;

interface FileText { name: string; text: string; bytes: number }
interface Peak { rss: number; heapUsed: number; heapTotal: number; external: number }
interface Pass { seconds: number; mbPerSec: number; found: number; documents?: number; references?: number }

/** Every readable text file of `dir` (sorted), or none when the folder is absent. */
function readFolder(dir: string): FileText[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    return { name: f, text, bytes: Buffer.byteLength(text, 'utf8') };
  });
}

/**
 * The benchmark corpus: the distinct files, and a list of them repeated to at least `minBytes`.
 * @example buildCorpus(100e6).files.length // → ~4,400 entries over ~300 distinct texts
 */
export function buildCorpus(minBytes: number): { distinct: FileText[]; files: FileText[]; bytes: number } {
  const distinct = [...readFolder(path.join(SHARED, 'seeds')), ...readFolder(path.join(SHARED, 'corpus', 'real'))];
  if (!distinct.length) throw new Error(`no texts found under ${SHARED}/seeds or ${SHARED}/corpus/real`);
  const files: FileText[] = [];
  let bytes = 0;
  while (bytes < minBytes) for (const f of distinct) { files.push(f); bytes += f.bytes; }
  return { distinct, files, bytes };
}

/** Keeps the highest memory figures seen; `sample()` is cheap enough to call every few files. */
class MemoryPeak {
  peak: Peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
  samples = 0;
  sample(): void {
    const m = process.memoryUsage();
    this.samples++;
    if (m.rss > this.peak.rss) this.peak.rss = m.rss;
    if (m.heapUsed > this.peak.heapUsed) this.peak.heapUsed = m.heapUsed;
    if (m.heapTotal > this.peak.heapTotal) this.peak.heapTotal = m.heapTotal;
    if (m.external > this.peak.external) this.peak.external = m.external;
  }
}

const SAMPLE_EVERY = 16;

function baselinePass(files: FileText[], bytes: number, mem: MemoryPeak): Pass {
  let found = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files.length; i++) {
    const re = symbolRegex();
    const text = files[i].text;
    while (re.exec(text)) found++;
    if (i % SAMPLE_EVERY === 0) mem.sample();
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  mem.sample();
  return { seconds, mbPerSec: bytes / MB / seconds, found };
}

function parsePass(files: FileText[], bytes: number, mem: MemoryPeak): Pass {
  let documents = 0;
  let references = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < files.length; i++) {
    const docs = parseText(files[i].text, files[i].name);
    documents += docs.length;
    for (const d of docs) references += d.references.length;
    if (i % SAMPLE_EVERY === 0) mem.sample();
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  mem.sample();
  return { seconds, mbPerSec: bytes / MB / seconds, found: references, documents, references };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const num = (n: number, d = 1) => n.toFixed(d);

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const v = Number(args[at + 1]);
  if (!(v > 0)) throw new Error(`${name} needs a positive number`);
  return v;
}

/**
 * Run the benchmark and write bench-out/parse.json.
 * @example await run(['--mb', '20', '--rounds', '2'])
 */
export async function run(args: string[] = []): Promise<void> {
  const targetMb = option(args, '--mb', 100);
  const rounds = Math.round(option(args, '--rounds', 3));
  const { distinct, files, bytes } = buildCorpus(targetMb * MB);
  const distinctBytes = distinct.reduce((n, f) => n + f.bytes, 0);
  console.log(`parse benchmark: ${files.length} files, ${num(bytes / MB)} MB ` +
    `(${distinct.length} distinct texts, ${num(distinctBytes / MB)} MB, repeated ×${num(files.length / distinct.length)}), ${rounds} rounds`);

  // Warm-up: one parse and one regex pass over the distinct texts, so the JIT has seen the code.
  const warm = new MemoryPeak();
  baselinePass(distinct, distinctBytes, warm);
  parsePass(distinct, distinctBytes, warm);

  const mem = new MemoryPeak();
  mem.sample();
  const gc = (globalThis as { gc?: () => void }).gc;
  const base: Pass[] = [];
  const full: Pass[] = [];
  for (let r = 0; r < rounds; r++) {
    gc?.();
    base.push(baselinePass(files, bytes, mem));
    gc?.();
    full.push(parsePass(files, bytes, mem));
    const b = base[r];
    const p = full[r];
    console.log(`  round ${r + 1}: baseline ${num(b.mbPerSec)} MB/s (${num(b.seconds, 2)} s), parse ${num(p.mbPerSec)} MB/s (${num(p.seconds, 2)} s), ratio ${num(p.seconds / b.seconds, 2)}`);
  }
  const ratios = full.map((p, i) => p.seconds / base[i].seconds);
  const ratio = median(ratios);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const last = full[full.length - 1];

  const rows: Array<[string, string]> = [
    ['corpus', `${num(bytes / MB)} MB in ${files.length} files (${distinct.length} distinct)`],
    ['baseline (symbol regex)', `${num(median(base.map((b) => b.mbPerSec)))} MB/s median  [${base.map((b) => num(b.mbPerSec)).join(', ')}]`],
    ['full parse (parseText)', `${num(median(full.map((p) => p.mbPerSec)))} MB/s median  [${full.map((p) => num(p.mbPerSec)).join(', ')}]`],
    ['ratio parse/baseline', `${num(ratio, 2)} median  [${ratios.map((x) => num(x, 2)).join(', ')}]  target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT MET'}`],
    ['symbols (baseline)', String(base[0].found)],
    ['documents', String(last.documents)],
    ['references', String(last.references)],
    ['peak RSS (sampled)', mib(mem.peak.rss)],
    ['peak RSS (maxRSS)', mib(maxRssBytes)],
    ['peak heap used', mib(mem.peak.heapUsed)],
    ['peak heap total', mib(mem.peak.heapTotal)],
    ['memory samples', String(mem.samples)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log('\n' + rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n'));

  const result = {
    when: new Date().toISOString(),
    node: process.version,
    corpus: { bytes, files: files.length, distinctFiles: distinct.length, distinctBytes },
    rounds,
    baseline: { mbPerSec: median(base.map((b) => b.mbPerSec)), runs: base },
    parse: { mbPerSec: median(full.map((p) => p.mbPerSec)), runs: full },
    ratio: { median: ratio, runs: ratios, target: TARGET_RATIO, met: ratio <= TARGET_RATIO },
    found: { symbols: base[0].found, documents: last.documents, references: last.references },
    memory: {
      peakRssSampled: mem.peak.rss, maxRss: maxRssBytes, peakHeapUsed: mem.peak.heapUsed,
      peakHeapTotal: mem.peak.heapTotal, peakExternal: mem.peak.external, samples: mem.samples,
    },
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), OUT) || OUT}`);
}

/**
 * Tests of the synthetic-corpus generator (server/generate): determinism, consistency of
 * the ground truth with the texts, numbering rules and the hard cases it must produce.
 * Fixtures: none; every corpus here is generated into a temporary folder (N ≤ 2,000).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { generateCorpus } from '../../server/generate/generate';
import { parseArgs, UsageError } from '../../server/generate/cli';
import { formatSymbol, dayOf, civil } from '../../server/generate/model';
import { fmtDate } from '../../server/generate/text';
import { oldStyleTones, applyNoise } from '../../server/generate/noise';
import { buildWorld } from '../../server/generate/authorities';

interface DocRec {
  file: string;
  key: string;
  number: string | null;
  type: string;
  title: string;
  issuer: { name: string; code: string; level: string; province: string | null; branch: string; district: string | null; commune: string | null };
  issuedOn: string;
  level: string;
  province: string | null;
  chainRoot?: string;
}
interface Edge {
  from: string;
  to: string;
  relation: string;
  fromNumber: string;
  toNumber: string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-generate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function hashDir(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else h.update(path.relative(dir, p)).update('\0').update(fs.readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** Splits one CSV line (RFC 4180 quoting). */
function csvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function load(dir: string) {
  const docs: DocRec[] = fs
    .readFileSync(path.join(dir, 'truth/documents.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const lines = fs.readFileSync(path.join(dir, 'truth/edges.csv'), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('from_key,to_key,relation,from_number,to_number');
  const edges: Edge[] = lines.slice(1).map((l) => {
    const [from, to, relation, fromNumber, toNumber] = csvLine(l);
    return { from, to, relation, fromNumber, toNumber };
  });
  const externals = fs
    .readFileSync(path.join(dir, 'truth/external.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { key: string; number: string | null; title: string });
  return { docs, edges, externals };
}

/** Undoes the reversible noise (dashes, spaces, tone placement, NFD) for substring checks. */
function norm(s: string): string {
  return oldStyleTones(s.normalize('NFC'))
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
}

const A = path.join(tmp, 'a');
const B = path.join(tmp, 'b');
const C = path.join(tmp, 'c');
const NOISY = path.join(tmp, 'noisy');
const N = 1500;

beforeAll(async () => {
  await generateCorpus({ docs: N, out: A, seed: 'alpha' });
  await generateCorpus({ docs: N, out: B, seed: 'alpha' });
  await generateCorpus({ docs: N, out: C, seed: 'beta' });
  await generateCorpus({ docs: N, out: NOISY, seed: 'alpha', noise: 0.5 });
});

describe('determinism', () => {
  test('the same seed gives byte-identical output', () => {
    expect(hashDir(A)).toBe(hashDir(B));
  });

  test('different seeds give different corpora', () => {
    expect(hashDir(A)).not.toBe(hashDir(C));
  });

  test('noise changes the texts but never the ground truth', () => {
    for (const f of ['documents.jsonl', 'edges.csv', 'external.jsonl']) {
      expect(fs.readFileSync(path.join(NOISY, 'truth', f)).equals(fs.readFileSync(path.join(A, 'truth', f)))).toBe(true);
    }
    const { docs } = load(A);
    const changed = docs.filter((d) => fs.readFileSync(path.join(A, d.file), 'utf8') !== fs.readFileSync(path.join(NOISY, d.file), 'utf8'));
    expect(changed.length).toBeGreaterThan(N * 0.3);
  });
});

describe('layout and truth', () => {
  test('exactly N documents, sharded folders of at most 1,000 files, unique keys', () => {
    const { docs } = load(A);
    expect(docs).toHaveLength(N);
    expect(new Set(docs.map((d) => d.key)).size).toBe(N);
    for (const shard of fs.readdirSync(path.join(A, 'docs'))) {
      expect(shard).toMatch(/^\d{4}$/);
      expect(fs.readdirSync(path.join(A, 'docs', shard)).length).toBeLessThanOrEqual(1000);
    }
    for (const d of docs) expect(fs.existsSync(path.join(A, d.file))).toBe(true);
  });

  test('records use the documented levels, branches, relations and key format', () => {
    const { docs, edges } = load(A);
    for (const d of docs) {
      expect(['central', 'provincial', 'district', 'commune']).toContain(d.level);
      expect(['party', 'state', 'agency']).toContain(d.issuer.branch);
      expect(d.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const year = d.issuedOn.slice(0, 4);
      expect(d.key.endsWith(`|${year}`)).toBe(true);
      if (d.number) expect(d.key.startsWith(`${d.number}|${d.level === 'central' ? 'central' : d.province}`)).toBe(true);
      if (d.level === 'central') expect(d.province).toBeNull();
    }
    for (const e of edges) expect(['implements', 'based_on', 'attaches', 'amends', 'replaces', 'repeals', 'cites']).toContain(e.relation);
  });

  test('edges only reference generated documents or listed externals', () => {
    const { docs, edges, externals } = load(A);
    const keys = new Set(docs.map((d) => d.key));
    const ext = new Set(externals.map((x) => x.key));
    expect(ext.size).toBe(externals.length);
    for (const e of edges) {
      expect(keys.has(e.from)).toBe(true);
      expect(keys.has(e.to) || ext.has(e.to)).toBe(true);
      expect(keys.has(e.to) && ext.has(e.to)).toBe(false);
    }
    for (const x of externals) expect(keys.has(x.key)).toBe(false);
    expect(externals.length).toBeGreaterThan(0);
  });

  test('every relation occurs', () => {
    const { edges } = load(A);
    const rels = new Set(edges.map((e) => e.relation));
    for (const r of ['implements', 'based_on', 'attaches', 'amends', 'replaces', 'repeals', 'cites']) expect(rels).toContain(r);
  });

  test('cited documents are issued before the citing one', () => {
    const { docs, edges } = load(A);
    const byKey = new Map(docs.map((d) => [d.key, d]));
    for (const e of edges) {
      const to = byKey.get(e.to);
      if (to) expect(to.issuedOn <= byKey.get(e.from)!.issuedOn).toBe(true);
    }
  });
});

describe('texts agree with the truth', () => {
  const check = (dir: string, normalize: (s: string) => string) => {
    const { docs, edges, externals } = load(dir);
    const byKey = new Map(docs.map((d) => [d.key, d]));
    const extByKey = new Map(externals.map((x) => [x.key, x]));
    const texts = new Map<string, string>();
    const textOf = (key: string) => {
      let t = texts.get(key);
      if (t === undefined) {
        t = normalize(fs.readFileSync(path.join(dir, byKey.get(key)!.file), 'utf8'));
        texts.set(key, t);
      }
      return t;
    };
    let checked = 0;
    for (const e of edges) {
      const mention = e.toNumber || byKey.get(e.to)?.title || extByKey.get(e.to)?.title;
      expect(mention).toBeTruthy();
      if (!textOf(e.from).includes(normalize(mention!))) throw new Error(`${e.from} does not mention ${mention} (${e.relation})`);
      checked++;
    }
    expect(checked).toBe(edges.length);
  };

  test('each file holds its own number line', () => {
    const { docs } = load(A);
    for (const d of docs) {
      const text = fs.readFileSync(path.join(A, d.file), 'utf8');
      if (d.number === null) continue;
      const line = d.issuer.branch === 'party' ? `Số ${d.number}` : `Số: ${d.number}`;
      expect(text).toContain(line);
    }
  });

  test('each claimed citation appears in the citing text', () => {
    check(A, (s) => s);
  });

  test('each claimed citation survives noise (up to dashes, spaces, tone placement and NFD)', () => {
    check(NOISY, norm);
  });

  test('citation phrasings of real directives are produced', () => {
    const { docs } = load(A);
    const all = docs.map((d) => fs.readFileSync(path.join(A, d.file), 'utf8')).join('\n');
    for (const re of [
      /Thực hiện (Công văn|Văn bản|Kế hoạch|Chỉ thị|Thông báo kết luận|Kết luận|Công điện|Quyết định|Nghị quyết|Chương trình|Hướng dẫn)[^\n]* số /,
      /Căn cứ Luật [^\n]+ ngày \d{2} tháng \d{2} năm \d{4}/,
      /Căn cứ Nghị định số \d+\/\d{4}\/NĐ-CP/,
      /của (UBND tỉnh|Tỉnh ủy|Ban Thường vụ Tỉnh ủy)[ ,;.]/,
      /các (Chỉ thị|Công văn|Kế hoạch|Quyết định|Công điện|Thông báo kết luận|Nghị quyết|Hướng dẫn|Thông báo) số [^,]+, số /,
      /\(sao gửi kèm theo\)/,
      /V\/v (thực hiện|triển khai|triển khai thực hiện) [^\n]* số [^\n]* về [^\n]* số /,
      /thay thế [^\n]* số /,
      /Bãi bỏ [^\n]* số /,
      /Sửa đổi, bổ sung|sửa đổi, bổ sung/,
      /ngày \d{1,2}-\d{1,2}-\d{4}/,
      /ngày \d{1,2}\/\d{1,2}\/\d{4}/,
      /Kính gửi:/,
      /Nơi nhận:/,
      /TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH/,
      /T\/M BAN THƯỜNG VỤ/,
      /ĐẢNG CỘNG SẢN VIỆT NAM/,
      /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n?.*Độc lập - Tự do - Hạnh phúc/,
    ]) {
      expect(all).toMatch(re);
    }
  });

  test('distractor numbers appear and are never claimed as citations', () => {
    const { docs, edges } = load(A);
    const all = docs.map((d) => fs.readFileSync(path.join(A, d.file), 'utf8')).join('\n');
    expect(all).toMatch(/(Bệnh nhân|BN) số \d+/);
    expect(all).toMatch(/Quốc lộ \d+/);
    expect(all).toMatch(/0\d{2,3}\.\d{4}\.\d{3}/);
    expect(all).toMatch(/phòng số \d+/);
    expect(all).toMatch(/ngõ \d+/);
    for (const e of edges) if (e.toNumber) expect(e.toNumber).toMatch(/[/-]/);
  });

  test('noisy corpora show the OCR-like artefacts', () => {
    const { docs } = load(NOISY);
    const all = docs.map((d) => fs.readFileSync(path.join(NOISY, d.file), 'utf8')).join('\n');
    expect(all).toMatch(/ĐẾN Số: \d+|CÔNG VĂN ĐẾN/);
    expect(all).toMatch(/uỷ/);
    expect(all).toMatch(/\d+ \/[A-ZĐ]|–|\u2011/);
  });

  test('some implementing documents repeat passages of their parent', () => {
    const { docs, edges } = load(A);
    const byKey = new Map(docs.map((d) => [d.key, d]));
    const sentences = (t: string) => new Set(t.split(/(?<=\.)\s+|\n/).filter((s) => s.length > 80));
    let shared = 0;
    for (const e of edges.filter((x) => x.relation === 'implements').slice(0, 300)) {
      const from = byKey.get(e.from);
      const to = byKey.get(e.to);
      if (!from || !to) continue;
      const a = sentences(fs.readFileSync(path.join(A, from.file), 'utf8'));
      const b = sentences(fs.readFileSync(path.join(A, to.file), 'utf8'));
      if ([...a].some((s) => b.has(s))) shared++;
    }
    expect(shared).toBeGreaterThan(10);
  });
});

describe('numbering and identity', () => {
  test('numbers restart each year per issuer and increase within a year', () => {
    const { docs } = load(A);
    const last = new Map<string, { year: string; n: number }>();
    let restarts = 0;
    for (const d of docs) {
      if (!d.number) continue;
      // one numbering series per issuer (scope + code), document type and normative flag
      const s = `${d.key.split('|')[1]}|${d.issuer.code}|${d.type}|${/\/\d{4}\//.test(d.number) ? 'N' : ''}`;
      const n = parseInt(d.number, 10);
      const year = d.issuedOn.slice(0, 4);
      const prev = last.get(s);
      if (prev && prev.year === year) expect(n).toBeGreaterThan(prev.n);
      if (prev && prev.year !== year && n < prev.n) restarts++;
      last.set(s, { year, n });
      // the first days of January carry small numbers
      if (d.issuedOn.slice(5, 10) <= '01-07') expect(n).toBeLessThan(250);
    }
    expect(restarts).toBeGreaterThan(0);
  });

  test('the same symbol occurs in two provinces (identity is issuer + number + year)', () => {
    const { docs } = load(A);
    const provinces = new Map<string, Set<string>>();
    for (const d of docs) {
      if (!d.number || !d.province) continue;
      if (!provinces.has(d.number)) provinces.set(d.number, new Set());
      provinces.get(d.number)!.add(d.province);
    }
    expect([...provinces.values()].some((s) => s.size >= 2)).toBe(true);
  });

  test('propagation reaches every level and keeps chain roots', () => {
    const { docs } = load(A);
    const levels = new Set(docs.map((d) => d.level));
    expect([...levels].sort()).toEqual(['central', 'commune', 'district', 'provincial']);
    const keys = new Set(docs.map((d) => d.key));
    const withRoot = docs.filter((d) => d.chainRoot);
    expect(withRoot.length).toBeGreaterThan(N * 0.3);
    for (const d of withRoot) expect(keys.has(d.chainRoot!)).toBe(true);
  });
});

describe('pieces', () => {
  test.each([
    [[53, 'CV', 'TU', 'party', 2020, false, ''], '53-CV/TU'],
    [[628, 'CV', 'UBND', 'state', 2020, false, 'VX'], '628/UBND-VX'],
    [[1093, 'QĐ', 'UBND', 'state', 2020, false, ''], '1093/QĐ-UBND'],
    [[15, 'NĐ', 'CP', 'state', 2020, true, ''], '15/2020/NĐ-CP'],
    [[5, 'CT', 'TTg', 'state', 2020, false, ''], '05/CT-TTg'],
  ] as const)('formatSymbol %j → %s', (args, expected) => {
    expect(formatSymbol(...(args as unknown as Parameters<typeof formatSymbol>))).toBe(expected);
  });

  test.each([
    ['slash0', '02/12/2020'],
    ['slash', '2/12/2020'],
    ['dash', '2-12-2020'],
    ['long', '02 tháng 12 năm 2020'],
  ] as const)('fmtDate %s', (style, expected) => {
    expect(fmtDate(dayOf(2020, 12, 2), style)).toBe(expected);
  });

  test('calendar round trip', () => {
    for (const [y, m, d] of [
      [2020, 2, 29],
      [2021, 1, 1],
      [1999, 12, 31],
    ]) expect(civil(dayOf(y, m, d))).toEqual({ y, m, d });
  });

  test('old-style tone placement', () => {
    expect(oldStyleTones('Tỉnh ủy, hòa bình, khỏe, thủy lợi, hoàn thành')).toBe('Tỉnh uỷ, hoà bình, khoẻ, thuỷ lợi, hoàn thành');
  });

  test('noise with p = 0 only strips markers', () => {
    expect(applyNoise('Số: \u0001628/UBND-VX\u0002', 1, 0, null)).toBe('Số: 628/UBND-VX');
  });

  test('the world has the 63 provinces with their bodies', () => {
    const w = buildWorld();
    expect(w.provinces).toHaveLength(63);
    expect(new Set(w.provinces.map((p) => p.name)).size).toBe(63);
    const lc = w.provinces.find((p) => p.name === 'Lai Châu')!;
    expect(lc.ubnd.name).toBe('Ủy ban nhân dân tỉnh Lai Châu');
    expect(lc.tu.header).toEqual(['TỈNH ỦY LAI CHÂU']);
    expect(w.provinces.find((p) => p.name === 'Hà Nội')!.tu.name).toBe('Thành ủy Hà Nội');
    for (const p of w.provinces) expect(p.districts.length).toBeGreaterThanOrEqual(4);
  });

  test('command-line parsing', () => {
    expect(parseArgs(['--docs', '10', '--out', '/tmp/x', '--seed=7', '--noise', '0.2'])).toEqual({ docs: 10, out: '/tmp/x', seed: '7', noise: 0.2, force: false, quiet: false });
    expect(() => parseArgs(['--docs', '0', '--out', 'x'])).toThrow(UsageError);
    expect(() => parseArgs(['--docs', '5'])).toThrow(UsageError);
    expect(() => parseArgs(['--docs', '5', '--out', 'x', '--noise', '2'])).toThrow(UsageError);
    expect(() => parseArgs(['--docs', '5', '--out', 'x', '--bogus', '1'])).toThrow(UsageError);
  });
});

/**
 * Text reuse on synthetic texts (server/analytics/reuse.ts): shingles over folded words,
 * alignment into maximal passages with offsets in both texts, the reused share, the passage cap,
 * speed on long texts, and the seed case: 628/UBND-VX repeats points 2.2–2.5 of 172-TB/TW
 * (both documents are in seed 004, read in place from ../shared/seeds).
 */
import fs from 'node:fs';
import { textReuse, tokenize } from '../../server/analytics/reuse';
import { fold } from '../../server/parse/clean';
import { parseText } from '../../server/parse';
import { seedPath } from '../helpers/seeds';

/** Deterministic filler: `n` words from a small invented vocabulary (seeded LCG). */
function words(n: number, seed: number, vocab = 5000): string {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(`w${(x >>> 8) % vocab}`);
  }
  return out.join(' ');
}

/** The words of a slice, folded: what "the same passage" means. */
const foldedWords = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

const PASSAGE =
  'Các xã rà soát toàn bộ hệ thống kênh mương trước mùa mưa lũ, nạo vét những đoạn bị bồi lắng; ' +
  'phát hiện sớm các điểm có nguy cơ sạt lở; bố trí vật tư, phương tiện tại chỗ để xử lý ngay khi có sự cố; báo cáo kết quả trước ngày 15 hằng tháng.';

describe('alignment', () => {
  test('identical texts: one passage, everything reused', () => {
    const r = textReuse(PASSAGE, PASSAGE);
    expect(r.share).toBe(1);
    expect(r.passages).toEqual([{ childStart: 0, childEnd: PASSAGE.length - 1, parentStart: 0, parentEnd: PASSAGE.length - 1, words: r.childWords }]);
  });

  test('a copied passage inside new text maps back to the same words in both texts', () => {
    const parent = `${words(300, 1)} ${PASSAGE} ${words(200, 2)}`;
    const child = `Ủy ban nhân dân tỉnh yêu cầu: ${words(50, 3)}. ${PASSAGE} Các sở báo cáo kết quả.`;
    const r = textReuse(child, parent);
    expect(r.passages).toHaveLength(1);
    const p = r.passages[0];
    expect(child.slice(p.childStart, p.childEnd)).toBe(PASSAGE.slice(0, -1));
    expect(parent.slice(p.parentStart, p.parentEnd)).toBe(PASSAGE.slice(0, -1));
    const n = foldedWords(PASSAGE).length;
    expect(p.words).toBe(n);
    expect(r.reusedWords).toBe(n);
    expect(r.share).toBeCloseTo(n / r.childWords, 10);
  });

  test('case, diacritics and punctuation do not matter (folded words)', () => {
    const parent = `${words(40, 4)} ${PASSAGE}`;
    const child = fold(PASSAGE).replace(/[,;:.]/g, ' ').toUpperCase();
    const r = textReuse(child, parent);
    expect(r.share).toBe(1);
    expect(foldedWords(parent.slice(r.passages[0].parentStart, r.passages[0].parentEnd))).toEqual(foldedWords(PASSAGE));
  });

  test('NFD text: offsets point into the text as given', () => {
    const child = `${words(20, 5)} ${PASSAGE.normalize('NFD')} ${words(20, 6)}`;
    const r = textReuse(child, PASSAGE);
    expect(r.passages).toHaveLength(1);
    const slice = child.slice(r.passages[0].childStart, r.passages[0].childEnd);
    expect(slice.normalize('NFC')).toBe(PASSAGE.slice(0, -1));
  });

  test('one changed word: merged across a gap of up to 2 words, split with gap 0', () => {
    const parent = `${words(50, 7)} ${PASSAGE} ${words(50, 8)}`;
    const changed = PASSAGE.replace('phát hiện sớm', 'phát hiện thật sớm');
    const child = `${words(30, 9)} ${changed}`;
    const merged = textReuse(child, parent);
    expect(merged.passages).toHaveLength(1);
    expect(merged.passages[0].words).toBe(foldedWords(changed).length);
    const split = textReuse(child, parent, { gap: 0 });
    expect(split.passages).toHaveLength(2);
    expect(split.reusedWords).toBe(foldedWords(PASSAGE).length);
  });

  test('fewer than 8 words in common make no passage; a shorter shingle finds them', () => {
    const parent = `${words(30, 10)} phòng chống dịch bệnh theo nguyên tắc ${words(30, 11)}`;
    const child = `${words(30, 12)} phòng chống dịch bệnh theo nguyên tắc ${words(30, 13)}`;
    expect(textReuse(child, parent).passages).toEqual([]);
    expect(textReuse(child, parent, { shingle: 6 }).passages).toHaveLength(1);
  });

  test('unrelated texts share nothing', () => {
    const r = textReuse(words(2000, 14), words(2000, 15, 1_000_000));
    expect([r.share, r.passages, r.passageCount]).toEqual([0, [], 0]);
  });

  test('the national motto every document carries is not reuse', () => {
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
    const r = textReuse(`${motto}\n${words(100, 16)}`, `${motto}\n${words(100, 17)}`);
    expect(r.passages).toEqual([]);
  });

  test('points repeated in another order: one passage each, in child order, parent offsets going back', () => {
    const a = 'Tổ chức tập huấn cho cán bộ cơ sở về kỹ năng ứng phó thiên tai, hướng dẫn người dân chủ động gia cố nhà cửa, chuồng trại trước mùa bão.';
    const b = 'Huy động dân quân, đoàn viên thanh niên tham gia khơi thông dòng chảy, thu dọn vật cản trên các tuyến đường liên xã sau mỗi đợt mưa lớn.';
    const parent = `${a} ${words(40, 18)} ${b}`;
    const child = `${b} ${words(40, 19)} ${a}`;
    const r = textReuse(child, parent);
    expect(r.passages).toHaveLength(2);
    expect(r.passages[0].childStart).toBeLessThan(r.passages[1].childStart);
    expect(r.passages[0].parentStart).toBeGreaterThan(r.passages[1].parentStart);
  });

  test('the passage cap keeps the longest, the share counts them all', () => {
    const parts: string[] = [];
    for (let i = 0; i < 30; i++) parts.push(words(10 + i, 100 + i));
    const parent = parts.join(' . zzz . ');
    const child = parts.map((p, i) => `${p} unique${i}a unique${i}b unique${i}c`).join(' ');
    const r = textReuse(child, parent, { maxPassages: 5 });
    expect(r.passageCount).toBe(30);
    expect(r.passages).toHaveLength(5);
    expect(r.passages.map((p) => p.words)).toEqual([35, 36, 37, 38, 39]);
    expect(r.reusedWords).toBe(parts.reduce((s, p) => s + p.split(' ').length, 0));
  });

  test('tokenize interns folded words and keeps their offsets', () => {
    const dict = new Map<number, number>();
    const w = tokenize('Chỉ thị số 16/CT-TTg, chỉ THỊ', dict);
    expect([...w.ids]).toEqual([0, 1, 2, 3, 4, 5, 0, 1]);
    expect([...w.starts]).toEqual([0, 4, 8, 11, 14, 17, 22, 26]);
    expect([...w.ends]).toEqual([3, 7, 10, 13, 16, 20, 25, 29]);
  });
});

describe('speed', () => {
  // Bounds are loose on purpose (a busy CI box): about 0.5 s here; a quadratic alignment would take minutes.
  test('long documents stay fast (linear): 350,000 + 200,000 words', () => {
    const parent = words(200_000, 20, 20_000);
    const child = `${words(100_000, 21, 20_000)} ${parent.slice(0, 500_000)} ${words(50_000, 22, 20_000)}`;
    const t0 = performance.now();
    const r = textReuse(child, parent);
    const ms = performance.now() - t0;
    expect(r.passages.length).toBeGreaterThanOrEqual(1);
    expect(r.passages[0].words).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(20_000);
  });

  test('highly repetitive texts do not go quadratic (candidates per window are capped)', () => {
    const sentence = 'các sở ban ngành thực hiện nghiêm túc các nội dung chỉ đạo của tỉnh';
    const parent = Array.from({ length: 5000 }, (_, i) => `${sentence} ${i % 7}`).join(' ');
    const child = Array.from({ length: 5000 }, (_, i) => `${sentence} ${i % 5}`).join(' ');
    const t0 = performance.now();
    const r = textReuse(child, parent);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.share).toBeGreaterThan(0.9);
  });
});

describe('the seeds: 628/UBND-VX repeats points 2.2–2.5 of 172-TB/TW', () => {
  const text = fs.readFileSync(seedPath('004'), 'utf8');
  const docs = parseText(text, 'seed-004');
  const child = docs.find((d) => d.number === '628/UBND-VX')!;
  const parent = docs.find((d) => d.number === '172-TB/TW')!;
  const childText = text.slice(child.start, child.end);
  const parentText = text.slice(parent.start, parent.end);
  const r = textReuse(childText, parentText);
  const from = parentText.indexOf('2.2. Tập trung');
  const to = parentText.indexOf('2.6. Tiếp tục');

  test('more than a fifth of 628 is reused', () => {
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    expect(r.share).toBeGreaterThan(0.2);
  });

  test('most reused words come from points 2.2–2.5, and each of the four points is repeated', () => {
    const inside = r.passages.filter((p) => p.parentStart >= from && p.parentEnd <= to);
    const insideWords = inside.reduce((s, p) => s + p.words, 0);
    expect(insideWords / r.reusedWords).toBeGreaterThan(0.5);
    for (const point of ['2.2.', '2.3.', '2.4.', '2.5.']) {
      // Search from point 2.2 on: the receipt stamp '22.3.20' above also holds '2.3.'.
      const start = parentText.indexOf(`${point} `, from);
      const end = parentText.indexOf(`2.${Number(point[2]) + 1}. `, from);
      expect(inside.some((p) => p.parentStart >= start && p.parentEnd <= end)).toBe(true);
    }
  });

  test('each passage is the same words in both texts', () => {
    for (const p of r.passages) {
      const a = foldedWords(childText.slice(p.childStart, p.childEnd));
      const b = foldedWords(parentText.slice(p.parentStart, p.parentEnd));
      // merged passages may differ by up to 2 words per gap; unmerged ones are identical
      expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(4);
      expect(a.slice(0, 8)).toEqual(b.slice(0, 8));
      expect(a.slice(-8)).toEqual(b.slice(-8));
    }
  });
});

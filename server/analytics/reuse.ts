/**
 * Text reuse (pure): the passages a child document repeats from its parent, found with word
 * n-gram shingles and aligned into maximal passages with character offsets in both texts.
 *
 *  1. Both texts are folded (`fold` of server/parse/clean.ts: lower case, no diacritics, one
 *     output unit per input unit, so offsets carry over) and split into words (letters and
 *     digits, combining marks ignored) with a table-driven scan; words are interned to integers
 *     shared by the two texts.
 *  2. Every window of `shingle` words (default 8) gets a 32-bit polynomial rolling hash; the
 *     parent's windows go into a hash → positions chain (a Map plus an Int32Array).
 *  3. The child is scanned left to right: at a window whose hash the parent holds, each
 *     candidate position (at most `maxCandidates`) is verified word by word and extended forward
 *     as long as the words agree; the longest extension becomes a passage and the scan jumps past
 *     it. Adjacent matching windows thus merge into one maximal passage, and the work is linear
 *     in the two lengths (each child word is extended over at most `maxCandidates` times).
 *  4. Passages that follow each other in both texts with at most `gap` words between them (a
 *     word changed or inserted) are merged.
 *  5. share = child words inside passages / child words. Passages are capped at `maxPassages`
 *     (the longest kept, returned in child order); the share counts all of them.
 * Windows made only of boilerplate every document carries (the national motto) never start a
 * passage.
 */
import { fold } from '../parse/clean';
import type { ReuseAlignment, ReusePassage } from './schema';

/** Options of {@link textReuse}. */
export interface ReuseOptions {
  /** Words per shingle (default 8). */
  shingle?: number;
  /** Passages kept (default 100). */
  maxPassages?: number;
  /** Words allowed between two passages merged into one (default 2). */
  gap?: number;
  /** Parent positions tried per matching window (default 16). */
  maxCandidates?: number;
}

export const DEFAULT_SHINGLE = 8;
export const DEFAULT_MAX_PASSAGES = 100;

/** Text every document of a kind carries; windows inside it never start a passage. */
const BOILERPLATE = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập - Tự do - Hạnh phúc',
  'Đảng Cộng sản Việt Nam Ban Chấp hành Trung ương',
];

/** Words of a text: interned ids and character offsets. */
export interface Words {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** Per UTF-16 unit: 1 = part of a word (letter, digit, surrogate), 2 = combining mark (inside a word, ignored), 0 = separator. */
const CLASS = (() => {
  const t = new Uint8Array(65536);
  const word = /^[\p{L}\p{N}]$/u;
  const mark = /^\p{M}$/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 1;
    else {
      const ch = String.fromCharCode(c);
      t[c] = word.test(ch) ? 1 : mark.test(ch) ? 2 : 0;
    }
  }
  return t;
})();

/**
 * Splits a text into folded words (letters and digits; combining marks inside a word are
 * ignored, so NFD text gives the same words as NFC), interning them in `dict` (keyed by a 53-bit
 * hash of the folded word: two 32-bit FNV-1a variants, so no substring is built per word).
 * @example tokenize('Chỉ thị số 16', new Map()).ids // → Int32Array [0, 1, 2, 3]
 */
export function tokenize(text: string, dict: Map<number, number>): Words {
  const folded = fold(text);
  const n = folded.length;
  const cap = (n >> 1) + 1;
  const ids = new Int32Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = folded.charCodeAt(i);
    if (CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    let letters = 0;
    for (; i < n; i++) {
      c = folded.charCodeAt(i);
      const k = CLASS[c];
      if (k === 0) break;
      if (k === 1) {
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
        letters++;
      }
    }
    if (!letters) continue;
    const key = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff); // 32 + 21 bits: exact in a double
    let id = dict.get(key);
    if (id === undefined) dict.set(key, (id = dict.size));
    ids[count] = id;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { ids: ids.slice(0, count), starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

const BASE = 0x01000193;

/** Rolling hashes of every `k`-word window (k ≤ length). */
function shingleHashes(ids: Int32Array, k: number): Uint32Array {
  const n = ids.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  let top = 1; // BASE^(k-1) mod 2^32
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE);
  const out = new Uint32Array(n);
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + ids[i] + 1) | 0;
  out[0] = h >>> 0;
  for (let i = 1; i < n; i++) {
    h = (Math.imul(h - Math.imul(ids[i - 1] + 1, top), BASE) + ids[i + k - 1] + 1) | 0;
    out[i] = h >>> 0;
  }
  return out;
}

function sameWords(a: Int32Array, i: number, b: Int32Array, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (a[i + t] !== b[j + t]) return false;
  return true;
}

/** A passage in word indexes, end exclusive. */
interface WordPassage { cs: number; ce: number; ps: number; pe: number }

/**
 * Aligns two word sequences into maximal matching passages (word indexes), steps 2–4 above.
 * @example alignWords(tokenize(a, d).ids, tokenize(b, d).ids, 8, 2, 16, new Set())
 */
export function alignWords(child: Int32Array, parent: Int32Array, k: number, gap: number, maxCandidates: number, skip: ReadonlySet<number>): WordPassage[] {
  const hc = shingleHashes(child, k);
  const hp = shingleHashes(parent, k);
  if (!hc.length || !hp.length) return [];
  const head = new Map<number, number>();
  const next = new Int32Array(hp.length).fill(-1);
  // Chains run from the first position on, so candidates are tried in text order.
  for (let j = hp.length - 1; j >= 0; j--) {
    const prev = head.get(hp[j]);
    if (prev !== undefined) next[j] = prev;
    head.set(hp[j], j);
  }
  const found: WordPassage[] = [];
  let i = 0;
  while (i < hc.length) {
    const h = hc[i];
    let j = skip.has(h) ? undefined : head.get(h);
    let bestJ = -1;
    let bestL = 0;
    for (let tries = 0; j !== undefined && j >= 0 && tries < maxCandidates; tries++, j = next[j]) {
      if (!sameWords(child, i, parent, j, k)) continue;
      let l = k;
      while (i + l < child.length && j + l < parent.length && child[i + l] === parent[j + l]) l++;
      if (l > bestL) {
        bestL = l;
        bestJ = j;
      }
    }
    if (bestJ < 0) {
      i++;
      continue;
    }
    found.push({ cs: i, ce: i + bestL, ps: bestJ, pe: bestJ + bestL });
    i += bestL;
  }
  const merged: WordPassage[] = [];
  for (const p of found) {
    const last = merged[merged.length - 1];
    if (last && p.cs - last.ce <= gap && p.ps >= last.pe && p.ps - last.pe <= gap) {
      last.ce = p.ce;
      last.pe = p.pe;
    } else merged.push({ ...p });
  }
  return merged;
}

const skipCache = new Map<number, { dictBase: Map<number, number>; hashes: Set<number> }>();

/** Hashes of the boilerplate windows, with words interned in `dict` (added before the texts'). */
function boilerplateHashes(dict: Map<number, number>, k: number): Set<number> {
  const out = new Set<number>();
  for (const phrase of BOILERPLATE) {
    const w = tokenize(phrase, dict);
    for (const h of shingleHashes(w.ids, k)) out.add(h);
  }
  return out;
}

/**
 * The text the child repeats from the parent (see the file header). Offsets are UTF-16 indices
 * into the given texts, end exclusive.
 * @example
 *   const r = textReuse(child, parent);
 *   r.share // → 0.42
 *   r.passages[0] // → { childStart: 812, childEnd: 1030, parentStart: 4410, parentEnd: 4626, words: 41 }
 */
export function textReuse(childText: string, parentText: string, opts: ReuseOptions = {}): ReuseAlignment {
  const k = Math.max(2, opts.shingle ?? DEFAULT_SHINGLE);
  const maxPassages = opts.maxPassages ?? DEFAULT_MAX_PASSAGES;
  const dict = new Map<number, number>();
  // Boilerplate words first: their ids (and so their window hashes) are the same on every call.
  let cached = skipCache.get(k);
  if (!cached) {
    const base = new Map<number, number>();
    cached = { dictBase: base, hashes: boilerplateHashes(base, k) };
    skipCache.set(k, cached);
  }
  for (const [w, id] of cached.dictBase) dict.set(w, id);
  const c = tokenize(childText, dict);
  const p = tokenize(parentText, dict);
  const passages = alignWords(c.ids, p.ids, k, Math.max(0, opts.gap ?? 2), Math.max(1, opts.maxCandidates ?? 16), cached.hashes);
  const reusedWords = passages.reduce((s, x) => s + (x.ce - x.cs), 0);
  const kept = passages.length > maxPassages
    ? [...passages].sort((a, b) => b.ce - b.cs - (a.ce - a.cs) || a.cs - b.cs).slice(0, maxPassages).sort((a, b) => a.cs - b.cs)
    : passages;
  const out: ReusePassage[] = kept.map((x) => ({
    childStart: c.starts[x.cs],
    childEnd: c.ends[x.ce - 1],
    parentStart: p.starts[x.ps],
    parentEnd: p.ends[x.pe - 1],
    words: x.ce - x.cs,
  }));
  return {
    share: c.ids.length ? reusedWords / c.ids.length : 0,
    childWords: c.ids.length,
    parentWords: p.ids.length,
    reusedWords,
    passageCount: passages.length,
    passages: out,
    shingle: k,
  };
}

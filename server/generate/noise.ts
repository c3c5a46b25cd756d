/**
 * OCR-like noise for the synthetic corpus: stray spaces and odd dashes inside symbols,
 * symbols broken across lines, old-style tone placement (uỷ, hoà), an occasional dropped
 * diacritic in ordinary words, broken paragraphs, NFD text and incoming receipt stamps.
 * Noise only changes how a text is written, never which documents it cites: citation
 * phrases are protected from diacritic loss and symbols keep their characters.
 */
import { Rng } from './rng';
import { civil } from './model';
import { SYM_OPEN, SYM_CLOSE, PROT_OPEN, PROT_CLOSE, stripMarkers } from './text';

const OLD_TONES: [string, string][] = [];
{
  const pairs: [string, string, string][] = [
    ['o', 'a', 'òóỏõọ|àáảãạ'],
    ['o', 'e', 'òóỏõọ|èéẻẽẹ'],
    ['u', 'y', 'ùúủũụ|ỳýỷỹỵ'],
  ];
  for (const [v1, v2, marks] of pairs) {
    const [a, b] = marks.split('|');
    for (let i = 0; i < a.length; i++) {
      OLD_TONES.push([a[i] + v2, v1 + b[i]]);
      OLD_TONES.push([a[i].toLocaleUpperCase('vi') + v2.toUpperCase(), v1.toUpperCase() + b[i].toLocaleUpperCase('vi')]);
    }
  }
}
const OLD_RE = new RegExp(`(${OLD_TONES.map(([n]) => n).join('|')})(?![a-zA-Zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ])`, 'g');
const OLD_MAP = new Map(OLD_TONES);

/**
 * Rewrites new-style tone placement to the old style.
 *
 * @example
 * oldStyleTones('Tỉnh ủy, hòa bình, khỏe') // 'Tỉnh uỷ, hoà bình, khoẻ'
 */
export function oldStyleTones(s: string): string {
  return s.replace(OLD_RE, (m) => OLD_MAP.get(m) ?? m);
}

/**
 * Strips Vietnamese diacritics from a word.
 *
 * @example
 * stripDiacritics('phòng, chống') // 'phong, chong'
 */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

function distortSymbol(s: string, r: Rng): string {
  switch (r.int(0, 5)) {
    case 0:
      return s.replace('/', ' /').replace(/-(?=[^-]*$)/, ' - ');
    case 1:
      return s.replace(/-/g, '–');
    case 2:
      return s.replace(/-/g, '\u2011');
    case 3: {
      const i = s.indexOf('/');
      return i > 0 ? s.slice(0, i + 1) + '\n' + s.slice(i + 1) : s;
    }
    case 4:
      return s.replace('/', ' / ');
    default: {
      const i = s.lastIndexOf('-');
      return i > 0 ? s.slice(0, i + 1) + '\n' + s.slice(i + 1) : s.replace('/', '/ ');
    }
  }
}

export interface StampInfo {
  /** Receiving office, in capitals. */
  receiver: string;
  day: number;
}

function stamp(info: StampInfo, r: Rng): string {
  const { y, m, d } = civil(info.day + r.int(0, 3));
  const n = r.int(12, 4800);
  const yy = String(y).slice(2);
  switch (r.int(0, 2)) {
    case 0:
      return `${info.receiver}\nĐẾN Số: ${n}\nNgày: ${d}.${m}.${yy}`;
    case 1:
      return `${info.receiver}\nCÔNG VĂN ĐẾN\nSố: ${n}\nNgày ${d}/${m}/${y}\nChuyển: .....`;
    default:
      return `${info.receiver}\nĐẾN Số: ${n}\nNgày: ${d}.${m}.${yy}\nChuyển: ${d}.${m}.${yy}`;
  }
}

/**
 * Applies noise to a marked text with probability `p` (per document) and removes markers.
 * With p = 0 the result is just `stripMarkers(marked)`.
 *
 * @example
 * applyNoise('Số: \u0001628/UBND-VX\u0002', 42, 0) // 'Số: 628/UBND-VX'
 */
export function applyNoise(marked: string, seed: number, p: number, st: StampInfo | null): string {
  if (!(p > 0)) return stripMarkers(marked);
  const r = new Rng(seed);
  if (!r.chance(p)) return stripMarkers(marked);
  let text = marked;
  // 1. symbols
  const symP = r.range(0.3, 0.8);
  text = text.replace(new RegExp(`${SYM_OPEN}([^${SYM_CLOSE}]*)${SYM_CLOSE}`, 'g'), (_, s: string) => (r.chance(symP) ? distortSymbol(s, r) : s));
  // 2. dropped diacritics outside citation phrases
  const dropP = r.range(0.002, 0.015);
  const parts = text.split(new RegExp(`(${PROT_OPEN}[^${PROT_CLOSE}]*${PROT_CLOSE})`));
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(/[a-zà-ỹđ]{2,}/g, (w) => (r.chance(dropP) ? stripDiacritics(w) : w));
  }
  text = parts.join('');
  text = stripMarkers(text);
  // 3. old-style tone placement
  if (r.chance(0.6)) text = oldStyleTones(text);
  // 4. paragraph broken across a blank line
  if (r.chance(0.3)) {
    const lines = text.split('\n');
    const idx = lines.findIndex((l, i) => i > 10 && l.length > 200);
    if (idx > 0) {
      const l = lines[idx];
      const cut = l.indexOf(' ', Math.floor(l.length / 2));
      if (cut > 0) lines.splice(idx, 1, l.slice(0, cut), '', l.slice(cut + 1));
    }
    text = lines.join('\n');
  }
  // 5. receipt stamp after the place-date line
  if (st && r.chance(0.6)) {
    const lines = text.split('\n');
    const idx = lines.findIndex((l) => /, ngày \d/.test(l));
    lines.splice(idx >= 0 ? idx + 1 : 0, 0, '', stamp(st, r), '');
    text = lines.join('\n');
  }
  // 6. decomposed Unicode
  if (r.chance(0.1)) text = text.normalize('NFD');
  return text;
}

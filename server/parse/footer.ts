/**
 * The closing of one document: the Nơi nhận (copy-to) list and the signature block
 * (capacity lines such as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", then the name).
 * Handwritten notes after the signature (seed 004) are not the signer.
 */
import type { Signer } from '../schema';
import { fold } from './clean';
import { readList } from './header';
import { Line, capacitiesIn, isBlank, personName } from './lines';

export interface Footer { cc: string[]; signer: Signer | null; tmBody: string | null }

/**
 * Read the closing of the document spanning `lines[first..last]`.
 * @example readFooter(lines, 0, 80).signer → {name: 'Tổng Thanh Hải', capacity: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH'}
 */
export function readFooter(lines: Line[], first: number, last: number, skip: Set<number>): Footer {
  // The last "Nơi nhận" of the document opens the closing.
  let noiNhan = -1;
  for (let i = last; i >= first && i >= last - 200; i--) if (/^\W{0,4}noi nhan\b/.test(lines[i].f.slice(0, 40))) { noiNhan = i; break; }
  const cc = noiNhan >= 0
    ? readList(lines, noiNhan, last, /^\W{0,4}noi nhan\b/, skip)
        .map((s) => s.replace(/\b(TM|T\/M|KT|K\/T|TL|T\/L)\.?\s+[\p{Lu} ]+$/u, '').replace(/\s[\p{Lu}ƢƯ ]{6,}$/u, '').trim())
        .filter((s) => s && !/^(lưu|như trên)\b/i.test(s))
    : [];
  const from = Math.max(first, noiNhan >= 0 ? noiNhan : last - 40);
  const capacity: string[] = [];
  let lastCap = -1;
  let tmBody: string | null = null;
  for (let i = from; i <= last; i++) {
    const caps = capacitiesIn(lines[i].text);
    if (!caps.length) continue;
    for (const c of caps) {
      if (!capacity.includes(c)) capacity.push(c);
      const tm = /^(TM|T\/M)\s?[.:]?\s+(.+)$/u.exec(c);
      if (tm) tmBody = tm[2].trim();
    }
    lastCap = i;
  }
  let name: string | null = null;
  if (lastCap >= 0) {
    for (let i = lastCap + 1; i <= Math.min(last, lastCap + 12) && !name; i++) {
      if (isBlank(lines[i])) continue;
      name = personName(lines[i].text);
    }
  }
  if (!name) {
    // No capacity block (seeds 002, 003): the last name-like line near the end.
    let seen = 0;
    for (let i = last; i >= from && seen < 8 && !name; i--) {
      if (isBlank(lines[i])) continue;
      seen++;
      name = personName(lines[i].text);
    }
  }
  const signer = name ? { name, capacity: capacity.length ? capacity.join(', ') : null } : null;
  return { cc, signer, tmBody };
}

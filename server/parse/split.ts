/**
 * Splitting a file into documents. A file may hold a letter with another document attached
 * after it (seed 004: a provincial letter, then the Politburo conclusion it forwards).
 * A new document starts at a header cluster — at least two of motto, number line and
 * place-date line within a few lines — that comes after the previous document's closing
 * ("Nơi nhận", a signature capacity).
 */
import { fold } from './clean';
import { Line, capacitiesIn, isBlank, isPlaceDateLine, mottoAt, numberLineAt } from './lines';
import { isAllCaps } from './issuers';

export interface Span { start: number; end: number; firstLine: number; lastLine: number }

const CLOSING_HINT = /^[\W]{0,4}(N[ơƠoO]|T\/?[MmLl]|K\/?[Tt])/u;
const ANCHOR_HINT = /[Nn][Gg][ÀàAaÁá]?[Yy]|[Tt][Hh][ÁáAa][Nn][Gg]|[Ss][ốỐoOôÔéÉóÓ6]|[ĐđDd][ẢảAa][Nn][Gg]|[Hh][ÒòÓóOoỘộ][Aa]|[Đđ][ộỘọoO][Cc]|[Xx][Ãã][Hh]/u;

type Anchor = { line: number; kind: 'motto' | 'number' | 'date' };

/**
 * Document spans over the file's lines.
 * @example splitDocuments(lines) → [{start: 0, end: 9876, ...}, {start: 9877, end: 16459, ...}]
 */
export function splitDocuments(lines: Line[], textLength: number): Span[] {
  const anchors: Anchor[] = [];
  const closings: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length > 200 || t.length < 4) continue;
    // Cheap filters on the raw line before folding it.
    if (CLOSING_HINT.test(t)) {
      const f = lines[i].f;
      if (/^\W*noi nhan\b/.test(f)) closings.push(i);
      else if (/^\W*(tm|t\/m|kt|k\/t|tl|t\/l)\b/.test(f) && capacitiesIn(t).length) closings.push(i);
    }
    if (t.length > 120 || !ANCHOR_HINT.test(t)) continue;
    const f = lines[i].f;
    if (mottoAt(f) >= 0) anchors.push({ line: i, kind: 'motto' });
    else if (t.includes('/') && numberLineAt(t) >= 0) anchors.push({ line: i, kind: 'number' });
    else if (/ngay|thang|nam/.test(f) && isPlaceDateLine(f)) anchors.push({ line: i, kind: 'date' });
  }
  // Cluster anchors that lie within 12 lines of each other.
  const clusters: Anchor[][] = [];
  for (const a of anchors) {
    const last = clusters[clusters.length - 1];
    if (last && a.line - last[last.length - 1].line <= 12) last.push(a);
    else clusters.push([a]);
  }
  const starts: number[] = [0];
  let ci = 0;
  for (const cl of clusters) {
    const first = cl[0].line;
    const docStart = starts[starts.length - 1];
    if (first === 0 || new Set(cl.map((a) => a.kind)).size < 2) continue;
    // The last closing line between this document's start and the cluster.
    while (ci < closings.length && closings[ci] <= docStart) ci++;
    let k = ci;
    while (k + 1 < closings.length && closings[k + 1] < first) k++;
    if (k >= closings.length || closings[k] >= first || closings[k] <= docStart) continue;
    if (isAnnexOrTemplate(lines, cl)) continue;
    starts.push(backToIssuerLines(lines, first, closings[k]));
  }
  const spans: Span[] = [];
  for (let k = 0; k < starts.length; k++) {
    const firstLine = starts[k];
    const lastLine = k + 1 < starts.length ? starts[k + 1] - 1 : lines.length - 1;
    const start = k === 0 ? 0 : lines[firstLine].start;
    const end = k + 1 < starts.length ? lines[starts[k + 1]].start : textLength;
    spans.push({ start, end, firstLine, lastLine });
  }
  return spans;
}

/** Walk back from a header cluster over the issuer's capitalised lines ("BAN CHẤP HÀNH TRUNG ƯƠNG"). */
function backToIssuerLines(lines: Line[], first: number, floor: number): number {
  let start = first;
  let seen = 0;
  for (let i = first - 1; i > floor && seen < 4; i--) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (l.text.length <= 80 && isAllCaps(l.text) && !/^\s*[-+•]/.test(l.text)) { start = i; seen++; continue; }
    break;
  }
  return start;
}

/**
 * Forms and annexes repeat a header ("Mẫu KM-6 (Phụ lục ban hành kèm theo Thông tư ...)") or carry
 * a blank one ("Số: ..../QĐ-...", "ngày ... tháng ... năm 200..."): they belong to the document before.
 */
function isAnnexOrTemplate(lines: Line[], cl: Anchor[]): boolean {
  const first = cl[0].line;
  for (let i = Math.max(0, first - 5); i <= cl[cl.length - 1].line; i++) {
    const f = lines[i].f.slice(0, 160);
    if (/^\W{0,3}(mau|phu luc)\b/.test(f) || /ban hanh kem theo/.test(f)) return true;
  }
  let numbered = false;
  let dated = false;
  for (const a of cl) {
    const f = lines[a.line].f;
    if (a.kind === 'number' && /(so|s0)\W{0,4}\d/.test(f)) numbered = true;
    if (a.kind === 'date' && /ngay\W{0,3}\d/.test(f) && /nam\s*\d{4}/.test(f)) dated = true;
  }
  return !numbered && !dated;
}

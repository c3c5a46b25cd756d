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
    const f = fold(t);
    if (/^\W*noi nhan\b/.test(f)) closings.push(i);
    else if (capacitiesIn(t).length && /^\W*(tm|t\/m|kt|k\/t|tl|t\/l)\b/.test(f)) closings.push(i);
    if (t.length > 120) continue;
    if (mottoAt(f) >= 0) anchors.push({ line: i, kind: 'motto' });
    else if (numberLineAt(t) >= 0 && /\d/.test(f) && /\//.test(f)) anchors.push({ line: i, kind: 'number' });
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
  for (const cl of clusters) {
    const first = cl[0].line;
    const docStart = starts[starts.length - 1];
    if (first === 0 || new Set(cl.map((a) => a.kind)).size < 2) continue;
    const closing = closings.filter((c) => c > docStart && c < first);
    if (!closing.length) continue;
    starts.push(backToIssuerLines(lines, first, closing[closing.length - 1]));
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

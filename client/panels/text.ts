/**
 * A document's full text rendered as text, with every reference highlighted at its offsets
 * and clickable to open the cited document. Only text nodes and <a> elements are created.
 */
import type { Citation } from '../../server/schema';
import { h } from '../dom';

export interface Mark { start: number; end: number; id: string; relation: string; label: string }
export interface Segment { text: string; mark?: Mark }

/**
 * The reference marks of a document: one per mention, sorted, overlaps and bad offsets dropped.
 * @example marksOf([{id: 'x', start: 5, end: 9, mentions: [], ...}], 20)
 */
export function marksOf(references: Citation[], textLength: number): Mark[] {
  const all: Mark[] = [];
  for (const r of references) {
    const label = [r.type, r.number].filter(Boolean).join(' ') || r.title || r.id;
    const spans = r.mentions.length ? r.mentions : r.start !== null && r.end !== null ? [{ start: r.start, end: r.end }] : [];
    for (const m of spans) {
      if (!(m.start >= 0 && m.end > m.start && m.end <= textLength)) continue;
      all.push({ start: m.start, end: m.end, id: r.id, relation: r.relation, label });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  let last = -1;
  for (const m of all) {
    if (m.start < last) continue;
    out.push(m);
    last = m.end;
  }
  return out;
}

/**
 * Cut a text into plain and marked segments.
 * @example segments('ab cd', [{start: 3, end: 5, ...}]) // → [{text: 'ab '}, {text: 'cd', mark}]
 */
export function segments(text: string, marks: Mark[]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start > pos) out.push({ text: text.slice(pos, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    pos = m.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}

/** The text as a DOM fragment: text nodes and clickable reference links. */
export function renderText(
  text: string,
  references: Citation[],
  opts: { open: (id: string) => void; href: (id: string) => string; title: (m: Mark) => string },
): HTMLElement {
  const box = h('div', { class: 'doc-text', lang: 'vi' });
  for (const s of segments(text, marksOf(references, text.length))) {
    if (!s.mark) { box.appendChild(document.createTextNode(s.text)); continue; }
    const m = s.mark;
    const a = h('a', { class: `ref rel-${m.relation}`, href: opts.href(m.id), 'data-id': m.id, title: opts.title(m) }, s.text);
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      opts.open(m.id);
    });
    box.appendChild(a);
  }
  return box;
}

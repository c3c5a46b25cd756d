/**
 * Text reuse side by side (GET /api/analytics/reuse?from=child&to=parent): the parent's and the
 * child's stored texts next to each other, the aligned passages highlighted at their offsets,
 * the share of the child's words reused, a list of passages, click-to-jump between the two
 * sides of a passage and an optional synchronised scrolling. Texts are inserted as text nodes
 * inside <mark> elements only.
 */
import type { ReuseResult } from '../../../server/analytics/schema';
import type { DocumentDetail } from '../../../server/schema';
import { api } from '../../api';
import { button, h } from '../../dom';
import { formatNumber, t } from '../../i18n';
import { relationName } from '../document';
import { statusBox } from '../status';
import { analyticsApi, Loader } from './api';
import { docLink, fmtDate, fmtShare, refLabel, stateBox, type ViewContext } from './common';

/** A piece of a text: plain (no passages) or inside one or more aligned passages. */
export interface HlSegment { start: number; end: number; passages: number[] }

/**
 * Cut [0, len) at the bounds of (possibly overlapping) ranges; each piece lists the passages
 * covering it. Bad ranges are clamped or dropped.
 * @example highlightSegments(10, [{start: 2, end: 5, passage: 0}]) // → [{0,2,[]}, {2,5,[0]}, {5,10,[]}]
 */
export function highlightSegments(len: number, ranges: ReadonlyArray<{ start: number; end: number; passage: number }>): HlSegment[] {
  const rs = ranges
    .map((r) => ({ start: Math.max(0, Math.min(len, r.start)), end: Math.max(0, Math.min(len, r.end)), passage: r.passage }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, len]);
  for (const r of rs) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: HlSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    if (end <= start) continue;
    const passages = rs.filter((r) => r.start <= start && r.end >= end).map((r) => r.passage).sort((a, b) => a - b);
    const last = out[out.length - 1];
    if (last && last.passages.join() === passages.join()) last.end = end;
    else out.push({ start, end, passages });
  }
  return out;
}

interface Pair { reuse: ReuseResult; child: DocumentDetail; parent: DocumentDetail }
const pairs = new Loader<Pair>(10, () => t('an.reuse.stub'));
const keyOf = (from: string, to: string) => `reuse:${from}\n${to}`;
let sync = false;

async function fetchPair(from: string, to: string): Promise<Pair> {
  const [reuse, child, parent] = await Promise.all([analyticsApi.reuse(from, to), api.document(from), api.document(to)]);
  return { reuse, child, parent };
}

type Side = 'child' | 'parent';

interface PaneView { box: HTMLElement; body: HTMLElement; marks: Map<number, HTMLElement[]> }

function pane(ctx: ViewContext, d: DocumentDetail, side: Side, r: ReuseResult, words: number, onMark: (p: number, side: Side) => void): PaneView {
  const text = d.text ?? '';
  const ranges = r.passages.map((p, i) => side === 'child' ? { start: p.childStart, end: p.childEnd, passage: i } : { start: p.parentStart, end: p.parentEnd, passage: i });
  const body = h('div', { class: 'reuse-text doc-text', lang: 'vi', tabindex: '0', 'data-side': side, 'aria-label': refLabel(d) });
  const marks = new Map<number, HTMLElement[]>();
  for (const s of highlightSegments(text.length, ranges)) {
    const piece = text.slice(s.start, s.end);
    if (!s.passages.length) { body.appendChild(document.createTextNode(piece)); continue; }
    const m = h('mark', {
      class: 'reuse-mark', tabindex: '0', 'data-passages': s.passages.join(' '), 'data-start': String(s.start), 'data-end': String(s.end),
      title: t('an.reuse.markTitle', { n: s.passages.map((p) => p + 1).join(', ') }),
    }, piece);
    const go = () => onMark(s.passages[0], side);
    m.addEventListener('click', go);
    m.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    for (const p of s.passages) { let l = marks.get(p); if (!l) marks.set(p, (l = [])); l.push(m); }
    body.appendChild(m);
  }
  const role = side === 'child' ? t('an.reuse.child') : t('an.reuse.parent');
  const box = h('section', { class: `reuse-pane ${side}`, 'data-side': side },
    h('header', { class: 'reuse-pane-head' },
      h('span', { class: 'muted small' }, role),
      h('strong', {}, docLink(ctx.host, d.id, refLabel(d))),
      h('span', { class: 'muted small' }, [d.issuer, fmtDate(d.issuedOn), t('an.reuse.words', { n: formatNumber(words) })].filter(Boolean).join(' · ')),
    ),
    body,
  );
  return { box, body, marks };
}

const smooth = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/** Scroll a pane so that an element (inside it) sits a third of the way down. */
function scrollInto(pane: HTMLElement, el: HTMLElement, behavior: ScrollBehavior = smooth()): void {
  const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior });
}

export function renderReuse(el: HTMLElement, ctx: ViewContext): void {
  const from = ctx.state.adoc;
  const to = ctx.state.awith;
  if (!from || !to) { el.appendChild(statusBox('info', t('an.reuse.pick'))); return; }
  el.classList.add('an-fill');
  const key = keyOf(from, to);
  const s = pairs.get(key, () => fetchPair(from, to), ctx.rerender);
  const box = stateBox(s, () => { pairs.retry(key); ctx.rerender(); });
  if (box) {
    el.appendChild(h('header', { class: 'an-head' }, h('h2', {}, t('an.reuse.title'))));
    el.appendChild(box);
    return;
  }
  if (s.kind !== 'ready') return;
  const { reuse: r, child, parent } = s.data;
  if (!child.text || !parent.text) { el.appendChild(statusBox('info', t('an.reuse.stub'))); return; }

  const n = r.passages.length;
  let current = -1;
  const status = h('span', { class: 'reuse-current', role: 'status' }, n ? t('an.reuse.pickPassage') : '');
  const chips: HTMLButtonElement[] = [];
  const panes: Record<Side, PaneView> = {} as Record<Side, PaneView>;
  // Programmatic scrolls of a side are not echoed back by the synchronised scrolling.
  const quiet: Record<Side, number> = { parent: 0, child: 0 };
  const hush = (side: Side, ms: number) => { quiet[side] = performance.now() + ms; };

  const jump = (p: number, origin: Side | null) => {
    if (p < 0 || p >= n) return;
    current = p;
    for (const v of Object.values(panes)) {
      v.body.querySelectorAll('.reuse-mark.active').forEach((m) => m.classList.remove('active'));
      for (const m of v.marks.get(p) ?? []) m.classList.add('active');
    }
    chips.forEach((c, i) => c.setAttribute('aria-pressed', String(i === p)));
    const ps = r.passages[p];
    status.textContent = t('an.reuse.passage', { i: p + 1, n, words: formatNumber(ps.words) });
    for (const side of ['parent', 'child'] as Side[]) {
      if (side === origin) continue;
      const first = panes[side].marks.get(p)?.[0];
      if (first) { hush(side, 800); scrollInto(panes[side].body, first); }
    }
  };

  panes.parent = pane(ctx, parent, 'parent', r, r.parentWords, jump);
  panes.child = pane(ctx, child, 'child', r, r.childWords, jump);

  // Synchronised scrolling: the passage at the top of one side is brought level on the other.
  const onScroll = (side: Side) => {
    if (!sync) return;
    if (performance.now() < quiet[side]) return;
    const a = panes[side].body;
    const other: Side = side === 'child' ? 'parent' : 'child';
    const aTop = a.getBoundingClientRect().top;
    let best: { p: number; off: number } | null = null;
    for (const [p, ms] of panes[side].marks) {
      const off = ms[0].getBoundingClientRect().top - aTop;
      if (off >= -4 && (!best || off < best.off)) best = { p, off };
    }
    if (!best) return;
    const target = panes[other].marks.get(best.p)?.[0];
    if (!target) return;
    const b = panes[other].body;
    const top = target.getBoundingClientRect().top - b.getBoundingClientRect().top + b.scrollTop;
    hush(other, 120);
    b.scrollTo({ top: Math.max(0, top - best.off), behavior: 'auto' });
  };
  panes.parent.body.addEventListener('scroll', () => onScroll('parent'), { passive: true });
  panes.child.body.addEventListener('scroll', () => onScroll('child'), { passive: true });

  const syncBox = h('input', { type: 'checkbox', id: 'reuse-sync', checked: sync });
  syncBox.addEventListener('change', () => { sync = syncBox.checked; });
  const prev = button(t('an.reuse.prev'), () => jump(current <= 0 ? n - 1 : current - 1, null), { class: 'btn small', 'data-action': 'prev' });
  const next = button(t('an.reuse.next'), () => jump(current >= n - 1 ? 0 : current + 1, null), { class: 'btn small', 'data-action': 'next' });
  prev.disabled = next.disabled = n === 0;

  const rels = r.relations.length ? r.relations.map(relationName).join(', ') : t('an.reuse.noDirect');
  el.appendChild(h('header', { class: 'an-head' },
    h('h2', {}, t('an.reuse.title')),
    h('p', { class: 'muted' }, t('an.reuse.relation', { rel: rels }), r.inChain ? ` · ${t('an.reuse.inChain')}` : ''),
  ));
  el.appendChild(h('div', { class: 'reuse-summary' },
    h('div', { class: 'reuse-share', 'data-share': String(r.share) }, h('strong', {}, fmtShare(r.share)), h('span', {}, t('an.reuse.shareLabel'))),
    h('p', {}, t('an.reuse.shareText', {
      reused: formatNumber(r.reusedWords), words: formatNumber(r.childWords), child: refLabel(child),
      n: formatNumber(r.passageCount), parent: refLabel(parent),
    })),
  ));
  if (!n) { el.appendChild(statusBox('info', t('an.reuse.none'))); }
  else {
    if (r.passageCount > n) el.appendChild(h('p', { class: 'muted small' }, t('an.reuse.capped', { n: formatNumber(n), total: formatNumber(r.passageCount) })));
    const list = h('div', { class: 'reuse-chips', role: 'group', 'aria-label': t('an.reuse.passages') });
    r.passages.forEach((p, i) => {
      const c = button(`${i + 1} · ${t('an.reuse.words', { n: formatNumber(p.words) })}`, () => jump(i, null), {
        class: 'chip', 'aria-pressed': 'false', title: r.excerpts[i] ?? '', 'data-passage': String(i),
      });
      chips.push(c);
      list.appendChild(c);
    });
    el.appendChild(h('div', { class: 'reuse-controls' }, prev, next, status,
      h('label', { class: 'toggle', for: 'reuse-sync' }, syncBox, ' ', t('an.reuse.sync'))));
    el.appendChild(list);
  }
  el.appendChild(h('div', { class: 'reuse-panes' }, panes.parent.box, panes.child.box));
}

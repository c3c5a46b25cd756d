/**
 * Coverage heat map (GET /api/analytics/coverage): the 63 provinces (rows) × the most
 * implemented central documents (columns), each cell coloured by the lag of the province's
 * earliest implementing document, a distinct hatch for "not covered", a colour legend, sticky
 * headers in a scrolling box, and the CSV export (/api/analytics/coverage.csv). Clicking a
 * covered cell opens the chain in the graph: trace down from the central document, filtered to
 * the province, the earliest implementing document selected.
 */
import type { CoverageCell, CoverageColumn, CoverageMatrix } from '../../../server/analytics/schema';
import { h } from '../../dom';
import { formatNumber, t, type MessageKey } from '../../i18n';
import { DEFAULT_DEPTH, MAX_DEPTH } from '../../state';
import { statusBox } from '../status';
import { analyticsApi, Loader, type CoverageCsvLayout } from './api';
import { fmtDate, fmtDays, refLabel, shortLabel, stateBox, type ViewContext } from './common';
import { lagReport } from './lag';

/** A colour class of the heat map. */
export interface HeatBucket { key: string; label: MessageKey; max: number; colour: string; ink: string }

/** Lag buckets (days), a sequential colour-blind-safe scale: light = fast, dark = slow. */
export const HEAT_BUCKETS: HeatBucket[] = [
  { key: 'd7', label: 'an.cov.b7', max: 7, colour: '#FDE725', ink: '#1B1F23' },
  { key: 'd14', label: 'an.cov.b14', max: 14, colour: '#A0DA39', ink: '#1B1F23' },
  { key: 'd30', label: 'an.cov.b30', max: 30, colour: '#4AC16D', ink: '#1B1F23' },
  { key: 'd60', label: 'an.cov.b60', max: 60, colour: '#1FA187', ink: '#1B1F23' },
  { key: 'd90', label: 'an.cov.b90', max: 90, colour: '#277F8E', ink: '#FFFFFF' },
  { key: 'd180', label: 'an.cov.b180', max: 180, colour: '#365C8D', ink: '#FFFFFF' },
  { key: 'dmore', label: 'an.cov.bmore', max: Number.POSITIVE_INFINITY, colour: '#46327E', ink: '#FFFFFF' },
];
/** Covered, but the earliest document or the central one is undated. */
export const HEAT_UNDATED = { key: 'undated', label: 'an.cov.undated' as MessageKey, colour: '#C7C7C7', ink: '#1B1F23' };
/** Covered by a document dated before the central one (a data error). */
export const HEAT_EARLY = { key: 'early', label: 'an.cov.early' as MessageKey, colour: '#F4A582', ink: '#1B1F23' };
export const HEAT_NONE = { key: 'none', label: 'an.cov.none' as MessageKey };

/**
 * The colour class of a cell.
 * @example heatClass({covered: true, count: 1, earliest: null, lagDays: 9}) // → 'd14'
 */
export function heatClass(c: CoverageCell): string {
  if (!c.covered) return HEAT_NONE.key;
  if (c.lagDays === null) return HEAT_UNDATED.key;
  if (c.lagDays < 0) return HEAT_EARLY.key;
  return HEAT_BUCKETS.find((b) => c.lagDays! <= b.max)!.key;
}

const COLUMN_CHOICES = [10, 20, 30, 50, 100] as const;
let columns = 20;

const matrices = new Loader<CoverageMatrix>(6);
const keyOf = (n: number) => `cov:${n}`;

function legend(): HTMLElement {
  const sw = (cls: string, label: string) => h('li', {}, h('span', { class: `swatch heat-${cls}`, 'aria-hidden': 'true' }), label);
  return h('div', { class: 'heat-legend', role: 'group', 'aria-label': t('an.cov.legend') },
    h('span', { class: 'muted' }, `${t('an.cov.legend')}:`),
    h('ul', {},
      ...HEAT_BUCKETS.map((b) => sw(b.key, t(b.label))),
      sw(HEAT_UNDATED.key, t(HEAT_UNDATED.label)),
      sw(HEAT_EARLY.key, t(HEAT_EARLY.label)),
      sw(HEAT_NONE.key, t(HEAT_NONE.label)),
    ),
  );
}

function columnTitle(c: CoverageColumn): string {
  return [
    refLabel(c),
    c.title && c.number ? c.title : null,
    [c.issuer, fmtDate(c.issuedOn)].filter(Boolean).join(' · '),
    t('an.cov.colStats', { n: formatNumber(c.implementers), p: formatNumber(c.coveredProvinces) }),
  ].filter(Boolean).join('\n');
}

async function openCell(ctx: ViewContext, col: CoverageColumn, province: string, cell: CoverageCell, btn: HTMLButtonElement): Promise<void> {
  const earliest = cell.earliest;
  if (!earliest) return;
  btn.classList.add('busy');
  btn.setAttribute('aria-busy', 'true');
  let depth = Math.max(DEFAULT_DEPTH, ctx.state.depth);
  let docProvince: string | null = province;
  try {
    // The chain's depth and the document's own province spelling, from the lag report of the column.
    const rep = await lagReport(col.id);
    const e = rep.documents.find((d) => d.id === earliest.id);
    if (e) { depth = Math.max(depth, e.depth); docProvince = e.province ?? province; }
  } catch { /* open with the default depth */ }
  btn.classList.remove('busy');
  btn.removeAttribute('aria-busy');
  ctx.host.openChain({ root: col.id, sel: earliest.id, depth: Math.min(MAX_DEPTH, depth), province: docProvince });
}

function table(ctx: ViewContext, m: CoverageMatrix): HTMLElement {
  const head = h('tr', {}, h('th', { class: 'corner', scope: 'col' }, h('span', {}, t('an.cov.corner'))));
  m.columns.forEach((c, i) => {
    const b = h('button', { type: 'button', class: 'col-head', title: columnTitle(c), 'data-id': c.id, 'data-col': String(i) },
      h('span', { class: 'vtext' }, shortLabel(c)));
    b.addEventListener('click', () => ctx.host.openChain({ root: c.id, sel: c.id, depth: Math.max(DEFAULT_DEPTH, ctx.state.depth) }));
    head.appendChild(h('th', { scope: 'col', class: 'col' }, b));
  });
  head.appendChild(h('th', { scope: 'col', class: 'col total' }, h('span', { class: 'vtext' }, t('an.cov.covered'))));
  const body = h('tbody', {});
  for (const r of m.rows) {
    const tr = h('tr', { 'data-province': r.province, class: r.covered ? '' : 'uncovered' },
      h('th', { scope: 'row', class: 'row-head' }, r.province));
    r.cells.forEach((c, i) => {
      const col = m.columns[i];
      const cls = heatClass(c);
      if (!c.covered) {
        tr.appendChild(h('td', { class: `cell heat-${cls}`, title: t('an.cov.cellNone', { p: r.province, d: shortLabel(col) }) }));
        return;
      }
      const text = c.lagDays === null ? '?' : formatNumber(c.lagDays);
      const label = t('an.cov.cellTitle', {
        p: r.province, d: shortLabel(col), n: formatNumber(c.count),
        first: c.earliest ? `${c.earliest.number ?? c.earliest.id.split('|')[0]} (${fmtDate(c.earliest.issuedOn)})` : t('doc.unknown'),
        lag: c.lagDays === null ? t('an.undated') : fmtDays(c.lagDays),
      });
      const b = h('button', {
        type: 'button', class: `cell-btn heat-${cls}`, title: label, 'aria-label': label,
        'data-province': r.province, 'data-col': String(i), 'data-root': col.id, 'data-earliest': c.earliest?.id ?? '',
      }, text);
      b.addEventListener('click', () => void openCell(ctx, col, r.province, c, b));
      tr.appendChild(h('td', { class: 'cell covered' }, b));
    });
    tr.appendChild(h('td', { class: 'cell total' }, `${formatNumber(r.covered)}/${formatNumber(m.columns.length)}`));
    body.appendChild(tr);
  }
  return h('div', { class: 'heatmap-scroll', tabindex: '0', 'aria-label': t('an.cov.title') },
    h('table', { class: 'heatmap', 'data-table': 'coverage' }, h('thead', {}, head), body));
}

export function renderCoverage(el: HTMLElement, ctx: ViewContext): void {
  el.classList.add('an-fill');
  const select = h('select', { id: 'coverage-columns' }, ...COLUMN_CHOICES.map((n) => h('option', { value: String(n), selected: n === columns }, String(n))));
  select.addEventListener('change', () => { columns = Number(select.value); ctx.rerender(); });
  const csv = (layout: CoverageCsvLayout, label: MessageKey) =>
    h('a', { class: 'btn small', href: analyticsApi.coverageCsvUrl({ limit: columns, layout }), download: `coverage-${layout}.csv`, 'data-csv': layout }, t(label));
  el.appendChild(h('header', { class: 'an-head' },
    h('h2', {}, t('an.cov.title')),
    h('p', { class: 'muted' }, t('an.cov.hint')),
    h('div', { class: 'an-actions' },
      h('label', { class: 'field', for: 'coverage-columns' }, t('an.cov.columns')), select,
      csv('matrix', 'an.cov.csvMatrix'), csv('long', 'an.cov.csvLong'),
    ),
  ));
  const key = keyOf(columns);
  const s = matrices.get(key, () => analyticsApi.coverage({ limit: columns }), ctx.rerender);
  const box = stateBox(s, () => { matrices.retry(key); ctx.rerender(); });
  if (box) { el.appendChild(box); return; }
  if (s.kind !== 'ready') return;
  const m = s.data;
  if (!m.columns.length) { el.appendChild(statusBox('info', t('an.cov.empty'))); return; }
  const cells = m.rows.reduce((n, r) => n + r.covered, 0);
  el.appendChild(h('p', { class: 'an-summary', role: 'status' }, t('an.cov.summary', {
    rows: formatNumber(m.rows.length), cols: formatNumber(m.columns.length), cells: formatNumber(cells),
    provinces: formatNumber(m.rows.filter((r) => r.covered > 0).length),
  })));
  el.appendChild(legend());
  if (m.unmatchedProvinces.length) {
    el.appendChild(statusBox('warn', t('an.cov.unmatched', { list: m.unmatchedProvinces.slice(0, 8).map((u) => `${u.province} (${formatNumber(u.documents)})`).join(', ') })));
  }
  el.appendChild(table(ctx, m));
}

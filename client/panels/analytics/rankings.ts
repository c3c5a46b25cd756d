/**
 * Central documents ranked (GET /api/analytics/rankings) by in-degree, reach or PageRank, with a
 * switch between the three and between central documents and all; each row opens the document.
 */
import { RANKING_METRICS, type RankingMetric, type Rankings } from '../../../server/analytics/schema';
import { h } from '../../dom';
import { formatNumber, lang, t, type MessageKey } from '../../i18n';
import { relationName } from '../document';
import { statusBox } from '../status';
import { analyticsApi, Loader } from './api';
import { fmtDate, refLabel, stateBox, type ViewContext } from './common';

const LIMIT = 50;
let by: RankingMetric = 'indegree';
let level: 'central' | 'all' = 'central';
const rankings = new Loader<Rankings>(12);

const METRIC_LABEL: Record<RankingMetric, MessageKey> = { indegree: 'an.rank.indegree', reach: 'an.rank.reach', pagerank: 'an.rank.pagerank' };
const METRIC_HINT: Record<RankingMetric, MessageKey> = { indegree: 'an.rank.indegreeHint', reach: 'an.rank.reachHint', pagerank: 'an.rank.pagerankHint' };

const fmtRank = (x: number | null) => (x === null ? t('doc.unknown')
  : new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumSignificantDigits: 3 }).format(x));

export function renderRankings(el: HTMLElement, ctx: ViewContext): void {
  const seg = h('div', { class: 'segmented', role: 'group', 'aria-label': t('an.rank.by') },
    ...RANKING_METRICS.map((m) => {
      const b = h('button', { type: 'button', class: 'seg', 'aria-pressed': String(m === by), 'data-by': m, title: t(METRIC_HINT[m]) }, t(METRIC_LABEL[m]));
      b.addEventListener('click', () => { by = m; ctx.rerender(); });
      return b;
    }));
  const all = h('input', { type: 'checkbox', id: 'rank-all', checked: level === 'all' });
  all.addEventListener('change', () => { level = all.checked ? 'all' : 'central'; ctx.rerender(); });
  el.appendChild(h('header', { class: 'an-head' },
    h('h2', {}, t('an.rank.title')),
    h('p', { class: 'muted' }, t(METRIC_HINT[by])),
    h('div', { class: 'an-actions' }, seg, h('label', { class: 'toggle', for: 'rank-all' }, all, ' ', t('an.rank.all'))),
  ));
  const key = `${by}:${level}:${LIMIT}`;
  const s = rankings.get(key, () => analyticsApi.rankings({ by, level, limit: LIMIT }), ctx.rerender);
  const box = stateBox(s, () => { rankings.retry(key); ctx.rerender(); });
  if (box) { el.appendChild(box); return; }
  if (s.kind !== 'ready') return;
  const r = s.data;
  if (!r.items.length) { el.appendChild(statusBox('info', t('an.rank.empty'))); return; }
  const col = (m: RankingMetric) => (m === by ? 'num active' : 'num');
  const rows = r.items.map((d) => {
    const link = h('a', { href: ctx.host.href({ doc: d.id, sel: d.id, an: null, adoc: null, awith: null }), class: 'doc-link', 'data-id': d.id }, refLabel(d));
    const tr = h('tr', { 'data-id': d.id, class: 'clickable' },
      h('td', { class: 'num' }, String(d.rank)),
      h('td', {}, link, d.stub ? h('span', { class: 'badge stub' }, t('doc.stub')) : null,
        d.title && d.number ? h('div', { class: 'muted small an-title', lang: 'vi' }, d.title) : null),
      h('td', {}, d.issuer ?? t('doc.unknown')),
      h('td', {}, fmtDate(d.issuedOn)),
      h('td', { class: col('indegree') }, formatNumber(d.indegree)),
      h('td', { class: col('reach') }, d.reach === null ? t('doc.unknown') : formatNumber(d.reach)),
      h('td', { class: col('pagerank') }, fmtRank(d.pagerank)),
    );
    tr.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('a') && (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0)) return;
      e.preventDefault();
      ctx.host.openDocument(d.id);
    });
    return tr;
  });
  el.appendChild(h('div', { class: 'an-table-wrap' }, h('table', { class: 'an-table an-rank', 'data-table': 'rankings', 'data-by': by },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'num' }, '#'),
      h('th', { scope: 'col' }, t('an.lag.document')),
      h('th', { scope: 'col' }, t('doc.issuer')),
      h('th', { scope: 'col' }, t('doc.issuedOn')),
      ...RANKING_METRICS.map((m) => h('th', { scope: 'col', class: col(m), title: t(METRIC_HINT[m]) }, t(METRIC_LABEL[m]))),
    )),
    h('tbody', {}, ...rows),
  )));
  el.appendChild(h('p', { class: 'muted small' }, t('an.rank.graph', {
    nodes: formatNumber(r.nodes), edges: formatNumber(r.edges), rel: r.relations.map(relationName).join(', '),
  })));
}

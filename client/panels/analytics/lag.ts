/**
 * Implementation lag of a root document (GET /api/analytics/lag/:id): every document below it
 * with its depth, path, days since the root and since its parent; statistics overall, by level
 * and by province (count, undated, median, p90, slowest); undated documents and documents dated
 * before the root listed as such.
 */
import type { LagEntry, LagReport, LagStats } from '../../../server/analytics/schema';
import { button, h } from '../../dom';
import { formatNumber, t } from '../../i18n';
import { MAX_DEPTH } from '../../state';
import { levelName, relationName } from '../document';
import { statusBox } from '../status';
import { analyticsApi, Loader } from './api';
import { block, docLink, fmtDate, fmtDays, fmtStat, refLabel, shortLabel, stateBox, type AnalyticsHost, type ViewContext } from './common';

/** Most documents listed (the statistics count all of them). */
const LAG_LIMIT = 5000;

const lags = new Loader<LagReport>(20);
const keyOf = (id: string) => `lag:${id}`;
const fetchOf = (id: string) => () => analyticsApi.lag(id, { limit: LAG_LIMIT });

/** The lag report of a root (cached; shared with the coverage view, which needs depths). */
export function lagReport(id: string): Promise<LagReport> {
  return lags.data(keyOf(id), fetchOf(id));
}

/** A link that shows the chain from the root to a document in the graph. */
function chainLink(host: AnalyticsHost, r: LagReport, e: LagEntry): HTMLAnchorElement {
  const depth = Math.min(MAX_DEPTH, Math.max(e.depth, host.state().depth));
  const a = h('a', {
    href: host.href({ doc: r.root.id, sel: e.id, mode: 'trace-down', depth, an: null, adoc: null, awith: null }),
    class: 'doc-link', 'data-id': e.id, title: t('an.lag.showChain'),
  }, shortLabel(e));
  a.addEventListener('click', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    host.openChain({ root: r.root.id, sel: e.id, depth });
  });
  return a;
}

function statsTable(caption: string, rows: LagStats[], label: (k: string | null) => string, host: AnalyticsHost, labels: Map<string, string>, group: string): HTMLElement {
  return h('table', { class: 'an-table an-stats', 'data-group': group },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('an.lag.group')),
      h('th', { scope: 'col', class: 'num' }, t('an.lag.count')),
      h('th', { scope: 'col', class: 'num' }, t('an.lag.undatedCount')),
      h('th', { scope: 'col', class: 'num' }, t('an.lag.median')),
      h('th', { scope: 'col', class: 'num' }, t('an.lag.p90')),
      h('th', { scope: 'col' }, t('an.lag.slowest')),
    )),
    h('tbody', {}, ...rows.map((s) => h('tr', { 'data-key': s.key ?? '' },
      h('th', { scope: 'row' }, label(s.key)),
      h('td', { class: 'num' }, formatNumber(s.count)),
      h('td', { class: 'num' }, s.undated ? formatNumber(s.undated) : '0'),
      h('td', { class: 'num' }, s.median === null ? t('doc.unknown') : t('an.days', { n: fmtStat(s.median) })),
      h('td', { class: 'num' }, s.p90 === null ? t('doc.unknown') : t('an.days', { n: fmtStat(s.p90) })),
      h('td', {}, s.slowest
        ? h('span', {}, docLink(host, s.slowest.id, labels.get(s.slowest.id) ?? s.slowest.id.split('|')[0]), ' ', h('span', { class: 'muted' }, fmtDays(s.slowest.days)))
        : t('doc.unknown')),
    ))),
  );
}

export function renderLag(el: HTMLElement, ctx: ViewContext): void {
  const id = ctx.state.adoc;
  if (!id) { el.appendChild(statusBox('info', t('an.lag.pick'))); return; }
  const key = keyOf(id);
  const s = lags.get(key, fetchOf(id), ctx.rerender);
  const box = stateBox(s, () => { lags.retry(key); ctx.rerender(); });
  if (box) { el.appendChild(box); return; }
  if (s.kind !== 'ready') return;
  const r = s.data;
  const host = ctx.host;
  const labels = new Map<string, string>([[r.root.id, shortLabel(r.root)], ...r.documents.map((d) => [d.id, shortLabel(d)] as [string, string])]);
  const maxDepth = r.documents.reduce((m, d) => Math.max(m, d.depth), 1);

  el.appendChild(h('header', { class: 'an-head' },
    h('h2', {}, t('an.lag.title'), ': ', docLink(host, r.root.id, refLabel(r.root))),
    h('p', { class: 'muted' },
      [r.root.issuer, r.root.issuedOn ? fmtDate(r.root.issuedOn) : t('an.undated')].filter(Boolean).join(' · '),
      ' · ', t('an.lag.relations', { rel: r.relations.map(relationName).join(', '), depth: r.maxDepth })),
    h('div', { class: 'an-actions' },
      button(t('an.lag.traceAll'), () => host.openChain({ root: r.root.id, sel: r.root.id, depth: Math.min(MAX_DEPTH, maxDepth) }), { class: 'btn small', 'data-action': 'trace' })),
  ));
  if (!r.root.issuedOn) el.appendChild(statusBox('warn', t('an.lag.rootUndated')));
  if (!r.total) { el.appendChild(statusBox('info', t('an.lag.none'))); return; }

  const o = r.summary.overall;
  el.appendChild(h('div', { class: 'kpis an-kpis' },
    h('div', { class: 'kpi' }, h('strong', {}, formatNumber(r.total)), h('span', {}, t('an.lag.documents'))),
    h('div', { class: 'kpi' }, h('strong', {}, o.median === null ? t('doc.unknown') : t('an.days', { n: fmtStat(o.median) })), h('span', {}, t('an.lag.median'))),
    h('div', { class: 'kpi' }, h('strong', {}, o.p90 === null ? t('doc.unknown') : t('an.days', { n: fmtStat(o.p90) })), h('span', {}, t('an.lag.p90'))),
    h('div', { class: 'kpi' }, h('strong', {}, formatNumber(r.undated.length)), h('span', {}, t('an.lag.undatedDocs'))),
  ));

  el.appendChild(h('div', { class: 'an-grid' },
    statsTable(t('an.lag.byLevel'), [{ ...o, key: t('an.lag.overall') }, ...r.summary.byLevel], (k) => (k === t('an.lag.overall') ? k : levelName(k)), host, labels, 'level'),
    h('div', { class: 'an-scroll-y' },
      statsTable(t('an.lag.byProvince'), r.summary.byProvince, (k) => k ?? t('an.noProvince'), host, labels, 'province')),
  ));

  if (r.truncated) el.appendChild(statusBox('warn', t('an.lag.truncated', { shown: formatNumber(r.documents.length), total: formatNumber(r.total) })));
  const inconsistent = new Set(r.inconsistent);
  el.appendChild(block(t('an.lag.list', { n: formatNumber(r.total) }),
    h('div', { class: 'an-table-wrap' }, h('table', { class: 'an-table an-lag', 'data-table': 'lag' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('an.lag.document')),
        h('th', { scope: 'col' }, t('doc.level')),
        h('th', { scope: 'col' }, t('doc.province')),
        h('th', { scope: 'col' }, t('doc.issuedOn')),
        h('th', { scope: 'col', class: 'num' }, t('an.lag.depth')),
        h('th', { scope: 'col' }, t('an.lag.path')),
        h('th', { scope: 'col', class: 'num' }, t('an.lag.sinceRoot')),
        h('th', { scope: 'col', class: 'num' }, t('an.lag.sinceParent')),
      )),
      h('tbody', {}, ...r.documents.map((d) => h('tr', { 'data-id': d.id, class: d.issuedOn ? (inconsistent.has(d.id) ? 'inconsistent' : '') : 'undated' },
        h('td', {}, chainLink(host, r, d), d.title ? h('div', { class: 'muted small an-title', lang: 'vi' }, d.title) : null),
        h('td', {}, levelName(d.level)),
        h('td', {}, d.province ?? t('doc.unknown')),
        h('td', {}, d.issuedOn ? fmtDate(d.issuedOn) : h('em', { class: 'warn' }, t('an.undated'))),
        h('td', { class: 'num' }, String(d.depth)),
        h('td', { class: 'an-path small' }, d.path.map((p) => labels.get(p) ?? p.split('|')[0]).join(' → ')),
        h('td', { class: 'num since-root' }, d.sinceRoot === null ? h('em', { class: 'muted' }, t('an.undated')) : fmtDays(d.sinceRoot),
          inconsistent.has(d.id) ? h('span', { class: 'badge warn', title: t('an.lag.inconsistentHint') }, '!') : null),
        h('td', { class: 'num since-parent' }, d.sinceParent === null ? h('em', { class: 'muted' }, t('an.undated')) : fmtDays(d.sinceParent)),
      ))),
    )),
  ));

  const byId = new Map(r.documents.map((d) => [d.id, d]));
  const list = (ids: string[]) => h('ul', { class: 'an-inline-list' }, ...ids.map((x) => {
    const d = byId.get(x);
    return h('li', {}, d ? chainLink(host, r, d) : docLink(host, x, x.split('|')[0]));
  }));
  if (r.undated.length) el.appendChild(block(t('an.lag.undatedList', { n: formatNumber(r.undated.length) }), h('p', { class: 'muted small' }, t('an.lag.undatedHint')), list(r.undated)));
  if (r.inconsistent.length) el.appendChild(block(t('an.lag.inconsistentList', { n: formatNumber(r.inconsistent.length) }), h('p', { class: 'muted small' }, t('an.lag.inconsistentHint')), list(r.inconsistent)));
}

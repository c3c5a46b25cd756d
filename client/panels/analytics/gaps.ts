/**
 * Gaps in the data (GET /api/analytics/gaps): documents cited but never loaded (ranked by how
 * often they are cited, each clickable), date inversions (a document dated before the one it
 * implements) and, for the most implemented central directives, the provinces with no
 * implementing document.
 */
import type { GapsReport } from '../../../server/analytics/schema';
import { button, h } from '../../dom';
import { formatNumber, t } from '../../i18n';
import { relationName } from '../document';
import { analyticsApi, Loader } from './api';
import { block, docLink, fmtDate, fmtDays, refLabel, stateBox, type ViewContext } from './common';

const LIMIT = 50;
const gaps = new Loader<GapsReport>(2);

const none = (msg: string) => h('p', { class: 'muted' }, msg);

export function renderGaps(el: HTMLElement, ctx: ViewContext): void {
  const host = ctx.host;
  el.appendChild(h('header', { class: 'an-head' }, h('h2', {}, t('an.gaps.title')), h('p', { class: 'muted' }, t('an.gaps.hint'))));
  const key = `gaps:${LIMIT}`;
  const s = gaps.get(key, () => analyticsApi.gaps({ limit: LIMIT }), ctx.rerender);
  const box = stateBox(s, () => { gaps.retry(key); ctx.rerender(); });
  if (box) { el.appendChild(box); return; }
  if (s.kind !== 'ready') return;
  const g = s.data;

  const u = g.unloaded;
  el.appendChild(block(t('an.gaps.unloaded', { n: formatNumber(u.total) }),
    h('p', { class: 'muted small' }, t('an.gaps.unloadedHint')),
    u.items.length ? h('div', { class: 'an-table-wrap' }, h('table', { class: 'an-table', 'data-table': 'unloaded' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'num' }, '#'),
        h('th', { scope: 'col' }, t('an.lag.document')),
        h('th', { scope: 'col' }, t('doc.issuer')),
        h('th', { scope: 'col' }, t('doc.issuedOn')),
        h('th', { scope: 'col', class: 'num' }, t('an.gaps.citedBy')),
        h('th', { scope: 'col' }, t('an.gaps.citers')),
      )),
      h('tbody', {}, ...u.items.map((d, i) => h('tr', { 'data-id': d.id },
        h('td', { class: 'num' }, String(i + 1)),
        h('td', {}, docLink(host, d.id, refLabel(d))),
        h('td', {}, d.issuer ?? t('doc.unknown')),
        h('td', {}, fmtDate(d.issuedOn)),
        h('td', { class: 'num' }, formatNumber(d.citedBy)),
        h('td', { class: 'small' }, ...d.citers.flatMap((c, j) => [j ? ', ' : '', docLink(host, c, c.split('|')[0])]),
          d.citedBy > d.citers.length ? h('span', { class: 'muted' }, ` …`) : null),
      ))),
    )) : none(t('an.gaps.noneUnloaded')),
    u.total > u.items.length ? h('p', { class: 'muted small' }, t('an.gaps.more', { n: formatNumber(u.items.length), total: formatNumber(u.total) })) : null,
  ));

  const inv = g.dateInversions;
  el.appendChild(block(t('an.gaps.inversions', { n: formatNumber(inv.total) }),
    h('p', { class: 'muted small' }, t('an.gaps.inversionsHint')),
    inv.items.length ? h('div', { class: 'an-table-wrap' }, h('table', { class: 'an-table', 'data-table': 'inversions' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('an.gaps.child')),
        h('th', { scope: 'col' }, t('doc.issuedOn')),
        h('th', { scope: 'col' }, t('filters.relation')),
        h('th', { scope: 'col' }, t('an.gaps.parent')),
        h('th', { scope: 'col' }, t('doc.issuedOn')),
        h('th', { scope: 'col', class: 'num' }, t('an.gaps.days')),
      )),
      h('tbody', {}, ...inv.items.map((x) => h('tr', { 'data-id': x.child.id },
        h('td', {}, docLink(host, x.child.id, refLabel(x.child))),
        h('td', {}, fmtDate(x.child.issuedOn)),
        h('td', {}, relationName(x.relation), x.implied ? h('span', { class: 'badge implied' }, t('doc.implied')) : null),
        h('td', {}, docLink(host, x.parent.id, refLabel(x.parent))),
        h('td', {}, fmtDate(x.parent.issuedOn)),
        h('td', { class: 'num warn' }, fmtDays(x.days)),
      ))),
    )) : none(t('an.gaps.noneInversions')),
  ));

  el.appendChild(block(t('an.gaps.missing'),
    h('p', { class: 'muted small' }, t('an.gaps.missingHint')),
    g.missingProvinces.length ? h('ul', { class: 'an-missing', 'data-list': 'missing' }, ...g.missingProvinces.map((m) => h('li', { 'data-id': m.root.id },
      h('div', {},
        docLink(host, m.root.id, refLabel(m.root)), ' ',
        h('span', { class: 'muted' }, `${fmtDate(m.root.issuedOn)} · ${t('an.gaps.coveredOf', { n: formatNumber(m.coveredProvinces), total: formatNumber(m.coveredProvinces + m.missing.length) })}`),
      ),
      m.missing.length
        ? h('details', {}, h('summary', {}, t('an.gaps.missingCount', { n: formatNumber(m.missing.length) })), h('p', { class: 'small' }, m.missing.join(', ')))
        : h('p', { class: 'muted small' }, t('an.gaps.allCovered')),
    ))) : none(t('an.gaps.noneMissing')),
    button(t('an.gaps.openCoverage'), () => host.show('coverage'), { class: 'btn small', 'data-action': 'coverage' }),
  ));
}

/**
 * The search tab: one page of results (number, type, title, issuer, date, level), pages,
 * and the empty / loading / error states.
 */
import type { DocSummary, SearchResult } from '../../server/schema';
import { button, h } from '../dom';
import { formatDate, formatNumber, t } from '../i18n';
import type { LoadState } from '../state';
import { docLabel, levelName } from './document';
import { statusBox } from './status';

export interface ResultsView { q: string; state: LoadState<SearchResult> }
export interface ResultsActions { open(id: string): void; href(id: string): string; page(n: number): void; retry(): void }

function item(d: DocSummary, a: ResultsActions): HTMLElement {
  const link = h('a', { href: a.href(d.id), class: 'result-link', 'data-id': d.id },
    h('span', { class: `dot lvl-${d.level ?? 'unknown'}`, 'aria-hidden': 'true' }),
    h('span', { class: 'result-number' }, docLabel(d)),
  );
  link.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    a.open(d.id);
  });
  return h('li', { class: 'result' },
    link,
    d.title ? h('div', { class: 'result-title', lang: 'vi' }, d.title) : null,
    h('div', { class: 'result-meta muted' },
      [d.issuer, levelName(d.level), d.province, d.issuedOn ? formatDate(d.issuedOn) : null].filter(Boolean).join(' · '),
      d.stub ? h('span', { class: 'badge stub' }, t('doc.stub')) : null,
      d.citedByCount ? h('span', { class: 'badge' }, `${t('doc.citedByCount')}: ${d.citedByCount}`) : null,
    ),
  );
}

export function renderResults(el: HTMLElement, v: ResultsView, a: ResultsActions): void {
  const s = v.state;
  if (s.kind === 'idle') { el.appendChild(h('p', { class: 'empty' }, t('search.prompt'))); return; }
  if (s.kind === 'loading') { el.appendChild(statusBox('loading', t('status.loading'))); return; }
  if (s.kind === 'error') {
    const box = statusBox('error', s.message);
    box.appendChild(button(t('status.retry'), () => a.retry(), { class: 'btn small' }));
    el.appendChild(box);
    return;
  }
  const r = s.data;
  if (!r.items.length) { el.appendChild(statusBox('info', t('search.none', { q: v.q }))); return; }
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  el.append(
    h('p', { class: 'results-total', role: 'status' }, t('search.total', { n: formatNumber(r.total) })),
    h('ol', { class: 'results', 'aria-label': t('search.results') }, ...r.items.map((d) => item(d, a))),
  );
  if (pages > 1) {
    const prev = button(t('search.prev'), () => a.page(r.page - 1), { class: 'btn small' });
    const next = button(t('search.next'), () => a.page(r.page + 1), { class: 'btn small' });
    prev.disabled = r.page <= 1;
    next.disabled = r.page >= pages;
    el.appendChild(h('nav', { class: 'pager', 'aria-label': t('search.results') }, prev, h('span', {}, t('search.page', { page: r.page, pages })), next));
  }
}

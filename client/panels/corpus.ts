/**
 * The corpus tab: counts, breakdowns, most cited and unresolved documents, and the warning
 * that the loaded corpus is synthetic when Stats.generated is true. Analytics tabs will
 * sit next to it (see registry.ts).
 */
import type { Stats } from '../../server/schema';
import { button, h } from '../dom';
import { formatNumber, t } from '../i18n';
import type { LoadState } from '../state';
import { docLabel, levelName } from './document';
import { statusBox } from './status';

export interface CorpusActions { open(id: string): void; href(id: string): string; retry(): void }

function table(caption: string, rows: Array<[string, number]>): HTMLElement {
  return h('table', { class: 'counts' },
    h('caption', {}, caption),
    h('tbody', {}, ...rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, formatNumber(v))))),
  );
}

export function renderCorpus(el: HTMLElement, s: LoadState<Stats>, a: CorpusActions): void {
  if (s.kind === 'idle' || s.kind === 'loading') { el.appendChild(statusBox('loading', t('status.loading'))); return; }
  if (s.kind === 'error') {
    const box = statusBox('error', s.message);
    box.appendChild(button(t('status.retry'), () => a.retry(), { class: 'btn small' }));
    el.appendChild(box);
    return;
  }
  const st = s.data;
  if (st.generated) el.appendChild(statusBox('warn', t('corpus.generated')));
  el.appendChild(h('div', { class: 'kpis' },
    h('div', { class: 'kpi' }, h('strong', {}, formatNumber(st.documents)), h('span', {}, t('corpus.documents'))),
    h('div', { class: 'kpi' }, h('strong', {}, formatNumber(st.stubs)), h('span', {}, t('corpus.stubs'))),
    h('div', { class: 'kpi' }, h('strong', {}, formatNumber(st.citations)), h('span', {}, t('corpus.citations'))),
  ));
  el.appendChild(table(t('corpus.byLevel'), Object.entries(st.byLevel).map(([k, v]) => [levelName(k), v])));
  el.appendChild(table(t('corpus.byType'), Object.entries(st.byType).sort((x, y) => y[1] - x[1]).slice(0, 15)));
  if (st.mostCited.length) {
    el.appendChild(h('h3', {}, t('corpus.mostCited')));
    el.appendChild(h('ol', { class: 'plain ranked' }, ...st.mostCited.map((d) => {
      const link = h('a', { href: a.href(d.id), 'data-id': d.id }, docLabel(d));
      link.addEventListener('click', (e) => { if (e.button !== 0 || e.ctrlKey || e.metaKey) return; e.preventDefault(); a.open(d.id); });
      return h('li', {}, link, h('span', { class: 'muted' }, ` — ${d.citedByCount}`));
    })));
  }
  if (st.unresolved.length) {
    el.appendChild(h('h3', {}, t('corpus.unresolved')));
    el.appendChild(h('ol', { class: 'plain ranked' }, ...st.unresolved.slice(0, 20).map((u) => {
      const link = h('a', { href: a.href(u.id), 'data-id': u.id }, docLabel({ type: u.type, number: u.number }));
      link.addEventListener('click', (e) => { if (e.button !== 0 || e.ctrlKey || e.metaKey) return; e.preventDefault(); a.open(u.id); });
      return h('li', {}, link, h('span', { class: 'muted' }, ` — ${u.citedBy}`));
    })));
  }
  el.appendChild(h('p', { class: 'muted small' }, t('corpus.analyticsSoon')));
}

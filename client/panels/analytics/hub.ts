/**
 * The side panel's "Analytics" tab: what each analysis answers and a button to open it (the
 * lag of the document on show, the coverage heat map, text reuse, rankings, gaps).
 */
import { button, h } from '../../dom';
import { t, type MessageKey } from '../../i18n';
import type { AnalyticsView } from '../../state';
import type { AnalyticsHost } from './common';

export function renderHub(el: HTMLElement, host: AnalyticsHost, current: { id: string; label: string } | null): void {
  const card = (view: AnalyticsView, title: MessageKey, hint: MessageKey, action: HTMLElement | null, extra?: string) =>
    h('section', { class: 'an-card', 'data-view': view },
      h('h3', {}, t(title)),
      h('p', { class: 'muted small' }, t(hint)),
      extra ? h('p', { class: 'small' }, extra) : null,
      action,
    );
  const lagBtn = button(current ? t('an.hub.lagOf', { doc: current.label }) : t('an.lag.open'), () => { if (current) host.show('lag', current.id); }, { class: 'btn small', 'data-action': 'lag' });
  lagBtn.disabled = !current;
  el.append(
    h('p', { class: 'muted' }, t('an.hub.intro')),
    card('lag', 'an.tab.lag', 'an.hub.lag', lagBtn, current ? undefined : t('an.lag.pick')),
    card('coverage', 'an.tab.coverage', 'an.hub.coverage', button(t('an.hub.openCoverage'), () => host.show('coverage'), { class: 'btn small', 'data-action': 'coverage' })),
    card('reuse', 'an.tab.reuse', 'an.hub.reuse', null),
    card('rankings', 'an.tab.rankings', 'an.hub.rankings', button(t('an.hub.openRankings'), () => host.show('rankings'), { class: 'btn small', 'data-action': 'rankings' })),
    card('gaps', 'an.tab.gaps', 'an.hub.gaps', button(t('an.hub.openGaps'), () => host.show('gaps'), { class: 'btn small', 'data-action': 'gaps' })),
  );
}

/**
 * The analytics overlay: a wide modal <dialog> over the page with one tab per view (lag,
 * coverage, text reuse, rankings, gaps) and a close button. Which view is open is part of the
 * view state (and so of the URL: `an`, `adoc`, `awith`), so the back button closes it and a
 * reloaded link opens it again; `sync` follows the state.
 */
import { button, clear, h } from '../../dom';
import { t, type MessageKey } from '../../i18n';
import { analyticsKey, type AnalyticsView, type ViewState } from '../../state';
import type { AnalyticsHost, ViewContext } from './common';
import { renderCoverage } from './coverage';
import { renderGaps } from './gaps';
import { renderLag } from './lag';
import { renderRankings } from './rankings';
import { renderReuse } from './reuse';

interface ViewDef { id: AnalyticsView; label: MessageKey; render(el: HTMLElement, ctx: ViewContext): void }

export const ANALYTICS_TABS: ViewDef[] = [
  { id: 'lag', label: 'an.tab.lag', render: renderLag },
  { id: 'coverage', label: 'an.tab.coverage', render: renderCoverage },
  { id: 'reuse', label: 'an.tab.reuse', render: renderReuse },
  { id: 'rankings', label: 'an.tab.rankings', render: renderRankings },
  { id: 'gaps', label: 'an.tab.gaps', render: renderGaps },
];

export class AnalyticsOverlay {
  private readonly dialog: HTMLDialogElement;
  private readonly tabs: HTMLElement;
  private readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private readonly closeBtn: HTMLButtonElement;
  private key = '';
  /** The last lag root and reuse pair, so that switching tabs comes back to them. */
  private lastLag: string | null = null;
  private lastReuse: { from: string; to: string } | null = null;

  constructor(private readonly host: AnalyticsHost) {
    this.dialog = h('dialog', { class: 'analytics-dialog', id: 'analytics', 'aria-labelledby': 'analytics-title' });
    this.title = h('h2', { id: 'analytics-title', class: 'an-brand' });
    this.tabs = h('div', { class: 'tabs an-tabs', role: 'tablist' });
    this.tabs.addEventListener('keydown', (e) => this.onKey(e));
    this.closeBtn = button('', () => this.host.close(), { class: 'btn', id: 'analytics-close', 'data-action': 'close' });
    this.body = h('div', { class: 'an-body', id: 'analytics-body', role: 'tabpanel', tabindex: '-1' });
    this.dialog.append(h('div', { class: 'an-top' }, this.title, this.tabs, this.closeBtn), this.body);
    // Esc: close through the state (so the URL and the history follow).
    this.dialog.addEventListener('cancel', (e) => { e.preventDefault(); this.host.close(); });
    document.body.appendChild(this.dialog);
  }

  get isOpen(): boolean { return this.dialog.open; }

  /** Open, re-render or close the overlay for a state. */
  sync(s: ViewState): void {
    if (!s.an) {
      this.key = '';
      if (this.dialog.open) this.dialog.close();
      return;
    }
    if (s.an === 'lag' && s.adoc) this.lastLag = s.adoc;
    if (s.an === 'reuse' && s.adoc && s.awith) this.lastReuse = { from: s.adoc, to: s.awith };
    const k = analyticsKey(s);
    const opening = !this.dialog.open;
    if (opening) {
      if (typeof this.dialog.showModal === 'function') this.dialog.showModal();
      else this.dialog.setAttribute('open', '');
    }
    if (k !== this.key || opening) {
      this.key = k;
      this.render(s);
      document.getElementById(`an-tab-${s.an}`)?.focus();
    }
  }

  /** Re-render the open view (after a language switch). */
  refresh(): void {
    if (this.dialog.open) this.render(this.host.state());
  }

  private show(id: AnalyticsView): void {
    const s = this.host.state();
    if (id === 'lag') this.host.show('lag', s.an === 'lag' ? s.adoc : this.lastLag ?? s.sel ?? s.doc);
    else if (id === 'reuse') this.host.show('reuse', this.lastReuse?.from ?? null, this.lastReuse?.to ?? null);
    else this.host.show(id);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const s = this.host.state();
    const i = ANALYTICS_TABS.findIndex((v) => v.id === s.an);
    const next = ANALYTICS_TABS[(i + (e.key === 'ArrowRight' ? 1 : ANALYTICS_TABS.length - 1)) % ANALYTICS_TABS.length];
    this.show(next.id);
  }

  private render(s: ViewState): void {
    this.title.textContent = t('an.title');
    this.closeBtn.textContent = `× ${t('an.close')}`;
    this.closeBtn.title = t('an.closeHint');
    clear(this.tabs);
    for (const v of ANALYTICS_TABS) {
      const selected = v.id === s.an;
      const b = button(t(v.label), () => this.show(v.id), {
        role: 'tab', id: `an-tab-${v.id}`, class: selected ? 'tab active' : 'tab', 'aria-selected': String(selected),
        'aria-controls': 'analytics-body', tabindex: selected ? '0' : '-1', 'data-view': v.id,
      });
      this.tabs.appendChild(b);
    }
    this.body.setAttribute('aria-labelledby', `an-tab-${s.an}`);
    this.body.className = `an-body view-${s.an}`;
    this.body.dataset.view = s.an ?? '';
    clear(this.body);
    const def = ANALYTICS_TABS.find((v) => v.id === s.an);
    if (!def) return;
    const key = analyticsKey(s);
    const ctx: ViewContext = {
      host: this.host,
      state: s,
      rerender: () => {
        const now = this.host.state();
        if (this.dialog.open && analyticsKey(now) === key) this.render(now);
      },
    };
    def.render(this.body, ctx);
  }
}

/**
 * What the analytics views share: the host interface the page controller (main.ts) provides,
 * number and day formatting, document labels and links, and the loading / error / empty boxes.
 * Document text and titles are only ever inserted as text.
 */
import type { DocRef } from '../../../server/analytics/schema';
import { button, h } from '../../dom';
import { formatDate, formatNumber, lang, t } from '../../i18n';
import type { AnalyticsView, LoadState, ViewState } from '../../state';
import { statusBox } from '../status';
import { withType } from '../document';

/** What the analytics may ask of the page. */
export interface AnalyticsHost {
  state(): ViewState;
  /** Open an analytics view (a navigation: a new history entry). */
  show(view: AnalyticsView, adoc?: string | null, awith?: string | null): void;
  /** Close the analytics view (a navigation). */
  close(): void;
  /** Close the analytics and open a document (in the graph and the side panel). */
  openDocument(id: string): void;
  /** Close the analytics and trace down from `root`, `sel` selected, optionally filtered to a province. */
  openChain(o: { root: string; sel: string; depth: number; province?: string | null }): void;
  /** The page URL of a state patch (for links that also work with a middle click). */
  href(patch: Partial<ViewState>): string;
}

/** What a view gets when it renders. */
export interface ViewContext {
  host: AnalyticsHost;
  state: ViewState;
  /** Re-render the view (after its data arrived or a control changed). */
  rerender(): void;
}

/**
 * Days as the graph labels them.
 * @example fmtDays(3) // → '+3 ngày'
 */
export function fmtDays(d: number | null | undefined): string {
  if (d === null || d === undefined) return t('doc.unknown');
  return t('graph.days', { sign: d > 0 ? '+' : d < 0 ? '−' : '±', n: formatNumber(Math.abs(d)) });
}

/** A share 0..1 as a percentage in the current language. */
export function fmtShare(share: number): string {
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A median or percentile (may be fractional). */
export function fmtStat(n: number | null): string {
  if (n === null) return t('doc.unknown');
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
}

/** "Công văn 1276-CV/TU", or the type and title when there is no number, or the id. */
export function refLabel(d: Pick<DocRef, 'number' | 'type' | 'title'> & { id: string }): string {
  if (d.number) return [d.type, d.number].filter(Boolean).join(' ');
  if (d.title) return withType(d.type, d.title.length > 90 ? `${d.title.slice(0, 88)}…` : d.title);
  return d.id.replace(/^~/, '').split('|')[0];
}

/** The number alone (short labels for tables), falling back to refLabel. */
export function shortLabel(d: Pick<DocRef, 'number' | 'type' | 'title'> & { id: string }): string {
  return d.number ?? refLabel(d);
}

/** A date, or "—". */
export const fmtDate = (iso: string | null | undefined) => (iso ? formatDate(iso) : t('doc.unknown'));

/**
 * A link to a document that opens it (closing the analytics); a middle click opens a new tab.
 * @example docLink(ctx.host, id, '172-TB/TW')
 */
export function docLink(host: AnalyticsHost, id: string, label: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  const a = h('a', { href: host.href({ doc: id, sel: id, an: null, adoc: null, awith: null }), class: 'doc-link', 'data-id': id, ...attrs }, label);
  a.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    host.openDocument(id);
  });
  return a;
}

/**
 * The loading / error box of a load state, or null when it is ready.
 * @example const box = stateBox(s, () => retry()); if (box) { el.append(box); return; }
 */
export function stateBox<T>(s: LoadState<T>, retry: () => void): HTMLElement | null {
  if (s.kind === 'ready') return null;
  if (s.kind === 'idle' || s.kind === 'loading') return statusBox('loading', t('status.loading'));
  // A 4xx answer (a stub without text, an unknown id) will not change on a retry: say it, no button.
  if (s.status !== undefined && s.status >= 400 && s.status < 500 && s.status !== 408 && s.status !== 429) return statusBox('info', s.message);
  const box = statusBox('error', s.message);
  box.appendChild(button(t('status.retry'), retry, { class: 'btn small', 'data-action': 'retry' }));
  return box;
}

/** A section with a heading. */
export function block(title: string, ...children: Array<Node | null | false>): HTMLElement {
  const s = h('section', { class: 'an-block' }, h('h3', {}, title));
  for (const c of children) if (c) s.appendChild(c);
  return s;
}

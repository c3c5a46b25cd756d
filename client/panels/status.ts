/**
 * Loading, error and notice display, and the mapping from API errors to the words an
 * analyst should read (503: Neo4j is down; 404; 400; network).
 */
import { ApiRequestError } from '../api';
import { button, clear, h } from '../dom';
import { t } from '../i18n';

export type StatusKind = 'loading' | 'error' | 'info' | 'warn';

/** A status box; `role` makes screen readers announce it. */
export function statusBox(kind: StatusKind, message: string): HTMLElement {
  return h('div', { class: `status-box ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    h('span', { class: 'status-text' }, message));
}

/**
 * What to tell the user about a failed call.
 * @example errorText(new ApiRequestError(503, 'unavailable', 'x')) // → 'Cơ sở dữ liệu đồ thị (Neo4j) đang không hoạt động…'
 */
export function errorText(e: unknown): string {
  if (!(e instanceof ApiRequestError)) return t('error.generic', { status: '?', message: (e as Error)?.message ?? String(e) });
  if (e.status === 503) return t('error.unavailable');
  if (e.status === 0) return t('error.network');
  if (e.status === 404) return t('error.notFound');
  if (e.status === 400) return t('error.invalid', { message: e.message });
  if (e.status === 401) return t('error.unauthorized');
  if (e.status === 403) return t('error.forbidden');
  if (e.status === 413) return t('error.tooLarge');
  if (e.status === 422) return t('error.unprocessable', { message: e.message });
  if (e.error === 'invalid_response') return t('error.badResponse');
  return t('error.generic', { status: e.status, message: e.message });
}

/**
 * Where the graph's state is told: a transient loading overlay over the graph, and a strip
 * above the graph (not over it) for errors, empty results and notices such as truncation,
 * so a notice never hides part of the graph. `onResize` runs when the strip changes height.
 */
export class StatusBar {
  constructor(private readonly strip: HTMLElement, private readonly overlay: HTMLElement, private readonly onResize: () => void) {}

  /** Show or clear the loading overlay. */
  loading(message: string | null): void {
    clear(this.overlay);
    this.overlay.hidden = !message;
    if (message) this.overlay.appendChild(statusBox('loading', message));
  }

  /** Replace the strip's content with one state (error, info...), or clear it with null. */
  set(kind: StatusKind | null, message = '', retry?: () => void): void {
    clear(this.strip);
    if (kind) {
      const box = statusBox(kind, message);
      if (retry) box.appendChild(button(t('status.retry'), retry, { class: 'btn small' }));
      this.strip.appendChild(box);
    }
    this.changed();
  }

  /** Add (or replace, by id) a dismissible notice. */
  notice(kind: StatusKind, message: string, id?: string): void {
    if (id) this.strip.querySelector(`[data-notice="${id}"]`)?.remove();
    const box = statusBox(kind, message);
    if (id) box.dataset.notice = id;
    box.appendChild(button('×', () => { box.remove(); this.changed(); }, { class: 'btn icon close', 'aria-label': t('status.dismiss'), title: t('status.dismiss') }));
    this.strip.appendChild(box);
    this.changed();
  }

  private changed(): void {
    const visible = this.strip.childElementCount > 0;
    if (this.strip.hidden === !visible && !visible) return;
    this.strip.hidden = !visible;
    this.onResize();
  }

  /** The current text (for tests and screen readers). */
  text(): string { return `${this.overlay.textContent ?? ''} ${this.strip.textContent ?? ''}`.trim(); }
}

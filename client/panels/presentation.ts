/**
 * Presentation mode for trainers: step through a chain of documents one at a time, full
 * screen (Fullscreen API, or a fixed overlay where it is refused), with ←/→ and Esc. Each
 * step shows the document and the sentence in which it takes up the previous one.
 */
import type { DocumentDetail } from '../../server/schema';
import { button, clear, h } from '../dom';
import { formatDate, t } from '../i18n';
import { daysBetween } from '../graph/model';
import { docLabel, levelName, relationName } from './document';

export interface ChainStep {
  id: string;
  number: string | null; type: string | null; title: string | null; issuer: string | null;
  issuedOn: string | null; level: string | null;
}

export interface PresentationActions {
  detail(id: string): Promise<DocumentDetail>;
  /** Called on each step (the graph can highlight it). */
  step?(id: string, index: number): void;
  closed?(): void;
}

/** The quote in which `child` takes up `parent`, and the relation, from either side's detail. */
export async function linkQuote(a: PresentationActions, child: string, parent: string): Promise<{ quote: string | null; relation: string | null }> {
  try {
    const d = await a.detail(child);
    const c = d.references.find((r) => r.id === parent);
    if (c) return { quote: c.quote, relation: c.relation };
    const back = d.citedBy.find((r) => r.id === parent);
    if (back) return { quote: back.quote, relation: back.relation };
  } catch { /* fall through */ }
  return { quote: null, relation: null };
}

export class Presentation {
  private readonly el: HTMLElement;
  private chain: ChainStep[] = [];
  private i = 0;
  private open_ = false;
  private usedFullscreen = false;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);
  private readonly onFs = () => { if (this.usedFullscreen && !document.fullscreenElement && this.open_) this.close(); };
  private lastFocus: Element | null = null;

  constructor(private readonly actions: PresentationActions) {
    this.el = h('div', { id: 'presentation', class: 'presentation', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'present-title', hidden: true, tabindex: '-1' });
    document.body.appendChild(this.el);
  }

  get isOpen(): boolean { return this.open_; }
  get index(): number { return this.i; }

  /** Start presenting a chain (first document first). */
  async start(chain: ChainStep[]): Promise<void> {
    this.chain = chain;
    this.i = 0;
    this.open_ = true;
    this.lastFocus = document.activeElement;
    this.el.hidden = false;
    this.el.classList.add('pseudo-fullscreen');
    document.addEventListener('keydown', this.onKey, true);
    document.addEventListener('fullscreenchange', this.onFs);
    this.usedFullscreen = false;
    try {
      if (this.el.requestFullscreen && document.fullscreenEnabled) {
        await this.el.requestFullscreen();
        this.usedFullscreen = true;
      }
    } catch { /* refused (no user gesture, iframe, headless): the fixed overlay stays */ }
    this.render();
    this.el.focus();
  }

  close(): void {
    if (!this.open_) return;
    this.open_ = false;
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('fullscreenchange', this.onFs);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.el.hidden = true;
    this.el.classList.remove('pseudo-fullscreen');
    clear(this.el);
    (this.lastFocus as HTMLElement | null)?.focus?.();
    this.actions.closed?.();
  }

  go(i: number): void {
    if (!this.chain.length) return;
    this.i = Math.max(0, Math.min(this.chain.length - 1, i));
    this.render();
  }

  private key(e: KeyboardEvent): void {
    if (!this.open_) return;
    const map: Record<string, () => void> = {
      ArrowRight: () => this.go(this.i + 1), ArrowDown: () => this.go(this.i + 1), PageDown: () => this.go(this.i + 1), ' ': () => this.go(this.i + 1),
      ArrowLeft: () => this.go(this.i - 1), ArrowUp: () => this.go(this.i - 1), PageUp: () => this.go(this.i - 1),
      Home: () => this.go(0), End: () => this.go(this.chain.length - 1), Escape: () => this.close(),
    };
    const f = map[e.key];
    if (!f) return;
    e.preventDefault();
    e.stopPropagation();
    f();
  }

  private render(): void {
    clear(this.el);
    const close = button(t('present.close'), () => this.close(), { class: 'btn', 'data-action': 'close' });
    if (!this.chain.length) {
      this.el.append(h('div', { class: 'present-inner' }, h('h2', { id: 'present-title' }, t('present.title')), h('p', {}, t('present.empty')), close));
      return;
    }
    const step = this.chain[this.i];
    const parent = this.i > 0 ? this.chain[this.i - 1] : null;
    const first = this.chain[0];
    const delay = daysBetween(first.issuedOn, step.issuedOn);
    const quoteBox = h('div', { class: 'present-quote', 'aria-live': 'polite' });
    const prev = button(t('present.prev'), () => this.go(this.i - 1), { class: 'btn', 'data-action': 'prev' });
    const next = button(t('present.next'), () => this.go(this.i + 1), { class: 'btn primary', 'data-action': 'next' });
    prev.disabled = this.i === 0;
    next.disabled = this.i === this.chain.length - 1;
    const crumbs = h('ol', { class: 'present-crumbs' }, ...this.chain.map((c, k) => {
      const b = button(c.number ?? docLabel(c), () => this.go(k), { class: 'crumb', 'aria-current': k === this.i ? 'step' : null });
      return h('li', { class: `lvl-${c.level ?? 'unknown'}` }, b);
    }));
    this.el.append(h('div', { class: 'present-inner' },
      h('header', { class: 'present-head' },
        h('span', { id: 'present-title', class: 'present-kicker' }, `${t('present.title')} — ${t('present.step', { i: this.i + 1, n: this.chain.length })}`),
        close,
      ),
      crumbs,
      h('article', { class: 'present-doc', 'data-id': step.id },
        h('p', { class: `badge lvl lvl-${step.level ?? 'unknown'}` }, levelName(step.level)),
        h('h2', {}, docLabel(step)),
        h('p', { class: 'present-title', lang: 'vi' }, step.title ?? t('doc.untitled')),
        h('p', { class: 'present-meta' }, [step.issuer, step.issuedOn ? formatDate(step.issuedOn) : null].filter(Boolean).join(' · '),
          delay !== null && this.i > 0 ? h('strong', { class: 'delay' }, `  ${t('graph.days', { sign: delay >= 0 ? '+' : '−', n: Math.abs(delay) })}`) : null),
        quoteBox,
      ),
      h('footer', { class: 'present-nav' }, prev, h('span', { class: 'muted' }, t('present.keys')), next),
    ));
    this.actions.step?.(step.id, this.i);
    if (!parent) { quoteBox.append(h('p', { class: 'muted' }, t('present.first'))); return; }
    const want = this.i;
    quoteBox.append(h('p', { class: 'muted' }, t('status.loading')));
    void linkQuote(this.actions, step.id, parent.id).then(({ quote, relation }) => {
      if (!this.open_ || this.i !== want) return;
      clear(quoteBox);
      quoteBox.append(h('p', { class: 'present-label' }, t('present.takesUp'), relation ? h('span', { class: `rel-badge rel-${relation}` }, ` ${relationName(relation)}`) : null));
      if (!quote) { quoteBox.append(h('p', { class: 'muted' }, t('present.noQuote'))); return; }
      quoteBox.append(highlightQuote(quote, parent.number));
    });
  }
}

/** The quote as a blockquote with the parent's number marked (text nodes and <mark> only). */
export function highlightQuote(quote: string, number: string | null): HTMLElement {
  const bq = h('blockquote', { lang: 'vi' });
  const digits = number?.match(/^\d+/)?.[0];
  const at = digits ? quote.search(new RegExp(`(?<![0-9])${digits}(?![0-9])`)) : -1;
  if (at < 0 || !digits) { bq.textContent = quote; return bq; }
  // Mark the whole symbol that starts with the number (e.g. "172-TB/TW").
  const m = /^[0-9][0-9A-Za-zĐđ/\-–.]*/.exec(quote.slice(at));
  const end = at + (m ? m[0].replace(/[.,;:]+$/, '').length : digits.length);
  bq.append(quote.slice(0, at), h('mark', {}, quote.slice(at, end)), quote.slice(end));
  return bq;
}

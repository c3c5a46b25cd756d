/**
 * The side panel's tab registry. Document, search results and corpus are built in; the
 * analytics (lag, coverage, text reuse, rankings) register their own tabs the same way:
 *
 *   registerPanel({ id: 'lag', label: () => 'Độ trễ', order: 40, render: (el, ctx) => { ... } });
 */
import { h, clear } from '../dom';
import { t, type MessageKey } from '../i18n';

/** What a panel may use from the app. */
export interface PanelContext {
  /** Open a document in the side panel (and in the graph when it is drawn). */
  openDocument(id: string): void;
  /** The current view state, read-only. */
  state(): import('../state').ViewState;
}

export interface PanelDef {
  id: string;
  label: MessageKey | (() => string);
  order: number;
  /** Fill `el` (emptied before each call). Called when shown and on refresh(). */
  render(el: HTMLElement, ctx: PanelContext): void;
}

const panels: PanelDef[] = [];
let host: SidePanel | null = null;

/** Add a tab to the side panel (before or after the panel is mounted). */
export function registerPanel(def: PanelDef): void {
  const i = panels.findIndex((p) => p.id === def.id);
  if (i >= 0) panels.splice(i, 1);
  panels.push(def);
  panels.sort((a, b) => a.order - b.order);
  host?.renderTabs();
}

export class SidePanel {
  private active: string;
  private readonly tabs: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly ctx: PanelContext, initial: string) {
    this.active = initial;
    this.tabs = h('div', { class: 'tabs', role: 'tablist' });
    this.body = h('div', { class: 'tab-body', role: 'tabpanel', id: 'side-tabpanel', tabindex: '-1' });
    root.append(this.tabs, this.body);
    host = this;
    this.renderTabs();
    this.tabs.addEventListener('keydown', (e) => this.onKey(e));
  }

  get current(): string { return this.active; }

  renderTabs(): void {
    clear(this.tabs);
    for (const p of panels) {
      const selected = p.id === this.active;
      const b = h('button', {
        type: 'button', role: 'tab', id: `tab-${p.id}`, 'aria-selected': String(selected), 'aria-controls': 'side-tabpanel',
        tabindex: selected ? '0' : '-1', class: selected ? 'tab active' : 'tab', 'data-panel': p.id,
      }, typeof p.label === 'function' ? p.label() : t(p.label));
      b.addEventListener('click', () => this.show(p.id));
      this.tabs.appendChild(b);
    }
    this.body.setAttribute('aria-labelledby', `tab-${this.active}`);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = panels.findIndex((p) => p.id === this.active);
    const next = panels[(i + (e.key === 'ArrowRight' ? 1 : panels.length - 1)) % panels.length];
    this.show(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  }

  /** Switch to a tab and render it. */
  show(id: string): void {
    if (!panels.some((p) => p.id === id)) return;
    this.active = id;
    this.renderTabs();
    this.refresh();
  }

  /** Re-render the active tab (or only if `id` is the active one). */
  refresh(id?: string): void {
    if (id && id !== this.active) return;
    const p = panels.find((x) => x.id === this.active);
    clear(this.body);
    if (p) p.render(this.body, this.ctx);
  }

  /** Scroll the panel body to the top. */
  scrollTop(): void { this.body.scrollTop = 0; }
}

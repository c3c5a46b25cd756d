/**
 * i18n: every UI string goes through t(). Vietnamese is the default; the choice is kept in
 * localStorage. Static HTML carries `data-i18n` (textContent), `data-i18n-title`,
 * `data-i18n-placeholder` and `data-i18n-aria` attributes that applyStatic() fills.
 */
import { vi, type MessageKey } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export type { MessageKey };

const TABLES: Record<Lang, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'dg.lang';
let current: Lang = readStoredLang();
const listeners = new Set<(lang: Lang) => void>();

function readStoredLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The current language. */
export function lang(): Lang {
  return current;
}

/**
 * Translate a key, filling `{name}` placeholders.
 * @example t('search.total', {n: 3}) // → '3 văn bản'
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const raw = TABLES[current][key] ?? TABLES.vi[key] ?? key;
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Whether a string is a known message key. */
export function isMessageKey(k: string): k is MessageKey {
  return k in vi;
}

/** Switch language, re-apply static strings and tell listeners. */
export function setLang(l: Lang): void {
  current = l;
  try { localStorage.setItem(STORAGE_KEY, l); } catch { /* private mode */ }
  document.documentElement.lang = l;
  applyStatic(document);
  for (const f of listeners) f(l);
}

/** Run `f` after each language switch. */
export function onLangChange(f: (lang: Lang) => void): void {
  listeners.add(f);
}

/** Fill the `data-i18n*` attributes under `root`. */
export function applyStatic(root: ParentNode): void {
  const apply = (attr: string, set: (el: HTMLElement, s: string) => void) => {
    root.querySelectorAll<HTMLElement>(`[${attr}]`).forEach((el) => {
      const k = el.getAttribute(attr)!;
      if (isMessageKey(k)) set(el, t(k));
    });
  };
  apply('data-i18n', (el, s) => { el.textContent = s; });
  apply('data-i18n-title', (el, s) => { el.title = s; });
  apply('data-i18n-placeholder', (el, s) => { (el as HTMLInputElement).placeholder = s; });
  apply('data-i18n-aria', (el, s) => { el.setAttribute('aria-label', s); });
}

/** Format an ISO date (YYYY-MM-DD) as dd/mm/yyyy (both languages use day-first). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('doc.unknown');
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Format a number with the language's grouping. */
export function formatNumber(n: number): string {
  return n.toLocaleString(current === 'vi' ? 'vi-VN' : 'en-GB');
}

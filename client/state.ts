/**
 * View state and its URL form, so that every view is a deep link: reloading the URL
 * restores the document, mode, layout, filters and depth. Also the load-state union the
 * UI renders (`idle | loading | error | ready`).
 */
import { LEVELS, RELATIONS, type Level, type Relation } from '../server/schema';

export const MODES = ['search', 'trace-down', 'trace-up', 'path', 'overview'] as const;
export type Mode = (typeof MODES)[number];
export const LAYOUT_NAMES = ['layered', 'timeline', 'force'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
/** Analytics views shown over the page (client/panels/analytics). */
export const ANALYTICS_VIEWS = ['lag', 'coverage', 'reuse', 'rankings', 'gaps'] as const;
export type AnalyticsView = (typeof ANALYTICS_VIEWS)[number];

export interface Filters {
  levels: Level[];
  province: string | null;
  /** Issuer key (from /api/issuers). */
  issuer: string | null;
  types: string[];
  relations: Relation[];
  from: string | null;
  to: string | null;
}

export interface ViewState {
  /** The focus document: root of a trace, centre of a neighbourhood, start of a path. */
  doc: string | null;
  /** The document shown in the side panel (defaults to doc). */
  sel: string | null;
  /** The end of a path. */
  target: string | null;
  mode: Mode;
  layout: LayoutName;
  depth: number;
  filters: Filters;
  /** Node cap of the overview. */
  limit: number;
  /** The search box's query. */
  q: string;
  /** The analytics view open over the page (null: none). */
  an: AnalyticsView | null;
  /** Its document: the root of a lag report, the child (citing document) of a text-reuse pair. */
  adoc: string | null;
  /** The parent (cited document) of a text-reuse pair. */
  awith: string | null;
}

export const DEFAULT_DEPTH = 3;
export const MAX_DEPTH = 10;
export const DEFAULT_LIMIT = 2000;
export const LIMITS = [500, 2000, 5000, 10000, 20000] as const;

export const emptyFilters = (): Filters => ({ levels: [], province: null, issuer: null, types: [], relations: [], from: null, to: null });

export const defaultState = (): ViewState => ({
  doc: null, sel: null, target: null, mode: 'search', layout: 'layered', depth: DEFAULT_DEPTH,
  filters: emptyFilters(), limit: DEFAULT_LIMIT, q: '', an: null, adoc: null, awith: null,
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const oneOf = <T extends string>(all: readonly T[], v: string | null, d: T): T => (v && (all as readonly string[]).includes(v) ? (v as T) : d);

/**
 * Read a state from a query string; unknown or malformed values fall back to the defaults.
 * @example parseState('?doc=172-TB%2FTW%7Ccentral%7C2020&mode=trace-down').mode // → 'trace-down'
 */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  s.doc = p.get('doc') || null;
  s.sel = p.get('sel') || s.doc;
  s.target = p.get('target') || null;
  s.mode = oneOf(MODES, p.get('mode'), s.doc ? 'search' : 'search');
  s.layout = oneOf(LAYOUT_NAMES, p.get('layout'), s.layout);
  const depth = Number(p.get('depth'));
  if (Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH) s.depth = depth;
  const limit = Number(p.get('limit'));
  if (Number.isInteger(limit) && limit >= 1 && limit <= 100000) s.limit = limit;
  s.q = p.get('q') ?? '';
  const an = p.get('an');
  s.an = an && (ANALYTICS_VIEWS as readonly string[]).includes(an) ? (an as AnalyticsView) : null;
  if (s.an) {
    s.adoc = p.get('adoc') || null;
    s.awith = p.get('awith') || null;
  }
  const f = s.filters;
  f.levels = list(p.get('level')).filter((l): l is Level => (LEVELS as readonly string[]).includes(l));
  f.relations = list(p.get('rel')).filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r));
  f.types = list(p.get('type'));
  f.province = p.get('province') || null;
  f.issuer = p.get('issuer') || null;
  const from = p.get('from');
  const to = p.get('to');
  f.from = from && ISO.test(from) ? from : null;
  f.to = to && ISO.test(to) ? to : null;
  return s;
}

/**
 * The query string of a state (defaults left out, so links stay short).
 * @example serializeState({...defaultState(), doc: 'a|b', mode: 'trace-down'}) // → '?doc=a%7Cb&mode=trace-down'
 */
export function serializeState(s: ViewState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  if (s.doc) p.set('doc', s.doc);
  if (s.sel && s.sel !== s.doc) p.set('sel', s.sel);
  if (s.target) p.set('target', s.target);
  if (s.mode !== d.mode) p.set('mode', s.mode);
  if (s.layout !== d.layout) p.set('layout', s.layout);
  if (s.depth !== d.depth) p.set('depth', String(s.depth));
  if (s.limit !== d.limit) p.set('limit', String(s.limit));
  if (s.q) p.set('q', s.q);
  if (s.an) {
    p.set('an', s.an);
    if (s.adoc) p.set('adoc', s.adoc);
    if (s.awith) p.set('awith', s.awith);
  }
  const f = s.filters;
  if (f.levels.length) p.set('level', f.levels.join(','));
  if (f.province) p.set('province', f.province);
  if (f.issuer) p.set('issuer', f.issuer);
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.relations.length) p.set('rel', f.relations.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** Number of active filters. */
export function activeFilterCount(f: Filters): number {
  return (f.levels.length ? 1 : 0) + (f.province ? 1 : 0) + (f.issuer ? 1 : 0) + (f.types.length ? 1 : 0)
    + (f.relations.length ? 1 : 0) + (f.from ? 1 : 0) + (f.to ? 1 : 0);
}

/** The parts of a state that decide which graph is fetched; a change means reload. */
export function graphKey(s: ViewState): string {
  const f = s.filters;
  switch (s.mode) {
    case 'overview':
      return JSON.stringify(['overview', s.limit, f]);
    case 'path':
      return JSON.stringify(['path', s.doc, s.target]);
    case 'trace-down':
    case 'trace-up':
      return JSON.stringify([s.mode, s.doc, s.depth, f.relations]);
    case 'search':
      return JSON.stringify(['search', s.doc, f.relations]);
  }
}

/** The parts of a state that decide which analytics view is open; a change means re-render it. */
export function analyticsKey(s: ViewState): string {
  return s.an ? JSON.stringify([s.an, s.adoc, s.awith]) : '';
}

/** What a piece of UI that loads something is showing. */
export type LoadState<T> =
  | { kind: 'idle' }
  | { kind: 'loading'; what?: string }
  | { kind: 'error'; message: string; status?: number }
  | { kind: 'ready'; data: T };

export const idle = <T>(): LoadState<T> => ({ kind: 'idle' });
export const loading = <T>(what?: string): LoadState<T> => ({ kind: 'loading', what });
export const failed = <T>(message: string, status?: number): LoadState<T> => ({ kind: 'error', message, status });
export const ready = <T>(data: T): LoadState<T> => ({ kind: 'ready', data });

/** A tiny observable store holding the view state, kept in sync with the URL. */
export class Store {
  private s: ViewState;
  private readonly subs = new Set<(s: ViewState, prev: ViewState) => void>();

  constructor(initial: ViewState) { this.s = initial; }

  get(): ViewState { return this.s; }

  /**
   * Change the state; `push` adds a history entry (navigation), otherwise the URL is replaced.
   * @example store.set({mode: 'trace-down'}, {push: true})
   */
  set(patch: Partial<ViewState>, opts: { push?: boolean; silent?: boolean } = {}): void {
    const prev = this.s;
    this.s = { ...prev, ...patch, filters: patch.filters ? { ...patch.filters } : prev.filters };
    const url = `${location.pathname}${serializeState(this.s)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (opts.push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (!opts.silent) for (const f of this.subs) f(this.s, prev);
  }

  /** Replace the whole state (after popstate), without touching the URL. */
  restore(s: ViewState): void {
    const prev = this.s;
    this.s = s;
    for (const f of this.subs) f(this.s, prev);
  }

  subscribe(f: (s: ViewState, prev: ViewState) => void): () => void {
    this.subs.add(f);
    return () => this.subs.delete(f);
  }
}

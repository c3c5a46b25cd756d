/**
 * The page controller: keeps the view state (and so the URL) as the single source of truth,
 * loads what the state asks for, and wires the toolbar, the graph, the side panel, the
 * legend, playback, presentation, exports and uploads together.
 */
import './styles.css';
import type { DocumentDetail, Graph, PathResult, SearchResult, Stats } from '../server/schema';
import { api, ApiRequestError, type GraphFilters } from './api';
import { byId, clear, h } from './dom';
import { applyStatic, formatDate, formatNumber, lang, onLangChange, setLang, t } from './i18n';
import {
  activeFilterCount, analyticsKey, emptyFilters, failed, graphKey, idle, loading, MAX_DEPTH, parseState, ready, serializeState, Store,
  type LoadState, type Mode, type ViewState,
} from './state';
import { drawPhases, GraphView } from './graph/view';
import { attachKeyboard } from './graph/keyboard';
import { LAYOUTS, prewarmLayoutWorker } from './graph/layouts';
import {
  bfsTree, delays, directionOf, mergeGraphs, nodeLabel, toElements, treePath, visibleSubgraph, type Tree,
} from './graph/model';
import { currentSubgraph, download, exportName, pngBlob, svgBlob, toCsv, toGraphML } from './graph/export';
import { Player } from './graph/play';
import { registerPanel, SidePanel } from './panels/registry';
import { renderDocument, docLabel } from './panels/document';
import { renderResults } from './panels/results';
import { renderCorpus } from './panels/corpus';
import { renderLegend } from './panels/legend';
import { FilterForm } from './panels/filters';
import { UploadDialog } from './panels/upload';
import { Presentation, type ChainStep } from './panels/presentation';
import { errorText, StatusBar } from './panels/status';
import { AnalyticsOverlay } from './panels/analytics/overlay';
import type { AnalyticsHost } from './panels/analytics/common';
import { decorateDocument } from './panels/analytics/document-extras';
import { renderHub } from './panels/analytics/hub';

/** Children shown per node before "+N more". */
const CAP = 25;
const SEARCH_SIZE = 20;

// ---------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------

const store = new Store(parseState(location.search));

interface Current {
  key: string;
  mode: Mode;
  graph: Graph;
  root: string | null;
  paths: PathResult['paths'];
  /** Tree from the root over the drawn edges (for path highlighting and presentation). */
  tree: Tree | null;
}
let current: Current | null = null;
let revealed = new Map<string, number>();
let graphState: LoadState<Current> = idle();
let docState: LoadState<DocumentDetail> = idle();
let searchState: LoadState<SearchResult> = idle();
let searchPage = 1;
let statsState: LoadState<Stats> = idle();
let graphAbort: AbortController | null = null;
let docAbort: AbortController | null = null;
let searchAbort: AbortController | null = null;
let pendingGraph: Promise<void> = Promise.resolve();

/** Timings of the last graph load (read by the UI benchmark). */
const timing = { requestStart: 0, responseAt: 0, modelMs: 0, drawnAt: 0, nodes: 0, edges: 0, layout: '', webgl: false, phases: drawPhases };

// Detail cache: the panel, presentation and link quotes share it.
const detailCache = new Map<string, Promise<DocumentDetail>>();
function detail(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  let p = detailCache.get(id);
  if (!p) {
    p = api.document(id, signal);
    detailCache.set(id, p);
    p.catch(() => detailCache.delete(id));
    if (detailCache.size > 200) detailCache.delete(detailCache.keys().next().value!);
  }
  return p;
}

// ---------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------

const status = new StatusBar(byId('status'), byId('loading'), () => view.resize());
const view = new GraphView(byId('cy'), {
  select: (id) => selectNode(id),
  focus: (id) => navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) }),
  more: (parent) => {
    revealed.set(parent, (revealed.get(parent) ?? 0) + CAP);
    void redraw({ keepViewport: true });
  },
});
attachKeyboard(byId('cy'), byId('graph-announce'), {
  cy: () => view.cy,
  select: (id) => selectNode(id),
  open: (id) => navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) }),
  describe: (n) => [n.data('label'), n.data('title'), n.data('issuer'), n.data('issuedOn') ? formatDate(String(n.data('issuedOn'))) : null]
    .filter((x) => x !== null && x !== undefined && String(x).trim() !== '').map(String).join('. '),
  zoomBy: (f) => view.zoomBy(f),
  fit: () => view.fit(),
});
const player = new Player(() => view.cy, (tick) => {
  const el = byId('play-status');
  const btn = byId<HTMLButtonElement>('play');
  btn.textContent = tick.playing ? t('play.pause') : t('play.play');
  btn.setAttribute('aria-pressed', String(tick.playing));
  if (!player.isActive) { el.hidden = true; return; }
  el.hidden = false;
  el.textContent = tick.date
    ? t('play.date', { date: formatDate(tick.date), n: formatNumber(tick.shown), total: formatNumber(tick.total) })
    : t('play.undated', { n: formatNumber(tick.shown), total: formatNumber(tick.total) });
});
const filterForm = new FilterForm(byId('filters'), (filters, limit) => store.set({ filters, limit }, { push: true }));
const upload = new UploadDialog({
  open: (id) => navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) }, 'document'),
  uploaded: () => { detailCache.clear(); void loadStats(); },
});
const presentation = new Presentation({
  detail: (id) => detail(id),
  step: (id) => { view.select(id, true); },
});

/** Closes the analytics view, in the same navigation as what follows it. */
const NO_ANALYTICS: Partial<ViewState> = { an: null, adoc: null, awith: null };
const analyticsHost: AnalyticsHost = {
  state: () => store.get(),
  show: (view, adoc = null, awith = null) => navigate({ an: view, adoc, awith }),
  close: () => navigate(NO_ANALYTICS),
  openDocument: (id) => {
    const inGraph = !!view.cy && view.cy.getElementById(id).nonempty() && view.cy.getElementById(id).hasClass('doc');
    navigate({ ...NO_ANALYTICS, ...(inGraph ? { sel: id } : { doc: id, sel: id, mode: keepGraphMode(store.get().mode) }) }, 'document');
    side.scrollTop();
  },
  openChain: ({ root, sel, depth, province }) => {
    navigate({
      ...NO_ANALYTICS, doc: root, sel, mode: 'trace-down', depth: Math.min(MAX_DEPTH, Math.max(1, depth)),
      filters: { ...emptyFilters(), province: province ?? null },
    }, 'document');
    side.scrollTop();
  },
  href: (patch) => hrefFor(patch),
};
const analytics = new AnalyticsOverlay(analyticsHost);

const panelCtx = { openDocument: (id: string) => openDocument(id), state: () => store.get() };
registerPanel({
  id: 'document', label: 'panel.document', order: 10,
  render: (el) => { renderDocument(el, docState, {
    open: (id) => openDocument(id),
    href: (id) => hrefFor({ sel: id }),
    traceDown: (id) => navigate({ doc: id, sel: id, mode: 'trace-down' }),
    traceUp: (id) => navigate({ doc: id, sel: id, mode: 'trace-up' }),
    neighbourhood: (id) => navigate({ doc: id, sel: id, mode: 'search' }),
    pathFrom: (id) => navigate({ doc: id, sel: id, mode: 'path' }),
    pathTo: (id) => navigate({ target: id, sel: id, mode: 'path' }),
    present: (id) => void present(id),
    retry: () => { const s = store.get(); const id = s.sel ?? s.doc; if (id) { detailCache.delete(id); void loadDocument(id); } },
  });
  if (docState.kind === 'ready') {
    decorateDocument(el, docState.data, {
      lag: (id) => analyticsHost.show('lag', id),
      reuse: (child, parent) => analyticsHost.show('reuse', child, parent),
      open: (id) => openDocument(id),
      href: (id) => hrefFor({ sel: id }),
    });
  }
  },
});
registerPanel({
  id: 'results', label: 'panel.results', order: 20,
  render: (el) => renderResults(el, { q: store.get().q, state: searchState }, {
    open: (id) => navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) }, 'document'),
    href: (id) => hrefFor({ doc: id, sel: id }),
    page: (n) => void runSearch(store.get().q, n),
    retry: () => void runSearch(store.get().q, searchPage),
  }),
});
registerPanel({
  id: 'corpus', label: 'panel.corpus', order: 30,
  render: (el) => renderCorpus(el, statsState, {
    open: (id) => navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) }, 'document'),
    href: (id) => hrefFor({ doc: id, sel: id }),
    retry: () => void loadStats(),
  }),
});
registerPanel({
  id: 'analytics', label: 'panel.analytics', order: 40,
  render: (el) => {
    const s = store.get();
    const id = s.sel ?? s.doc;
    const label = docState.kind === 'ready' && docState.data.id === id ? docLabel(docState.data) : id ? id.split('|')[0] : null;
    renderHub(el, analyticsHost, id && label ? { id, label } : null);
  },
});
const side = new SidePanel(byId('side'), panelCtx, store.get().q && !store.get().doc ? 'results' : store.get().doc ? 'document' : 'corpus');

// ---------------------------------------------------------------------------
// Navigation helpers
// ---------------------------------------------------------------------------

/** Modes that show a graph around a document; the others fall back to the neighbourhood. */
function keepGraphMode(m: Mode): Mode {
  return m === 'trace-down' || m === 'trace-up' || m === 'search' ? m : 'search';
}

function hrefFor(patch: Partial<ViewState>): string {
  return `${location.pathname}${serializeState({ ...store.get(), ...patch })}`;
}

/** A navigation (new history entry). */
function navigate(patch: Partial<ViewState>, tab?: string): void {
  store.set(patch, { push: true });
  if (tab) side.show(tab);
}

/** Open a document from a link: select it when drawn, otherwise make it the focus. */
function openDocument(id: string): void {
  const inGraph = !!view.cy && view.cy.getElementById(id).nonempty() && view.cy.getElementById(id).hasClass('doc');
  if (inGraph) store.set({ sel: id }, { push: true });
  else navigate({ doc: id, sel: id, mode: keepGraphMode(store.get().mode) });
  side.show('document');
  side.scrollTop();
}

function selectNode(id: string | null): void {
  const s = store.get();
  if (id === null) { store.set({ sel: s.doc }); return; }
  store.set({ sel: id });
  if (side.current !== 'document') side.show('document');
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

function setGraphState(s: LoadState<Current>): void {
  graphState = s;
  document.body.dataset.graphState = s.kind;
}

function overviewFilters(s: ViewState): GraphFilters {
  const f = s.filters;
  return {
    level: f.levels.length === 1 ? f.levels[0] : undefined,
    type: f.types.length === 1 ? f.types[0] : undefined,
    province: f.province ?? undefined,
    issuer: f.issuer ?? undefined,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    relations: f.relations.length ? f.relations : undefined,
    limit: s.limit,
  };
}

async function fetchGraph(s: ViewState, signal: AbortSignal): Promise<Omit<Current, 'tree' | 'key'> | null> {
  const rel = s.filters.relations.length ? s.filters.relations : undefined;
  switch (s.mode) {
    case 'overview': {
      const g = await api.graph(overviewFilters(s), signal);
      return { mode: s.mode, graph: g, root: null, paths: [] };
    }
    case 'trace-down':
    case 'trace-up': {
      if (!s.doc) return null;
      const g = await api.trace(s.doc, { direction: s.mode === 'trace-down' ? 'down' : 'up', depth: s.depth, relations: rel }, signal);
      return { mode: s.mode, graph: g, root: g.root, paths: [] };
    }
    case 'search': {
      if (!s.doc) return null;
      const [down, up] = await Promise.all([
        api.trace(s.doc, { direction: 'down', depth: 1, relations: rel }, signal),
        api.trace(s.doc, { direction: 'up', depth: 1, relations: rel }, signal),
      ]);
      return { mode: s.mode, graph: mergeGraphs(down, up), root: s.doc, paths: [] };
    }
    case 'path': {
      if (!s.doc || !s.target) return null;
      const p = await api.path(s.doc, s.target, signal);
      return { mode: s.mode, graph: p, root: s.doc, paths: p.paths };
    }
  }
}

function emptyGraphMessage(s: ViewState): string {
  if (s.mode === 'path') return !s.doc ? t('path.needSource') : t('path.needTarget');
  return t('graph.empty');
}

async function loadGraph(s: ViewState): Promise<void> {
  graphAbort?.abort();
  const ctrl = new AbortController();
  graphAbort = ctrl;
  player.stop();
  const key = graphKey(s);
  timing.requestStart = performance.now();
  setGraphState(loading());
  status.set(null);
  status.loading(t('status.loadingGraph'));
  try {
    const got = await fetchGraph(s, ctrl.signal);
    if (ctrl.signal.aborted) return;
    timing.responseAt = performance.now();
    if (!got) {
      current = null;
      view.clear();
      setGraphState(idle());
      status.loading(null);
      status.set('info', emptyGraphMessage(s));
      updateInfo();
      return;
    }
    current = { ...got, key, tree: null };
    revealed = new Map();
    await redraw({ keepViewport: false });
  } catch (e) {
    if (e instanceof ApiRequestError && e.aborted) return;
    if (ctrl.signal.aborted) return;
    console.error(e);
    current = null;
    view.clear();
    const msg = errorText(e);
    setGraphState(failed(msg, e instanceof ApiRequestError ? e.status : undefined));
    status.loading(null);
    status.set('error', msg, () => void loadGraph(store.get()));
    updateInfo();
  }
}

/** Draw `current` with the state's filters and layout (no fetch). */
async function redraw(o: { keepViewport: boolean }): Promise<void> {
  const c = current;
  if (!c) return;
  const s = store.get();
  const dir = directionOf(c.mode);
  const tm = performance.now();
  const vis = visibleSubgraph(c.graph, {
    root: c.mode === 'overview' ? null : c.root,
    dir,
    filters: s.filters,
    issuerName: filterForm.issuerName(s.filters.issuer),
    cap: c.mode === 'path' ? Number.MAX_SAFE_INTEGER : CAP,
    revealed,
  });
  const showDelays = c.mode === 'trace-down' || c.mode === 'trace-up';
  const dl = showDelays ? delays(c.graph, c.root) : new Map<string, number | null>();
  const defs = toElements(c.graph, vis, {
    root: c.mode === 'overview' ? null : c.root,
    delays: dl,
    label: (n, d) => nodeLabel(n, d, fmtDays, t('doc.nonumber')),
    moreLabel: (n) => t('graph.more', { n: formatNumber(n) }),
  });
  const drawnEdges = c.graph.edges.filter((e) => vis.edges.has(e.id));
  c.tree = c.root && c.mode !== 'overview' ? bfsTree({ nodes: c.graph.nodes, edges: drawnEdges }, c.root, dir) : null;
  timing.modelMs = performance.now() - tm;
  setGraphState(loading('draw'));
  // Notices first, so that the graph is fitted to the space they leave.
  status.set(null);
  if (c.graph.truncated) status.notice('warn', t('status.truncated', { shown: formatNumber(c.graph.nodes.length), total: formatNumber(c.graph.total) }), 'truncated');
  if (vis.more.size) status.notice('info', t('status.capped'), 'capped');
  if (vis.filteredOut > 0 && activeFilterCount(s.filters)) status.notice('info', t('filters.hiddenCount', { n: formatNumber(vis.filteredOut) }), 'filtered');
  if (c.mode === 'path' && !c.paths.length) status.notice('info', t('path.none'), 'path');
  if (c.mode === 'overview' && !c.graph.nodes.length) status.set('info', t('graph.nothing'));
  status.loading(t('status.drawing', { n: formatNumber(vis.nodes.size) }));
  player.reset();
  const res = await view.draw(defs, { layout: s.layout, root: c.root });
  if (current !== c) return;
  status.loading(null);
  timing.drawnAt = performance.now();
  timing.nodes = res.nodes;
  timing.edges = res.edges;
  timing.layout = res.layout;
  timing.webgl = res.webgl;
  if (res.fallbackFrom) {
    const from = LAYOUTS.find((l) => l.name === res.fallbackFrom)!;
    const used = LAYOUTS.find((l) => l.name === res.layout)!;
    status.notice('warn', t('layout.fallback', { name: t(from.label), n: formatNumber(res.nodes), used: t(used.label) }), 'fallback');
  }
  setGraphState(ready(c));
  updateInfo();
  applySelection();
}

function fmtDays(d: number): string {
  return t('graph.days', { sign: d > 0 ? '+' : d < 0 ? '−' : '±', n: Math.abs(d) });
}

function updateInfo(): void {
  const el = byId('graph-info');
  if (!view.cy || !current) { el.textContent = ''; return; }
  const nodes = view.cy.nodes('.doc').length;
  const edges = view.cy.edges('.cite').length;
  el.textContent = t('graph.nodesEdges', { nodes: formatNumber(nodes), edges: formatNumber(edges) }) + (view.isWebgl ? ` · ${t('graph.webgl')}` : '');
  renderPathBar();
}

/** Highlight what the selection asks for: a path's route, or the trace path to the selected node. */
function applySelection(): void {
  const s = store.get();
  const c = current;
  if (!c || !view.cy) return;
  const sel = s.sel ?? s.doc;
  view.select(sel);
  if (c.mode === 'path') {
    const p = c.paths[0];
    view.highlight(p ? p.nodes : [], p ? p.edges : []);
    return;
  }
  if (c.tree && sel && sel !== c.root && c.tree.depth.has(sel)) {
    const p = treePath(c.tree, sel);
    view.highlight(p.nodes, p.edges);
  } else {
    view.highlight([]);
  }
}

async function loadDocument(id: string | null): Promise<void> {
  docAbort?.abort();
  if (!id) { docState = idle(); side.refresh('document'); return; }
  const ctrl = new AbortController();
  docAbort = ctrl;
  docState = loading();
  side.refresh('document');
  try {
    const d = await detail(id);
    if (ctrl.signal.aborted) return;
    docState = ready(d);
  } catch (e) {
    if (ctrl.signal.aborted) return;
    docState = failed(errorText(e), e instanceof ApiRequestError ? e.status : undefined);
  }
  side.refresh('document');
  side.refresh('analytics');
  renderPathBar();
}

async function runSearch(q: string, page = 1): Promise<void> {
  searchAbort?.abort();
  searchPage = page;
  if (!q.trim()) { searchState = idle(); side.refresh('results'); return; }
  const ctrl = new AbortController();
  searchAbort = ctrl;
  searchState = loading();
  side.refresh('results');
  try {
    const r = await api.search({ q: q.trim(), page, size: SEARCH_SIZE }, ctrl.signal);
    if (ctrl.signal.aborted) return;
    searchState = ready(r);
  } catch (e) {
    if (e instanceof ApiRequestError && e.aborted) return;
    searchState = failed(errorText(e));
  }
  side.refresh('results');
}

async function loadStats(): Promise<void> {
  statsState = loading();
  side.refresh('corpus');
  try {
    const st = await api.stats();
    statsState = ready(st);
    byId('generated-banner').hidden = !st.generated;
    filterForm.setOptions({
      provinces: Object.keys(st.byProvince).sort((a, b) => a.localeCompare(b, 'vi')),
      types: Object.entries(st.byType).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k]) => k),
    });
  } catch (e) {
    statsState = failed(errorText(e));
  }
  side.refresh('corpus');
}

async function loadIssuers(): Promise<void> {
  try {
    const list = await api.issuers();
    filterForm.setOptions({ issuers: [...list.items].sort((a, b) => b.documents - a.documents) });
  } catch { /* the filter still accepts typed names */ }
}

async function checkHealth(): Promise<void> {
  const el = byId('health');
  try {
    const hres = await api.health();
    el.textContent = hres.neo4j.up ? '' : t('health.down');
    el.className = hres.neo4j.up ? 'health' : 'health down';
  } catch (e) {
    el.textContent = e instanceof ApiRequestError && e.status === 503 ? t('health.down') : t('error.network');
    el.className = 'health down';
  }
}

// ---------------------------------------------------------------------------
// Presentation
// ---------------------------------------------------------------------------

function stepOf(id: string): ChainStep {
  const n = current?.graph.nodes.find((x) => x.id === id);
  return { id, number: n?.number ?? null, type: n?.type ?? null, title: n?.title ?? null, issuer: n?.issuer ?? null, issuedOn: n?.issuedOn ?? null, level: n?.level ?? null };
}

/** The chain to present: the path, or the trace path from the root to `id` (or to the deepest, latest node). */
function chainFor(id: string | null): string[] {
  const c = current;
  if (!c) return id ? [id] : [];
  const citing = (a: string, b: string) => c.graph.edges.some((e) => e.source === a && e.target === b);
  let ids: string[] = [];
  if (c.mode === 'path' && c.paths[0]) ids = [...c.paths[0].nodes];
  else if (c.tree) {
    let target = id && c.tree.depth.has(id) && id !== c.root ? id : null;
    if (!target) {
      let best: { id: string; d: number; date: string } | null = null;
      for (const [nid, d] of c.tree.depth) {
        const date = c.graph.nodes.find((n) => n.id === nid)?.issuedOn ?? '';
        if (!best || d > best.d || (d === best.d && date > best.date)) best = { id: nid, d, date };
      }
      target = best?.id ?? c.root;
    }
    ids = target ? treePath(c.tree, target).nodes : [];
  }
  if (!ids.length) return id ? [id] : [];
  // The first step is the one the others take up: each next document cites the previous.
  let forward = 0;
  for (let i = 1; i < ids.length; i++) forward += citing(ids[i], ids[i - 1]) ? 1 : citing(ids[i - 1], ids[i]) ? -1 : 0;
  return forward < 0 ? ids.reverse() : ids;
}

async function present(id: string | null = null): Promise<void> {
  player.stop();
  const s = store.get();
  const ids = chainFor(id ?? (s.sel !== s.doc ? s.sel : null));
  await presentation.start(ids.map(stepOf));
}

// ---------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------

function exportView(kind: string): void {
  const cy = view.cy;
  const s = store.get();
  const rootNumber = current?.root ? current.graph.nodes.find((n) => n.id === current!.root)?.number ?? null : null;
  if (!cy || !cy.nodes('.doc').length) { status.notice('info', t('export.empty'), 'export'); return; }
  const name = (ext: string) => exportName(s.mode, rootNumber, ext);
  switch (kind) {
    case 'png': download(pngBlob(cy), name('png')); break;
    case 'svg': download(svgBlob(cy), name('svg')); break;
    case 'json': {
      const g = currentSubgraph(cy);
      const body = { mode: s.mode, root: current?.root ?? null, filters: s.filters, exportedAt: new Date().toISOString(), ...g };
      download(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }), name('json'));
      break;
    }
    case 'graphml': download(new Blob([toGraphML(currentSubgraph(cy))], { type: 'application/graphml+xml' }), name('graphml')); break;
    case 'csv-nodes': download(new Blob([toCsv(currentSubgraph(cy), 'nodes')], { type: 'text/csv;charset=utf-8' }), name('nodes.csv')); break;
    case 'csv-edges': download(new Blob([toCsv(currentSubgraph(cy), 'edges')], { type: 'text/csv;charset=utf-8' }), name('edges.csv')); break;
  }
}

// ---------------------------------------------------------------------------
// Toolbar and state sync
// ---------------------------------------------------------------------------

function renderLayoutOptions(): void {
  const sel = byId<HTMLSelectElement>('layout');
  clear(sel);
  for (const l of LAYOUTS) sel.appendChild(h('option', { value: l.name, selected: l.name === store.get().layout }, t(l.label)));
}

function renderPathBar(): void {
  const bar = byId('path-bar');
  const s = store.get();
  if (s.mode !== 'path') { bar.hidden = true; return; }
  bar.hidden = false;
  clear(bar);
  const label = (id: string | null) => {
    if (!id) return h('em', {}, '—');
    const n = current?.graph.nodes.find((x) => x.id === id);
    return h('strong', {}, n ? docLabel(n) : id.split('|')[0]);
  };
  bar.append(h('span', {}, `${t('path.from')}: `), label(s.doc), h('span', { 'aria-hidden': 'true' }, ' → '), h('span', {}, `${t('path.to')}: `), label(s.target));
  if (current?.paths[0]) bar.append(h('span', { class: 'muted' }, ` · ${t('path.found', { n: current.paths[0].edges.length })}`));
}

function syncControls(s: ViewState): void {
  document.querySelectorAll<HTMLButtonElement>('#modes [data-mode]').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.dataset.mode === s.mode));
  });
  const depth = byId<HTMLInputElement>('depth');
  if (document.activeElement !== depth) depth.value = String(s.depth);
  depth.disabled = s.mode !== 'trace-down' && s.mode !== 'trace-up';
  byId<HTMLSelectElement>('layout').value = s.layout;
  const input = byId<HTMLInputElement>('search-input');
  if (document.activeElement !== input) input.value = s.q;
  const n = activeFilterCount(s.filters);
  byId('filters-count').textContent = n ? `(${n})` : '';
  byId('filters-count').title = n ? t('filters.active', { n }) : '';
}

function sync(s: ViewState, prev: ViewState | null): void {
  syncControls(s);
  if (!prev || JSON.stringify(s.filters) !== JSON.stringify(prev.filters) || s.limit !== prev.limit) filterForm.setValue(s.filters, s.limit);
  const key = graphKey(s);
  if (!prev || key !== graphKey(prev)) {
    pendingGraph = loadGraph(s);
  } else if (JSON.stringify(s.filters) !== JSON.stringify(prev.filters)) {
    pendingGraph = redraw({ keepViewport: false });
  } else if (s.layout !== prev.layout && current) {
    pendingGraph = (async () => {
      const res = await view.relayout(s.layout, current!.root);
      if (res.fallbackFrom) {
        status.notice('warn', t('layout.fallback', { name: t(LAYOUTS.find((l) => l.name === res.fallbackFrom)!.label), n: formatNumber(timing.nodes), used: t(LAYOUTS.find((l) => l.name === res.layout)!.label) }), 'fallback');
      }
      applySelection();
    })();
  } else if (s.sel !== prev.sel || s.doc !== prev.doc) {
    applySelection();
  }
  const shown = s.sel ?? s.doc;
  const prevShown = prev ? prev.sel ?? prev.doc : undefined;
  if (shown !== prevShown || (shown && docState.kind === 'idle')) { void loadDocument(shown); side.refresh('analytics'); }
  if (!prev || analyticsKey(s) !== analyticsKey(prev)) analytics.sync(s);
  if (!prev || s.q !== prev.q) {
    if (s.q) { void runSearch(s.q, 1); if (prev) side.show('results'); } else { searchState = idle(); side.refresh('results'); }
  }
  renderPathBar();
}

function wireToolbar(): void {
  byId<HTMLFormElement>('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = byId<HTMLInputElement>('search-input').value.trim();
    if (q === store.get().q) void runSearch(q, 1);
    store.set({ q }, { push: true });
    side.show('results');
  });
  document.querySelectorAll<HTMLButtonElement>('#modes [data-mode]').forEach((b) => {
    b.addEventListener('click', () => {
      const mode = b.dataset.mode as Mode;
      const s = store.get();
      const patch: Partial<ViewState> = { mode };
      // Opening the overview on the default layout: the timeline is the one that scales.
      if (mode === 'overview' && s.layout === 'force') patch.layout = 'timeline';
      navigate(patch);
    });
  });
  let depthTimer: ReturnType<typeof setTimeout> | undefined;
  byId<HTMLInputElement>('depth').addEventListener('input', (e) => {
    const v = Number((e.target as HTMLInputElement).value);
    clearTimeout(depthTimer);
    if (!Number.isInteger(v) || v < 1 || v > MAX_DEPTH) return;
    depthTimer = setTimeout(() => store.set({ depth: v }), 350);
  });
  byId<HTMLSelectElement>('layout').addEventListener('change', (e) => store.set({ layout: (e.target as HTMLSelectElement).value as ViewState['layout'] }));
  const toggle = byId<HTMLButtonElement>('filters-toggle');
  toggle.addEventListener('click', () => {
    const panel = byId('filters');
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) panel.querySelector<HTMLElement>('input, select')?.focus();
  });
  byId('play').addEventListener('click', () => {
    if (player.playing) player.pause();
    else { player.setSpeed(Number(byId<HTMLInputElement>('play-speed').value)); player.play(); }
  });
  byId('play-stop').addEventListener('click', () => player.stop());
  byId<HTMLInputElement>('play-speed').addEventListener('input', (e) => player.setSpeed(Number((e.target as HTMLInputElement).value)));
  byId('present').addEventListener('click', () => void present());
  const menu = byId<HTMLDetailsElement>('export-menu');
  menu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((b) => b.addEventListener('click', () => {
    menu.open = false;
    exportView(b.dataset.export!);
  }));
  document.addEventListener('click', (e) => { if (menu.open && !menu.contains(e.target as Node)) menu.open = false; });
  menu.addEventListener('keydown', (e) => { if (e.key === 'Escape') { menu.open = false; menu.querySelector('summary')?.focus(); } });
  byId('upload-open').addEventListener('click', () => upload.open());
  byId('lang-switch').addEventListener('click', () => setLang(lang() === 'vi' ? 'en' : 'vi'));
  byId('zoom-in').addEventListener('click', () => view.zoomBy(1.25));
  byId('zoom-out').addEventListener('click', () => view.zoomBy(0.8));
  byId('zoom-fit').addEventListener('click', () => view.fit());
  byId<HTMLInputElement>('labels-toggle').addEventListener('change', (e) => view.setLabels((e.target as HTMLInputElement).checked));
  const legendToggle = byId<HTMLButtonElement>('legend-toggle');
  const setLegend = (open: boolean) => {
    byId('legend-body').hidden = !open;
    legendToggle.setAttribute('aria-expanded', String(open));
    byId('legend').classList.toggle('collapsed', !open);
    view.resize();
    try { localStorage.setItem('dg.legend', open ? 'open' : 'closed'); } catch { /* ignore */ }
  };
  let legendOpen = true;
  try { legendOpen = localStorage.getItem('dg.legend') !== 'closed'; } catch { /* ignore */ }
  setLegend(legendOpen);
  legendToggle.addEventListener('click', () => setLegend(byId('legend-body').hidden));
  // "/" focuses the search box (unless typing somewhere).
  document.addEventListener('keydown', (e) => {
    const tgt = e.target as HTMLElement;
    if (e.key === '/' && !presentation.isOpen && !analytics.isOpen && !/^(INPUT|TEXTAREA|SELECT)$/.test(tgt.tagName)) {
      e.preventDefault();
      byId('search-input').focus();
    }
  });
  window.addEventListener('popstate', () => store.restore(parseState(location.search)));
}

function onLanguage(): void {
  renderLayoutOptions();
  renderLegend(byId('legend-body'));
  side.renderTabs();
  side.refresh();
  filterForm.render();
  syncControls(store.get());
  updateInfo();
  analytics.refresh();
  if (current) {
    const dl = current.mode === 'trace-down' || current.mode === 'trace-up' ? delays(current.graph, current.root) : new Map<string, number | null>();
    const byIdMap = new Map(current.graph.nodes.map((n) => [n.id, n]));
    view.relabel((d) => {
      if (d.moreOf) return t('graph.more', { n: formatNumber(Number(d.count)) });
      const n = byIdMap.get(String(d.id));
      return n ? nodeLabel(n, n.id === current!.root ? null : dl.get(n.id) ?? null, fmtDays, t('doc.nonumber')) : String(d.label ?? '');
    });
    // Lane names are in the current language too.
    if (store.get().layout === 'timeline') void view.relayout('timeline', current.root).then(applySelection);
  }
}

// ---------------------------------------------------------------------------
// Test and benchmark hook
// ---------------------------------------------------------------------------

declare global {
  interface Window {
    __dg?: {
      state(): ViewState;
      set(patch: Partial<ViewState>, push?: boolean): void;
      /** Resolves when the graph that the state asks for is drawn (or failed). */
      settled(): Promise<string>;
      timing: typeof timing;
      graphState(): string;
    };
  }
}

window.__dg = {
  state: () => store.get(),
  set: (patch, push = true) => store.set(patch, { push }),
  settled: async () => {
    for (let i = 0; i < 100; i++) {
      const p = pendingGraph;
      await p.catch(() => undefined);
      await view.settled;
      if (p === pendingGraph) break;
    }
    return graphState.kind;
  },
  timing,
  graphState: () => graphState.kind,
};

// ---------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------

document.documentElement.lang = lang();
applyStatic(document);
renderLayoutOptions();
renderLegend(byId('legend-body'));
wireToolbar();
onLangChange(onLanguage);
store.subscribe((s, prev) => sync(s, prev));
sync(store.get(), null);
void loadStats();
void loadIssuers();
setTimeout(prewarmLayoutWorker, 0);
void checkHealth();
setInterval(() => void checkHealth(), 30_000);

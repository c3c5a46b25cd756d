/**
 * The layout registry: `{name, impl, defaults}` entries the toolbar lists and the view runs.
 *  - layered: central documents at the top, commune at the bottom (dagre ordering, then
 *    each level snapped into its own band; a linear-time banded layout for big graphs);
 *  - timeline: a `preset` with computed positions, x = issuedOn, one lane per level,
 *    undated documents in their own column on the left;
 *  - force: fcose.
 * dagre and fcose run on a headless Cytoscape, in a web worker when the graph is big.
 */
import type { Core } from 'cytoscape';
import type { LayoutName } from '../state';
import { t, formatDate, type MessageKey } from '../i18n';
import { runHeadless, type HeadlessRequest, type Positions } from './headless';
import type { ElementDef } from './model';
import { LEVEL_ORDER, LEVEL_STYLES } from './styles';

export type { Positions };

/** What a layout needs to know of a node (built from element definitions or a drawn graph). */
export interface LayoutNode {
  id: string;
  size: number;
  label: string;
  /** Level lane (the parent's for a "more" placeholder). */
  level: string;
  issuedOn: string | null;
  province: string | null;
  more: boolean;
  /** Width of a "more" placeholder. */
  w: number;
}
export interface LayoutEdge { id: string; source: string; target: string }

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  root: string | null;
  /** A newer layout run started: stop and return anything. */
  cancelled: () => boolean;
}

const levelKey = (l: unknown) => (typeof l === 'string' && (LEVEL_ORDER as string[]).includes(l) ? l : 'unknown');

/** The layout model of element definitions (annotations and edges of placeholders left out). */
export function modelFromDefs(defs: ElementDef[]): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const docs = new Map<string, Record<string, unknown>>();
  for (const d of defs) if (d.group === 'nodes' && !d.classes.includes('more')) docs.set(String(d.data.id), d.data);
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (const d of defs) {
    if (d.classes.includes('annotation')) continue;
    if (d.group === 'edges') { edges.push({ id: String(d.data.id), source: String(d.data.source), target: String(d.data.target) }); continue; }
    const more = d.classes.includes('more');
    const of = more ? docs.get(String(d.data.moreOf)) : undefined;
    const src = of ?? d.data;
    nodes.push({
      id: String(d.data.id), size: Number(d.data.size ?? 24), label: String(d.data.label ?? ''), level: levelKey(src.level),
      issuedOn: (src.issuedOn as string | null) ?? null, province: (src.province as string | null) ?? null, more, w: Number(d.data.w ?? 0),
    });
  }
  return { nodes, edges };
}

/** The layout model of what a Cytoscape instance draws. */
export function modelFromCy(cy: Core): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  return modelFromDefs([
    ...cy.nodes().not('.annotation').map((n) => ({ group: 'nodes' as const, data: n.data(), classes: n.classes().join(' ') })),
    ...cy.edges().map((e) => ({ group: 'edges' as const, data: e.data(), classes: e.classes().join(' ') })),
  ]);
}

export interface LayoutOutput {
  positions: Positions;
  /** Extra non-document elements (timeline lanes and ticks). */
  annotations: ElementDef[];
}

export interface LayoutDef {
  name: LayoutName;
  label: MessageKey;
  defaults: Record<string, number | string | boolean>;
  labels: LabelPosition;
  /** Above this many nodes the layout is not offered (the view falls back to the timeline). */
  maxNodes: number;
  impl: (input: LayoutInput, opts: Record<string, number | string | boolean>) => Promise<LayoutOutput>;
}

/** Graphs with more nodes than this compute dagre/fcose in a worker. */
export const WORKER_THRESHOLD = 250;
/** Up to this many nodes a layout runs on the main thread while the worker is not ready yet. */
export const MAIN_THREAD_MAX = 1200;
/** Above this, the layered layout uses its linear-time banded form instead of dagre. */
export const DAGRE_MAX = 1500;

// ---------------------------------------------------------------------------
// Off-thread execution
// ---------------------------------------------------------------------------

let worker: Worker | null = null;
/** The worker has answered once: its module is loaded and compiled. */
let workerReady = false;
let seq = 0;
const pending = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (ev: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
    workerReady = true;
    const p = pending.get(ev.data.id);
    if (!p) return;
    pending.delete(ev.data.id);
    if (ev.data.positions) p.resolve(ev.data.positions);
    else p.reject(new Error(ev.data.error ?? 'layout failed'));
  };
  worker.onerror = (ev) => {
    for (const p of pending.values()) p.reject(new Error(ev.message || 'layout worker failed'));
    pending.clear();
    worker?.terminate();
    worker = null;
    workerReady = false;
  };
  return worker;
}

/**
 * Start the layout worker ahead of need (loading and compiling its module takes a moment), so
 * the first big layout does not pay for it. Safe to call more than once.
 */
export function prewarmLayoutWorker(): void {
  const w = getWorker();
  if (!w) return;
  // Not in `pending`: a view drawn while the worker still warms up must not cancel (terminate) it,
  // or the first layout pays for a cold start after all. Its answer is simply ignored.
  const id = ++seq;
  w.postMessage({ id, request: { algorithm: 'dagre', nodes: [{ id: 'a', w: 10, h: 10 }, { id: 'b', w: 10, h: 10 }], edges: [{ id: 'e', source: 'a', target: 'b' }], options: {} } });
}

/** Stop any layout still computing (a newer view replaced it). */
export function cancelWorkerLayouts(): void {
  if (!pending.size) return;
  for (const p of pending.values()) p.reject(new Error('cancelled'));
  pending.clear();
  worker?.terminate();
  worker = null;
  workerReady = false;
}

/** Run a headless layout, off the main thread when big. */
export function computeHeadless(req: HeadlessRequest): Promise<Positions> {
  // A mid-sized layout does not wait for a worker still starting up (loading it takes longer than
  // the layout); a big one always goes off the main thread.
  const offMain = req.nodes.length > WORKER_THRESHOLD && (workerReady || req.nodes.length > MAIN_THREAD_MAX);
  const w = offMain ? getWorker() : null;
  if (!w) return new Promise((resolve) => setTimeout(() => resolve(runHeadless(req)), 0));
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, request: req });
  });
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Estimated width of a node's label in model pixels (11px font). */
function labelWidth(n: LayoutNode): number {
  const longest = Math.max(...n.label.split('\n').map((l) => l.length));
  return Math.min(140, longest * 6.6);
}

/** Width a node takes on a line with its label below it (labels are wider than most nodes). */
function footprint(n: LayoutNode, withLabels: boolean): number {
  if (n.more) return n.w + 12;
  if (!withLabels) return n.size + 8;
  return Math.max(n.size, labelWidth(n)) + 14;
}

/** Where a layout wants the labels: below the node, or to its right (vertical layered layouts, whose edges enter from below). */
export type LabelPosition = 'below' | 'right';

/** Box of a node with its label on the right: the node at its left end. */
function rightBox(n: LayoutNode): { w: number; shift: number } {
  const size = n.more ? n.w : n.size;
  const lw = n.more ? 0 : labelWidth(n) + 8;
  return { w: size + lw + 10, shift: -lw / 2 };
}

function headlessRequest(input: LayoutInput, algorithm: 'dagre' | 'fcose', options: Record<string, unknown>, labels: LabelPosition = 'below'): HeadlessRequest {
  const ids = new Set(input.nodes.map((n) => n.id));
  return {
    algorithm,
    options,
    nodes: input.nodes.map((n) => ({
      id: n.id,
      w: labels === 'right' ? rightBox(n).w : footprint(n, true),
      h: n.size + (labels === 'right' ? 14 : 22),
    })),
    edges: input.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

// ---------------------------------------------------------------------------
// Layered
// ---------------------------------------------------------------------------

/**
 * Snap dagre's rows into level bands: central on top, then provincial, district, commune,
 * unknown; inside a band, nodes keep dagre's relative row order and x.
 */
export function snapToLevels(pos: Positions, levelOfId: (id: string) => string, rowGap: number, bandGap: number): Positions {
  const rowsByLevel = new Map<string, number[]>();
  for (const [id, p] of Object.entries(pos)) {
    const l = levelOfId(id);
    const rows = rowsByLevel.get(l) ?? [];
    if (!rows.includes(p.y)) rows.push(p.y);
    rowsByLevel.set(l, rows);
  }
  const rowIndex = new Map<string, Map<number, number>>();
  const bandStart = new Map<string, number>();
  let y = 0;
  for (const l of LEVEL_ORDER) {
    const rows = rowsByLevel.get(l);
    if (!rows) continue;
    rows.sort((a, b) => a - b);
    rowIndex.set(l, new Map(rows.map((r, i) => [r, i])));
    bandStart.set(l, y);
    y += rows.length * rowGap + bandGap;
  }
  const out: Positions = {};
  for (const [id, p] of Object.entries(pos)) {
    const l = levelOfId(id);
    out[id] = { x: p.x, y: bandStart.get(l)! + rowIndex.get(l)!.get(p.y)! * rowGap };
  }
  return out;
}

/** Linear-time banded layout for big graphs: one band per level, rows sorted by province and date. */
function bandedPositions(
  nodes: LayoutNode[],
  opts: { width: (n: LayoutNode) => number; rowHeight: (n: LayoutNode) => number; order: (a: LayoutNode, b: LayoutNode) => number; maxWidth: number; centre?: boolean },
): Positions {
  const byLevel = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const list = byLevel.get(n.level) ?? [];
    list.push(n);
    byLevel.set(n.level, list);
  }
  const out: Positions = {};
  let y = 0;
  for (const l of LEVEL_ORDER) {
    const list = byLevel.get(l);
    if (!list) continue;
    list.sort(opts.order);
    // Lines of nodes, wrapped at maxWidth, each centred (or left-aligned) on x = 0.
    const lines: LayoutNode[][] = [[]];
    let used = 0;
    for (const n of list) {
      const w = opts.width(n);
      if (used + w > opts.maxWidth && lines[lines.length - 1].length) { lines.push([]); used = 0; }
      lines[lines.length - 1].push(n);
      used += w;
    }
    for (const line of lines) {
      const total = line.reduce((a, n) => a + opts.width(n), 0);
      let x = opts.centre ? -total / 2 : 0;
      let rowH = 0;
      for (const n of line) {
        const w = opts.width(n);
        out[n.id] = { x: x + w / 2, y };
        x += w;
        rowH = Math.max(rowH, opts.rowHeight(n));
      }
      y += rowH;
    }
    y += 100;
  }
  return out;
}

const layered: LayoutDef = {
  name: 'layered',
  label: 'layout.layered',
  labels: 'right',
  defaults: { rankSep: 90, nodeSep: 18, rowGap: 80, bandGap: 60 },
  maxNodes: Infinity,
  async impl(input, o) {
    const nodes = input.nodes;
    if (nodes.length > DAGRE_MAX) {
      // Linear time: level bands, rows by province then date.
      const withLabels = nodes.length < 3000;
      return {
        positions: bandedPositions(nodes, {
          width: (n) => footprint(n, withLabels), rowHeight: (n) => n.size + (withLabels ? 34 : 10),
          order: (a, b) => (a.province ?? '').localeCompare(b.province ?? '') || (a.issuedOn ?? '9999').localeCompare(b.issuedOn ?? '9999'),
          maxWidth: Math.max(1200, Math.sqrt(nodes.length) * (withLabels ? 110 : 46) * 1.6),
        }),
        annotations: [],
      };
    }
    // Edges point from the citing to the cited document: bottom-to-top ranks put cited ones above.
    const pos = await computeHeadless(headlessRequest(input, 'dagre', { rankDir: 'BT', rankSep: o.rankSep, nodeSep: o.nodeSep, ranker: 'network-simplex' }, 'right'));
    // dagre placed node+label boxes: put each node at the left end of its box.
    for (const n of nodes) { const p = pos[n.id]; if (p) p.x += rightBox(n).shift; }
    // "more" placeholders carry the level of the node they belong to.
    const level = new Map(nodes.map((n) => [n.id, n.level]));
    const snapped = snapToLevels(pos, (id) => level.get(id) ?? 'unknown', Number(o.rowGap), Number(o.bandGap));
    // Hundreds of siblings in one rank make a strip too wide to read: then keep dagre's order
    // (few crossings) but wrap each level band into lines.
    const maxWidth = Math.max(1400, Math.sqrt(nodes.length) * 190);
    let x1 = Infinity, x2 = -Infinity;
    for (const p of Object.values(snapped)) { x1 = Math.min(x1, p.x); x2 = Math.max(x2, p.x); }
    if (x2 - x1 <= maxWidth * 1.5) return { positions: snapped, annotations: [] };
    return {
      positions: bandedPositions(nodes, {
        width: (n) => rightBox(n).w, rowHeight: (n) => Math.max(Number(o.rowGap) * 0.75, n.size + 16),
        order: (a, b) => (snapped[a.id]?.y ?? 0) - (snapped[b.id]?.y ?? 0) || (snapped[a.id]?.x ?? 0) - (snapped[b.id]?.x ?? 0),
        maxWidth, centre: true,
      }),
      annotations: [],
    };
  },
};

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

interface Tick { day: number; label: string }

/**
 * A monotonic date → x scale: linear over the central 96% of the dates, with the rare outliers
 * (a law of 2007 cited by directives of 2020) squeezed into narrow margins at either end, so
 * they neither vanish nor crush the busy period. Returns the margins' edge ticks too.
 * @example timeScale([0, 10, 20], 200).x(10) // → 100
 */
export function timeScale(days: number[], width: number): { x: (day: number) => number; lo: number; hi: number; outerTicks: Tick[] } {
  if (!days.length) return { x: () => 0, lo: 0, hi: 1, outerTicks: [] };
  const sorted = [...days].sort((a, b) => a - b);
  const min = sorted[0], max = sorted[sorted.length - 1];
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  let lo = q(0.02), hi = q(0.98);
  // Only squeeze when the tails are long compared with the middle.
  if ((lo - min) < (hi - lo) * 0.5) lo = min;
  if ((max - hi) < (hi - lo) * 0.5) hi = max;
  if (hi <= lo) { lo = min; hi = Math.max(min + 1, max); }
  const margin = width * 0.08;
  const left = lo > min ? margin : 0;
  const right = hi < max ? margin : 0;
  const inner = width - left - right;
  const x = (d: number) => {
    if (d < lo) return left * ((d - min) / Math.max(1, lo - min));
    if (d > hi) return left + inner + right * ((d - hi) / Math.max(1, max - hi));
    return left + inner * ((d - lo) / Math.max(1, hi - lo));
  };
  const label = (d: number) => formatDate(new Date(d * DAY).toISOString().slice(0, 10));
  const outerTicks: Tick[] = [];
  if (left) outerTicks.push({ day: min, label: label(min) });
  if (right) outerTicks.push({ day: max, label: label(max) });
  // Ticks are placed through x(); lo/hi bound the regular ticks.
  return { x, lo, hi, outerTicks };
}

/** Axis ticks for a span of days: years, quarters, months or weeks, at most ~24. */
export function timelineTicks(minDay: number, maxDay: number): Tick[] {
  const span = Math.max(1, maxDay - minDay);
  const start = new Date(minDay * DAY);
  const ticks: Tick[] = [];
  const monthStep = span > 365 * 8 ? 24 : span > 365 * 4 ? 12 : span > 365 * 1.5 ? 3 : span > 120 ? 1 : 0;
  if (monthStep) {
    let y = start.getUTCFullYear();
    let m = monthStep >= 12 ? 0 : Math.floor(start.getUTCMonth() / monthStep) * monthStep;
    for (;;) {
      const day = Date.UTC(y, m, 1) / DAY;
      if (day > maxDay) break;
      if (day >= minDay) ticks.push({ day, label: monthStep >= 12 ? String(y) : `${String(m + 1).padStart(2, '0')}/${y}` });
      m += monthStep;
      while (m >= 12) { m -= 12; y++; }
    }
  } else {
    const step = span > 40 ? 7 : span > 10 ? 2 : 1;
    for (let d = minDay; d <= maxDay; d += step) ticks.push({ day: d, label: formatDate(new Date(d * DAY).toISOString().slice(0, 10)).slice(0, 5) });
  }
  return ticks;
}

/**
 * Timeline positions: x from the date (linear), one lane per level, nodes sharing a spot
 * stacked in sub-rows; undated nodes in a column left of the axis.
 */
function timelineLayout(nodes: LayoutNode[], o: Record<string, number | string | boolean>): LayoutOutput {
  const withLabels = nodes.length <= 3000;
  const dated = nodes.filter((n) => n.issuedOn);
  const undated = nodes.filter((n) => !n.issuedOn);
  const undatedIds = new Set(undated.map((n) => n.id));
  const days = new Map(dated.map((n) => [n.id, toDay(n.issuedOn!)]));
  const dayOf = (n: LayoutNode) => days.get(n.id)!;
  const rowH = withLabels ? Number(o.rowHeight) : Number(o.rowHeight) * 0.55;
  // Width from the area the nodes need, for a landscape picture.
  const meanW = nodes.reduce((a, n) => a + footprint(n, withLabels), 0) / Math.max(1, nodes.length);
  const width = Math.max(Number(o.minWidth), Math.min(Number(o.maxWidth), Math.sqrt(nodes.length * meanW * rowH * 2.2)));
  const scale = timeScale([...days.values()], width);
  const xOf = scale.x;

  const lanes = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const l = n.level;
    const list = lanes.get(l) ?? [];
    list.push(n);
    lanes.set(l, list);
  }
  const undatedColW = withLabels ? 130 : 40;
  const undatedRight = undated.length ? -Number(o.undatedGap) : 0;
  let undatedX0 = undatedRight;

  const positions: Positions = {};
  const annotations: ElementDef[] = [];
  const laneSpans: Array<{ level: string; top: number; bottom: number }> = [];
  let top = 0;
  for (const level of LEVEL_ORDER) {
    const list = lanes.get(level);
    if (!list) continue;
    // Greedy interval packing of dated nodes into sub-rows.
    const rowsEnd: number[] = [];
    const laneDated = list.filter((n) => !undatedIds.has(n.id)).sort((a, b) => dayOf(a) - dayOf(b));
    const rowOf = new Map<string, number>();
    // Bursts (dozens of replies within days) would make a lane very tall: past a row budget,
    // a node overlaps in the row that frees up first.
    const meanFoot = laneDated.reduce((a, n) => a + footprint(n, withLabels), 0) / Math.max(1, laneDated.length);
    const maxRows = Math.max(12, Math.ceil((laneDated.length * meanFoot / width) * 3));
    for (const n of laneDated) {
      const x = xOf(dayOf(n));
      const w = footprint(n, withLabels);
      let r = rowsEnd.findIndex((end) => end <= x - w / 2);
      if (r < 0 && rowsEnd.length < maxRows) { r = rowsEnd.length; rowsEnd.push(0); }
      if (r < 0) { r = 0; for (let k = 1; k < rowsEnd.length; k++) if (rowsEnd[k] < rowsEnd[r]) r = k; }
      rowsEnd[r] = Math.max(rowsEnd[r], x + w / 2);
      rowOf.set(n.id, r);
      positions[n.id] = { x, y: 0 };
    }
    const laneUndated = list.filter((n) => undatedIds.has(n.id));
    // Undated nodes: a block right-aligned on the axis, no taller than the lane's dated rows need.
    const undatedCols = Math.max(1, Math.ceil(laneUndated.length / Math.max(rowsEnd.length, Math.ceil(Math.sqrt(laneUndated.length)))));
    const undatedRows = Math.ceil(laneUndated.length / undatedCols);
    if (laneUndated.length) undatedX0 = Math.min(undatedX0, undatedRight - (undatedCols - 1) * undatedColW);
    const rows = Math.max(1, rowsEnd.length, undatedRows);
    const laneTop = top + Number(o.lanePadding);
    for (const n of laneDated) positions[n.id].y = laneTop + rowOf.get(n.id)! * rowH;
    laneUndated.forEach((n, i) => {
      positions[n.id] = { x: undatedRight - (i % undatedCols) * undatedColW, y: laneTop + Math.floor(i / undatedCols) * rowH };
    });
    const bottom = laneTop + (rows - 1) * rowH + Number(o.lanePadding);
    laneSpans.push({ level, top, bottom });
    top = bottom + Number(o.laneGap);
  }

  // Lanes (bands with the level's name on the left) and date ticks.
  const left = (undated.length ? undatedX0 : 0) - 100;
  const right = width + 100;
  const axisTop = -50;
  const axisBottom = laneSpans.length ? laneSpans[laneSpans.length - 1].bottom : 0;
  for (const lane of laneSpans) {
    const style = LEVEL_STYLES.find((s) => s.key === lane.level)!;
    const h = lane.bottom - lane.top + 40;
    annotations.push({
      group: 'nodes', classes: `annotation lane lvl-${lane.level}`,
      data: { id: `lane::${lane.level}`, label: t(style.label), w: right - left, h, lx: -8 },
      position: { x: (left + right) / 2, y: (lane.top + lane.bottom) / 2 },
    });
  }
  const tickH = axisBottom - axisTop + 40;
  const ticks = new Map<number, Tick>();
  for (const tk of dated.length ? [...timelineTicks(scale.lo, scale.hi), ...scale.outerTicks] : []) ticks.set(tk.day, tk);
  for (const tk of ticks.values()) {
    annotations.push({
      group: 'nodes', classes: 'annotation tick',
      data: { id: `tick::${tk.day}`, label: tk.label, h: tickH },
      position: { x: xOf(tk.day), y: axisTop + tickH / 2 - 20 },
    });
  }
  if (undated.length) {
    annotations.push({
      group: 'nodes', classes: 'annotation tick undated',
      data: { id: 'tick::undated', label: t('layout.undated'), h: tickH },
      position: { x: (undatedX0 + undatedRight) / 2, y: axisTop + tickH / 2 - 20 },
    });
  }
  // Lane and tick positions are also returned so that `preset` keeps them in place.
  for (const a of annotations) positions[String(a.data.id)] = a.position!;
  return { positions, annotations };
}

const timeline: LayoutDef = {
  name: 'timeline',
  label: 'layout.timeline',
  labels: 'below',
  defaults: { minWidth: 640, maxWidth: 24000, rowHeight: 56, lanePadding: 30, laneGap: 24, undatedGap: 160 },
  maxNodes: Infinity,
  async impl(input, o) {
    return timelineLayout(input.nodes, o);
  },
};

// ---------------------------------------------------------------------------
// Force
// ---------------------------------------------------------------------------

const force: LayoutDef = {
  name: 'force',
  label: 'layout.force',
  labels: 'below',
  defaults: { idealEdgeLength: 90, nodeRepulsion: 6500, nodeSeparation: 90 },
  maxNodes: 6000,
  async impl(input, o) {
    const n = input.nodes.length;
    const positions = await computeHeadless(headlessRequest(input, 'fcose', {
      quality: n > 1500 ? 'draft' : 'default', randomize: true, packComponents: false,
      idealEdgeLength: Number(o.idealEdgeLength), nodeRepulsion: Number(o.nodeRepulsion), nodeSeparation: Number(o.nodeSeparation),
      numIter: n > 1500 ? 600 : 2500,
    }));
    return { positions, annotations: [] };
  },
};

/** The registry, in the order the toolbar lists it. */
export const LAYOUTS: LayoutDef[] = [layered, timeline, force];

export function layoutByName(name: LayoutName): LayoutDef {
  return LAYOUTS.find((l) => l.name === name) ?? LAYOUTS[0];
}

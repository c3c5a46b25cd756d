/**
 * The Cytoscape view: creates the instance (WebGL renderer for big graphs when the browser
 * has WebGL2), draws element definitions, runs layouts from the registry, highlights paths,
 * and reports taps. Exposes the instance as `window.__cy` for tests.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import svg from 'cytoscape-svg';
import type { LayoutName } from '../state';
import {
  cancelWorkerLayouts, layoutByName, LAYOUTS, modelFromCy, modelFromDefs,
  type LabelPosition, type LayoutDef, type LayoutInput, type LayoutOutput,
} from './layouts';
import type { ElementDef } from './model';
import { moreWidth, stylesheet } from './styles';

cytoscape.use(svg);

declare global {
  interface Window { __cy?: Core }
}

/** Graphs with more nodes than this are "big": simpler styles, WebGL if possible. */
export const BIG = 1500;
/** Big graphs: zoom from which labels are drawn, and most labels at once. */
const LABEL_ZOOM = 0.55;
const MAX_LABELS = 400;

/** `?renderer=canvas|webgl` forces a renderer (diagnostics, benchmarks). */
const forcedRenderer = new URLSearchParams(location.search).get('renderer');

let webgl2: boolean | null = null;
/**
 * Does this browser give a hardware WebGL2 context (Cytoscape's WebGL renderer needs one)?
 * A software rasterizer (SwiftShader, llvmpipe: headless or GPU-less machines) is slower than
 * the 2D canvas, so it counts as no.
 */
export function hasWebGL2(): boolean {
  if (forcedRenderer) return forcedRenderer === 'webgl';
  if (webgl2 !== null) return webgl2;
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2');
    let software = false;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      software = /swiftshader|llvmpipe|software|basic render/i.test(name);
    }
    webgl2 = !!gl && !software;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webgl2 = false;
  }
  return webgl2;
}

export interface ViewEvents {
  select(id: string | null): void;
  focus(id: string): void;
  more(parentId: string): void;
}

/** Milliseconds spent in each phase of the last draw (for the benchmark). */
export const drawPhases = { create: 0, add: 0, layout: 0, apply: 0, render: 0 };

export interface DrawResult {
  layout: LayoutName;
  /** Set when the wished layout could not be used for this many nodes. */
  fallbackFrom: LayoutName | null;
  nodes: number;
  edges: number;
  webgl: boolean;
}

/** Resolves after Cytoscape has drawn a frame (or after 2 s if nothing needs drawing). */
export function nextRender(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; resolve(); } };
    cy.one('render', () => requestAnimationFrame(() => finish()));
    setTimeout(finish, 2000);
  });
}

export class GraphView {
  cy: Core | null = null;
  private runId = 0;
  private labels = true;
  private labelPos: LabelPosition = 'below';
  private big = false;
  private webgl = false;
  /** Resolves when the current draw (elements + layout) is on screen. */
  settled: Promise<void> = Promise.resolve();

  constructor(private readonly container: HTMLElement, private readonly events: ViewEvents) {
    // The graph area changes size with the filter drawer, notices and the legend.
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.cy?.resize()).observe(container);
  }

  /**
   * Draw a new set of elements with a layout, replacing what was drawn. The layout is computed
   * from the element definitions first, so the elements are added once, already in place.
   */
  async draw(defs: ElementDef[], opts: { layout: LayoutName; root: string | null; keepViewport?: boolean }): Promise<DrawResult> {
    const run = ++this.runId;
    cancelWorkerLayouts();
    const docCount = defs.filter((d) => d.group === 'nodes').length;
    const big = docCount > BIG;
    const useWebgl = big && hasWebGL2();
    let done!: () => void;
    this.settled = new Promise((r) => { done = r; });
    try {
      const model = modelFromDefs(defs);
      const laid = await this.compute(opts.layout, { ...model, root: opts.root, cancelled: () => run !== this.runId }, run);
      if (!laid) return { layout: opts.layout, fallbackFrom: null, nodes: docCount, edges: defs.length - docCount, webgl: useWebgl };
      let t0 = performance.now();
      if (!this.cy || big !== this.big || useWebgl !== this.webgl) this.create(big, useWebgl, laid.labelPos);
      else if (laid.labelPos !== this.labelPos) { this.labelPos = laid.labelPos; this.restyle(); }
      const cy = this.cy!;
      drawPhases.create = performance.now() - t0;
      t0 = performance.now();
      const placed = defs.map((d) => (d.group === 'nodes' ? { ...d, position: laid.out.positions[String(d.data.id)] ?? { x: 0, y: 0 } } : d));
      // Let the "drawing…" notice paint before the synchronous work of a big graph.
      if (big) await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (run !== this.runId) return { layout: laid.def.name, fallbackFrom: laid.fallbackFrom, nodes: docCount, edges: defs.length - docCount, webgl: useWebgl };
      cy.startBatch();
      cy.elements().remove();
      cy.add([...placed, ...laid.out.annotations] as ElementDefinition[]);
      cy.endBatch();
      drawPhases.add = performance.now() - t0;
      t0 = performance.now();
      // Big graphs: fit from the known positions, without making Cytoscape measure every element first.
      if (!opts.keepViewport) { if (big) this.fitPositions([...placed, ...laid.out.annotations]); else this.fit(); }
      this.labelVisible();
      drawPhases.apply = performance.now() - t0;
      t0 = performance.now();
      await nextRender(cy);
      drawPhases.render = performance.now() - t0;
      return { layout: laid.def.name, fallbackFrom: laid.fallbackFrom, nodes: docCount, edges: defs.length - docCount, webgl: useWebgl };
    } finally {
      if (run === this.runId) done();
    }
  }

  /** Re-run a layout on what is drawn. */
  async relayout(name: LayoutName, root: string | null): Promise<{ layout: LayoutName; fallbackFrom: LayoutName | null }> {
    const run = ++this.runId;
    cancelWorkerLayouts();
    let done!: () => void;
    this.settled = new Promise((r) => { done = r; });
    try {
      const cy = this.cy;
      if (!cy) return { layout: name, fallbackFrom: null };
      const laid = await this.compute(name, { ...modelFromCy(cy), root, cancelled: () => run !== this.runId }, run);
      if (!laid) return { layout: name, fallbackFrom: null };
      if (laid.labelPos !== this.labelPos) { this.labelPos = laid.labelPos; this.restyle(); }
      const pos = laid.out.positions;
      cy.startBatch();
      cy.nodes('.annotation').remove();
      if (laid.out.annotations.length) cy.add(laid.out.annotations as ElementDefinition[]);
      cy.endBatch();
      cy.nodes().not('.annotation').layout({ name: 'preset', positions: (n: cytoscape.NodeSingular) => pos[n.id()] ?? n.position(), fit: false, animate: false } as cytoscape.LayoutOptions).run();
      this.fit();
      this.labelVisible();
      return { layout: laid.def.name, fallbackFrom: laid.fallbackFrom };
    } finally {
      if (run === this.runId) done();
    }
  }

  /** Run a registry layout (falling back to the timeline above its size limit); null when superseded. */
  private async compute(name: LayoutName, input: LayoutInput, run: number) {
    let def: LayoutDef = layoutByName(name);
    let fallbackFrom: LayoutName | null = null;
    if (input.nodes.length > def.maxNodes) { fallbackFrom = def.name; def = LAYOUTS.find((l) => l.name === 'timeline')!; }
    // Big graphs use the banded form of the layered layout, which leaves room below nodes.
    const labelPos: LabelPosition = input.nodes.length > BIG ? 'below' : def.labels;
    this.container.classList.add('computing');
    const t0 = performance.now();
    let out: LayoutOutput;
    try {
      out = await def.impl(input, def.defaults);
    } catch (e) {
      if ((e as Error).message === 'cancelled' || run !== this.runId) return null;
      throw e;
    } finally {
      if (run === this.runId) this.container.classList.remove('computing');
    }
    if (run !== this.runId) return null;
    drawPhases.layout = performance.now() - t0;
    return { def, fallbackFrom, out, labelPos };
  }

  private create(big: boolean, useWebgl: boolean, labelPos: LabelPosition): void {
    this.cy?.destroy();
    this.big = big;
    this.webgl = useWebgl;
    this.labelPos = labelPos;
    const options: cytoscape.CytoscapeOptions & Record<string, unknown> = {
      container: this.container,
      style: stylesheet({ big, labels: this.labels, labelPos: this.labelPos }) as unknown as cytoscape.StylesheetJson,
      minZoom: 0.02,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: big,
      hideEdgesOnViewport: big,
      pixelRatio: big ? 1 : 'auto',
      motionBlur: false,
    };
    if (useWebgl) options.renderer = { name: 'canvas', webgl: true };
    const cy = cytoscape(options);
    this.cy = cy;
    window.__cy = cy;
    cy.on('tap', 'node.doc', (e) => this.events.select(e.target.id()));
    cy.on('dbltap', 'node.doc', (e) => this.events.focus(e.target.id()));
    cy.on('tap', 'node.more', (e) => this.events.more(String(e.target.data('moreOf'))));
    cy.on('tap', (e) => { if (e.target === cy) this.events.select(null); });
    if (big) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      cy.on('viewport', () => { clearTimeout(timer); timer = setTimeout(() => this.labelVisible(), 180); });
    }
  }

  /**
   * Big graphs: only nodes in view get a label, and only when zoomed in enough to read them,
   * so label measuring costs stay proportional to what is on screen.
   */
  labelVisible(): void {
    const cy = this.cy;
    if (!cy || !this.big) return;
    const zoom = cy.zoom();
    cy.batch(() => {
      const on = cy.nodes('.lbl');
      if (zoom < LABEL_ZOOM || !this.labels) { on.removeClass('lbl'); return; }
      const ext = cy.extent();
      const inView = cy.nodes('.doc, .more').filter((n) => {
        const p = n.position();
        return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      });
      const keep = inView.length > MAX_LABELS ? inView.sort((a, b) => b.data('citedByCount') - a.data('citedByCount')).slice(0, MAX_LABELS) : inView;
      on.difference(keep).removeClass('lbl');
      keep.addClass('lbl');
    });
  }

  /** Node and edge ids to highlight; everything else fades. Empty clears. */
  highlight(nodeIds: string[], edgeIds: string[] = []): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('hl faded');
      if (!nodeIds.length) return;
      const hl = cy.collection();
      for (const id of nodeIds) hl.merge(cy.getElementById(id));
      for (const id of edgeIds) hl.merge(cy.getElementById(id));
      hl.addClass('hl');
      cy.elements().not(hl).not('.annotation').addClass('faded');
    });
  }

  /** Select (and optionally centre) a node. */
  select(id: string | null, centre = false): void {
    const cy = this.cy;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!id) return;
    const n = cy.getElementById(id);
    if (n.empty()) return;
    n.select();
    if (centre && !this.inView(n)) cy.animate({ center: { eles: n } }, { duration: 250 });
  }

  private inView(n: cytoscape.NodeSingular): boolean {
    const ext = this.cy!.extent();
    const p = n.position();
    return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2;
  }

  /** Replace each document node's label. */
  relabel(label: (data: Record<string, unknown>) => string): void {
    this.cy?.batch(() => this.cy!.nodes('.doc, .more').forEach((n) => {
      const l = label(n.data());
      n.data('label', l);
      if (n.hasClass('more')) n.data('w', moreWidth(l));
    }));
  }

  setLabels(on: boolean): void {
    this.labels = on;
    this.restyle();
    this.labelVisible();
  }

  private restyle(): void {
    this.cy?.style(stylesheet({ big: this.big, labels: this.labels, labelPos: this.labelPos }) as unknown as cytoscape.StylesheetJson);
  }

  get labelsOn(): boolean { return this.labels; }
  get isBig(): boolean { return this.big; }
  get isWebgl(): boolean { return this.webgl; }

  fit(): void {
    const cy = this.cy;
    if (!cy) return;
    const eles = cy.elements().not('.play-hidden, .filtered-out');
    if (!eles.length) return;
    cy.fit(eles, 30);
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(eles); }
  }

  /** Fit the viewport to element definitions' positions and sizes. */
  private fitPositions(defs: ElementDef[]): void {
    const cy = this.cy;
    if (!cy) return;
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const d of defs) {
      if (d.group !== 'nodes' || !d.position) continue;
      const w = Number(d.data.w ?? d.data.size ?? 24) / 2;
      const hh = Number(d.data.h ?? d.data.size ?? 24) / 2;
      x1 = Math.min(x1, d.position.x - w); x2 = Math.max(x2, d.position.x + w);
      y1 = Math.min(y1, d.position.y - hh); y2 = Math.max(y2, d.position.y + hh);
    }
    if (!Number.isFinite(x1)) return;
    const pad = 30;
    const W = this.container.clientWidth, H = this.container.clientHeight;
    const zoom = Math.max(cy.minZoom(), Math.min(1.6, (W - 2 * pad) / Math.max(1, x2 - x1), (H - 2 * pad) / Math.max(1, y2 - y1)));
    cy.viewport({ zoom, pan: { x: W / 2 - zoom * (x1 + x2) / 2, y: H / 2 - zoom * (y1 + y2) / 2 } });
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    const w = this.container.clientWidth, h = this.container.clientHeight;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: w / 2, y: h / 2 } });
  }

  clear(): void {
    ++this.runId;
    cancelWorkerLayouts();
    this.cy?.elements().remove();
  }

  resize(): void { this.cy?.resize(); }
}

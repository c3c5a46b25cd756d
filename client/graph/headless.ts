/**
 * Run a Cytoscape layout (dagre or fcose) on a headless instance and return the positions.
 * Used inline for small graphs and inside the layout worker for big ones, so that the page
 * never freezes while a big layout computes.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

export interface HeadlessNode { id: string; w: number; h: number }
export interface HeadlessEdge { id: string; source: string; target: string }
export interface HeadlessRequest { algorithm: 'dagre' | 'fcose'; nodes: HeadlessNode[]; edges: HeadlessEdge[]; options: Record<string, unknown> }
export type Positions = Record<string, { x: number; y: number }>;

/**
 * Positions for every node of the request.
 * @example runHeadless({algorithm: 'dagre', nodes: [{id: 'a', w: 20, h: 20}], edges: [], options: {}})
 */
export function runHeadless(req: HeadlessRequest): Positions {
  register();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h } })),
      ...req.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', label: '' } }],
  });
  const layout = cy.layout({ name: req.algorithm, animate: false, fit: false, ...req.options } as cytoscape.LayoutOptions);
  layout.run();
  const out: Positions = {};
  cy.nodes().forEach((n) => { const p = n.position(); out[n.id()] = { x: p.x, y: p.y }; });
  cy.destroy();
  return out;
}

/**
 * Keyboard access to the graph. The drawing is a canvas, so its nodes cannot take focus one by
 * one; instead the graph area takes focus and the arrow keys move the selection to the nearest
 * document in that direction, as in a spreadsheet. Enter traces from the selected document
 * (like a double click), Escape selects as a click on the background does, + − 0 zoom and fit. Each move is
 * announced through a polite live region, so a screen reader reads the document reached.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point { id: string; x: number; y: number }

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The point to move to from `from` in direction `dir`: the nearest one ahead, where a point off
 * the axis counts as further away (twice its sideways distance). Points within 45° of the axis are
 * preferred; if there are none, any point ahead will do. Null at the edge of the drawing.
 * @example nextInDirection({id: 'a', x: 0, y: 0}, [{id: 'b', x: 10, y: 1}, {id: 'c', x: 0, y: 10}], 'right') === 'b'
 */
export function nextInDirection(from: Point, points: readonly Point[], dir: Direction): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  let loose: string | null = null;
  let looseScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (across <= along) {
      if (score < bestScore) { bestScore = score; best = p.id; }
    } else if (score < looseScore) { looseScore = score; loose = p.id; }
  }
  return best ?? loose;
}

/** The point nearest to (x, y), e.g. the middle of the view when nothing is selected yet. */
export function nearestTo(x: number, y: number, points: readonly Point[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d < bestD) { bestD = d; best = p.id; }
  }
  return best;
}

export interface KeyboardHost {
  cy(): Core | null;
  /** Select a document as a click would; null as a click on the background would. */
  select(id: string | null): void;
  /** Trace from a document, as a double click would. */
  open(id: string): void;
  /** The sentence read out when a document is reached. */
  describe(node: NodeSingular): string;
  zoomBy(factor: number): void;
  fit(): void;
}

/**
 * Make `container` (the graph area) focusable and drive the selection from the keyboard.
 * `live` is a polite live region that receives the description of each document reached.
 */
export function attachKeyboard(container: HTMLElement, live: HTMLElement, host: KeyboardHost): void {
  container.tabIndex = 0;
  container.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const cy = host.cy();
    if (!cy) return;
    const dir = ARROWS[e.key];
    if (dir) {
      e.preventDefault();
      const nodes = cy.nodes('.doc').not('.play-hidden, .filtered-out');
      if (nodes.empty()) return;
      const points = nodes.map((n) => { const p = (n as NodeSingular).position(); return { id: n.id(), x: p.x, y: p.y }; });
      const current = cy.nodes('.doc:selected').not('.play-hidden, .filtered-out').first() as NodeSingular;
      let next: string | null;
      if (current.empty()) {
        const ext = cy.extent();
        next = nearestTo((ext.x1 + ext.x2) / 2, (ext.y1 + ext.y2) / 2, points);
      } else {
        const at = current.position();
        next = nextInDirection({ id: current.id(), x: at.x, y: at.y }, points, dir);
      }
      if (!next) return;
      host.select(next);
      const n = cy.getElementById(next) as NodeSingular;
      const ext = cy.extent();
      const p = n.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.animate({ center: { eles: n } }, { duration: 200 });
      live.textContent = host.describe(n);
      return;
    }
    const selected = cy.nodes('.doc:selected').first();
    if (e.key === 'Enter' && selected.nonempty()) { e.preventDefault(); host.open(selected.id()); return; }
    if (e.key === 'Escape' && selected.nonempty()) { e.preventDefault(); host.select(null); live.textContent = ''; return; }
    if (e.key === '+' || e.key === '=') { e.preventDefault(); host.zoomBy(1.25); return; }
    if (e.key === '-') { e.preventDefault(); host.zoomBy(0.8); return; }
    if (e.key === '0') { e.preventDefault(); host.fit(); }
  });
}

/**
 * The legend, built from the same registries as the stylesheet (graph/styles.ts), so every
 * colour, shape, size, line style and mark drawn is explained. Swatches are small SVGs.
 */
import { clear, h } from '../dom';
import { t } from '../i18n';
import { HIGHLIGHT, IMPLIED_OPACITY, LEVEL_STYLES, RELATION_STYLES, TYPE_STYLES, type ArrowShape, type NodeShape } from '../graph/styles';

const NS = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function swatch(w = 22, hgt = 18): SVGSVGElement {
  return svgEl('svg', { width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, 'aria-hidden': 'true', focusable: 'false' });
}

function polygon(points: Array<[number, number]>): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

/** An SVG shape matching a Cytoscape node shape, centred in a 22×18 box. */
function shapeEl(shape: NodeShape, attrs: Record<string, string | number>): SVGElement {
  const cx = 11, cy = 9, r = 7;
  const regular = (n: number, rot: number) => Array.from({ length: n }, (_, i) => {
    const a = rot + (i * 2 * Math.PI) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number];
  });
  switch (shape) {
    case 'ellipse': return svgEl('circle', { cx, cy, r, ...attrs });
    case 'round-rectangle': return svgEl('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, rx: 3, ...attrs });
    case 'diamond': return svgEl('polygon', { points: polygon([[cx, cy - r - 1], [cx + r + 1, cy], [cx, cy + r + 1], [cx - r - 1, cy]]), ...attrs });
    case 'triangle': return svgEl('polygon', { points: polygon([[cx, cy - r], [cx + r, cy + r], [cx - r, cy + r]]), ...attrs });
    case 'hexagon': return svgEl('polygon', { points: polygon(regular(6, 0)), ...attrs });
    case 'octagon': return svgEl('polygon', { points: polygon(regular(8, Math.PI / 8)), ...attrs });
    case 'rhomboid': return svgEl('polygon', { points: polygon([[cx - r + 3, cy - r], [cx + r + 1, cy - r], [cx + r - 3, cy + r], [cx - r - 1, cy + r]]), ...attrs });
    case 'star': {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.45 : r + 1;
        pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
      }
      return svgEl('polygon', { points: polygon(pts), ...attrs });
    }
  }
}

function arrowEl(shape: ArrowShape, x: number, y: number, colour: string): SVGElement {
  const g = svgEl('g', { fill: colour, stroke: colour, 'stroke-width': 1 });
  switch (shape) {
    case 'triangle': g.appendChild(svgEl('polygon', { points: polygon([[x, y], [x - 7, y - 4], [x - 7, y + 4]]) })); break;
    case 'vee': g.appendChild(svgEl('polygon', { points: polygon([[x, y], [x - 7, y - 4], [x - 5, y], [x - 7, y + 4]]) })); break;
    case 'circle': g.appendChild(svgEl('circle', { cx: x - 3.5, cy: y, r: 3.5 })); break;
    case 'diamond': g.appendChild(svgEl('polygon', { points: polygon([[x, y], [x - 4, y - 4], [x - 8, y], [x - 4, y + 4]]) })); break;
    case 'square': g.appendChild(svgEl('rect', { x: x - 7, y: y - 3.5, width: 7, height: 7 })); break;
    case 'tee': g.appendChild(svgEl('rect', { x: x - 2, y: y - 5, width: 2, height: 10 })); break;
    case 'triangle-tee':
      g.appendChild(svgEl('polygon', { points: polygon([[x - 4, y], [x - 10, y - 4], [x - 10, y + 4]]) }));
      g.appendChild(svgEl('rect', { x: x - 2, y: y - 5, width: 2, height: 10 }));
      break;
  }
  return g;
}

function edgeSwatch(colour: string, line: 'solid' | 'dashed' | 'dotted', width: number, arrow: ArrowShape, opacity = 1): SVGSVGElement {
  const s = swatch(40, 14);
  const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '1.5 3' : '';
  const g = svgEl('g', { opacity });
  g.appendChild(svgEl('line', { x1: 2, y1: 7, x2: 32, y2: 7, stroke: colour, 'stroke-width': width, ...(dash ? { 'stroke-dasharray': dash } : {}), 'stroke-linecap': line === 'dotted' ? 'round' : 'butt' }));
  g.appendChild(arrowEl(arrow, 38, 7, colour));
  s.appendChild(g);
  return s;
}

function item(sw: SVGElement, label: string): HTMLElement {
  return h('li', {}, sw, h('span', {}, label));
}

function nodeSwatch(shape: NodeShape, fill: string, stroke: string, extra: Record<string, string | number> = {}): SVGSVGElement {
  const s = swatch();
  s.appendChild(shapeEl(shape, { fill, stroke, 'stroke-width': 1.5, ...extra }));
  return s;
}

/** Fill the legend body. */
export function renderLegend(body: HTMLElement): void {
  clear(body);
  const grey = '#B0BEC5';
  const sizeItem = () => {
    const s = swatch(30, 18);
    s.append(svgEl('circle', { cx: 5, cy: 12, r: 3.5, fill: grey, stroke: '#263238' }), svgEl('circle', { cx: 20, cy: 9, r: 8, fill: grey, stroke: '#263238' }));
    const li = item(s, t('legend.size'));
    li.title = t('legend.sizeHint');
    return li;
  };
  const group = (title: string, ...items: HTMLElement[]) => h('div', { class: `legend-group cols-${items.length > 6 ? 4 : items.length > 3 ? 2 : 1}` }, h('h4', {}, title), h('ul', {}, ...items));
  body.append(
    group(t('legend.colour'), ...LEVEL_STYLES.map((l) => item(nodeSwatch('ellipse', l.colour, '#263238'), t(l.label))), sizeItem()),
    group(t('legend.shape'), ...TYPE_STYLES.map((ty) => item(nodeSwatch(ty.shape, grey, '#263238'), t(ty.label)))),
    group(t('legend.edges'),
      ...RELATION_STYLES.map((r) => item(edgeSwatch(r.colour, r.line, r.width, r.arrow), t(r.label))),
      item(edgeSwatch('#37474F', 'solid', 1.4, 'triangle', IMPLIED_OPACITY), t('relation.implied')),
    ),
    group(t('legend.marks'),
      item(nodeSwatch('ellipse', '#0072B2', '#0072B2', { 'fill-opacity': 0.35, 'stroke-dasharray': '3 2', 'stroke-width': 2 }), t('legend.stub')),
      item(nodeSwatch('ellipse', grey, '#000', { 'stroke-width': 3 }), t('legend.root')),
      item(nodeSwatch('ellipse', grey, '#B71C1C', { 'stroke-width': 3, 'stroke-dasharray': '1 1' }), t('legend.superseded')),
      item((() => { const s = swatch(); s.append(svgEl('circle', { cx: 11, cy: 9, r: 8, fill: 'none', stroke: '#B71C1C', 'stroke-width': 2 }), svgEl('circle', { cx: 11, cy: 9, r: 5, fill: grey, stroke: '#263238' })); return s; })(), t('legend.restsOnSuperseded')),
      item(nodeSwatch('round-rectangle', '#ECEFF1', '#546E7A'), t('legend.more')),
      item(nodeSwatch('ellipse', grey, HIGHLIGHT, { 'stroke-width': 3 }), t('legend.highlight')),
      item((() => { const s = swatch(22, 18); const tx = svgEl('text', { x: 0, y: 13, 'font-size': 10, 'font-weight': 600, fill: '#263238' }); tx.textContent = '+N'; s.appendChild(tx); return s; })(), t('legend.delay')),
    ),
  );
}

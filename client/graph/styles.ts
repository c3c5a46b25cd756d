/**
 * Visual encoding of the graph, as registries the stylesheet AND the legend are built from,
 * so that the legend explains exactly what is drawn:
 *  - node colour by issuing level, node shape by document type, node size by citedByCount;
 *  - stubs dashed and pale; edge style by relation; implied links lighter.
 */
import type { Level, Relation } from '../../server/schema';
import type { MessageKey } from '../i18n';

/** Okabe–Ito colours (safe for colour-blind readers), one per level. */
export interface LevelStyle { key: Level | 'unknown'; label: MessageKey; colour: string }
export const LEVEL_STYLES: LevelStyle[] = [
  { key: 'central', label: 'level.central', colour: '#D55E00' },
  { key: 'provincial', label: 'level.provincial', colour: '#0072B2' },
  { key: 'district', label: 'level.district', colour: '#009E73' },
  { key: 'commune', label: 'level.commune', colour: '#CC79A7' },
  { key: 'unknown', label: 'level.unknown', colour: '#8C8C8C' },
];
export const LEVEL_ORDER: Array<Level | 'unknown'> = LEVEL_STYLES.map((l) => l.key);

export type TypeKey = 'chi-thi' | 'cong-van' | 'thong-bao' | 'quyet-dinh' | 'cong-dien' | 'nghi-quyet' | 'ke-hoach' | 'other';
export type NodeShape = 'star' | 'round-rectangle' | 'ellipse' | 'diamond' | 'triangle' | 'hexagon' | 'rhomboid' | 'octagon';
export interface TypeStyle { key: TypeKey; label: MessageKey; shape: NodeShape; names: string[] }
export const TYPE_STYLES: TypeStyle[] = [
  { key: 'chi-thi', label: 'type.chi-thi', shape: 'star', names: ['chi thi'] },
  { key: 'cong-van', label: 'type.cong-van', shape: 'round-rectangle', names: ['cong van'] },
  { key: 'thong-bao', label: 'type.thong-bao', shape: 'ellipse', names: ['thong bao'] },
  { key: 'quyet-dinh', label: 'type.quyet-dinh', shape: 'diamond', names: ['quyet dinh'] },
  { key: 'cong-dien', label: 'type.cong-dien', shape: 'triangle', names: ['cong dien', 'dien'] },
  { key: 'nghi-quyet', label: 'type.nghi-quyet', shape: 'hexagon', names: ['nghi quyet', 'ket luan'] },
  { key: 'ke-hoach', label: 'type.ke-hoach', shape: 'rhomboid', names: ['ke hoach', 'chuong trinh'] },
  { key: 'other', label: 'type.other', shape: 'octagon', names: [] },
];

/** Lower-case, without diacritics (đ → d), single spaces. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The shape class of a document type.
 * @example typeKey('Chỉ thị') // → 'chi-thi'
 */
export function typeKey(type: string | null | undefined): TypeKey {
  if (!type) return 'other';
  const f = fold(type);
  for (const s of TYPE_STYLES) if (s.names.includes(f)) return s.key;
  return 'other';
}

export type ArrowShape = 'triangle' | 'vee' | 'circle' | 'diamond' | 'triangle-tee' | 'tee' | 'square';
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export interface RelationStyle { key: Relation; label: MessageKey; colour: string; line: LineStyle; width: number; arrow: ArrowShape }
export const RELATION_STYLES: RelationStyle[] = [
  { key: 'implements', label: 'relation.implements', colour: '#37474F', line: 'solid', width: 2.2, arrow: 'triangle' },
  { key: 'based_on', label: 'relation.based_on', colour: '#37474F', line: 'dashed', width: 1.8, arrow: 'triangle' },
  { key: 'attaches', label: 'relation.attaches', colour: '#6D4C41', line: 'dotted', width: 2, arrow: 'circle' },
  { key: 'amends', label: 'relation.amends', colour: '#7B1FA2', line: 'solid', width: 2.2, arrow: 'diamond' },
  { key: 'replaces', label: 'relation.replaces', colour: '#C62828', line: 'solid', width: 2.6, arrow: 'triangle-tee' },
  { key: 'repeals', label: 'relation.repeals', colour: '#C62828', line: 'dashed', width: 2.2, arrow: 'tee' },
  { key: 'cites', label: 'relation.cites', colour: '#90A4AE', line: 'solid', width: 1.2, arrow: 'vee' },
];
/** Opacity of implied links (stated by a third document, not by the citing one). */
export const IMPLIED_OPACITY = 0.4;

export const HIGHLIGHT = '#FFB300';
export const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * Node diameter from the number of citations.
 * @example nodeSize(0) // → 24
 */
export function nodeSize(citedByCount: number): number {
  return Math.round(Math.min(76, 24 + 7 * Math.sqrt(Math.max(0, citedByCount))));
}

/** Width of a "+N more" placeholder for its label. */
export function moreWidth(label: string): number {
  return Math.round(label.length * 6.8 + 18);
}

type StyleBlock = { selector: string; style: Record<string, unknown> };

/** The Cytoscape stylesheet. `big` trades label backgrounds and arrows for speed. */
export function stylesheet(opts: { big: boolean; labels: boolean; labelPos?: 'below' | 'right' }): StyleBlock[] {
  const right = opts.labelPos === 'right';
  const s: StyleBlock[] = [
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)',
        'background-color': LEVEL_STYLES[4].colour,
        'border-width': 1.5, 'border-color': '#263238', 'border-opacity': 0.55,
        // Big graphs label only the nodes the view marks `.lbl` (in view, zoomed in).
        label: opts.labels && !opts.big ? 'data(label)' : '',
        'font-family': FONT_STACK, 'font-size': 11, color: '#1B1F23',
        ...(right
          ? { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 5, 'text-margin-y': 0, 'text-justification': 'left' }
          : { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3 }),
        'text-wrap': 'wrap', 'text-max-width': '140px',
        'min-zoomed-font-size': opts.big ? 8 : 6,
        ...(opts.big ? {} : {
          'text-background-color': '#FFFFFF', 'text-background-opacity': 0.82,
          'text-background-padding': '1px', 'text-background-shape': 'round-rectangle',
        }),
        'z-index-compare': 'manual', 'z-index': 10,
      },
    },
    ...(opts.big && opts.labels ? [{ selector: 'node.lbl', style: { label: 'data(label)' } }] : []),
    ...LEVEL_STYLES.map((l) => ({ selector: `node.lvl-${l.key}`, style: { 'background-color': l.colour } })),
    ...TYPE_STYLES.map((ty) => ({ selector: `node.ty-${ty.key}`, style: { shape: ty.shape } })),
    {
      selector: 'node.stub',
      style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-opacity': 1, 'background-opacity': 0.35 },
    },
    ...LEVEL_STYLES.map((l) => ({ selector: `node.stub.lvl-${l.key}`, style: { 'border-color': l.colour } })),
    { selector: 'node.superseded', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#B71C1C', 'border-opacity': 1 } },
    { selector: 'node.rests', style: { 'outline-width': 3, 'outline-color': '#B71C1C', 'outline-offset': 2, 'outline-opacity': 0.9 } },
    { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#000000', 'border-opacity': 1, 'font-weight': 'bold', 'z-index': 20 } },
    {
      selector: 'node.more',
      style: {
        label: 'data(label)', shape: 'round-rectangle', width: 'data(w)', height: 22, 'background-color': '#ECEFF1',
        'border-color': '#546E7A', 'border-width': 1, 'border-opacity': 1, 'border-style': 'solid', 'background-opacity': 1,
        'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 0, 'font-size': 11, color: '#263238', 'text-background-opacity': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5, 'line-color': '#90A4AE', 'target-arrow-color': '#90A4AE',
        'target-arrow-shape': opts.big ? 'none' : 'triangle', 'arrow-scale': 1.4,
        'curve-style': opts.big ? 'haystack' : 'bezier', 'haystack-radius': 0,
        'z-index-compare': 'manual', 'z-index': 5,
      },
    },
    ...RELATION_STYLES.map((r) => ({
      selector: `edge.rel-${r.key}`,
      style: {
        'line-color': r.colour, 'target-arrow-color': r.colour, 'line-style': r.line, width: r.width,
        ...(opts.big ? {} : { 'target-arrow-shape': r.arrow }),
        ...(r.line === 'dotted' ? { 'line-dash-pattern': [2, 4] } : {}),
      },
    })),
    { selector: 'edge.implied', style: { opacity: IMPLIED_OPACITY, width: 1.4 } },
    { selector: 'edge.more-edge', style: { 'line-color': '#90A4AE', 'line-style': 'dashed', width: 1, 'target-arrow-shape': 'none' } },
    { selector: 'node.fresh', style: { 'border-color': HIGHLIGHT, 'border-width': 5, 'border-opacity': 1 } },
    { selector: '.context', style: { opacity: 0.35 } },
    { selector: '.faded', style: { opacity: 0.1, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    { selector: 'node.hl', style: { 'border-color': HIGHLIGHT, 'border-width': 4, 'border-opacity': 1, opacity: 1, 'text-opacity': 1, 'z-index': 30 } },
    { selector: 'edge.hl', style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4, opacity: 1, 'z-index': 25 } },
    { selector: 'node:selected', style: { 'underlay-color': '#1565C0', 'underlay-opacity': 0.22, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: '.filtered-out, .play-hidden', style: { display: 'none' } },
    // Timeline lanes and axis ticks (annotations, not documents).
    {
      selector: 'node.annotation',
      style: {
        events: 'no', 'z-index': 0, label: 'data(label)', 'text-background-opacity': 0,
        'min-zoomed-font-size': 0, 'border-width': 0,
      },
    },
    {
      selector: 'node.lane',
      style: {
        shape: 'rectangle', width: 'data(w)', height: 'data(h)', 'background-opacity': 0.06,
        'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': 'data(lx)', 'text-margin-y': 0,
        'font-size': 14, 'font-weight': 'bold', color: '#37474F',
      },
    },
    ...LEVEL_STYLES.map((l) => ({ selector: `node.lane.lvl-${l.key}`, style: { 'background-color': l.colour } })),
    {
      selector: 'node.tick',
      style: {
        shape: 'rectangle', width: 1, height: 'data(h)', 'background-color': '#B0BEC5', 'background-opacity': 0.8,
        'text-valign': 'top', 'text-halign': 'center', 'font-size': 11, color: '#455A64', 'text-margin-y': -4,
      },
    },
  ];
  return s;
}

/**
 * Exports of the current view: PNG (cy.png) and SVG (cytoscape-svg) images, and the drawn
 * subgraph as JSON, GraphML (valid XML, every value escaped) or CSV, built client-side from
 * the elements on screen so that the file matches what the analyst sees.
 */
import type { Core } from 'cytoscape';

export interface ExportNode {
  id: string; number: string | null; type: string | null; title: string | null; issuer: string | null;
  level: string | null; province: string | null; issuedOn: string | null; stub: boolean; citedByCount: number;
  depth: number | null; delayDays: number | null;
}
export interface ExportEdge { id: string; source: string; target: string; relation: string; implied: boolean }
export interface ExportGraph { nodes: ExportNode[]; edges: ExportEdge[] }

const NODE_FIELDS: Array<[keyof ExportNode, 'string' | 'boolean' | 'int']> = [
  ['number', 'string'], ['type', 'string'], ['title', 'string'], ['issuer', 'string'], ['level', 'string'],
  ['province', 'string'], ['issuedOn', 'string'], ['stub', 'boolean'], ['citedByCount', 'int'], ['depth', 'int'], ['delayDays', 'int'],
];
const EDGE_FIELDS: Array<[keyof ExportEdge, 'string' | 'boolean']> = [['relation', 'string'], ['implied', 'boolean']];

/** The documents and citations currently drawn (not hidden by filters or playback). */
export function currentSubgraph(cy: Core): ExportGraph {
  const nodes = cy.nodes('.doc').not('.filtered-out').map((n) => {
    const d = n.data();
    return {
      id: d.id, number: d.number ?? null, type: d.type ?? null, title: d.title ?? null, issuer: d.issuer ?? null,
      level: d.level ?? null, province: d.province ?? null, issuedOn: d.issuedOn ?? null, stub: !!d.stub,
      citedByCount: Number(d.citedByCount ?? 0), depth: d.depth ?? null, delayDays: d.delay ?? null,
    } satisfies ExportNode;
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = cy.edges('.cite').filter((e) => ids.has(e.source().id()) && ids.has(e.target().id())).map((e) => {
    const d = e.data();
    return { id: d.id, source: d.source, target: d.target, relation: d.relation, implied: !!d.implied } satisfies ExportEdge;
  });
  return { nodes, edges };
}

/**
 * Escape text for XML content and attributes; drops characters XML 1.0 forbids.
 * @example xmlEscape('a<b & "c"') // → 'a&lt;b &amp; &quot;c&quot;'
 */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * GraphML of a subgraph (directed; citing → cited). GraphML ids are XML name tokens, so nodes
 * are n0, n1… and the document key is the `key` attribute (keys hold '|', '/' and spaces).
 * @example toGraphML({nodes: [], edges: []}).startsWith('<?xml') // → true
 */
export function toGraphML(g: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  out.push('  <key id="n_key" for="node" attr.name="key" attr.type="string"/>');
  for (const [k, ty] of NODE_FIELDS) out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${ty === 'int' ? 'int' : ty}"/>`);
  for (const [k, ty] of EDGE_FIELDS) out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${ty}"/>`);
  out.push('  <graph id="directive-graph" edgedefault="directed">');
  const nid = new Map<string, string>();
  g.nodes.forEach((n, i) => nid.set(n.id, `n${i}`));
  for (const n of g.nodes) {
    out.push(`    <node id="${nid.get(n.id)}">`);
    out.push(`      <data key="n_key">${xmlEscape(n.id)}</data>`);
    for (const [k] of NODE_FIELDS) {
      const v = n[k];
      if (v === null || v === undefined) continue;
      out.push(`      <data key="n_${k}">${xmlEscape(String(v))}</data>`);
    }
    out.push('    </node>');
  }
  g.edges.forEach((e, i) => {
    const source = nid.get(e.source);
    const target = nid.get(e.target);
    if (!source || !target) return;
    out.push(`    <edge id="e${i}" source="${source}" target="${target}">`);
    for (const [k] of EDGE_FIELDS) out.push(`      <data key="e_${k}">${xmlEscape(String(e[k]))}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * One CSV field (RFC 4180 quoting; a leading = + - @ is prefixed with ' against formula injection).
 * @example csvField('a,"b"') // → '"a,""b"""'
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of the nodes or the edges of a subgraph, with a header row. */
export function toCsv(g: ExportGraph, part: 'nodes' | 'edges'): string {
  const rows: string[] = [];
  if (part === 'nodes') {
    const cols: Array<keyof ExportNode> = ['id', ...NODE_FIELDS.map(([k]) => k)];
    rows.push(cols.join(','));
    for (const n of g.nodes) rows.push(cols.map((c) => csvField(n[c])).join(','));
  } else {
    const cols: Array<keyof ExportEdge> = ['id', 'source', 'target', 'relation', 'implied'];
    rows.push(cols.join(','));
    for (const e of g.edges) rows.push(cols.map((c) => csvField(e[c])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Offer a blob as a download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG of the whole drawn graph at 2× (1× for big graphs) on white. */
export function pngBlob(cy: Core): Blob {
  const scale = cy.nodes().length > 1500 ? 1 : 2;
  return cy.png({ output: 'blob', full: true, scale, bg: '#ffffff', maxWidth: 16000, maxHeight: 16000 }) as unknown as Blob;
}

/** SVG of the whole drawn graph on white. */
export function svgBlob(cy: Core): Blob {
  // cy.svg() comes from the cytoscape-svg extension (registered in view.ts).
  const text = (cy as unknown as { svg(o: { full: boolean; scale: number; bg: string }): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  return new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
}

/** A file name for an export, e.g. `directive-graph-trace-down-172-TB-TW.png`. */
export function exportName(mode: string, number: string | null, ext: string): string {
  const slug = (number ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `directive-graph-${mode}${slug ? `-${slug}` : ''}.${ext}`;
}

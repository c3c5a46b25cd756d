/**
 * Export formats of a Graph (pure functions, no I/O): GraphML for Gephi and yEd (every
 * attribute declared as a <key>, values XML-escaped, node ids n0, n1… with the document key as
 * an attribute, since GraphML ids must be XML name tokens and keys hold '|', '/' and spaces), and
 * CSV tables of nodes and of edges (RFC 4180: CRLF, quotes doubled, UTF-8 with a BOM so Excel
 * shows Vietnamese).
 */
import type { Graph, GraphEdge, GraphNode } from '../schema';

type Cell = string | number | boolean | null | undefined;

interface Column<T> {
  name: string;
  type: 'string' | 'int' | 'boolean';
  get: (row: T) => Cell;
}

/** Node attributes, in CSV column order; `label` is what Gephi and yEd show. */
export const NODE_COLUMNS: Column<GraphNode>[] = [
  { name: 'id', type: 'string', get: (n) => n.id },
  { name: 'label', type: 'string', get: (n) => n.number ?? n.title ?? n.id },
  { name: 'number', type: 'string', get: (n) => n.number },
  { name: 'type', type: 'string', get: (n) => n.type },
  { name: 'title', type: 'string', get: (n) => n.title },
  { name: 'issuer', type: 'string', get: (n) => n.issuer },
  { name: 'issuedOn', type: 'string', get: (n) => n.issuedOn },
  { name: 'level', type: 'string', get: (n) => n.level },
  { name: 'province', type: 'string', get: (n) => n.province },
  { name: 'stub', type: 'boolean', get: (n) => n.stub },
  { name: 'citedByCount', type: 'int', get: (n) => n.citedByCount },
  { name: 'superseded', type: 'boolean', get: (n) => n.superseded ?? false },
];

/** Edge attributes, in CSV column order. */
export const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { name: 'id', type: 'string', get: (e) => e.id },
  { name: 'source', type: 'string', get: (e) => e.source },
  { name: 'target', type: 'string', get: (e) => e.target },
  { name: 'relation', type: 'string', get: (e) => e.relation },
  { name: 'implied', type: 'boolean', get: (e) => e.implied },
];

/** Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR; lone surrogates). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for XML content and attribute values; drops characters XML cannot hold.
 * @example xmlEscape('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The graph as GraphML (directed). Node ids are n0, n1…; the document key is the node's `id`
 * attribute (a <data> value); edges reference the n-ids.
 * @example toGraphML({ nodes: [node], edges: [], truncated: false, total: 1 }) // → '<?xml version="1.0" encoding="UTF-8"?>\n<graphml ...'
 */
export function toGraphML(graph: Graph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const c of NODE_COLUMNS) out.push(`  <key id="n_${c.name}" for="node" attr.name="${c.name}" attr.type="${c.type}"/>`);
  for (const c of EDGE_COLUMNS) {
    if (c.name === 'source' || c.name === 'target') continue;
    out.push(`  <key id="e_${c.name}" for="edge" attr.name="${c.name}" attr.type="${c.type}"/>`);
  }
  out.push('  <graph id="directive-graph" edgedefault="directed">');
  const ids = new Map<string, string>();
  graph.nodes.forEach((n, i) => {
    const id = `n${i}`;
    ids.set(n.id, id);
    out.push(`    <node id="${id}">`);
    for (const c of NODE_COLUMNS) {
      const v = c.get(n);
      if (v !== null && v !== undefined) out.push(`      <data key="n_${c.name}">${xmlEscape(String(v))}</data>`);
    }
    out.push('    </node>');
  });
  let e = 0;
  for (const edge of graph.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (!source || !target) continue;
    out.push(`    <edge id="e${e++}" source="${source}" target="${target}">`);
    for (const c of EDGE_COLUMNS) {
      if (c.name === 'source' || c.name === 'target') continue;
      const v = c.get(edge);
      if (v !== null && v !== undefined) out.push(`      <data key="e_${c.name}">${xmlEscape(String(v))}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
 * @example csvField('say "hi", then go') // → '"say ""hi"", then go"'
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.get(row))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/**
 * The nodes as CSV, header row first, UTF-8 BOM, CRLF line ends.
 * @example nodesCsv(graph).split('\r\n')[0] // → '\uFEFFid,label,number,type,title,issuer,issuedOn,level,province,stub,citedByCount,superseded'
 */
export function nodesCsv(graph: Graph): string {
  return toCsv(NODE_COLUMNS, graph.nodes);
}

/**
 * The edges as CSV (source and target are document keys, as in the nodes' id column).
 * @example edgesCsv(graph).split('\r\n')[0] // → '\uFEFFid,source,target,relation,implied'
 */
export function edgesCsv(graph: Graph): string {
  return toCsv(EDGE_COLUMNS, graph.edges);
}

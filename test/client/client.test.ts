/**
 * Unit tests of the client's pure modules (no browser, no Neo4j): deep-link state, the trace
 * tree and the "show more" cap, filters, exports (GraphML must be valid XML), reference marks
 * in the text, and the timeline's date scale. Documents and keys follow the seeds
 * (../shared/seeds: 172-TB/TW → 1276-CV/TU → 628/UBND-VX).
 */
import type { Graph, GraphEdge, GraphNode } from '../../server/schema';
import { defaultState, emptyFilters, graphKey, parseState, serializeState, type ViewState } from '../../client/state';
import { bfsTree, daysBetween, delays, mergeGraphs, treePath, visibleSubgraph } from '../../client/graph/model';
import { csvField, toCsv, toGraphML, xmlEscape, type ExportGraph } from '../../client/graph/export';
import { marksOf, segments } from '../../client/panels/text';
import { fold, nodeSize, typeKey } from '../../client/graph/styles';
import { nearestTo, nextInDirection, type Point } from '../../client/graph/keyboard';

const TB = '172-TB/TW|central|2020';
const CV = '1276-CV/TU|lai chau|2020';
const VX = '628/UBND-VX|lai chau|2020';

const node = (id: string, p: Partial<GraphNode> = {}): GraphNode => ({
  id, number: id.split('|')[0], type: 'Công văn', title: null, issuer: null, level: 'provincial', province: 'Lai Châu',
  issuedOn: null, stub: false, citedByCount: 0, ...p,
});
const edge = (source: string, target: string, relation: GraphEdge['relation'] = 'implements', implied = false): GraphEdge => ({
  id: `${source}->${target}:${relation}`, source, target, relation, implied,
});
const graph = (nodes: GraphNode[], edges: GraphEdge[]): Graph => ({ nodes, edges, truncated: false, total: nodes.length });

const seeds = graph(
  [
    node(TB, { type: 'Thông báo', level: 'central', province: null, issuedOn: '2020-03-21', citedByCount: 2 }),
    node(CV, { issuedOn: '2020-03-24', stub: true, citedByCount: 1 }),
    node(VX, { issuedOn: '2020-03-29' }),
  ],
  [edge(CV, TB, 'implements', true), edge(VX, TB, 'cites'), edge(VX, CV)],
);

describe('deep links', () => {
  const cases: Array<[string, Partial<ViewState>]> = [
    ['document and mode', { doc: TB, sel: TB, mode: 'trace-down' }],
    ['layout, depth and selection', { doc: TB, sel: VX, mode: 'trace-up', layout: 'timeline', depth: 6 }],
    ['filters', { mode: 'overview', limit: 5000, filters: { ...emptyFilters(), levels: ['central', 'commune'], types: ['Chỉ thị'], relations: ['implements'], province: 'Lai Châu', issuer: 'tinh uy lai chau', from: '2020-01-01', to: '2020-12-31' } }],
    ['path', { doc: VX, sel: VX, target: TB, mode: 'path' }],
  ];
  test.each(cases)('%s survive a round trip through the URL', (_name, patch) => {
    const s = { ...defaultState(), ...patch };
    expect(parseState(serializeState(s))).toEqual(s);
  });

  test('bad values fall back to the defaults', () => {
    const s = parseState('?mode=nope&layout=cubist&depth=99&level=central,planet&from=2020-13&rel=implements,whatever');
    expect(s.mode).toBe('search');
    expect(s.layout).toBe('layered');
    expect(s.depth).toBe(3);
    expect(s.filters.levels).toEqual(['central']);
    expect(s.filters.relations).toEqual(['implements']);
    expect(s.filters.from).toBeNull();
  });

  test('ids with | and / are encoded', () => {
    expect(serializeState({ ...defaultState(), doc: TB, sel: TB })).toBe('?doc=172-TB%2FTW%7Ccentral%7C2020');
  });

  test('filters other than relations do not refetch a trace', () => {
    const a = { ...defaultState(), doc: TB, mode: 'trace-down' as const };
    expect(graphKey({ ...a, filters: { ...emptyFilters(), levels: ['central'] } })).toBe(graphKey(a));
    expect(graphKey({ ...a, filters: { ...emptyFilters(), relations: ['cites'] } })).not.toBe(graphKey(a));
  });
});

describe('trace tree', () => {
  test('the chain follows taking-up relations rather than a bare mention', () => {
    const tree = bfsTree(seeds, TB, 'down');
    expect(treePath(tree, VX).nodes).toEqual([TB, CV, VX]);
    expect(tree.depth.get(VX)).toBe(2);
  });

  test('trace up walks citations forwards', () => {
    const tree = bfsTree(seeds, VX, 'up');
    expect(treePath(tree, TB).nodes).toEqual([VX, CV, TB]);
  });

  test('delays come from the dates when the API gives none', () => {
    expect(delays(seeds, TB).get(VX)).toBe(8);
    expect(daysBetween('2020-03-24', '2020-03-29')).toBe(5);
    expect(daysBetween(null, '2020-03-29')).toBeNull();
  });

  test('a busy node shows its first children and a "show more" count', () => {
    const kids = Array.from({ length: 30 }, (_, i) => node(`k${i}|x|2020`, { citedByCount: 30 - i }));
    const g = graph([seeds.nodes[0], ...kids], kids.map((k) => edge(k.id, TB)));
    const v = visibleSubgraph(g, { root: TB, dir: 'down', filters: emptyFilters(), issuerName: null, cap: 25, revealed: new Map() });
    expect(v.nodes.size).toBe(26);
    expect(v.more.get(TB)).toBe(5);
    expect(v.nodes.has('k0|x|2020')).toBe(true);
    const more = visibleSubgraph(g, { root: TB, dir: 'down', filters: emptyFilters(), issuerName: null, cap: 25, revealed: new Map([[TB, 25]]) });
    expect(more.nodes.size).toBe(31);
    expect(more.more.size).toBe(0);
  });

  test('filters keep the documents linking the root to a match, as context', () => {
    const v = visibleSubgraph(seeds, { root: TB, dir: 'down', filters: { ...emptyFilters(), from: '2020-03-25' }, issuerName: null, cap: 25, revealed: new Map() });
    expect([...v.nodes].sort()).toEqual([CV, TB, VX].sort());
    expect([...v.context]).toEqual([CV]);
    const central = visibleSubgraph(seeds, { root: TB, dir: 'down', filters: { ...emptyFilters(), levels: ['central'] }, issuerName: null, cap: 25, revealed: new Map() });
    expect([...central.nodes]).toEqual([TB]);
  });

  test('merging the two halves of a neighbourhood keeps one copy of each element', () => {
    const m = mergeGraphs(seeds, graph([seeds.nodes[0]], [seeds.edges[0]]));
    expect(m.nodes).toHaveLength(3);
    expect(m.edges).toHaveLength(3);
  });
});

describe('exports', () => {
  const g: ExportGraph = {
    nodes: [
      { id: TB, number: '172-TB/TW', type: 'Thông báo', title: 'a <b> & "c"', issuer: 'Bộ Chính trị', level: 'central', province: null, issuedOn: '2020-03-21', stub: false, citedByCount: 2, depth: 0, delayDays: null },
      { id: VX, number: '628/UBND-VX', type: 'Công văn', title: '=HYPERLINK("x")\u0001', issuer: null, level: 'provincial', province: 'Lai Châu', issuedOn: '2020-03-29', stub: false, citedByCount: 0, depth: 1, delayDays: 8 },
    ],
    edges: [{ id: `${VX}->${TB}`, source: VX, target: TB, relation: 'cites', implied: false }],
  };

  test('GraphML uses name-token ids and escapes every value', () => {
    const xml = toGraphML(g);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<node id="n0">');
    expect(xml).toContain('<edge id="e0" source="n1" target="n0">');
    expect(xml).toContain(`<data key="n_key">${xmlEscape(TB)}</data>`);
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
    expect(xml).not.toMatch(/\u0001/);
    // Well-formed: every opened element is closed, in order.
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    [null, ''],
    [8, '8'],
  ])('CSV field %p → %p', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  test('CSV has a BOM, a header and CRLF rows', () => {
    const csv = toCsv(g, 'edges');
    expect(csv.startsWith('\uFEFFid,source,target,relation,implied\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});

describe('references in the text', () => {
  const text = 'Thực hiện Văn bản số 1276-CV/TU ngày 24/3/2020 và Thông báo số 172-TB/TW.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const cite = (id: string, spans: Array<{ start: number; end: number }>) => ({
    id, number: id.split('|')[0], type: null, title: null, issuedOn: null, level: null, province: null, stub: false,
    relation: 'implements' as const, implied: false, start: spans[0]?.start ?? null, end: spans[0]?.end ?? null, quote: text, mentions: spans, evidence: [],
  });

  test('each mention becomes a mark; bad and overlapping offsets are dropped', () => {
    const marks = marksOf([
      cite(CV, [at('1276-CV/TU')]),
      cite(TB, [at('172-TB/TW'), { start: 5, end: 500 }]),
      cite('x', [{ start: at('1276-CV/TU').start + 2, end: at('1276-CV/TU').end }]),
    ], text.length);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['1276-CV/TU', '172-TB/TW']);
    const segs = segments(text, marks);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.mark!.id)).toEqual([CV, TB]);
  });
});

describe('encoding tables', () => {
  test.each([
    ['Chỉ thị', 'chi-thi'], ['Công văn', 'cong-van'], ['Thông báo', 'thong-bao'], ['Quyết định', 'quyet-dinh'],
    ['Công điện', 'cong-dien'], ['Kết luận', 'nghi-quyet'], ['Kế hoạch', 'ke-hoach'], ['Báo cáo', 'other'], [null, 'other'],
  ])('type %p is drawn as %p', (type, key) => {
    expect(typeKey(type)).toBe(key);
  });

  test('sizes grow with citations and stay bounded', () => {
    expect(nodeSize(0)).toBe(24);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(100000)).toBe(76);
    expect(fold('Đồng Tháp')).toBe('dong thap');
  });
});

describe('labels and analytics deep links', () => {
  // Imported lazily: the panel module is only needed here.
  const { withType } = require('../../client/panels/document') as typeof import('../../client/panels/document');

  it('does not repeat the type when the title already starts with it', () => {
    expect(withType('Luật', 'Luật Đất đai')).toBe('Luật Đất đai');
    expect(withType('Luật', 'luật đất đai')).toBe('luật đất đai');
    expect(withType('Nghị quyết', 'về phát triển kinh tế')).toBe('Nghị quyết về phát triển kinh tế');
    expect(withType(null, 'Đất đai')).toBe('Đất đai');
  });

  it('round-trips the open analytics view and drops its documents when no view is open', () => {
    const s: ViewState = { ...defaultState(), an: 'reuse', adoc: VX, awith: CV };
    const back = parseState(serializeState(s));
    expect([back.an, back.adoc, back.awith]).toEqual(['reuse', VX, CV]);
    expect(parseState('?an=bogus&adoc=x').an).toBeNull();
    expect(parseState('?an=bogus&adoc=x').adoc).toBeNull();
    expect(serializeState({ ...defaultState(), an: null, adoc: VX })).not.toContain('adoc');
  });
});

describe('keyboard moves on the graph', () => {
  // A small layered drawing: a root, two children side by side, a grandchild under the left one.
  const pts: Point[] = [
    { id: 'root', x: 100, y: 0 },
    { id: 'left', x: 40, y: 100 },
    { id: 'right', x: 160, y: 100 },
    { id: 'under', x: 40, y: 200 },
    { id: 'far', x: 400, y: 10 },
  ];
  const at = (id: string) => pts.find((p) => p.id === id)!;
  test('each arrow goes to the nearest document that way, preferring the axis', () => {
    expect(nextInDirection(at('left'), pts, 'right')).toBe('right');
    expect(nextInDirection(at('right'), pts, 'left')).toBe('left');
    expect(nextInDirection(at('left'), pts, 'down')).toBe('under');
    expect(nextInDirection(at('under'), pts, 'up')).toBe('left');
    expect(nextInDirection(at('left'), pts, 'up')).toBe('root');
    expect(nextInDirection(at('root'), pts, 'right')).toBe('far');
  });
  test('at the edge of the drawing nothing is ahead; off-axis points are a last resort', () => {
    expect(nextInDirection(at('under'), pts, 'down')).toBeNull();
    expect(nextInDirection(at('far'), pts, 'right')).toBeNull();
    // Nothing lies above "root".
    expect(nextInDirection(at('root'), pts, 'up')).toBeNull();
    // Going right from "low", the only point ahead lies more than 45° off the axis: it is taken.
    const low = { id: 'low', x: 0, y: 100 };
    expect(nextInDirection(low, [low, { id: 'high', x: 30, y: 0 }], 'right')).toBe('high');
    // A point ahead within 45° wins over a nearer one further off the axis.
    expect(nextInDirection(low, [low, { id: 'high', x: 30, y: 0 }, { id: 'ahead', x: 200, y: 120 }], 'right')).toBe('ahead');
  });
  test('with nothing selected, the document nearest the middle of the view', () => {
    expect(nearestTo(150, 90, pts)).toBe('right');
    expect(nearestTo(0, 0, [])).toBeNull();
  });
});

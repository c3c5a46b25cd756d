/**
 * Factories for the analytics tests: small hand-built citation graphs (plain data, as
 * server/graph/analytics-read.ts would read them), so every expected answer can be worked out
 * by hand.
 */
import type { Relation } from '../../server/schema';
import type { CitationEdge, DocRef, PlainGraph } from '../../server/analytics/schema';

/**
 * A document; `id` doubles as its number unless given.
 * @example doc('628', { issuedOn: '2020-03-29', level: 'provincial', province: 'Lai Châu' })
 */
export function doc(id: string, p: Partial<DocRef> = {}): DocRef {
  return { id, number: id, type: null, title: null, issuer: null, issuedOn: null, level: null, province: null, stub: false, ...p };
}

/**
 * A citation `from` → `to`.
 * @example edge('628', '1276') // 628 implements 1276
 */
export function edge(from: string, to: string, relation: Relation = 'implements', implied = false): CitationEdge {
  return { from, to, relation, implied };
}

/**
 * A graph from documents and edges.
 * @example graph([doc('a'), doc('b')], [edge('b', 'a')])
 */
export function graph(nodes: DocRef[], edges: CitationEdge[]): PlainGraph {
  return { nodes, edges };
}

/**
 * The seed chain: 172-TB/TW (central, 2020-03-21) ← 1276-CV/TU (stub, 2020-03-24, implied) ←
 * 628/UBND-VX (2020-03-29), and 628 also CITES 172.
 * @example implementationLag('172', seedChain())
 */
export function seedChain(): PlainGraph {
  return graph(
    [
      doc('172', { number: '172-TB/TW', issuedOn: '2020-03-21', level: 'central' }),
      doc('1276', { number: '1276-CV/TU', issuedOn: '2020-03-24', level: 'provincial', province: 'Lai Châu', stub: true }),
      doc('628', { number: '628/UBND-VX', issuedOn: '2020-03-29', level: 'provincial', province: 'Lai Châu' }),
    ],
    [edge('1276', '172', 'implements', true), edge('628', '1276'), edge('628', '172', 'cites')],
  );
}

/**
 * The zod schemas shared by the parser, the graph layer, the API and the client.
 * Every contract that crosses a boundary is declared here once; types come from `z.infer`.
 */
import { z } from 'zod';

export const LEVELS = ['central', 'provincial', 'district', 'commune'] as const;
export const BRANCHES = ['party', 'state', 'agency'] as const;
export const RELATIONS = ['implements', 'based_on', 'attaches', 'amends', 'replaces', 'repeals', 'cites'] as const;

export const Level = z.enum(LEVELS);
export const Branch = z.enum(BRANCHES);
export const Relation = z.enum(RELATIONS);
export type Level = z.infer<typeof Level>;
export type Branch = z.infer<typeof Branch>;
export type Relation = z.infer<typeof Relation>;
/** Relations from strongest to weakest: the graph keeps one citation per pair of documents, the strongest. */
export const RELATION_STRENGTH: readonly Relation[] = ['replaces', 'repeals', 'amends', 'implements', 'based_on', 'attaches', 'cites'];

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An issuing or receiving body, e.g. `{name: 'Tỉnh ủy Lai Châu', code: 'TU', level: 'provincial', ...}`. */
export const Issuer = z.object({
  name: z.string(),
  /** The numbering code used in symbols (TU, UBND, TTg, BYT...), when known. */
  code: z.string().nullable(),
  level: Level.nullable(),
  province: z.string().nullable(),
  branch: Branch.nullable(),
});
export type Issuer = z.infer<typeof Issuer>;

/** A citation found in a document's text. Offsets are UTF-16 indices into the file's decoded text. */
export const Reference = z.object({
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuer: Issuer.nullable(),
  issuedOn: IsoDate.nullable(),
  /** Year of the cited document when known from its date or its symbol. */
  year: z.number().int().nullable(),
  relation: Relation,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Reference = z.infer<typeof Reference>;

/** A relation the text states between two other documents: `references[from]` → `references[to]`. */
export const ImpliedLink = z.object({
  from: z.string(),
  to: z.string(),
  fromIndex: z.number().int().nonnegative(),
  toIndex: z.number().int().nonnegative(),
  relation: Relation,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ImpliedLink = z.infer<typeof ImpliedLink>;

/** Who signed: the name may be unreadable (a scanned signature block) while the capacity is clear. */
export const Signer = z.object({ name: z.string().nullable(), capacity: z.string().nullable() });
export type Signer = z.infer<typeof Signer>;

export const Recipient = z.object({
  name: z.string(),
  /** `to`: the Kính gửi list; `cc`: the Nơi nhận list. */
  list: z.enum(['to', 'cc']),
});
export type Recipient = z.infer<typeof Recipient>;

export const Receipt = z.object({
  by: z.string().nullable(),
  on: IsoDate.nullable(),
  registerNo: z.string().nullable(),
});
export type Receipt = z.infer<typeof Receipt>;

export const ParsedDocument = z.object({
  source: z.string(),
  /** Position of this document in its file (0 for the first). */
  index: z.number().int().nonnegative(),
  /** The document's span in the file's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuer: Issuer.nullable(),
  issuedOn: IsoDate.nullable(),
  year: z.number().int().nullable(),
  place: z.string().nullable(),
  signer: Signer.nullable(),
  recipients: z.array(Recipient),
  received: z.array(Receipt),
  references: z.array(Reference),
  impliedLinks: z.array(ImpliedLink),
  warnings: z.array(z.string()),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

export const ParseOutput = z.object({ documents: z.array(ParsedDocument) });
export type ParseOutput = z.infer<typeof ParseOutput>;

// ---------------------------------------------------------------------------
// API contracts (server/api ↔ client). Ids are document keys (see server/graph/keys.ts).
// ---------------------------------------------------------------------------

/** Supersession and data-quality flags a document carries. */
export const StatusFlags = z.object({
  /** Replaced / repealed / amended by a later document. */
  replacedBy: z.array(z.object({ id: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable() })),
  repealedBy: z.array(z.object({ id: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable() })),
  amendedBy: z.array(z.object({ id: z.string(), number: z.string().nullable(), issuedOn: IsoDate.nullable() })),
  /** It implements a document that has been replaced or repealed. */
  restsOnSuperseded: z.boolean(),
});
export type StatusFlags = z.infer<typeof StatusFlags>;

export const DocSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  level: Level.nullable(),
  province: z.string().nullable(),
  stub: z.boolean(),
  citedByCount: z.number().int(),
  generated: z.boolean().optional(),
});
export type DocSummary = z.infer<typeof DocSummary>;

export const SearchResult = z.object({
  items: z.array(DocSummary),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const Citation = z.object({
  /** The other document: the cited one for references, the citing one for citedBy. */
  id: z.string(),
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  level: Level.nullable(),
  province: z.string().nullable(),
  stub: z.boolean(),
  relation: Relation,
  implied: z.boolean(),
  /** Offsets into the citing document's text, and the sentence. Null for implied links. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  /** All mentions' offsets (a document may cite another several times). */
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  /** For implied links: the documents whose text states the link. */
  evidence: z.array(z.string()),
});
export type Citation = z.infer<typeof Citation>;

export const DocumentDetail = DocSummary.extend({
  text: z.string().nullable(),
  place: z.string().nullable(),
  source: z.string().nullable(),
  issuerDetail: Issuer.nullable(),
  signer: Signer.nullable(),
  recipients: z.array(Recipient),
  received: z.array(Receipt),
  warnings: z.array(z.string()),
  references: z.array(Citation),
  citedBy: z.array(Citation),
  status: StatusFlags,
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const GraphNode = z.object({
  id: z.string(),
  number: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: Level.nullable(),
  province: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  stub: z.boolean(),
  citedByCount: z.number().int(),
  /** Trace only: hops from the root. */
  depth: z.number().int().optional(),
  /** Trace down only: days from the root's date to this document's (null when either is undated). */
  delayDays: z.number().int().nullable().optional(),
  /** Implements a replaced or repealed document. */
  restsOnSuperseded: z.boolean().optional(),
  superseded: z.boolean().optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: Relation,
  implied: z.boolean(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** True when the result was cut at `limit`; `total` then says how many nodes matched. */
  truncated: z.boolean(),
  total: z.number().int(),
});
export type Graph = z.infer<typeof Graph>;

export const Trace = Graph.extend({ root: z.string(), direction: z.enum(['down', 'up']) });
export type Trace = z.infer<typeof Trace>;

export const PathResult = Graph.extend({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
});
export type PathResult = z.infer<typeof PathResult>;

export const Stats = z.object({
  documents: z.number().int(),
  stubs: z.number().int(),
  citations: z.number().int(),
  byLevel: z.record(z.string(), z.number().int()),
  byType: z.record(z.string(), z.number().int()),
  byProvince: z.record(z.string(), z.number().int()),
  mostCited: z.array(DocSummary),
  unresolved: z.array(z.object({ id: z.string(), number: z.string().nullable(), type: z.string().nullable(), citedBy: z.number().int() })),
  generated: z.boolean(),
});
export type Stats = z.infer<typeof Stats>;

export const IssuerSummary = z.object({
  key: z.string(),
  name: z.string(),
  level: Level.nullable(),
  province: z.string().nullable(),
  branch: Branch.nullable(),
  documents: z.number().int(),
});
export const IssuerList = z.object({ items: z.array(IssuerSummary) });
export type IssuerList = z.infer<typeof IssuerList>;

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  neo4j: z.object({ up: z.boolean(), uri: z.string(), error: z.string().nullable() }),
});
export type Health = z.infer<typeof Health>;

export const UploadResult = z.object({
  documents: z.array(DocSummary.extend({ warnings: z.array(z.string()), status: z.enum(['loaded', 'updated', 'unchanged', 'upgraded']) })),
  errors: z.array(z.object({ source: z.string(), error: z.string(), message: z.string() })),
});
export type UploadResult = z.infer<typeof UploadResult>;

export const ApiError = z.object({ error: z.string(), message: z.string(), details: z.unknown().optional() });
export type ApiError = z.infer<typeof ApiError>;

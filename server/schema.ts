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

export const Signer = z.object({ name: z.string(), capacity: z.string().nullable() });
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

/**
 * zod schemas of the API's inputs (query strings and path parameters). Routes validate with
 * them (a failure is a 400 InvalidInputError listing every problem) and openapi.ts documents
 * them, so each parameter is declared once. Query values arrive as strings: numbers are
 * coerced, booleans are 'true'/'false', lists are comma-separated (`relations=implements,cites`).
 * Empty values (`?type=`) count as absent.
 */
import type { Request } from 'express';
import { z } from 'zod';
import { IsoDate, Level, RELATIONS, type Relation } from '../schema';
import { InvalidInputError } from './errors';

const text = (max: number, description: string) => z.string().trim().min(1).max(max).describe(description);
const bool = (description: string) => z.enum(['true', 'false']).describe(description);

/** `relations=implements,based_on` → ['implements', 'based_on']; unknown names are a 400. */
const relationsParam = z
  .string()
  .regex(
    new RegExp(`^(${RELATIONS.join('|')})(,(${RELATIONS.join('|')}))*$`),
    `comma-separated relation names among ${RELATIONS.join(', ')}`,
  )
  .describe(`Relation types to follow, comma-separated (${RELATIONS.join(', ')}); default all`);

/** Filters shared by /api/documents, /api/graph and /api/export. */
const filters = {
  type: text(100, "Document type as stored, e.g. 'Chỉ thị', 'Công văn'").optional(),
  level: Level.describe('Issuer level').optional(),
  province: text(100, "Province, e.g. 'Lai Châu' (diacritics optional)").optional(),
  issuer: text(300, "Issuer name or key from /api/issuers, e.g. 'Tỉnh ủy Lai Châu'").optional(),
  from: IsoDate.describe('Issued on or after (YYYY-MM-DD); undated documents are left out').optional(),
  to: IsoDate.describe('Issued on or before (YYYY-MM-DD); undated documents are left out').optional(),
};

export const SearchQuery = z.object({
  q: text(500, "Words and/or numbers: 'chi thi 16', 'phòng chống dịch', '172-TB/TW', '172'").optional(),
  number: text(100, "A document number only ('172-TB/TW', '1093/QĐ-UBND', '172'): exact match, stubs included").optional(),
  ...filters,
  stub: bool('true: only stubs (cited but not loaded); false: only loaded documents').optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('1-based page'),
  size: z.coerce.number().int().min(1).max(200).default(20).describe('Page size (max 200)'),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const DocumentIdParams = z.object({
  id: z.string().min(1).max(1000).describe("Document key, URL-encoded (keys contain '|' and '/'): encodeURIComponent(id)"),
});

export const TraceQuery = z.object({
  direction: z
    .enum(['down', 'up'])
    .default('down')
    .describe('down: documents implementing / citing this one, transitively; up: the documents this one rests on'),
  depth: z.coerce.number().int().min(1).max(10).default(3).describe('Hops from the document (1-10, default 3)'),
  relations: relationsParam.optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(2000).describe('Most nodes returned, shallowest first (default 2000)'),
});
export type TraceQuery = z.infer<typeof TraceQuery>;

export const PathQuery = z.object({
  from: z.string().min(1).max(1000).describe('Document key of one end'),
  to: z.string().min(1).max(1000).describe('Document key of the other end'),
  directed: bool(
    "false (default): citations are followed both ways; true: only chains where 'from' cites … cites 'to' (from is the later, implementing side)",
  ).default('false'),
  relations: relationsParam.optional(),
  maxPaths: z.coerce.number().int().min(1).max(100).default(20).describe('Most shortest paths returned (default 20)'),
});
export type PathQuery = z.infer<typeof PathQuery>;

export const GraphQuery = z.object({
  ...filters,
  stub: bool('true: only stubs; false: only loaded documents').optional(),
  relations: relationsParam.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500).describe('Most nodes, most cited first (default 500, max 5000)'),
});
export type GraphQuery = z.infer<typeof GraphQuery>;

export const ExportQuery = z.object({
  format: z.enum(['json', 'graphml', 'csv']).default('json').describe('json (the Graph contract), graphml (Gephi, yEd) or csv'),
  part: z.enum(['nodes', 'edges']).default('nodes').describe('CSV only: which table, nodes or edges'),
  ...filters,
  stub: bool('true: only stubs; false: only loaded documents').optional(),
  relations: relationsParam.optional(),
  limit: z.coerce.number().int().min(1).max(1_000_000).optional().describe('Most nodes, most cited first (default: all)'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const UploadQuery = z.object({
  source: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'a file name, without folders')
    .default('upload.txt')
    .describe('text/plain and application/octet-stream bodies: the file name to record (its extension picks the reader: .txt, .docx, .pdf...)'),
});

/**
 * Validates `input` with `schema`; a failure becomes a 400 InvalidInputError whose details list
 * every problem as `{path, message}`. Empty-string values count as absent.
 * @example parseInput(TraceQuery, { depth: '6' }, 'query') // → { direction: 'down', depth: 6, limit: 2000 }
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'path' | 'body'): z.infer<S> {
  const cleaned =
    input && typeof input === 'object' && !Array.isArray(input)
      ? Object.fromEntries(Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== ''))
      : input;
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new InvalidInputError(
      `Invalid ${where === 'path' ? 'path parameter' : where === 'query' ? 'query parameters' : 'body'}: ${result.error.issues
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`,
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}

/**
 * The validated query of a request.
 * @example const q = query(req, SearchQuery);
 */
export function query<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  return parseInput(schema, req.query, 'query');
}

/** 'implements,cites' → ['implements', 'cites']; undefined stays undefined. */
export function relationsOf(value: string | undefined): Relation[] | undefined {
  return value ? (value.split(',') as Relation[]) : undefined;
}

/** 'true' → true, 'false' → false, undefined → undefined. */
export function boolOf(value: 'true' | 'false' | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true';
}

/**
 * The API's OpenAPI 3.1 description, generated from the zod schemas the code validates with
 * (server/schema.ts for responses, ./params.ts for inputs) by zod 4's own z.toJSONSchema, so
 * nothing is written twice. (zod-to-openapi's registry needs .openapi() on schemas created
 * before it patches zod, which does not work with zod 4's schemas; the converter built into zod does.)
 * Served at GET /api/openapi.json.
 */
import { z } from 'zod';
import {
  ApiError,
  Citation,
  DocSummary,
  DocumentDetail,
  Graph,
  GraphEdge,
  GraphNode,
  Health,
  Issuer,
  IssuerList,
  IssuerSummary,
  PathResult,
  Recipient,
  Receipt,
  SearchResult,
  Signer,
  Stats,
  StatusFlags,
  Trace,
  UploadResult,
} from '../schema';
import { DocumentIdParams, ExportQuery, GraphQuery, PathQuery, SearchQuery, TraceQuery, UploadQuery } from './params';

/** Response contracts published under components/schemas, by name. */
const COMPONENTS: Record<string, z.ZodType> = {
  ApiError, Issuer, Signer, Recipient, Receipt, StatusFlags, DocSummary, SearchResult, Citation, DocumentDetail,
  GraphNode, GraphEdge, Graph, Trace, PathResult, Stats, IssuerSummary, IssuerList, Health, UploadResult,
};

type JsonSchema = Record<string, unknown>;
const ref = (name: keyof typeof COMPONENTS & string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

function strip(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

/** JSON Schemas of the components, with $refs between them (zod 4's own converter). */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, strip(v)]));
}

/** OpenAPI parameters from a zod object of query or path parameters. */
function parameters(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = strip(z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    const { description, ...rest } = json;
    const required = where === 'path' || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: where, required, ...(description ? { description } : {}), schema: rest };
  });
}

function json(schema: JsonSchema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid parameters (InvalidInputError; details lists each problem)',
  401: 'Missing or wrong bearer token (UnauthorizedError)',
  403: 'Writes are disabled: the server has no API_TOKEN (ForbiddenError)',
  404: 'No such document (NotFoundError)',
  413: 'Upload larger than MAX_UPLOAD_BYTES or too many files (PayloadTooLargeError)',
  415: 'Unsupported content type (UnsupportedMediaTypeError)',
  422: 'A file could not be read (UnprocessableError; details.errors per file); nothing was written',
  429: 'Too many write requests (TooManyRequestsError)',
  503: 'Neo4j is unreachable (UnavailableError; the message names its URI)',
};

function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [String(s), json(ref('ApiError'), ERROR_TEXT[s])]));
}

let cached: { version: string; doc: JsonSchema } | undefined;

/**
 * The OpenAPI 3.1 document (built once per version).
 * @example openApiDocument('0.1.0').openapi // → '3.1.0'
 */
export function openApiDocument(version: string): JsonSchema {
  if (cached?.version === version) return cached.doc;
  const idParam = parameters(DocumentIdParams, 'path');
  const paths: Record<string, Record<string, JsonSchema>> = {
    '/api/health': {
      get: {
        summary: 'Service health; always 200, with neo4j.up false when Neo4j is unreachable',
        responses: { '200': json(ref('Health'), 'Health') },
      },
    },
    '/api/documents': {
      get: {
        summary: 'Search documents (full-text, diacritics-insensitive, every word required, plus exact numbers; stubs included) or list them by filters',
        parameters: parameters(SearchQuery, 'query'),
        responses: { '200': json(ref('SearchResult'), 'One page of matches, best first, with the total'), ...errors(400, 503) },
      },
      post: {
        summary: 'Upload documents: parse every file, then ingest all of them, or nothing when one cannot be read',
        security: [{ bearer: [] }],
        parameters: parameters(UploadQuery, 'query'),
        requestBody: {
          required: true,
          description: "multipart/form-data with one or more files in the field 'files', or one file as a text/plain (or application/octet-stream) body",
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } }, required: ['files'] },
            },
            'text/plain': { schema: { type: 'string' } },
            'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
        responses: {
          '201': json(ref('UploadResult'), 'What was loaded, updated, upgraded from a stub or unchanged'),
          ...errors(400, 401, 403, 413, 415, 422, 429, 503),
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document: text, issuer, signer, recipients, receipts, citations made and received, supersession status',
        parameters: idParam,
        responses: { '200': json(ref('DocumentDetail'), 'The document'), ...errors(400, 404, 503) },
      },
    },
    '/api/documents/{id}/trace': {
      get: {
        summary: 'Trace down (who implements / cites it, transitively) or up (what it rests on); each node with its depth and, down, its delay in days',
        parameters: [...idParam, ...parameters(TraceQuery, 'query')],
        responses: { '200': json(ref('Trace'), 'The trace'), ...errors(400, 404, 503) },
      },
    },
    '/api/path': {
      get: {
        summary: 'Shortest citation paths between two documents (directed=false: either direction; true: from cites … cites to)',
        parameters: parameters(PathQuery, 'query'),
        responses: { '200': json(ref('PathResult'), 'The paths (empty when none within 10 hops)'), ...errors(400, 404, 503) },
      },
    },
    '/api/graph': {
      get: {
        summary: 'Overview graph of the documents matching the filters, most cited first; truncated/total say when limit cut it',
        parameters: parameters(GraphQuery, 'query'),
        responses: { '200': json(ref('Graph'), 'The graph'), ...errors(400, 503) },
      },
    },
    '/api/export': {
      get: {
        summary: 'Download the (filtered) graph as JSON, GraphML (Gephi, yEd) or CSV (part=nodes or part=edges; UTF-8 with BOM)',
        parameters: parameters(ExportQuery, 'query'),
        responses: {
          '200': {
            description: 'An attachment (Content-Disposition)',
            content: {
              'application/json': { schema: ref('Graph') },
              'application/graphml+xml': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          ...errors(400, 503),
        },
      },
    },
    '/api/issuers': {
      get: { summary: 'Authorities that issued documents, most documents first', responses: { '200': json(ref('IssuerList'), 'The issuers'), ...errors(503) } },
    },
    '/api/stats': {
      get: { summary: 'Corpus statistics', responses: { '200': json(ref('Stats'), 'The statistics'), ...errors(503) } },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } },
    },
  };
  const doc: JsonSchema = {
    openapi: '3.1.0',
    info: {
      title: 'Directive Graph API',
      version,
      description:
        'Citation graph of Vietnamese Party and State directives. Document ids are keys holding | and /: URL-encode them (encodeURIComponent). ' +
        'Errors are JSON {error, message, details}, where error is the error name.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The API_TOKEN the server was started with; without one, writes are disabled (403).' },
      },
    },
  };
  cached = { version, doc };
  return doc;
}

/**
 * Typed access to the Directive Graph API. Every response is validated with the zod schema
 * of server/schema.ts; failures of any kind become an ApiRequestError carrying the HTTP
 * status and the API's `{error, message, details}` body.
 */
import type { z } from 'zod';
import {
  ApiError as ApiErrorSchema,
  DocumentDetail, Graph, Health, IssuerList, PathResult, SearchResult, Stats, Trace, UploadResult,
  type Relation,
} from '../server/schema';

/** An API call that failed: status 0 for network errors, `error` is the API's error name. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
  /** Neo4j (or another dependency) is down. */
  get unavailable(): boolean { return this.status === 503; }
  get aborted(): boolean { return this.error === 'aborted'; }
}

export type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

/**
 * Build a query string, dropping empty values and joining arrays with commas.
 * @example qs({q: '172', page: 1, level: ['central']}) // → '?q=172&page=1&level=central'
 */
export function qs(params: Query): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) { if (v.length) u.set(k, v.join(',')); continue; }
    u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** The URL of one document's resource. Ids contain `|` and `/`: always encoded. */
export const docPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

async function errorFrom(res: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiRequestError(res.status, parsed.data.error, parsed.data.message, parsed.data.details);
  return new ApiRequestError(res.status, 'http', res.statusText || `HTTP ${res.status}`);
}

/**
 * GET a JSON resource and validate it.
 * @example await getJson('/api/stats', Stats)
 */
export async function getJson<S extends z.ZodType>(url: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw new ApiRequestError(0, 'aborted', 'aborted');
    throw new ApiRequestError(0, 'network', (e as Error).message);
  }
  if (!res.ok) throw await errorFrom(res);
  let body: unknown;
  try { body = await res.json(); } catch (e) {
    if ((e as Error).name === 'AbortError') throw new ApiRequestError(0, 'aborted', 'aborted');
    throw new ApiRequestError(res.status, 'invalid_response', 'response is not JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error('API response does not match the contract', url, parsed.error.issues.slice(0, 5));
    throw new ApiRequestError(res.status, 'invalid_response', 'response does not match the contract', parsed.error.issues.slice(0, 5));
  }
  return parsed.data;
}

export interface SearchParams {
  q?: string; number?: string; type?: string; level?: string; province?: string; issuer?: string;
  from?: string; to?: string; stub?: boolean; page?: number; size?: number;
}

/** Filters shared by the overview graph and the export. */
export interface GraphFilters {
  level?: string; province?: string; type?: string; issuer?: string; from?: string; to?: string;
  relations?: readonly Relation[]; limit?: number;
}

/** Most nodes /api/graph returns (server/api/params.ts GraphQuery). */
export const GRAPH_LIMIT = 5000;

export const api = {
  health: (signal?: AbortSignal) => getJson('/api/health', Health, signal),
  search: (p: SearchParams, signal?: AbortSignal) => getJson(`/api/documents${qs({ ...p })}`, SearchResult, signal),
  document: (id: string, signal?: AbortSignal) => getJson(docPath(id), DocumentDetail, signal),
  trace: (id: string, p: { direction: 'down' | 'up'; depth: number; relations?: readonly Relation[]; limit?: number }, signal?: AbortSignal) =>
    getJson(`${docPath(id)}/trace${qs({ direction: p.direction, depth: p.depth, relations: p.relations, limit: p.limit })}`, Trace, signal),
  path: (from: string, to: string, signal?: AbortSignal) => getJson(`/api/path${qs({ from, to })}`, PathResult, signal),
  /**
   * The overview. /api/graph answers up to GRAPH_LIMIT nodes; bigger overviews are read from
   * /api/export?format=json, which returns the same Graph contract without that cap.
   */
  graph: (f: GraphFilters, signal?: AbortSignal) =>
    (f.limit ?? 0) > GRAPH_LIMIT
      ? getJson(`/api/export${qs({ format: 'json', ...f })}`, Graph, signal)
      : getJson(`/api/graph${qs({ ...f })}`, Graph, signal),
  issuers: (signal?: AbortSignal) => getJson('/api/issuers', IssuerList, signal),
  stats: (signal?: AbortSignal) => getJson('/api/stats', Stats, signal),
  exportUrl: (format: 'json' | 'graphml' | 'csv', f: GraphFilters & { part?: 'nodes' | 'edges' }) => `/api/export${qs({ format, ...f })}`,
};

/** Progress of one upload: bytes sent, then waiting for the server's answer. */
export interface UploadProgress { loaded: number; total: number; phase: 'sending' | 'processing' }

/**
 * POST one file (multipart field `files`) with the bearer token, reporting upload progress
 * through XMLHttpRequest's upload events.
 * @example await uploadFile(file, token, (p) => console.log(p.loaded / p.total))
 */
export function uploadFile(file: File, token: string, onProgress: (p: UploadProgress) => void): { promise: Promise<UploadResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadResult>((resolve, reject) => {
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size, phase: 'sending' });
    xhr.upload.onload = () => onProgress({ loaded: file.size, total: file.size, phase: 'processing' });
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'network error'));
    xhr.onabort = () => reject(new ApiRequestError(0, 'aborted', 'aborted'));
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status < 200 || xhr.status >= 300) {
        const e = ApiErrorSchema.safeParse(body);
        reject(e.success
          ? new ApiRequestError(xhr.status, e.data.error, e.data.message, e.data.details)
          : new ApiRequestError(xhr.status, 'http', xhr.statusText || `HTTP ${xhr.status}`));
        return;
      }
      const parsed = UploadResult.safeParse(body);
      if (!parsed.success) reject(new ApiRequestError(xhr.status, 'invalid_response', 'response does not match the contract', parsed.error.issues.slice(0, 5)));
      else resolve(parsed.data);
    };
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

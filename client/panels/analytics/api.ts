/**
 * Typed access to /api/analytics (issue #6). Every answer is validated with the zod schemas of
 * server/analytics/schema.ts through getJson (client/api.ts); ids are always URL-encoded. A
 * small keyed cache of load states lets the views re-render without re-fetching.
 */
import { getJson, qs } from '../../api';
import {
  CoverageMatrix, GapsReport, LagReport, Rankings, ReuseResult, StatusReport, type RankingMetric,
} from '../../../server/analytics/schema';
import { ApiRequestError } from '../../api';
import { failed, loading, ready, type LoadState } from '../../state';
import { errorText } from '../status';

const enc = encodeURIComponent;
const BASE = '/api/analytics';

export type CoverageCsvLayout = 'matrix' | 'long';

export const analyticsApi = {
  lag: (id: string, o: { depth?: number; limit?: number } = {}, signal?: AbortSignal) =>
    getJson(`${BASE}/lag/${enc(id)}${qs({ depth: o.depth, limit: o.limit })}`, LagReport, signal),
  coverage: (o: { limit?: number } = {}, signal?: AbortSignal) =>
    getJson(`${BASE}/coverage${qs({ limit: o.limit })}`, CoverageMatrix, signal),
  /** The CSV of the same matrix (a download: the server answers with Content-Disposition). */
  coverageCsvUrl: (o: { limit?: number; layout: CoverageCsvLayout }) => `${BASE}/coverage.csv${qs({ limit: o.limit, layout: o.layout })}`,
  reuse: (from: string, to: string, signal?: AbortSignal) => getJson(`${BASE}/reuse${qs({ from, to })}`, ReuseResult, signal),
  rankings: (o: { by: RankingMetric; limit: number; level: 'central' | 'all' }, signal?: AbortSignal) =>
    getJson(`${BASE}/rankings${qs({ by: o.by, limit: o.limit, level: o.level })}`, Rankings, signal),
  status: (id: string, signal?: AbortSignal) => getJson(`${BASE}/status/${enc(id)}`, StatusReport, signal),
  gaps: (o: { limit?: number } = {}, signal?: AbortSignal) => getJson(`${BASE}/gaps${qs({ limit: o.limit })}`, GapsReport, signal),
};

/** Wording of a failed analytics call (a 422 here means a document is known only by citation). */
export function analyticsError(e: unknown, stubMessage: string): string {
  if (e instanceof ApiRequestError && e.status === 422) return stubMessage;
  return errorText(e);
}

/**
 * Load states by key: `get` starts a fetch the first time a key is asked for and calls
 * `changed` when it ends; later calls answer from the cache (errors are kept until `retry`).
 * @example const s = loader.get('lag:x', () => analyticsApi.lag('x'), rerender);
 */
export class Loader<T> {
  private readonly states = new Map<string, LoadState<T>>();
  private readonly promises = new Map<string, Promise<T>>();

  constructor(private readonly max = 30, private readonly stubMessage: () => string = () => '') {}

  get(key: string, fetch: () => Promise<T>, changed: () => void): LoadState<T> {
    const s = this.states.get(key);
    if (s) return s;
    this.states.set(key, loading());
    const p = fetch();
    this.promises.set(key, p);
    p.then(
      (data) => { if (this.promises.get(key) === p) { this.states.set(key, ready(data)); changed(); } },
      (e) => {
        if (this.promises.get(key) !== p) return;
        this.states.set(key, failed(analyticsError(e, this.stubMessage()), e instanceof ApiRequestError ? e.status : undefined));
        changed();
      },
    );
    if (this.states.size > this.max) {
      const oldest = this.states.keys().next().value!;
      this.states.delete(oldest);
      this.promises.delete(oldest);
    }
    return this.states.get(key)!;
  }

  /** The data when ready, else a promise of it (used by clicks that need it). */
  async data(key: string, fetch: () => Promise<T>): Promise<T> {
    const s = this.states.get(key);
    if (s?.kind === 'ready') return s.data;
    const p = this.promises.get(key);
    if (p && s?.kind === 'loading') return p;
    const q = fetch();
    this.promises.set(key, q);
    this.states.set(key, loading());
    try {
      const d = await q;
      if (this.promises.get(key) === q) this.states.set(key, ready(d));
      return d;
    } catch (e) {
      if (this.promises.get(key) === q) this.states.delete(key);
      throw e;
    }
  }

  /** Forget a key (its next `get` fetches again). */
  retry(key: string): void {
    this.states.delete(key);
    this.promises.delete(key);
  }

  clear(): void {
    this.states.clear();
    this.promises.clear();
  }
}

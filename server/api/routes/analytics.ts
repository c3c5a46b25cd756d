/**
 * /api/analytics routes (issue #6): implementation lag, coverage matrix (JSON and CSV), text
 * reuse, rankings of central documents, status flags and gaps. Thin: validate the query with the
 * zod schemas below → call server/graph/analytics-read.ts → validate the answer with the
 * response schemas of server/analytics/schema.ts → answer.
 *
 * Mount with `app.use('/api/analytics', analyticsRouter({ apiToken }))`, before the /api
 * not-found handler. Document ids are keys, URL-encoded in paths (they hold '|' and '/').
 * Lists of ids in a query (`roots`) are comma-separated, or the parameter repeated.
 */
import { Router, type Response } from 'express';
import { z } from 'zod';
import { RELATIONS } from '../../schema';
import { coverageCsv } from '../../analytics/coverage';
import { CoverageMatrix, GapsReport, LagReport, RANKING_METRICS, Rankings, ReuseBatchSummary, ReuseResult, StatusReport } from '../../analytics/schema';
import {
  computeAllReuse,
  coverageReport,
  gapsReport,
  lagReport,
  rankingsReport,
  reuseBetween,
  statusOf,
  type ReuseProblem,
} from '../../graph/analytics-read';
import { requireWriteToken } from '../auth';
import { NotFoundError, UnprocessableError } from '../errors';
import { DocumentIdParams, parseInput, query, relationsOf } from '../params';

const relationsParam = z
  .string()
  .regex(new RegExp(`^(${RELATIONS.join('|')})(,(${RELATIONS.join('|')}))*$`), `comma-separated relation names among ${RELATIONS.join(', ')}`);

/** `a,b` or `?roots=a&roots=b` → ['a', 'b']. */
const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().min(1).max(1000)).min(1).max(100));

export const LagQuery = z.object({
  relations: relationsParam.optional().describe('Relations followed downwards, comma-separated (default implements)'),
  depth: z.coerce.number().int().min(1).max(50).default(20).describe('Deepest level followed (default 20)'),
  limit: z.coerce.number().int().min(1).max(100_000).default(5000).describe('Most documents listed (statistics count all); default 5000'),
});

export const CoverageQuery = z.object({
  roots: idList.optional().describe('Central document ids (columns); default: the most implemented ones'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Columns when roots is not given (default 20)'),
});

export const CoverageCsvQuery = CoverageQuery.extend({
  layout: z.enum(['matrix', 'long']).default('matrix').describe('matrix: provinces × documents, cells = lag in days; long: one row per cell'),
});

export const ReuseQuery = z.object({
  from: z.string().min(1).max(1000).describe('The child: the citing, implementing document'),
  to: z.string().min(1).max(1000).describe('The parent: the cited document'),
});

export const ReuseEdgeParams = ReuseQuery;

export const RankingsQuery = z.object({
  by: z.enum(RANKING_METRICS).default('pagerank').describe('indegree, reach or pagerank (default pagerank)'),
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  level: z.enum(['central', 'all']).default('central').describe('central (default) or all documents'),
  relations: relationsParam.optional().describe('Relations forming the graph (default all)'),
});

export const GapsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe('Items per list (default 50)'),
  columns: z.coerce.number().int().min(1).max(100).default(20).describe('Most implemented central documents examined for missing provinces'),
});

export const ReuseComputeQuery = z.object({
  force: z.enum(['true', 'false']).default('false').describe('true: recompute current results too'),
});

function send<S extends z.ZodType>(res: Response, schema: S, value: unknown): void {
  res.json(schema.parse(value));
}

function reuseError(p: ReuseProblem): Error {
  if (p.problem === 'missing') return new NotFoundError(`No document with id ${p.ids.map((i) => `'${i}'`).join(' or ')}`, { ids: p.ids });
  if (p.problem === 'stub') return new UnprocessableError(`Not loaded (a stub, no text): ${p.ids.map((i) => `'${i}'`).join(', ')}`, { ids: p.ids });
  return new NotFoundError(`No implementation edge from '${p.from}' to '${p.to}'`, { from: p.from, to: p.to });
}

/**
 * The analytics router.
 * @example app.use('/api/analytics', analyticsRouter({ apiToken: config.apiToken }));
 */
export function analyticsRouter(opts: { apiToken?: string | null } = {}): Router {
  const router = Router();

  router.get('/lag/:id', async (req, res) => {
    const { id } = parseInput(DocumentIdParams, req.params, 'path');
    const q = query(req, LagQuery);
    const report = await lagReport(id, { relations: relationsOf(q.relations), maxDepth: q.depth, limit: q.limit });
    if (!report) throw new NotFoundError(`No document with id '${id}'`, { id });
    send(res, LagReport, report);
  });

  router.get('/coverage', async (req, res) => {
    const q = query(req, CoverageQuery);
    const m = await coverageReport({ roots: q.roots, limit: q.limit });
    if ('missing' in m) throw new NotFoundError(`No document with id ${m.missing.map((i) => `'${i}'`).join(', ')}`, { ids: m.missing });
    send(res, CoverageMatrix, m);
  });

  router.get('/coverage.csv', async (req, res) => {
    const q = query(req, CoverageCsvQuery);
    const m = await coverageReport({ roots: q.roots, limit: q.limit });
    if ('missing' in m) throw new NotFoundError(`No document with id ${m.missing.map((i) => `'${i}'`).join(', ')}`, { ids: m.missing });
    res.attachment(`coverage-${q.layout}.csv`);
    res.type('text/csv; charset=utf-8');
    res.send(coverageCsv(CoverageMatrix.parse(m), q.layout));
  });

  router.get('/reuse', async (req, res) => {
    const q = query(req, ReuseQuery);
    const r = await reuseBetween(q.from, q.to);
    if ('problem' in r) throw reuseError(r);
    send(res, ReuseResult, r);
  });

  router.get('/reuse/edge/:from/:to', async (req, res) => {
    const p = parseInput(ReuseEdgeParams, req.params, 'path');
    const r = await reuseBetween(p.from, p.to, { edgeOnly: true });
    if ('problem' in r) throw reuseError(r);
    send(res, ReuseResult, r);
  });

  router.post('/reuse/compute', requireWriteToken(opts.apiToken ?? null), async (req, res) => {
    const q = query(req, ReuseComputeQuery);
    send(res, ReuseBatchSummary, await computeAllReuse({ force: q.force === 'true' }));
  });

  router.get('/rankings', async (req, res) => {
    const q = query(req, RankingsQuery);
    send(res, Rankings, await rankingsReport({ by: q.by, limit: q.limit, level: q.level, relations: relationsOf(q.relations) }));
  });

  router.get('/status/:id', async (req, res) => {
    const { id } = parseInput(DocumentIdParams, req.params, 'path');
    const s = await statusOf(id);
    if (!s) throw new NotFoundError(`No document with id '${id}'`, { id });
    send(res, StatusReport, s);
  });

  router.get('/gaps', async (req, res) => {
    const q = query(req, GapsQuery);
    send(res, GapsReport, await gapsReport({ limit: q.limit, columns: q.columns }));
  });

  return router;
}

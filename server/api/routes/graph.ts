/**
 * Graph routes: /api/graph (overview), /api/path (shortest citation paths) and /api/export
 * (json, graphml, csv nodes/edges). Thin: validate → graph read → answer.
 */
import { Router } from 'express';
import { exportGraph, findPaths, overviewGraph } from '../../graph/read';
import { NotFoundError } from '../errors';
import { edgesCsv, nodesCsv, toGraphML } from '../export';
import { ExportQuery, GraphQuery, PathQuery, boolOf, query, relationsOf } from '../params';

/**
 * The graph router.
 * @example app.use('/api', graphRouter());
 */
export function graphRouter(): Router {
  const router = Router();

  router.get('/graph', async (req, res) => {
    const q = query(req, GraphQuery);
    res.json(await overviewGraph({ ...q, stub: boolOf(q.stub), relations: relationsOf(q.relations) }));
  });

  router.get('/path', async (req, res) => {
    const q = query(req, PathQuery);
    const result = await findPaths(q.from, q.to, { directed: q.directed === 'true', relations: relationsOf(q.relations), maxPaths: q.maxPaths });
    if ('missing' in result) throw new NotFoundError(`No document with id ${result.missing.map((m) => `'${m}'`).join(' or ')}`, result);
    res.json(result);
  });

  router.get('/export', async (req, res) => {
    const q = query(req, ExportQuery);
    const graph = await exportGraph({ ...q, stub: boolOf(q.stub), relations: relationsOf(q.relations) });
    if (graph.truncated) res.setHeader('X-Total-Count', String(graph.total));
    if (q.format === 'graphml') {
      res.attachment('directive-graph.graphml');
      res.type('application/graphml+xml; charset=utf-8');
      res.send(toGraphML(graph));
    } else if (q.format === 'csv') {
      res.attachment(`directive-graph-${q.part}.csv`);
      res.type('text/csv; charset=utf-8');
      res.send(q.part === 'edges' ? edgesCsv(graph) : nodesCsv(graph));
    } else {
      res.attachment('directive-graph.json');
      res.json(graph);
    }
  });

  return router;
}

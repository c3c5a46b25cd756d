/**
 * Service routes: /api/health (always 200, says whether Neo4j answers), /api/stats,
 * /api/issuers and /api/openapi.json.
 */
import { Router } from 'express';
import { getStats, graphHealth, listIssuers } from '../../graph/read';
import { Health } from '../../schema';
import type { Config } from '../config';
import { openApiDocument } from '../openapi';

/**
 * The service router.
 * @example app.use('/api', metaRouter(config));
 */
export function metaRouter(config: Config): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const neo4j = await graphHealth();
    res.setHeader('Cache-Control', 'no-store');
    res.json(Health.parse({ status: neo4j.up ? 'ok' : 'degraded', version: config.version, neo4j }));
  });

  router.get('/stats', async (_req, res) => {
    res.json(await getStats());
  });

  router.get('/issuers', async (_req, res) => {
    res.json(await listIssuers());
  });

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(config.version));
  });

  return router;
}

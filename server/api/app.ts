/**
 * The Express app: security headers (helmet, CSP below), request log (pino-http), the JSON API
 * under /api, the built client at / with an SPA fallback, and the one error middleware. Plus
 * startServer()/stopServer() (port 0 picks a free port, for tests).
 *
 * Content-Security-Policy (the page is a Vite build served from this origin):
 *   default-src 'self'; script-src 'self' (no inline script, no eval); style-src 'self' 'unsafe-inline'
 *   (Cytoscape injects a <style> element for its container and the page sets inline styles);
 *   img-src 'self' data: blob: (Cytoscape's canvas exports PNG/JPG as data:/blob: URLs);
 *   font-src 'self' data:; connect-src 'self'; worker-src 'self' blob: (layout workers);
 *   object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'.
 * No upgrade-insecure-requests: the server usually runs on plain http://127.0.0.1.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as http from 'node:http';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import helmet from 'helmet';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { closeDriver } from '../graph/driver';
import { configureAggregateCache, getStats, listIssuers, overviewGraph, searchDocuments } from '../graph/read';
import { loadConfig, type Config } from './config';
import { errorHandler, notFoundHandler } from './errors';
import { analyticsRouter } from './routes/analytics';
import { documentsRouter } from './routes/documents';
import { graphRouter } from './routes/graph';
import { metaRouter } from './routes/meta';

/** The CSP directives set by helmet (documented in the header above). */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Builds the app. Settings come from env (loadConfig) unless overridden.
 * @example const app = createApp({ apiToken: 't', logLevel: 'silent' }); await request(app).get('/api/health');
 */
export function createApp(overrides: Partial<Config> = {}): Express & { locals: { config: Config; logger: Logger } } {
  const config: Config = { ...loadConfig(), ...overrides };
  const logger = pino({ level: config.logLevel, base: { service: 'directive-graph-api' } });
  configureAggregateCache({ enabled: config.readCache, ttlMs: config.readCacheTtlMs });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.locals.config = config;
  app.locals.logger = logger;

  // API answers are computed per request; hashing each body for an ETag (a 30 MB export too) buys nothing.
  app.set('etag', false);
  // Request log (skipped entirely when silent: tests, benchmarks).
  if (config.logLevel !== 'silent') {
    app.use(
      pinoHttp({
        logger,
        genReqId: (req, res) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
        customLogLevel: (_req, res, err) => (res.statusCode === 503 ? 'warn' : err || res.statusCode >= 500 ? 'error' : 'info'),
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  }
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-cache');
    next();
  });
  app.use('/api', metaRouter(config));
  app.use('/api', documentsRouter(config));
  app.use('/api', graphRouter());
  app.use('/api/analytics', analyticsRouter({ apiToken: config.apiToken }));
  app.use('/api', notFoundHandler);

  const staticDir = config.staticDir;
  const index = staticDir ? path.join(staticDir, 'index.html') : null;
  if (staticDir && index && fs.existsSync(index)) {
    app.use(
      express.static(staticDir, {
        index: 'index.html',
        setHeaders: (res, file) => {
          // Vite's hashed assets never change; index.html must be revalidated.
          res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
    app.get('/*splat', (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index, (err) => err && next(err));
    });
  }

  app.use(errorHandler(logger));
  return app as Express & { locals: { config: Config; logger: Logger } };
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish (up to `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Options of {@link startServer}; anything not given comes from env (loadConfig). */
export interface StartOptions {
  port?: number;
  host?: string;
  /** Folder of the built client (null: API only). */
  staticDir?: string | null;
  /** Further settings (token, limits, log level...). */
  config?: Partial<Config>;
  /** Compute the first screen's reads (overview, stats, issuers, first page) in the background once listening; default true. */
  prewarm?: boolean;
}

const running = new Set<RunningServer>();

/**
 * Starts the API (and the page when the client is built) and resolves once it listens.
 * @example const { url, close } = await startServer({ port: 0 }); // url → 'http://127.0.0.1:43817'
 */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const overrides: Partial<Config> = { ...opts.config };
  if (opts.port !== undefined) overrides.port = opts.port;
  if (opts.host !== undefined) overrides.host = opts.host;
  if (opts.staticDir !== undefined) overrides.staticDir = opts.staticDir;
  const app = createApp(overrides);
  const config = app.locals.config;
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  const handle: RunningServer = {
    url: `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`,
    port: address.port,
    close(graceMs = 10_000) {
      closing ??= new Promise<void>((resolve) => {
        running.delete(handle);
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        server.closeIdleConnections();
      });
      return closing;
    },
  };
  running.add(handle);
  if ((opts.prewarm ?? true) && config.readCache) {
    // The first visitor should not pay for the whole-graph reads; failures (Neo4j down) are ignored.
    void Promise.allSettled([overviewGraph({}), getStats(), listIssuers(), searchDocuments({})]);
  }
  return handle;
}

/**
 * Graceful stop of every server started by {@link startServer}: stop accepting, finish in-flight
 * requests, then close the Neo4j driver.
 * @example process.on('SIGTERM', () => stopServer().then(() => process.exit(0)));
 */
export async function stopServer(graceMs = 10_000): Promise<void> {
  await Promise.all([...running].map((s) => s.close(graceMs)));
  await closeDriver();
}

/**
 * API settings, read from env once at startup and validated (a bad value stops the server with
 * a message naming the variable). Tests pass overrides to createApp() instead of touching env.
 *
 *   PORT               default 8080 (0 picks a free port)
 *   HOST               default 127.0.0.1 (set 0.0.0.0 to listen on every interface)
 *   API_TOKEN          bearer token for writes (POST /api/documents); unset → writes disabled (403)
 *   MAX_UPLOAD_BYTES   per file and per request body, default 20 MB (20971520)
 *   MAX_UPLOAD_FILES   files per multipart upload, default 50
 *   RATE_LIMIT_WRITES  write requests per minute per client IP, default 30
 *   LOG_LEVEL          pino level: fatal|error|warn|info|debug|trace|silent, default info
 *   STATIC_DIR         built client to serve at / (default client/dist when it exists)
 *   TRUST_PROXY        Express "trust proxy" setting (e.g. 1 behind one reverse proxy); default off
 *   READ_CACHE         'off' disables the cache of whole-graph reads (overview, stats, issuers, search
 *                      pages; see server/graph/read.ts); default on
 *   READ_CACHE_TTL_MS  age after which a cached read is refreshed in the background, default 60000
 * Neo4j settings (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) are read by server/graph/driver.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/** Repository root (this file lives in server/api/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Where `vite build` puts the client. */
export const DEFAULT_STATIC_DIR = path.join(REPO_ROOT, 'client', 'dist');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The API's settings. */
export interface Config {
  port: number;
  host: string;
  /** null: writes are disabled. */
  apiToken: string | null;
  maxUploadBytes: number;
  maxUploadFiles: number;
  rateLimitWrites: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Folder of the built client; null: do not serve it. */
  staticDir: string | null;
  trustProxy: boolean | number | string;
  /** Cache whole-graph reads while the graph's fingerprint is unchanged (process-wide setting). */
  readCache: boolean;
  readCacheTtlMs: number;
  /** Reported by /api/health. */
  version: string;
}

const intFrom = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const EnvSchema = z.object({
  PORT: intFrom('PORT', 0, 65535).optional(),
  HOST: z.string().min(1).optional(),
  API_TOKEN: z.string().optional(),
  MAX_UPLOAD_BYTES: intFrom('MAX_UPLOAD_BYTES', 1, 1024 * 1024 * 1024).optional(),
  MAX_UPLOAD_FILES: intFrom('MAX_UPLOAD_FILES', 1, 10_000).optional(),
  RATE_LIMIT_WRITES: intFrom('RATE_LIMIT_WRITES', 1, 1_000_000).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  STATIC_DIR: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  READ_CACHE: z.enum(['on', 'off']).optional(),
  READ_CACHE_TTL_MS: intFrom('READ_CACHE_TTL_MS', 0, 86_400_000).optional(),
});

function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function trustProxyOf(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/**
 * Reads and validates the settings from env (empty values count as unset).
 * Throws an Error naming the bad variable.
 * @example loadConfig({ PORT: '0', API_TOKEN: 's3cret' }) // → { port: 0, host: '127.0.0.1', apiToken: 's3cret', maxUploadBytes: 20971520, ... }
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in EnvSchema.shape && v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid setting ${String(first.path[0] ?? '')}: ${first.message}`);
  }
  const e = parsed.data;
  const staticDir = e.STATIC_DIR ? path.resolve(e.STATIC_DIR) : fs.existsSync(DEFAULT_STATIC_DIR) ? DEFAULT_STATIC_DIR : null;
  return {
    port: e.PORT ?? 8080,
    host: e.HOST ?? '127.0.0.1',
    apiToken: e.API_TOKEN ?? null,
    maxUploadBytes: e.MAX_UPLOAD_BYTES ?? 20 * 1024 * 1024,
    maxUploadFiles: e.MAX_UPLOAD_FILES ?? 50,
    rateLimitWrites: e.RATE_LIMIT_WRITES ?? 30,
    logLevel: e.LOG_LEVEL ?? 'info',
    staticDir,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    readCache: e.READ_CACHE !== 'off',
    readCacheTtlMs: e.READ_CACHE_TTL_MS ?? 60_000,
    version: packageVersion(),
  };
}

/**
 * Bearer-token check for writes. With no API_TOKEN configured, writes are disabled: every write
 * answers 403 ForbiddenError saying so. With one, a request needs `Authorization: Bearer <token>`
 * (401 UnauthorizedError otherwise). Tokens are compared in constant time (SHA-256 digests).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from './errors';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when `given` equals `expected`, in time independent of where they differ.
 * @example tokenMatches('abc', 'abc') // → true
 */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Middleware guarding a write route.
 * @example router.post('/documents', requireWriteToken(config.apiToken), upload)
 */
export function requireWriteToken(apiToken: string | null): RequestHandler {
  return (req, _res, next) => {
    if (!apiToken) {
      next(new ForbiddenError('Writes are disabled on this server: it was started without API_TOKEN. Set API_TOKEN and restart to allow uploads.'));
      return;
    }
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      next(new UnauthorizedError('Missing bearer token: send "Authorization: Bearer <API_TOKEN>"'));
      return;
    }
    if (!tokenMatches(m[1], apiToken)) {
      next(new UnauthorizedError('Invalid bearer token'));
      return;
    }
    next();
  };
}

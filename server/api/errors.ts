/**
 * The API's named errors and its one error middleware. Every error answer is JSON
 * `{error, message, details}` where `error` is the error's name (clients and tests branch on
 * it, never on the message). Errors from other layers are mapped here: the graph layer's
 * UnavailableError → 503 and QueryTimeoutError → 503, the parser's InputError → 422, multer /
 * body-parser limits → 413, malformed bodies or URLs → 400; anything else is a 500 whose message
 * hides internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { UnavailableError } from '../graph/errors';

export { UnavailableError };

/** Base of the API's errors: an HTTP status, a name, a message and optional details. */
export class HttpError extends Error {
  readonly status: number;
  readonly details: unknown;
  constructor(status: number, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

/**
 * 400: a parameter or body is malformed. `details` lists the problems.
 * @example throw new InvalidInputError('Invalid query', [{ path: 'depth', message: 'Too big: expected number to be <=10' }]);
 */
export class InvalidInputError extends HttpError {
  override readonly name = 'InvalidInputError';
  constructor(message: string, details?: unknown) {
    super(400, message, details);
  }
}

/**
 * 401: no or wrong bearer token.
 * @example throw new UnauthorizedError('Missing bearer token');
 */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';
  constructor(message: string, details?: unknown) {
    super(401, message, details);
  }
}

/**
 * 403: the action is not allowed at all (writes disabled because API_TOKEN is unset).
 * @example throw new ForbiddenError('Writes are disabled on this server: it was started without API_TOKEN');
 */
export class ForbiddenError extends HttpError {
  override readonly name = 'ForbiddenError';
  constructor(message: string, details?: unknown) {
    super(403, message, details);
  }
}

/**
 * 404: no such document, or no such route.
 * @example throw new NotFoundError("No document with id 'x'", { id: 'x' });
 */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError';
  constructor(message: string, details?: unknown) {
    super(404, message, details);
  }
}

/**
 * 413: an upload or body is larger than MAX_UPLOAD_BYTES (or has too many files).
 * @example throw new PayloadTooLargeError('File too large: the limit is 20971520 bytes');
 */
export class PayloadTooLargeError extends HttpError {
  override readonly name = 'PayloadTooLargeError';
  constructor(message: string, details?: unknown) {
    super(413, message, details);
  }
}

/**
 * 415: a body in a content type the endpoint does not take.
 * @example throw new UnsupportedMediaTypeError('Send multipart/form-data or text/plain');
 */
export class UnsupportedMediaTypeError extends HttpError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor(message: string, details?: unknown) {
    super(415, message, details);
  }
}

/**
 * 422: the input is well-formed HTTP but cannot be used (an empty, binary or unreadable file).
 * @example throw new UnprocessableError('1 of 2 files could not be read; nothing was written', { errors: [...] });
 */
export class UnprocessableError extends HttpError {
  override readonly name = 'UnprocessableError';
  constructor(message: string, details?: unknown) {
    super(422, message, details);
  }
}

/**
 * 429: too many write requests from this client.
 * @example throw new TooManyRequestsError('Too many write requests: at most 30 per minute');
 */
export class TooManyRequestsError extends HttpError {
  override readonly name = 'TooManyRequestsError';
  constructor(message: string, details?: unknown) {
    super(429, message, details);
  }
}

/** 503 answer for the graph layer's {@link UnavailableError} (same name, same message naming the URI). */
class Unavailable extends HttpError {
  override readonly name = 'UnavailableError';
  constructor(message: string, details?: unknown) {
    super(503, message, details);
  }
}

/** 503 answer for the graph layer's QueryTimeoutError (a read stopped at its server-side timeout). */
class QueryTimeout extends HttpError {
  override readonly name = 'QueryTimeoutError';
  constructor(message: string, details?: unknown) {
    super(503, message, details);
  }
}

/** 500: an unexpected failure; the message never carries internals. */
export class InternalError extends HttpError {
  override readonly name = 'InternalError';
  constructor(message = 'Internal server error', details?: unknown) {
    super(500, message, details);
  }
}

/** The JSON body of an error answer. */
export interface ErrorBody {
  error: string;
  message: string;
  details?: unknown;
}

function statusOf(err: unknown): number | undefined {
  const e = err as { status?: unknown; statusCode?: unknown };
  const s = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : undefined;
  return s !== undefined && s >= 400 && s < 600 ? s : undefined;
}

/**
 * Maps any thrown value to an {@link HttpError} (or the graph's UnavailableError → 503).
 * @example toHttpError(new UnavailableError('Neo4j is unreachable at bolt://x', { uri: 'bolt://x' })).status // → 503
 */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof UnavailableError || (err as Error)?.name === 'UnavailableError') {
    const e = err as UnavailableError;
    return new Unavailable(e.message, e.details);
  }
  const e = err as { name?: unknown; code?: unknown; type?: unknown; message?: unknown; field?: unknown; details?: unknown };
  // The graph layer stopped a read that ran past its timeout: the service is overloaded or the ask too big.
  if (e?.name === 'QueryTimeoutError') return new QueryTimeout(String(e.message), e.details);
  const message = typeof e?.message === 'string' ? e.message : String(err);
  // multer
  if (e?.name === 'MulterError') {
    if (e.code === 'LIMIT_UNEXPECTED_FILE') {
      return new InvalidInputError(`Unexpected file field '${String(e.field ?? '')}': send files in the field 'files'`);
    }
    if (typeof e.code === 'string' && e.code.startsWith('LIMIT_')) return new PayloadTooLargeError(message, { code: e.code });
    return new InvalidInputError(message, { code: e.code });
  }
  // The parser's InputError (empty, binary, encoding...): the file cannot be used.
  if (e?.name === 'InputError') return new UnprocessableError(message, { code: e.code });
  // body-parser and raw-body
  if (e?.type === 'entity.too.large') return new PayloadTooLargeError('Request body too large', { limit: (err as { limit?: unknown }).limit });
  if (e?.type === 'entity.parse.failed') return new InvalidInputError('Malformed request body');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new UnsupportedMediaTypeError(message);
  // multipart parsing problems from busboy ("Unexpected end of form", "Malformed part header"...)
  if (typeof e?.message === 'string' && /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found)/.test(message)) {
    return new InvalidInputError(`Malformed multipart body: ${message}`);
  }
  const status = statusOf(err);
  if (status === 413) return new PayloadTooLargeError(message);
  if (status === 415) return new UnsupportedMediaTypeError(message);
  if (status === 404) return new NotFoundError(message);
  // e.g. a URL whose %-escapes do not decode (router sets status 400)
  if (status !== undefined && status < 500) return new InvalidInputError(message);
  return new InternalError();
}

/**
 * Express middleware answering 404 NotFoundError for unknown /api routes.
 * @example app.use('/api', notFoundHandler);
 */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No API route ${req.method} ${req.originalUrl.split('?')[0]}`));
};

/**
 * The one error middleware: answers `{error, message, details}`; 5xx causes go to the request log
 * (pino-http's `res.err`), or to `logger` when there is no request logger.
 * @example app.use(errorHandler(logger));
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const http = toHttpError(err);
    if (http.status >= 500) {
      // pino-http logs the request once it completes, with res.err as the cause.
      const cause = http.status === 503 ? new Error(http.message) : err;
      if ((req as { log?: Logger }).log) (res as { err?: unknown }).err = cause;
      else logger.error({ err: cause }, 'request failed');
    }
    const body: ErrorBody = { error: http.name, message: http.message };
    if (http.details !== undefined) body.details = http.details;
    if (http.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="directive-graph"');
    if (http.status === 503) res.setHeader('Retry-After', '5');
    res.status(http.status).json(body);
  };
}

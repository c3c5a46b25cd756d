/**
 * Named errors raised by the graph layer. The API maps them to HTTP statuses by `name`
 * (UnavailableError → 503) and shows `message` and `details` in its JSON body.
 */

/** Details safe to show to a client: never credentials. */
export interface UnavailableDetails {
  uri: string;
  /** Driver or socket code, e.g. 'ServiceUnavailable', 'ECONNREFUSED', 'Neo.ClientError.Security.Unauthorized'. */
  code?: string;
}

/**
 * Neo4j cannot be used: unreachable, refusing our credentials, or the database is down.
 * Its stack is only the message, so logs show one line instead of driver internals.
 * @example
 *   throw new UnavailableError('Neo4j is unreachable at bolt://127.0.0.1:7687: connection refused',
 *     { uri: 'bolt://127.0.0.1:7687', code: 'ECONNREFUSED' });
 *   // err.name === 'UnavailableError'
 */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
  readonly details: UnavailableDetails;

  constructor(message: string, details: UnavailableDetails) {
    super(message);
    this.details = details;
    this.stack = `${this.name}: ${message}`;
  }
}

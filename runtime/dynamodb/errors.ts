/**
 * Errors the DynamoDB data source raises itself. Each carries the
 * `errorType` a resolver sees in `ctx.error.type`; the data source turns
 * them into `{ error }` answers and never lets one escape `invoke`.
 */

/**
 * A request the data source cannot execute as written: a malformed typed
 * value, a missing field, an unsupported option. AppSync reports the
 * arguments a resolver passes it as `DynamoDB:UserIllegalArgumentException`.
 */
export class InvalidRequestError extends Error {
  readonly errorType: string = 'DynamoDB:UserIllegalArgumentException';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/**
 * A `nextToken` this data source did not issue for this query: altered,
 * truncated, from another secret, or from another table, index or key
 * condition. AppSync answers such tokens with the same error type and the
 * message "Invalid pagination token given."
 */
export class InvalidNextTokenError extends InvalidRequestError {
  constructor(reason: string) {
    super(`Invalid pagination token given: ${reason}`);
    this.name = 'InvalidNextTokenError';
  }
}

/** A data source built with options that cannot work. Thrown at creation. */
export class DataSourceConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataSourceConfigError';
  }
}

/** An engine that did not start, or a table that did not become ACTIVE. */
export class EngineStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineStartError';
  }
}

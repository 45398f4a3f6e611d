/**
 * The one error type of the local AWS services. A handler throws it; the
 * protocol layer turns it into the error response the real service sends,
 * so an AWS SDK client raises the same exception against either.
 */

/** Who AWS blames for an error: the caller, or the service. */
export type ErrorFault = 'Sender' | 'Receiver';

export interface AwsServiceErrorOptions {
  /** The wire code, as in `<Code>` of a query error response. */
  code: string;
  message: string;
  /** @default 400 */
  status?: number;
  /** @default 'Sender' below HTTP 500, 'Receiver' from 500 on */
  fault?: ErrorFault;
  /**
   * The modelled exception's shape name, which the JSON protocol sends as
   * `__type` (`InvalidParameterException` for the code `InvalidParameter`).
   * @default the code
   */
  shapeName?: string;
}

export class AwsServiceError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fault: ErrorFault;
  readonly shapeName: string;

  constructor(options: AwsServiceErrorOptions) {
    super(options.message);
    this.name = 'AwsServiceError';
    this.code = options.code;
    this.status = options.status ?? 400;
    this.fault = options.fault ?? (this.status >= 500 ? 'Receiver' : 'Sender');
    this.shapeName = options.shapeName ?? options.code;
  }
}

/** AWS's common error for an action the service does not know. */
export function invalidAction(action: string, supported: string): AwsServiceError {
  return new AwsServiceError({
    code: 'InvalidAction',
    message:
      'The action or operation requested is invalid. Verify that the action ' +
      `is typed correctly. Received: ${action}. Supported here: ${supported}.`,
  });
}

/** AWS's common error for a request that names no action at all. */
export function missingAction(): AwsServiceError {
  return new AwsServiceError({
    code: 'MissingAction',
    message: 'The request is missing an action or a required parameter.',
  });
}

/** A JSON-protocol body that is not a JSON object. */
export function serializationError(detail: string): AwsServiceError {
  return new AwsServiceError({
    code: 'SerializationException',
    message: `The request body could not be read as a JSON object: ${detail}`,
  });
}

/** Wraps anything a handler threw that is not already a service error. */
export function toServiceError(error: unknown): AwsServiceError {
  if (error instanceof AwsServiceError) return error;
  return new AwsServiceError({
    code: 'InternalFailure',
    message:
      'The request processing has failed because of an unknown error, ' +
      `exception or failure: ${error instanceof Error ? error.message : String(error)}`,
    status: 500,
  });
}

/** A body longer than the service reads. */
export function requestTooLarge(): AwsServiceError {
  return new AwsServiceError({
    code: 'RequestEntityTooLarge',
    message: 'The request body is longer than this local service reads.',
    status: 413,
  });
}

/**
 * The errors the real-time endpoint sends, each as AppSync words it on the
 * wire. Where AWS documents or clients have recorded the text (unauthorized,
 * duplicated id), it is copied exactly; the rest follow AppSync's style and
 * use error types Amplify already treats as non-retryable.
 */
import type { WireError } from './types';

/** A protocol failure carrying the wire entry a client can branch on. */
export class RealtimeProtocolError extends Error {
  readonly errorType: string;
  readonly errorCode: number | undefined;

  constructor({ errorType, message, errorCode }: WireError) {
    super(message);
    this.name = 'RealtimeProtocolError';
    this.errorType = errorType;
    this.errorCode = errorCode;
  }

  toWire(): WireError {
    const entry: WireError = { errorType: this.errorType, message: this.message };
    if (this.errorCode !== undefined) entry.errorCode = this.errorCode;
    return entry;
  }
}

const badRequest = (message: string) =>
  new RealtimeProtocolError({ errorType: 'BadRequestException', message, errorCode: 400 });

/** The message texts match AppSync's HTTP 401s for the same two cases. */
export const unauthorized = {
  missing: () =>
    new RealtimeProtocolError({
      errorType: 'UnauthorizedException',
      message: 'Valid authorization header not provided.',
      errorCode: 401,
    }),
  wrong: () =>
    new RealtimeProtocolError({
      errorType: 'UnauthorizedException',
      message: 'You are not authorized to make this call.',
      errorCode: 401,
    }),
};

/** AppSync sends this without an errorCode. */
export const duplicatedOperation = (id: string) =>
  new RealtimeProtocolError({
    errorType: 'DuplicatedOperationError',
    message: `Duplicated operation with id ${id}`,
  });

/** Worded like AppSync's answer to operations it does not stream. */
export const unsupportedType = (type: string) =>
  new RealtimeProtocolError({
    errorType: 'UnsupportedOperation',
    message: `${type} not supported through the realtime channel`,
  });

export const protocolErrors = {
  notJson: () => badRequest('Message is not valid JSON.'),
  notObject: () => badRequest('Message must be a JSON object with a string type.'),
  binary: () => badRequest('Binary frames are not supported; send JSON text.'),
  tooLarge: (limit: number) => badRequest(`Message is larger than ${limit} bytes.`),
  missingId: (type: string) => badRequest(`A ${type} message needs a non-empty string id.`),
  badStartPayload: (reason: string) => badRequest(`Invalid start payload: ${reason}`),
  notInitialised: () =>
    badRequest('Send connection_init and wait for connection_ack before start.'),
  initTimeout: (ms: number) =>
    new RealtimeProtocolError({
      errorType: 'ConnectionTimeoutException',
      message: `connection_init was not received within ${ms} ms.`,
      errorCode: 408,
    }),
  internal: () =>
    new RealtimeProtocolError({
      errorType: 'InternalFailure',
      message: 'An internal failure occurred while starting the subscription.',
      errorCode: 500,
    }),
};

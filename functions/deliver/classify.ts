/**
 * Turns whatever a provider call threw into the failure a delivery records:
 * the provider's own error code, its message, and whether a later attempt
 * may succeed.
 */

/** A failed attempt, as the contract's FAILED outcome carries it. */
export interface ProviderFailure {
  errorCode: string;
  errorMessage: string;
  retryable: boolean;
}

type Verdict = 'permanent' | 'retryable';

/**
 * Codes whose verdict is known, keyed by the error's `name`. The SDK names
 * a modelled error after its class (SNS's wire code `OptedOut` arrives as
 * `OptedOutException`), and names an unmodelled one after its wire code
 * (SES's `Throttling`), so both spellings are listed where they differ.
 *
 * A code is here when its HTTP status alone would mislead: SES throttling
 * answers 400, which the fallback would take for permanent.
 */
const KNOWN_CODES: Readonly<Record<string, Verdict>> = {
  // SES SendEmail: the message, the sender or the account is refused.
  MessageRejected: 'permanent',
  MailFromDomainNotVerifiedException: 'permanent',
  ConfigurationSetDoesNotExistException: 'permanent',
  ConfigurationSetDoesNotExist: 'permanent',
  ConfigurationSetSendingPausedException: 'permanent',
  AccountSendingPausedException: 'permanent',
  // SNS Publish: the number or a parameter is refused.
  InvalidParameterException: 'permanent',
  InvalidParameter: 'permanent',
  InvalidParameterValueException: 'permanent',
  ParameterValueInvalid: 'permanent',
  OptedOutException: 'permanent',
  OptedOut: 'permanent',
  EndpointDisabledException: 'permanent',
  AuthorizationErrorException: 'permanent',
  ValidationException: 'permanent',
  // Errors common to AWS query APIs.
  InvalidParameterValue: 'permanent',
  InvalidParameterCombination: 'permanent',
  MissingParameter: 'permanent',
  ValidationError: 'permanent',
  // Throttling, on either service or on the KMS key of an encrypted topic.
  Throttling: 'retryable',
  ThrottlingException: 'retryable',
  ThrottledException: 'retryable',
  Throttled: 'retryable',
  KMSThrottlingException: 'retryable',
  KMSThrottling: 'retryable',
  // The provider is unwell.
  InternalErrorException: 'retryable',
  InternalError: 'retryable',
  InternalFailure: 'retryable',
  ServiceUnavailable: 'retryable',
  // The request took too long, on the provider's side or ours.
  RequestTimeout: 'retryable',
  RequestTimeoutException: 'retryable',
  TimeoutError: 'retryable',
};

/** Node socket errors: the request may never have reached the provider. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The fields of an SDK service exception that classification reads. */
interface ProviderErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

export function classifyProviderError(error: unknown): ProviderFailure {
  const shape = asShape(error);
  const errorCode = codeOf(shape);
  const message = typeof shape.message === 'string' ? shape.message : '';
  return {
    errorCode,
    errorMessage: message || errorCode,
    retryable: verdictOf(errorCode, shape) === 'retryable',
  };
}

function verdictOf(code: string, shape: ProviderErrorShape): Verdict {
  const known = KNOWN_CODES[code];
  if (known) return known;

  // Unknown codes: trust what the SDK and the HTTP status say.
  if (shape.$retryable) return 'retryable';
  const status = shape.$metadata?.httpStatusCode;
  if (typeof status === 'number') {
    return status === 429 || status >= 500 ? 'retryable' : 'permanent';
  }
  if (shape.$fault === 'server') return 'retryable';
  const isNetwork =
    typeof shape.code === 'string' && NETWORK_CODES.has(shape.code);
  return isNetwork ? 'retryable' : 'permanent';
}

function codeOf(shape: ProviderErrorShape): string {
  if (typeof shape.name === 'string' && shape.name !== 'Error') {
    return shape.name;
  }
  // A socket error's `name` is the generic "Error"; its `code` says more.
  if (typeof shape.code === 'string' && shape.code !== '') return shape.code;
  return 'UnknownError';
}

function asShape(error: unknown): ProviderErrorShape {
  return typeof error === 'object' && error !== null
    ? (error as ProviderErrorShape)
    : { message: String(error) };
}

/** The SES v1 errors the local SES raises, with SES's wire codes. */
import { AwsServiceError } from '../errors';

/** What sandboxed SES answers for a recipient it will not send to. */
export function messageRejected(region: string, addresses: string[]): AwsServiceError {
  return new AwsServiceError({
    code: 'MessageRejected',
    message:
      'Email address is not verified. The following identities failed the ' +
      `check in region ${region.toUpperCase()}: ${addresses.join(', ')}`,
  });
}

/** SES answers throttling with HTTP 400, unlike most services. */
export function throttling(): AwsServiceError {
  return new AwsServiceError({
    code: 'Throttling',
    message: 'Maximum sending rate exceeded.',
  });
}

export function internalFailure(): AwsServiceError {
  return new AwsServiceError({
    code: 'InternalFailure',
    status: 500,
    message:
      'The request processing has failed because of an unknown error, exception or failure.',
  });
}

export function invalidParameterValue(message: string): AwsServiceError {
  return new AwsServiceError({ code: 'InvalidParameterValue', message });
}

export function missingParameter(name: string): AwsServiceError {
  return new AwsServiceError({
    code: 'MissingParameter',
    message: `The request must contain the parameter ${name}.`,
  });
}

/**
 * The SNS errors the local SNS raises, with SNS's wire codes and the
 * exception names the SDK's model gives them.
 */
import { AwsServiceError } from '../errors';

export function invalidParameter(message: string): AwsServiceError {
  return new AwsServiceError({
    code: 'InvalidParameter',
    shapeName: 'InvalidParameterException',
    message: `Invalid parameter: ${message}`,
  });
}

/** SNS's answer to a number that is not E.164 or cannot be sent to. */
export function invalidPhoneNumber(phoneNumber: string): AwsServiceError {
  return invalidParameter(`PhoneNumber Reason: ${phoneNumber} is not valid to publish to`);
}

/** A message attribute SNS cannot read. */
export function parameterValueInvalid(message: string): AwsServiceError {
  return new AwsServiceError({
    code: 'ParameterValueInvalid',
    shapeName: 'InvalidParameterValueException',
    message,
  });
}

export function notFound(message: string): AwsServiceError {
  return new AwsServiceError({
    code: 'NotFound',
    shapeName: 'NotFoundException',
    status: 404,
    message,
  });
}

export function throttled(): AwsServiceError {
  return new AwsServiceError({
    code: 'Throttled',
    shapeName: 'ThrottledException',
    status: 429,
    message: 'Rate exceeded',
  });
}

export function internalError(): AwsServiceError {
  return new AwsServiceError({
    code: 'InternalError',
    shapeName: 'InternalErrorException',
    status: 500,
    message: 'Internal Error',
  });
}

/**
 * The ways a pipeline step fails, each with its errorType, so that every
 * resolver reports the same problem the same way.
 */
import { util } from '@aws-appsync/utils';

import { ErrorType, type Violation } from './errors';

/** Stops the request with every broken rule listed in errorInfo. */
export function failValidation(violations: Violation[]): never {
  const summary = violations.map((v) => `${v.field} ${v.message}`).join('; ');
  return util.error(
    `The request is invalid: ${summary}.`,
    ErrorType.Validation,
    null,
    { violations },
  );
}

/** Stops the request when the table did not do what was asked. */
export function failStorage(
  error: { message: string; type: string },
  consequence: string,
): never {
  return util.error(
    `The message table failed (${error.type}: ${error.message}). ${consequence}`,
    ErrorType.Internal,
  );
}

export function isConditionFailure(error: { type: string } | undefined): boolean {
  return error?.type === 'DynamoDB:ConditionalCheckFailedException';
}

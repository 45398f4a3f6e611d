/**
 * Turns whatever a call raised into the `ctx.error` AppSync would show.
 * AppSync names a DynamoDB error `DynamoDB:<ErrorCode>` and words it the way
 * its Java SDK does, e.g. "The conditional request failed (Service:
 * AmazonDynamoDBv2; Status Code: 400; Error Code:
 * ConditionalCheckFailedException; Request ID: ...)".
 */
import { InvalidRequestError } from './errors';
import type { DataSourceError } from './types';

interface ServiceErrorShape {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $fault?: string;
}

export function toDataSourceError(error: unknown): DataSourceError {
  if (error instanceof InvalidRequestError) {
    return { type: error.errorType, message: error.message };
  }
  if (isServiceError(error)) {
    const status = error.$metadata?.httpStatusCode ?? 400;
    const requestId = error.$metadata?.requestId ?? 'unknown';
    return {
      type: `DynamoDB:${error.name}`,
      message:
        `${error.message || error.name} (Service: AmazonDynamoDBv2; Status Code: ${status}; ` +
        `Error Code: ${error.name}; Request ID: ${requestId})`,
    };
  }
  // Not from the service: the engine is unreachable, or a bug here.
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'DynamoDB:AmazonClientException',
    message: `Unable to reach DynamoDB: ${message}`,
  };
}

export function isServiceError(error: unknown): error is ServiceErrorShape {
  return error instanceof Error && '$metadata' in error && '$fault' in error;
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

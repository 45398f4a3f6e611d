/**
 * The AWS JSON 1.0 protocol, in its query-compatible form: what a service
 * that moved from the query protocol answers (SQS did; SNS's model already
 * names its JSON target). The `x-amzn-query-error` header carries the old
 * wire code so SDKs raise the same exceptions under either protocol.
 */
import type { AwsServiceError } from '../errors';
import type { HttpRequest, HttpResponse } from '../http/types';
import { serializationError } from '../errors';

const JSON_CONTENT_TYPE = 'application/x-amz-json-1.0';

export function isJsonRpc(request: HttpRequest): boolean {
  const contentType = request.headers['content-type'] ?? '';
  return contentType.startsWith('application/x-amz-json') || 'x-amz-target' in request.headers;
}

/** The operation named by `X-Amz-Target: Service.Operation`, if any. */
export function jsonOperation(request: HttpRequest, serviceTarget: string): string | undefined {
  const target = request.headers['x-amz-target'];
  if (typeof target !== 'string' || !target.startsWith(`${serviceTarget}.`)) return undefined;
  return target.slice(serviceTarget.length + 1) || undefined;
}

export function parseJsonObject(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw serializationError(error instanceof Error ? error.message : String(error));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw serializationError('expected an object');
  }
  return parsed as Record<string, unknown>;
}

export function jsonResult(result: object, requestId: string): HttpResponse {
  return {
    status: 200,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId },
    body: JSON.stringify(result),
  };
}

export function jsonError(
  error: AwsServiceError,
  namespace: string,
  requestId: string,
): HttpResponse {
  return {
    status: error.status,
    headers: {
      'content-type': JSON_CONTENT_TYPE,
      'x-amzn-requestid': requestId,
      'x-amzn-query-error': `${error.code};${error.fault}`,
    },
    body: JSON.stringify({ __type: `${namespace}#${error.shapeName}`, message: error.message }),
  };
}

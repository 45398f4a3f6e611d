/**
 * A `start` frame's payload: `data` is a JSON string of
 * `{query, variables, operationName}`, and `extensions.authorization` holds
 * the same headers a connection is authorised with.
 */
import { isRecord } from './client-frames';
import { protocolErrors } from './errors';
import { toHeaders } from './auth';
import type { Headers } from './types';

export interface StartRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
  /** Undefined when the frame carried no extensions.authorization. */
  authorization: Headers | undefined;
}

export function parseStartPayload(payload: unknown): StartRequest {
  if (!isRecord(payload) || typeof payload.data !== 'string') {
    throw protocolErrors.badStartPayload('payload.data must be a JSON string.');
  }

  let data: unknown;
  try {
    data = JSON.parse(payload.data);
  } catch {
    throw protocolErrors.badStartPayload('payload.data is not valid JSON.');
  }
  if (!isRecord(data) || typeof data.query !== 'string') {
    throw protocolErrors.badStartPayload('payload.data must hold a string query.');
  }

  const variables = data.variables ?? {};
  if (!isRecord(variables)) {
    throw protocolErrors.badStartPayload('variables must be an object.');
  }

  const extensions = isRecord(payload.extensions) ? payload.extensions : {};
  return {
    query: data.query,
    variables,
    operationName: typeof data.operationName === 'string' ? data.operationName : undefined,
    authorization: toHeaders(extensions.authorization),
  };
}

/**
 * POST /graphql: AppSync's HTTP behaviour around the engine: the x-api-key
 * check and its 401s, malformed bodies, and one log line per operation.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Engine, GraphQLRequest } from '../graphql/engine';
import type { Logger } from '../log';
import { BodyTooLargeError, readBody } from './body';
import { sendJson, sendRequestError, unauthorized } from './responses';

export interface GraphQLRouteOptions {
  engine: Engine;
  isValidKey(key: string): boolean;
  logger: Logger;
  /** Called after each operation, e.g. to publish mutations to subscribers. */
  onExecuted?(result: Awaited<ReturnType<Engine['run']>>): void;
}

export function createGraphQLRoute({ engine, isValidKey, logger, onExecuted }: GraphQLRouteOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0) {
      return sendRequestError(res, 401, 'UnauthorizedException', unauthorized.missing);
    }
    if (!isValidKey(key)) {
      return sendRequestError(res, 401, 'UnauthorizedException', unauthorized.wrong);
    }

    const parsed = await parseRequest(req);
    if ('error' in parsed) {
      const [status, type, message] = parsed.error;
      return sendRequestError(res, status, type, message);
    }

    const executed = await engine.run({ ...parsed, headers: flatHeaders(req) });
    sendJson(res, 200, executed.response);
    onExecuted?.(executed);
    logger.info('graphql', {
      operation: executed.operation?.operation ?? null,
      operationName: executed.operation?.name?.value ?? parsed.operationName ?? null,
      fields: executed.operation?.selectionSet.selections.map((s) =>
        s.kind === 'Field' ? s.name.value : s.kind,
      ),
      outcome: executed.response.errors ? 'error' : 'ok',
      errorTypes: executed.response.errors?.map((e) => e.errorType ?? 'GraphQL'),
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

type Parsed =
  | Omit<GraphQLRequest, 'headers'>
  | { error: [status: number, errorType: string, message: string] };

async function parseRequest(req: IncomingMessage): Promise<Parsed> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return { error: [413, 'PayloadTooLargeException', error.message] };
    }
    throw error;
  }
  if (text.trim().length === 0) {
    return { error: [400, 'MalformedHttpRequestException', 'The request body is empty.'] };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      error: [400, 'MalformedHttpRequestException', 'The request body is not valid JSON.'],
    };
  }
  const { query, variables, operationName } = (body ?? {}) as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim().length === 0) {
    return {
      error: [
        400,
        'MalformedHttpRequestException',
        'The request body has no "query": send {"query": "...", "variables": {...}}.',
      ],
    };
  }
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return {
      error: [400, 'MalformedHttpRequestException', '"variables" must be a JSON object.'],
    };
  }
  return {
    query,
    variables: (variables as Record<string, unknown> | null) ?? null,
    operationName: typeof operationName === 'string' ? operationName : null,
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

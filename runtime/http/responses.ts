/**
 * AppSync's HTTP answers for requests that never reach execution: missing or
 * wrong API keys, and bodies that are not a GraphQL request.
 */
import type { ServerResponse } from 'node:http';

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type, x-api-key, authorization, x-amz-user-agent',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
} as const;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(text);
}

/** An error outside GraphQL: an HTTP status, errorType, and the header AWS clients read. */
export function sendRequestError(
  res: ServerResponse,
  status: number,
  errorType: string,
  message: string,
) {
  sendJson(res, status, { errors: [{ errorType, message }] }, { 'x-amzn-ErrorType': errorType });
}

export const unauthorized = {
  missing: 'Valid authorization header not provided.',
  wrong: 'You are not authorized to make this call.',
} as const;

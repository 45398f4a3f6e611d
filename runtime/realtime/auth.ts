/**
 * Where a real-time client puts its authorization: the `header` query
 * parameter (base64 JSON), or a `header-<base64url>` subprotocol as Amplify
 * v6 and the subscription link send it; and, per `start`,
 * `payload.extensions.authorization`.
 */
import type { IncomingMessage } from 'node:http';

import { unauthorized, type RealtimeProtocolError } from './errors';
import type { Headers, SubscriptionEngine } from './types';

export type HeaderSource = 'query' | 'subprotocol' | 'none';

export interface ConnectHeaders {
  headers: Headers | undefined;
  source: HeaderSource;
}

const SUBPROTOCOL_PREFIX = 'header-';

export function connectHeaders(req: IncomingMessage): ConnectHeaders {
  const fromQuery = new URL(req.url ?? '/', 'http://realtime').searchParams.get('header');
  if (fromQuery) {
    // An unencoded '+' in the query arrives as a space.
    return { headers: decodeHeader(fromQuery.replaceAll(' ', '+')), source: 'query' };
  }

  const protocol = offeredProtocols(req).find((p) => p.startsWith(SUBPROTOCOL_PREFIX));
  if (protocol) {
    return { headers: decodeHeader(protocol.slice(SUBPROTOCOL_PREFIX.length)), source: 'subprotocol' };
  }
  return { headers: undefined, source: 'none' };
}

export function offeredProtocols(req: IncomingMessage): string[] {
  const header = req.headers['sec-websocket-protocol'];
  if (typeof header !== 'string') return [];
  return header.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Headers from a JSON object whose values are strings; names lower-cased. */
export function toHeaders(value: unknown): Headers | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const headers: Headers = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') headers[name.toLowerCase()] = v;
  }
  return headers;
}

/** The error to send for these headers, or undefined when they are valid. */
export function authorize(
  engine: SubscriptionEngine,
  headers: Headers | undefined,
): RealtimeProtocolError | undefined {
  if (headers && engine.isAuthorized(headers)) return undefined;
  return headers?.['x-api-key'] ? unauthorized.wrong() : unauthorized.missing();
}

function decodeHeader(encoded: string): Headers | undefined {
  try {
    // Node's base64 decoder accepts both the standard and the url-safe alphabet.
    return toHeaders(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')));
  } catch {
    return undefined;
  }
}

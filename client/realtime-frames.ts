/**
 * The frames of AppSync's real-time protocol, and the authorization it
 * expects: the same `{host, x-api-key}` object, base64 JSON in the connect
 * URL and plain JSON in each `start`.
 */
import type { ErrorEntry } from './errors';

export const SUBPROTOCOL = 'graphql-ws';

/** AppSync's connection timeout, used until connection_ack names its own. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 300_000;

export interface Authorization {
  host: string;
  'x-api-key': string;
}

/** What the server sends. Fields a frame type does not use are absent. */
export interface ServerFrame {
  type: string;
  id?: string;
  payload?: {
    connectionTimeoutMs?: number;
    data?: unknown;
    errors?: ErrorEntry[];
  };
}

/**
 * `payload=e30=` is base64 of `{}`: AppSync requires the parameter even
 * though API-key authorization puts nothing in it.
 */
export function connectUrl(realtimeUrl: string, auth: Authorization): string {
  const url = new URL(realtimeUrl);
  url.searchParams.set('header', base64Json(auth));
  url.searchParams.set('payload', 'e30=');
  return url.toString();
}

export const clientFrames = {
  connectionInit: () => JSON.stringify({ type: 'connection_init' }),

  start: (id: string, query: string, variables: unknown, auth: Authorization) =>
    JSON.stringify({
      id,
      type: 'start',
      payload: {
        data: JSON.stringify({ query, variables }),
        extensions: { authorization: auth },
      },
    }),

  stop: (id: string) => JSON.stringify({ id, type: 'stop' }),
};

/** A frame, or undefined for text that is not a JSON object with a type. */
export function parseServerFrame(text: unknown): ServerFrame | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const frame = JSON.parse(text) as ServerFrame;
    return typeof frame?.type === 'string' ? frame : undefined;
  } catch {
    return undefined;
  }
}

// btoa takes Latin-1 only; hosts and API keys are ASCII, but encode as
// UTF-8 first so an unexpected character cannot throw.
function base64Json(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A lean subscriber for AppSync's real-time protocol (graphql-ws over a
 * WebSocket, see tests/e2e/support/appsync-client.ts for the full one): it
 * connects, starts one subscription, and timestamps each data frame on
 * arrival, so that thousands of them can be open at once.
 */
import { performance } from 'node:perf_hooks';

import WebSocket from 'ws';

export interface Subscriber {
  /** performance.now() of each data frame, with its payload. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a frame's payload, read loosely
  received: Array<{ at: number; payload: any }>;
  close(): void;
}

export interface SubscribeOptions {
  realtimeUrl: string;
  /** The GraphQL endpoint, whose host goes in the authorization header. */
  url: string;
  apiKey: string;
  query: string;
  variables: Record<string, unknown>;
  timeoutMs?: number;
}

export function subscribe(options: SubscribeOptions): Promise<Subscriber> {
  const auth = { host: new URL(options.url).host, 'x-api-key': options.apiKey };
  const header = Buffer.from(JSON.stringify(auth)).toString('base64');
  const socket = new WebSocket(`${options.realtimeUrl}?header=${header}&payload=e30=`, [
    'graphql-ws',
  ]);
  const received: Subscriber['received'] = [];
  const subscriber = { received, close: () => socket.close() };
  const id = 'bench';

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('The subscription was not acknowledged in time.'));
    }, options.timeoutMs ?? 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.terminate();
      reject(error);
    };
    socket.once('error', fail);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      const at = performance.now();
      const frame = JSON.parse(raw.toString()) as { type: string; id?: string; payload?: unknown };
      if (frame.type === 'connection_ack') {
        socket.send(JSON.stringify({
          id,
          type: 'start',
          payload: {
            data: JSON.stringify({ query: options.query, variables: options.variables }),
            extensions: { authorization: auth },
          },
        }));
      } else if (frame.type === 'start_ack') {
        clearTimeout(timer);
        resolve(subscriber);
      } else if (frame.type === 'data') {
        received.push({ at, payload: frame.payload });
      } else if (frame.type === 'error' || frame.type === 'connection_error') {
        fail(new Error(`Subscription refused: ${JSON.stringify(frame.payload)}`));
      }
    });
  });
}

/** Test helpers: a messaging client on a test runtime, and a way to wait for events. */
import WebSocket from 'ws';

import {
  createMessagingClient,
  type MessagingClient,
  type WebSocketConstructor,
} from '../../../client/index';
import type { Runtime } from '../../../runtime/app';

/** Node 20 has no global WebSocket; the client takes `ws`'s. */
export const NodeWebSocket = WebSocket as unknown as WebSocketConstructor;

export function clientFor(runtime: Runtime, apiKey = runtime.apiKey): MessagingClient {
  return createMessagingClient({ url: runtime.url, apiKey, WebSocket: NodeWebSocket });
}

/** Collects what a callback receives, and waits until a condition holds. */
export function recorder<T>() {
  const seen: T[] = [];
  const wakers = new Set<() => void>();
  return {
    seen,
    push(value: T) {
      seen.push(value);
      wakers.forEach((wake) => wake());
    },
    async until(check: (seen: T[]) => boolean, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!check(seen)) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Not seen within ${timeoutMs} ms: ${JSON.stringify(seen)}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            wakers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, left);
          wakers.add(wake);
        });
      }
    },
  };
}

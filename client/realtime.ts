/**
 * One WebSocket to AppSync's real-time endpoint, shared by every
 * subscription of a client: opened on the first subscribe, closed shortly
 * after the last unsubscribe. It watches the server's keep-alives and fails
 * every subscription when they stop, because a silent socket may be dead.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { ApiError, NetworkError, type ErrorEntry } from './errors';
import { printed } from './http';
import {
  clientFrames,
  connectUrl,
  DEFAULT_CONNECTION_TIMEOUT_MS,
  parseServerFrame,
  SUBPROTOCOL,
  type Authorization,
  type ServerFrame,
} from './realtime-frames';
import type { WebSocketConstructor, WebSocketLike } from './websocket';

export interface RealtimeOptions {
  realtimeUrl: string;
  auth: Authorization;
  /** @default globalThis.WebSocket */
  WebSocket?: WebSocketConstructor;
  /** How long to wait for connection_ack. @default 15000 */
  ackTimeoutMs?: number;
  /** How long an unused connection stays open for the next subscribe. @default 1000 */
  lingerMs?: number;
}

export interface SubscriptionHandlers<TData> {
  next(data: TData): void;
  /** The subscription has ended; no more events follow. */
  error?(error: ApiError | NetworkError): void;
  /** The server acknowledged the subscription: events from now on arrive. */
  started?(): void;
}

export interface Realtime {
  subscribe<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TData>,
  ): () => void;
  close(): void;
}

interface Operation {
  start: string;
  handlers: SubscriptionHandlers<unknown>;
  sent: boolean;
}

const OPEN = 1;
const CLOSE_NORMAL = 1000;

export function createRealtime(options: RealtimeOptions): Realtime {
  const { realtimeUrl, auth, ackTimeoutMs = 15_000, lingerMs = 1_000 } = options;
  const operations = new Map<string, Operation>();
  let socket: WebSocketLike | undefined;
  let acknowledged = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let linger: ReturnType<typeof setTimeout> | undefined;
  let keepAliveTimeout = DEFAULT_CONNECTION_TIMEOUT_MS;
  let nextId = 0;

  const send = (text: string) => {
    if (socket?.readyState === OPEN) socket.send(text);
  };

  const startAll = () => {
    for (const operation of operations.values()) {
      if (!operation.sent) {
        operation.sent = true;
        send(operation.start);
      }
    }
  };

  /** Ends every subscription with this error and drops the socket. */
  const failAll = (error: ApiError | NetworkError) => {
    const failed = [...operations.values()];
    operations.clear();
    disconnect();
    for (const operation of failed) operation.handlers.error?.(error);
  };

  const arm = (ms: number, why: string) => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => failAll(new NetworkError(why)), ms);
  };

  const disconnect = () => {
    clearTimeout(watchdog);
    clearTimeout(linger);
    const closing = socket;
    socket = undefined;
    acknowledged = false;
    if (!closing) return;
    closing.onopen = closing.onmessage = closing.onclose = closing.onerror = null;
    closing.close(CLOSE_NORMAL);
  };

  const onFrame = (frame: ServerFrame) => {
    const operation = frame.id === undefined ? undefined : operations.get(frame.id);
    switch (frame.type) {
      case 'connection_ack': {
        acknowledged = true;
        const timeoutMs = frame.payload?.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
        keepAliveTimeout = timeoutMs;
        arm(timeoutMs, silentFor(timeoutMs));
        return startAll();
      }
      case 'ka':
        return arm(keepAliveTimeout, silentFor(keepAliveTimeout));
      case 'start_ack':
        return operation?.handlers.started?.();
      case 'data':
        return operation?.handlers.next(frame.payload?.data);
      case 'complete':
        if (frame.id !== undefined) operations.delete(frame.id);
        return;
      case 'error':
        return onError(frame.id, operation, entriesOf(frame));
      case 'connection_error':
        return failAll(new ApiError({ entries: entriesOf(frame) }));
    }
  };

  // An error without an id is about the connection, not one subscription.
  const onError = (id: string | undefined, operation: Operation | undefined, entries: ErrorEntry[]) => {
    if (id === undefined) return failAll(new ApiError({ entries }));
    if (!operation) return;
    operations.delete(id);
    operation.handlers.error?.(new ApiError({ entries }));
  };

  const connect = () => {
    const WebSocketImpl = options.WebSocket ?? globalWebSocket();
    const opened = new WebSocketImpl(connectUrl(realtimeUrl, auth), [SUBPROTOCOL]);
    socket = opened;
    opened.onopen = () => {
      opened.send(clientFrames.connectionInit());
      arm(ackTimeoutMs, `No connection_ack within ${ackTimeoutMs} ms.`);
    };
    opened.onmessage = (event) => {
      const frame = parseServerFrame(event.data);
      if (frame) onFrame(frame);
    };
    opened.onclose = (event) => {
      const why = event.reason ? `: ${event.reason}` : '';
      failAll(new NetworkError(`The real-time connection closed (${event.code}${why}).`));
    };
    // A failed socket always closes too; onclose reports it once.
    opened.onerror = () => {};
  };

  return {
    subscribe(document, variables, handlers) {
      const id = `${++nextId}-${Math.random().toString(36).slice(2, 10)}`;
      const start = clientFrames.start(id, printed(document), variables, auth);
      operations.set(id, { start, handlers: handlers as SubscriptionHandlers<unknown>, sent: false });

      clearTimeout(linger);
      if (!socket) connect();
      else if (acknowledged) startAll();

      return () => {
        const operation = operations.get(id);
        if (!operation) return;
        operations.delete(id);
        if (operation.sent) send(clientFrames.stop(id));
        if (operations.size === 0) {
          clearTimeout(linger);
          linger = setTimeout(() => operations.size === 0 && disconnect(), lingerMs);
        }
      };
    },

    close() {
      operations.clear();
      disconnect();
    },
  };
}

function entriesOf(frame: ServerFrame): ErrorEntry[] {
  const errors = frame.payload?.errors;
  return Array.isArray(errors) && errors.length > 0
    ? errors
    : [{ message: `The real-time endpoint sent ${frame.type} without details.` }];
}

function silentFor(ms: number): string {
  return `The real-time connection was silent for ${ms} ms (no keep-alive).`;
}

function globalWebSocket(): WebSocketConstructor {
  const found = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!found) {
    throw new TypeError(
      'No global WebSocket: pass one as the WebSocket option (in Node 20, `ws`).',
    );
  }
  return found;
}

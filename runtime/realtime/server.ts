/**
 * The real-time endpoint: takes WebSocket upgrades from an existing http
 * server, keeps the open connections, and fans each mutation out to them.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocketServer } from 'ws';

import { silentLogger } from '../log';
import { authorize, connectHeaders, offeredProtocols } from './auth';
import { Connection, type ConnectionSettings } from './connection';
import {
  DEFAULT_CONNECTION_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_MS,
  SOCKET_MAX_PAYLOAD_BYTES,
  SUBPROTOCOL,
} from './limits';
import type { RealtimeServer, RealtimeServerOptions } from './types';

const REALTIME_PATH = '/graphql/realtime';
const GRAPHQL_PATH = '/graphql';

export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
  const { engine, logger = silentLogger } = options;
  const settings = resolveSettings(options);
  const connections = new Set<Connection>();
  let closing = false;

  const sockets = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: SOCKET_MAX_PAYLOAD_BYTES,
    // Amplify offers ['graphql-ws', 'header-...']: the answer must be graphql-ws.
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });

  const accept = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const auth = connectHeaders(req);
    const authError = authorize(engine, auth.headers);
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const connection = new Connection({ socket: ws, engine, logger, settings, auth, authError });
      connections.add(connection);
      void connection.closed.then(() => connections.delete(connection));
      logger.info('realtime.connect', {
        connectionId: connection.id,
        authSource: auth.source,
        outcome: authError ? 'unauthorized' : 'ok',
        errorType: authError?.errorType,
      });
    });
  };

  return {
    handleUpgrade(req, socket, head) {
      if (!isRealtimeRequest(req)) return false;
      if (closing) {
        socket.destroy();
        return true;
      }
      accept(req, socket, head);
      return true;
    },

    publish(event) {
      for (const connection of connections) connection.publish(event);
    },

    async close() {
      closing = true;
      await Promise.all([...connections].map((c) => c.close('Server shutting down')));
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },

    stats() {
      let subscriptions = 0;
      let pendingStarts = 0;
      for (const connection of connections) {
        subscriptions += connection.subscriptions.size;
        pendingStarts += connection.pending.size;
      }
      return { connections: connections.size, subscriptions, pendingStarts };
    },
  };
}

function resolveSettings(options: RealtimeServerOptions): ConnectionSettings {
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const connectionTimeoutMs = options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  const connectionInitTimeoutMs = options.connectionInitTimeoutMs ?? connectionTimeoutMs;
  for (const [name, value] of Object.entries({ keepAliveMs, connectionTimeoutMs, connectionInitTimeoutMs })) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${name} must be a positive number of milliseconds. Received: ${value}`);
    }
  }
  return { keepAliveMs, connectionTimeoutMs, connectionInitTimeoutMs };
}

/**
 * `/graphql/realtime` always (Amplify's path for a custom domain, which a
 * local endpoint is); `/graphql` when the request is plainly a real-time one.
 */
function isRealtimeRequest(req: IncomingMessage): boolean {
  const url = new URL(req.url ?? '/', 'http://realtime');
  if (url.pathname === REALTIME_PATH) return true;
  if (url.pathname !== GRAPHQL_PATH) return false;
  return url.searchParams.has('header') || offeredProtocols(req).includes(SUBPROTOCOL);
}

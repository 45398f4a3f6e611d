/**
 * The offline runtime's HTTP server: the routes AppSync serves, plus the
 * playground and the outbox that only the offline runtime has.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';

import type { Engine } from '../graphql/engine';
import type { Logger } from '../log';
import type { RealtimeServer } from '../realtime/index';
import type { Outbox } from '../services/index';
import { createGraphQLRoute } from './graphql-route';
import { createOutboxRoute } from './outbox-route';
import { loadPlaygroundAssets, playgroundHtml } from './playground/page';
import { CORS_HEADERS, sendRequestError } from './responses';

export interface HttpServerOptions {
  engine: Engine;
  realtime: RealtimeServer;
  outbox: Outbox;
  apiKey: string;
  logger: Logger;
  onExecuted: Parameters<typeof createGraphQLRoute>[0]['onExecuted'];
  /** PEM certificate and key: serve HTTPS and WSS instead of HTTP and WS. */
  tls?: { cert: string; key: string };
}

export function createHttpServer(options: HttpServerOptions): {
  server: Server;
  closeConnections(): void;
} {
  const isValidKey = (key: string) => key === options.apiKey;
  const graphql = createGraphQLRoute({
    engine: options.engine,
    isValidKey,
    logger: options.logger,
    onExecuted: options.onExecuted,
  });
  const outbox = createOutboxRoute(options.outbox, isValidKey);
  const assets = loadPlaygroundAssets();
  const playground = Buffer.from(playgroundHtml(options.apiKey));

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      return res.end();
    }
    if (url.pathname === '/graphql') {
      if (req.method !== 'POST') {
        return sendRequestError(res, 405, 'MethodNotAllowedException', 'Send GraphQL requests with POST.');
      }
      return graphql(req, res);
    }
    if (req.method !== 'GET') {
      return sendRequestError(res, 405, 'MethodNotAllowedException', `${req.method} is not served here.`);
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(playground);
    }
    if (url.pathname === '/outbox') return outbox(req, res, url);
    const asset = assets.get(url.pathname);
    if (asset) {
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'max-age=3600' });
      return res.end(asset.body);
    }
    return sendRequestError(res, 404, 'NotFoundException', `Nothing is served at ${url.pathname}.`);
  };

  const sockets = new Set<Socket>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      options.logger.error('http.failure', { path: req.url, error: String(error) });
      if (!res.headersSent) {
        sendRequestError(res, 500, 'InternalFailure', 'The offline runtime failed on this request.');
      } else {
        res.destroy();
      }
    });
  };
  const server: Server = options.tls ? createTlsServer(options.tls, handle) : createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    if (!options.realtime.handleUpgrade(req, socket, head)) socket.destroy();
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });

  return {
    server,
    closeConnections: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './body';
import type { HttpHandler, HttpService, HttpServiceOptions } from './types';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** How long `close()` lets in-flight responses finish before cutting them. */
const CLOSE_GRACE_MS = 1_000;

/**
 * Serves `handler` over HTTP/1.1 with keep-alive, on loopback by default.
 * The handler is synchronous, so a request never waits on another one and
 * concurrency is bounded only by Node's socket handling.
 */
export async function startHttpService(
  handler: HttpHandler,
  options: HttpServiceOptions = {},
): Promise<HttpService> {
  const host = options.host ?? DEFAULT_HOST;
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createServer((request, response) => {
    void serve(handler, limit, request, response);
  });

  // A request line or header Node cannot parse: answer it, never crash.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    endpoint: `http://${shownHost}:${port}`,
    close: () => closeServer(server),
  };
}

async function serve(
  handler: HttpHandler,
  limit: number,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { body, tooLarge } = await readBody(request, limit);
  let answer;
  try {
    answer = handler({
      method: request.method ?? 'GET',
      url: new URL(request.url ?? '/', 'http://localhost'),
      headers: request.headers,
      body,
      bodyTooLarge: tooLarge,
    });
  } catch {
    // Services turn their own errors into protocol errors; reaching here
    // means a bug in one, and the client still deserves an answer.
    answer = { status: 500, headers: { 'content-type': 'text/plain' }, body: 'Internal error' };
  }
  if (response.destroyed) return;
  response.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(Buffer.byteLength(answer.body)),
  });
  response.end(answer.body);
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    // `close` ends idle keep-alive sockets itself (Node 19 and later), but
    // waits forever on one stuck mid-request: cut those after a grace.
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
  });
}

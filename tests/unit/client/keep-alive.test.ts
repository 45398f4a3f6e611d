/**
 * The connectionTimeoutMs watchdog. The offline runtime always sends its
 * keep-alives, so a small server here stands in for an AppSync endpoint
 * that acknowledges and then goes quiet, as a dead network path does.
 */
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';

import { NetworkError } from '../../../client/index';
import { createRealtime } from '../../../client/realtime';
import { OnMessageSentDocument } from '../../../client/generated/operations';
import { NodeWebSocket, recorder } from './support';

const TIMEOUT_MS = 200;
let server: WebSocketServer | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A server that acks with a short timeout and sends ka while `alive()` holds. */
async function quietServer(alive: () => boolean): Promise<string> {
  server = new WebSocketServer({ port: 0, handleProtocols: () => 'graphql-ws' });
  server.on('connection', (socket: WebSocket) => {
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.type === 'connection_init') {
        socket.send(JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: TIMEOUT_MS } }));
        const timer = setInterval(() => alive() && socket.send('{"type":"ka"}'), TIMEOUT_MS / 4);
        socket.on('close', () => clearInterval(timer));
      }
      if (frame.type === 'start') socket.send(JSON.stringify({ id: frame.id, type: 'start_ack' }));
    });
  });
  await new Promise((resolve) => server!.once('listening', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql/realtime`;
}

describe('the keep-alive watchdog', () => {
  it('keeps a subscription while keep-alives arrive, and ends it once they stop', async () => {
    let alive = true;
    const realtimeUrl = await quietServer(() => alive);
    const realtime = createRealtime({
      realtimeUrl,
      auth: { host: 'example.com', 'x-api-key': 'da2-test' },
      WebSocket: NodeWebSocket,
    });
    const errors = recorder<unknown>();
    const started = recorder<true>();
    realtime.subscribe(OnMessageSentDocument, { recipient: 'alice' }, {
      next: () => {},
      error: errors.push,
      started: () => started.push(true),
    });
    await started.until((s) => s.length === 1);

    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
    expect(errors.seen).toEqual([]);

    alive = false;
    await errors.until((s) => s.length === 1, TIMEOUT_MS * 5);
    expect(errors.seen[0]).toBeInstanceOf(NetworkError);
    expect((errors.seen[0] as Error).message).toMatch(/silent for 200 ms/);
    realtime.close();
  });
});

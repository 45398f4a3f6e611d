import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { createRealtimeServer } from '../../../runtime/realtime';
import { eventually, fakeEngine, startHarness, type Harness } from './helpers';

describe('the connection handshake', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('answers connection_init with connection_ack carrying connectionTimeoutMs 300000', async () => {
    harness = await startHarness();
    const client = await harness.connect();

    client.send({ type: 'connection_init' });

    expect(await client.next('connection_ack')).toEqual({
      type: 'connection_ack',
      payload: { connectionTimeoutMs: 300000 },
    });
  });

  it('sends a ka right after the ack and then every keepAliveMs', async () => {
    harness = await startHarness({ keepAliveMs: 40 });
    const client = await harness.connect();
    client.send({ type: 'connection_init' });
    await client.next('connection_ack');

    const first = await client.next('ka', undefined, 20);
    const later = await client.collect('ka', 150);

    expect(first).toEqual({ type: 'ka' });
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(later.length).toBeLessThanOrEqual(5);
  });

  it('selects graphql-ws when the client also offers a header- subprotocol', async () => {
    harness = await startHarness();

    const client = await harness.connect({ via: 'subprotocol' });

    expect(client.ws.protocol).toBe('graphql-ws');
  });

  it('serves /graphql as well when the request offers the graphql-ws subprotocol', async () => {
    harness = await startHarness();

    const client = await harness.ready({ path: '/graphql' });

    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  it('closes a connection that never sends connection_init, with a connection_error', async () => {
    harness = await startHarness({ connectionInitTimeoutMs: 50 });
    const client = await harness.connect();

    const error = await client.next('connection_error');

    expect(error.payload.errors[0]).toMatchObject({ errorType: 'ConnectionTimeoutException' });
    expect((await client.closed).code).toBe(1000);
    await eventually(() => expect(harness.realtime.stats().connections).toBe(0));
  });

});

describe('the upgrade handler', () => {
  it('leaves upgrades for other paths to the caller, untouched', () => {
    const realtime = createRealtimeServer({ engine: fakeEngine() });
    let touched = false;
    const socket = { destroy: () => (touched = true), write: () => (touched = true) } as unknown as Duplex;
    const req = { url: '/other', headers: { upgrade: 'websocket' } } as unknown as IncomingMessage;

    expect(realtime.handleUpgrade(req, socket, Buffer.alloc(0))).toBe(false);
    expect(touched).toBe(false);
    return realtime.close();
  });
});

describe('the server options', () => {
  it('rejects a keep-alive interval that is not a positive number', () => {
    expect(() => createRealtimeServer({ engine: fakeEngine(), keepAliveMs: 0 })).toThrow(
      'keepAliveMs must be a positive number of milliseconds. Received: 0',
    );
  });
});

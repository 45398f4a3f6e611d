import { afterEach, describe, expect, it } from 'vitest';

import {
  delay,
  eventually,
  fakeEngine,
  ON_MESSAGE_SENT,
  sentMessage,
  startHarness,
  type Harness,
  type TestClient,
} from './helpers';

const activeTimers = () =>
  process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

/** The server still serves: a fresh start on this client is acknowledged. */
async function stillServes(client: TestClient, id = 'after') {
  client.start(id, ON_MESSAGE_SENT, { recipient: 'alice' });
  return (await client.next('start_ack', id)).id;
}

describe('malformed frames', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('answers non-JSON text with a BadRequestException error frame, and goes on', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send('{not json');

    expect(await client.next('error')).toEqual({
      type: 'error',
      payload: { errors: [{ errorType: 'BadRequestException', message: 'Message is not valid JSON.', errorCode: 400 }] },
    });
    expect(await stillServes(client)).toBe('after');
  });

  it('answers JSON that is not a typed object with an error frame', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send('[1, 2]');

    expect((await client.next('error')).payload.errors[0].errorType).toBe('BadRequestException');
  });

  it('answers a binary frame with an error frame', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.ws.send(Buffer.from(JSON.stringify({ type: 'connection_init' })), { binary: true });

    const error = await client.next('error');
    expect(error.payload.errors[0]).toMatchObject({ errorType: 'BadRequestException', errorCode: 400 });
    expect(await stillServes(client)).toBe('after');
  });

  it('answers an unknown frame type with UnsupportedOperation for its id', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send({ type: 'subscribe', id: 'u' });

    expect(await client.next('error', 'u')).toEqual({
      id: 'u',
      type: 'error',
      payload: { errors: [{ errorType: 'UnsupportedOperation', message: 'subscribe not supported through the realtime channel' }] },
    });
  });

  it('answers a start without an id with an error frame', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send({ type: 'start', payload: { data: '{}' } });

    const error = await client.next('error');
    expect(error.id).toBeUndefined();
    expect(error.payload.errors[0].message).toBe('A start message needs a non-empty string id.');
  });

  it('answers a start whose payload.data is not JSON with an error frame for its id', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send({ type: 'start', id: 'p', payload: { data: 'nope' } });

    expect((await client.next('error', 'p')).payload.errors[0].errorType).toBe('BadRequestException');
  });

  it('answers a frame over 240 KB with an error frame, and the connection lives', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.send({ type: 'start', id: 'big', padding: 'x'.repeat(241 * 1024) });

    const error = await client.next('error');
    expect(error.payload.errors[0].message).toBe('Message is larger than 245760 bytes.');
    expect(await stillServes(client)).toBe('after');
  });

  it('closes only the offending connection when a frame passes the socket cap', async () => {
    harness = await startHarness();
    const offender = await harness.ready();
    const bystander = await harness.ready();

    offender.send('x'.repeat(2 * 1024 * 1024));

    expect((await offender.closed).code).toBe(1009);
    expect(await stillServes(bystander)).toBe('after');
  });
});

describe('connections coming and going', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('releases the subscriptions of a client that disconnects mid-subscription', async () => {
    harness = await startHarness();
    const leaving = await harness.ready();
    const staying = await harness.ready();
    leaving.start('1', ON_MESSAGE_SENT, { recipient: 'alice' });
    leaving.start('2', ON_MESSAGE_SENT, { recipient: 'bob' });
    staying.start('3', ON_MESSAGE_SENT, { recipient: 'alice' });
    await Promise.all([leaving.next('start_ack', '2'), staying.next('start_ack', '3')]);
    expect(harness.realtime.stats()).toMatchObject({ connections: 2, subscriptions: 3 });

    leaving.ws.terminate();

    await eventually(() =>
      expect(harness.realtime.stats()).toEqual({ connections: 1, subscriptions: 1, pendingStarts: 0 }),
    );
    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage() });
    expect((await staying.next('data', '3')).id).toBe('3');
  });

  it('leaves nothing behind when a client disconnects while its start is pending', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    harness = await startHarness({
      engine: fakeEngine({
        prepareSubscription: async (request) => {
          await gate;
          return fakeEngine().prepareSubscription(request);
        },
      }),
    });
    const client = await harness.ready();
    client.start('p', ON_MESSAGE_SENT, { recipient: 'alice' });
    await eventually(() => expect(harness.realtime.stats().pendingStarts).toBe(1));

    client.ws.terminate();
    await eventually(() => expect(harness.realtime.stats().connections).toBe(0));
    release();
    await delay(20);

    expect(harness.realtime.stats()).toEqual({ connections: 0, subscriptions: 0, pendingStarts: 0 });
  });

  it('delivers one event to each of 200 concurrent connections', async () => {
    harness = await startHarness();
    const clients = await Promise.all(Array.from({ length: 200 }, () => harness.ready()));
    clients.forEach((client, i) => client.start(`s${i}`, ON_MESSAGE_SENT, { recipient: 'alice' }));
    await Promise.all(clients.map((client, i) => client.next('start_ack', `s${i}`, 5_000)));

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage() });

    const delivered = await Promise.all(clients.map((client, i) => client.next('data', `s${i}`, 5_000)));
    expect(delivered).toHaveLength(200);
    expect(new Set(delivered.map((f) => f.id)).size).toBe(200);
    expect(harness.realtime.stats()).toMatchObject({ connections: 200, subscriptions: 200 });
  });

  it('close() closes every socket with 1000 and leaves no connection or timer', async () => {
    const timersBefore = activeTimers();
    harness = await startHarness({ keepAliveMs: 10 });
    const clients = await Promise.all([harness.ready(), harness.ready(), harness.connect()]);
    clients[0].start('1', ON_MESSAGE_SENT, { recipient: 'alice' });
    await clients[0].next('start_ack', '1');

    await harness.realtime.close();

    const closes = await Promise.all(clients.map((c) => c.closed));
    expect(closes.map((c) => c.code)).toEqual([1000, 1000, 1000]);
    expect(harness.realtime.stats()).toEqual({ connections: 0, subscriptions: 0, pendingStarts: 0 });
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });

  it('refuses new upgrades once closing', async () => {
    harness = await startHarness();
    await harness.realtime.close();

    await expect(harness.connect()).rejects.toThrow();
  });
});

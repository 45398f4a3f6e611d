import { afterEach, describe, expect, it } from 'vitest';

import {
  eventually,
  fakeEngine,
  ON_MESSAGE_SENT,
  sentMessage,
  startHarness,
  type Harness,
} from './helpers';

describe('start, data and stop', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('delivers a matching mutation as a data frame for the subscription id', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('sub-1', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', 'sub-1');

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage() });

    expect(await client.next('data', 'sub-1')).toEqual({
      id: 'sub-1',
      type: 'data',
      payload: {
        data: { onMessageSent: { id: '01HZX0000000000000000000AA', recipient: 'alice', body: 'Hello' } },
      },
    });
  });

  it('refuses a second start with an active id with DuplicatedOperationError, and the first keeps working', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('dup', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', 'dup');

    client.start('dup', ON_MESSAGE_SENT, { recipient: 'bob' });
    const error = await client.next('error', 'dup');
    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage() });

    expect(error).toEqual({
      id: 'dup',
      type: 'error',
      payload: {
        errors: [{ errorType: 'DuplicatedOperationError', message: 'Duplicated operation with id dup' }],
      },
    });
    expect((await client.next('data', 'dup')).payload.data.onMessageSent.recipient).toBe('alice');
    expect(harness.realtime.stats().subscriptions).toBe(1);
  });

  it('answers stop with complete and sends no more data for that id', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('s', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', 's');

    client.send({ type: 'stop', id: 's' });
    const complete = await client.next('complete', 's');
    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage() });

    expect(complete).toEqual({ id: 's', type: 'complete' });
    expect(await client.collect('data', 100)).toEqual([]);
    expect(harness.realtime.stats().subscriptions).toBe(0);
  });

  it('lets an id be reused once its subscription was stopped', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('again', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', 'again');
    client.send({ type: 'stop', id: 'again' });
    await client.next('complete', 'again');

    client.start('again', ON_MESSAGE_SENT, { recipient: 'alice' });

    expect((await client.next('start_ack', 'again')).id).toBe('again');
  });

  it("sends the engine's errors in an error frame for that id", async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.start('q', 'query { messagesByRecipient(recipient: "a") { nextToken } }');

    expect(await client.next('error', 'q')).toEqual({
      id: 'q',
      type: 'error',
      payload: {
        errors: [{ errorType: 'UnsupportedOperation', message: 'query not supported through the realtime channel' }],
      },
    });
    expect(harness.realtime.stats().subscriptions).toBe(0);
  });

  it('answers a start when the engine throws with InternalFailure, and the server goes on', async () => {
    harness = await startHarness({
      engine: fakeEngine({ prepareSubscription: () => Promise.reject(new Error('boom')) }),
    });
    const client = await harness.ready();

    client.start('x', ON_MESSAGE_SENT, { recipient: 'alice' });

    const error = await client.next('error', 'x');
    expect(error.payload.errors[0]).toMatchObject({ errorType: 'InternalFailure', errorCode: 500 });
    expect(harness.logger.lines.some((l) => l.event === 'realtime.engine' && l.level === 'error')).toBe(true);
  });

  it('refuses a start sent before connection_init', async () => {
    harness = await startHarness();
    const client = await harness.connect();

    client.start('early', ON_MESSAGE_SENT, { recipient: 'alice' });

    const error = await client.next('error', 'early');
    expect(error.payload.errors[0]).toMatchObject({ errorType: 'BadRequestException', errorCode: 400 });
  });

  it('answers a stop that arrives while the engine is still preparing with complete, and keeps nothing', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = fakeEngine();
    harness = await startHarness({
      engine: fakeEngine({
        prepareSubscription: async (request) => {
          await gate;
          return base.prepareSubscription(request);
        },
      }),
    });
    const client = await harness.ready();
    client.start('slow', ON_MESSAGE_SENT, { recipient: 'alice' });
    await eventually(() => expect(harness.realtime.stats().pendingStarts).toBe(1));

    client.send({ type: 'stop', id: 'slow' });
    await client.next('complete', 'slow');
    release();

    expect(await client.collect('start_ack', 50)).toEqual([]);
    expect(harness.realtime.stats()).toMatchObject({ subscriptions: 0, pendingStarts: 0 });
  });
});

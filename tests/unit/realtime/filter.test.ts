import { afterEach, describe, expect, it } from 'vitest';

import { ON_MESSAGE_SENT, sentMessage, startHarness, type Harness } from './helpers';

describe('the @aws_subscribe argument filter', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it("never sends a subscriber for recipient A the message for B", async () => {
    harness = await startHarness();
    const alice = await harness.ready();
    alice.start('a', ON_MESSAGE_SENT, { recipient: 'alice' });
    await alice.next('start_ack', 'a');

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ recipient: 'bob' }) });
    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ body: 'for alice' }) });

    const data = await alice.collect('data', 100);
    expect(data.map((f) => f.payload.data.onMessageSent.body)).toEqual(['for alice']);
  });

  it('sends every message to a subscriber that omits the argument', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('all', 'subscription { onMessageSent { recipient } }');
    await client.next('start_ack', 'all');

    for (const recipient of ['alice', 'bob']) {
      harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ recipient }) });
    }

    const data = await client.collect('data', 100);
    expect(data.map((f) => f.payload.data.onMessageSent.recipient)).toEqual(['alice', 'bob']);
  });

  it('matches an argument passed as null only against a null field', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('n', 'subscription { onMessageSent(emailAddress: null) { body } }');
    await client.next('start_ack', 'n');

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ body: 'has email' }) });
    harness.realtime.publish({
      fieldName: 'sendMessage',
      data: sentMessage({ body: 'no email', emailAddress: null }),
    });

    const data = await client.collect('data', 100);
    expect(data.map((f) => f.payload.data.onMessageSent.body)).toEqual(['no email']);
  });

  it('AND-s several arguments together', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('and', 'subscription { onMessageSent(recipient: "alice", subject: "Hi") { body } }');
    await client.next('start_ack', 'and');

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ body: 'wrong subject' }) });
    harness.realtime.publish({
      fieldName: 'sendMessage',
      data: sentMessage({ body: 'both match', subject: 'Hi' }),
    });

    const data = await client.collect('data', 100);
    expect(data.map((f) => f.payload.data.onMessageSent.body)).toEqual(['both match']);
  });

  it('ignores mutations that are not in the @aws_subscribe list', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('a', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', 'a');

    harness.realtime.publish({ fieldName: 'retryDelivery', data: sentMessage() });

    expect(await client.collect('data', 100)).toEqual([]);
  });
});

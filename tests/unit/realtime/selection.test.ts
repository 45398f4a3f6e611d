import { afterEach, describe, expect, it } from 'vitest';

import { sentMessage, startHarness, type Harness } from './helpers';

describe("the subscriber's selection set", () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  /** Subscribes with this document, publishes one sendMessage, returns the data. */
  async function deliver(
    query: string,
    data: Record<string, unknown> | null,
    variables: Record<string, unknown> = {},
  ) {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('s', query, variables);
    await client.next('start_ack', 's');
    harness.realtime.publish({ fieldName: 'sendMessage', data });
    return (await client.next('data', 's')).payload.data;
  }

  it('fills fields the mutation did not select with null', async () => {
    const partial = sentMessage();
    delete partial.id;

    const data = await deliver('subscription { onMessageSent { id body subject } }', partial);

    expect(data).toEqual({ onMessageSent: { id: null, body: 'Hello', subject: 'Greetings' } });
  });

  it('keeps only the fields the subscriber selected, in its order', async () => {
    const data = await deliver('subscription { onMessageSent { subject recipient } }', sentMessage());

    expect(Object.keys(data.onMessageSent)).toEqual(['subject', 'recipient']);
  });

  it('names response keys by the aliases of the subscriber, the root field included', async () => {
    const data = await deliver(
      'subscription { mine: onMessageSent { text: body to: recipient } }',
      sentMessage(),
    );

    expect(data).toEqual({ mine: { text: 'Hello', to: 'alice' } });
  });

  it('applies named fragments and inline fragments, merging repeated fields', async () => {
    const data = await deliver(
      `subscription { onMessageSent { ...Head ... on Message { body deliveries { status } } deliveries { channel } } }
       fragment Head on Message { id subject }`,
      sentMessage(),
    );

    expect(data.onMessageSent).toEqual({
      id: '01HZX0000000000000000000AA',
      subject: 'Greetings',
      body: 'Hello',
      deliveries: [
        { status: 'SENT', channel: 'EMAIL' },
        { status: 'PENDING', channel: 'SMS' },
      ],
    });
  });

  it('skips a fragment whose type condition names another type', async () => {
    const data = await deliver(
      'subscription { onMessageSent { body ... on Delivery { status } } }',
      sentMessage(),
    );

    expect(data.onMessageSent).toEqual({ body: 'Hello' });
  });

  it('shapes each item of a nested list of objects', async () => {
    const data = await deliver(
      'subscription { onMessageSent { deliveries { channel attempts lastAttemptAt } } }',
      sentMessage(),
    );

    expect(data.onMessageSent.deliveries).toEqual([
      { channel: 'EMAIL', attempts: 1, lastAttemptAt: null },
      { channel: 'SMS', attempts: 0, lastAttemptAt: null },
    ]);
  });

  it("answers __typename from the mutation's result", async () => {
    const data = await deliver(
      'subscription { onMessageSent { __typename deliveries { __typename } } }',
      sentMessage(),
    );

    expect(data.onMessageSent).toEqual({
      __typename: 'Message',
      deliveries: [{ __typename: 'Delivery' }, { __typename: 'Delivery' }],
    });
  });

  it("honours @skip and @include with the subscriber's variables", async () => {
    const data = await deliver(
      `subscription ($withBody: Boolean!, $noSubject: Boolean!) {
         onMessageSent { id body @include(if: $withBody) subject @skip(if: $noSubject) }
       }`,
      sentMessage(),
      { withBody: false, noSubject: true },
    );

    expect(data.onMessageSent).toEqual({ id: '01HZX0000000000000000000AA' });
  });

  it('delivers null when the mutation returned null', async () => {
    const data = await deliver('subscription { onMessageSent { id } }', null);

    expect(data).toEqual({ onMessageSent: null });
  });

  it('does not deliver a payload over 240 KB, logs it, and delivers the next one', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('big', 'subscription { onMessageSent { body } }');
    await client.next('start_ack', 'big');

    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ body: 'x'.repeat(240 * 1024) }) });
    harness.realtime.publish({ fieldName: 'sendMessage', data: sentMessage({ body: 'small' }) });

    const data = await client.collect('data', 150);
    expect(data.map((f) => f.payload.data.onMessageSent.body)).toEqual(['small']);
    expect(harness.logger.lines).toContainEqual(expect.objectContaining({
      level: 'error',
      event: 'realtime.data',
      fields: expect.objectContaining({ id: 'big', outcome: 'dropped' }),
    }));
  });
});

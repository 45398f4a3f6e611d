import { describe, expect, it } from 'vitest';

import { SEND, WATCH, uniqueRecipient } from './support/operations';
import { engineName, useTestRuntime } from './support/runtime';

const runtime = useTestRuntime();

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe(`subscriptions, on ${engineName}`, () => {
  it("pushes a recipient's new message to their subscribers and to no one else", async () => {
    const alice = uniqueRecipient('alice');
    const bob = uniqueRecipient('bob');
    const aliceWatch = await runtime().client.subscribe(WATCH, { recipient: alice });
    const aliceAgain = await runtime().client.subscribe(WATCH, { recipient: alice });
    const bobWatch = await runtime().client.subscribe(WATCH, { recipient: bob });
    expect(aliceWatch.ack.type).toBe('start_ack');

    const { body } = await runtime().client.graphql(SEND, {
      input: { recipient: alice, body: 'for alice', emailAddress: 'alice@example.com' },
    });
    const pushed = await aliceWatch.next();
    expect(pushed).toEqual({
      data: { onMessageSent: { id: body.data!.sendMessage.id, recipient: alice, body: 'for alice' } },
    });
    expect(await aliceAgain.next()).toEqual(pushed);
    await settle();
    expect(bobWatch.data()).toEqual([]);
    for (const s of [aliceWatch, aliceAgain, bobWatch]) s.close();
  });

  it('fills only the fields the mutation selected, as AppSync does', async () => {
    const carol = uniqueRecipient('carol');
    const watch = await runtime().client.subscribe(
      'subscription W($recipient: String!) { onMessageSent(recipient: $recipient) { id body subject } }',
      { recipient: carol },
    );
    await runtime().client.graphql(
      'mutation S($input: SendMessageInput!) { sendMessage(input: $input) { id recipient } }',
      { input: { recipient: carol, body: 'hidden', emailAddress: 'carol@example.com' } },
    );
    const pushed = await watch.next();
    expect(pushed.data.onMessageSent).toEqual({
      id: expect.any(String),
      body: null,
      subject: null,
    });
    watch.close();
  });

  it('pushes nothing for a mutation that failed', async () => {
    const dave = uniqueRecipient('dave');
    const watch = await runtime().client.subscribe(WATCH, { recipient: dave });
    await runtime().client.graphql(SEND, { input: { recipient: dave, body: '' , emailAddress: 'd@example.com' } });
    await settle();
    expect(watch.data()).toEqual([]);
    watch.close();
  });

  it('refuses a subscription whose recipient could never match', async () => {
    const watch = await runtime().client.subscribe(WATCH, { recipient: ' padded ' });
    expect(watch.ack.type).toBe('error');
    expect(watch.ack.payload.errors[0].errorType).toBe('ValidationError');
    watch.close();
  });
});

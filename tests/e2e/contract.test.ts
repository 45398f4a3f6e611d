import { describe, expect, it } from 'vitest';

import { LIST, SEND } from './support/operations';
import { engineName, useTestRuntime } from './support/runtime';

const runtime = useTestRuntime();

describe(`the contract, on ${engineName}`, () => {
  it('sends on both channels, records each delivery and returns the message', async () => {
    const { status, body } = await runtime().client.graphql(SEND, {
      input: {
        recipient: ' contract-alice ',
        body: 'Your order has shipped.',
        emailAddress: 'Alice@Example.COM',
        phoneNumber: '+1 415 555 0100',
        subject: 'Order 42',
      },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const message = body.data!.sendMessage;
    expect(message).toMatchObject({
      recipient: 'contract-alice',
      body: 'Your order has shipped.',
      subject: 'Order 42',
      emailAddress: 'Alice@example.com',
      phoneNumber: '+14155550100',
    });
    expect(message.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(message.deliveries).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'SENT', attempts: 1, errorCode: null }),
      expect.objectContaining({ channel: 'SMS', status: 'SENT', attempts: 1, errorCode: null }),
    ]);

    const outbox = runtime().runtime.outbox.read();
    const email = outbox.emails.find((e) => e.messageId === message.deliveries[0].providerMessageId);
    expect(email).toMatchObject({
      from: 'no-reply@example.com',
      to: 'Alice@example.com',
      subject: 'Order 42',
      body: 'Your order has shipped.',
    });
    const sms = outbox.sms.find((s) => s.messageId === message.deliveries[1].providerMessageId);
    expect(sms).toMatchObject({ phoneNumber: '+14155550100', body: 'Your order has shipped.' });
  });

  it("lists a recipient's messages newest first, and no one else's", async () => {
    const ids: string[] = [];
    for (const body of ['first', 'second', 'third']) {
      const sent = await runtime().client.graphql(SEND, {
        input: { recipient: 'contract-bob', body, emailAddress: 'bob@example.com' },
      });
      ids.push(sent.body.data!.sendMessage.id);
    }
    await runtime().client.graphql(SEND, {
      input: { recipient: 'contract-carol', body: 'not for bob', emailAddress: 'c@example.com' },
    });
    const { body } = await runtime().client.graphql(LIST, { recipient: 'contract-bob' });
    expect(body.data!.messagesByRecipient.items.map((m: { id: string }) => m.id)).toEqual(
      [...ids].reverse(),
    );
    expect(body.data!.messagesByRecipient.nextToken).toBeNull();
  });

  it('defaults the subject and sends an email-only message on one channel', async () => {
    const { body } = await runtime().client.graphql(SEND, {
      input: { recipient: 'contract-dave', body: 'Hi', emailAddress: 'dave@example.com' },
    });
    expect(body.data!.sendMessage.subject).toBe('You have a new message');
    expect(body.data!.sendMessage.deliveries.map((d: { channel: string }) => d.channel)).toEqual([
      'EMAIL',
    ]);
  });
});

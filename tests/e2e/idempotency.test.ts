import { describe, expect, it } from 'vitest';

import { LIST, SEND, uniqueRecipient } from './support/operations';
import { engineName, useTestRuntime } from './support/runtime';

const runtime = useTestRuntime();

function input(recipient: string, overrides: Record<string, unknown> = {}) {
  return {
    recipient,
    body: 'Your code is 123456',
    emailAddress: `${recipient}@example.com`,
    phoneNumber: '+14155550100',
    idempotencyKey: 'signup-code',
    ...overrides,
  };
}

/** Emails and SMS in the outbox whose body names this recipient's test. */
function deliveredTo(recipient: string) {
  const outbox = runtime().runtime.outbox.read();
  return {
    emails: outbox.emails.filter((e) => e.to === `${recipient}@example.com`).length,
    sms: outbox.sms.filter((s) => s.body === `Your code is 123456`).length,
  };
}

describe(`idempotency, on ${engineName}`, () => {
  it('answers a repeated key with the first message and delivers nothing again', async () => {
    const recipient = uniqueRecipient('replay');
    const first = await runtime().client.graphql(SEND, { input: input(recipient) });
    const emailsBefore = deliveredTo(recipient).emails;
    const second = await runtime().client.graphql(SEND, { input: input(recipient) });

    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.sendMessage).toEqual(first.body.data!.sendMessage);
    expect(deliveredTo(recipient).emails).toBe(emailsBefore);
    expect(emailsBefore).toBe(1);
    const { body } = await runtime().client.graphql(LIST, { recipient });
    expect(body.data!.messagesByRecipient.items).toHaveLength(1);
  });

  it('stores and delivers one message when twenty requests with one key race', async () => {
    const recipient = uniqueRecipient('race');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => runtime().client.graphql(SEND, { input: input(recipient) })),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.body.data!.sendMessage.id));
    expect(ids.size).toBe(1);

    const { body } = await runtime().client.graphql(LIST, { recipient });
    expect(body.data!.messagesByRecipient.items).toHaveLength(1);
    expect(body.data!.messagesByRecipient.items[0].deliveries.map((d: any) => d.status)).toEqual([
      'SENT',
      'SENT',
    ]);
    expect(deliveredTo(recipient).emails).toBe(1);
  });

  it('rejects a key reused for a different message as a Conflict, changing nothing', async () => {
    const recipient = uniqueRecipient('conflict');
    const first = await runtime().client.graphql(SEND, { input: input(recipient) });
    const reused = await runtime().client.graphql(SEND, {
      input: input(recipient, { body: 'A different message' }),
    });
    expect(reused.body.data).toBeNull();
    expect(reused.body.errors![0]).toMatchObject({
      errorType: 'Conflict',
      errorInfo: { idempotencyKey: 'signup-code', messageId: first.body.data!.sendMessage.id },
    });
    const { body } = await runtime().client.graphql(LIST, { recipient });
    expect(body.data!.messagesByRecipient.items.map((m: any) => m.body)).toEqual([
      'Your code is 123456',
    ]);
  });

  it('keeps keys apart per recipient', async () => {
    const a = await runtime().client.graphql(SEND, { input: input(uniqueRecipient('keys-a')) });
    const b = await runtime().client.graphql(SEND, { input: input(uniqueRecipient('keys-b')) });
    expect(a.body.data!.sendMessage.id).not.toBe(b.body.data!.sendMessage.id);
  });
});

import { describe, expect, it } from 'vitest';

import { createDynamoClient } from '../../runtime/dynamodb/index';
import { LIST, RETRY, SEND, uniqueRecipient } from './support/operations';
import { engineName, useTestRuntime } from './support/runtime';

const runtime = useTestRuntime();

async function send(input: Record<string, unknown>) {
  const { body } = await runtime().client.graphql(SEND, { input: { body: 'Hello', ...input } });
  return body;
}

async function listed(recipient: string) {
  const { body } = await runtime().client.graphql(LIST, { recipient });
  return body.data!.messagesByRecipient.items;
}

/** Lets a lease run out now instead of in a minute, as time would. */
async function expireLease(recipient: string, id: string) {
  const client = createDynamoClient({ endpoint: runtime().runtime.dynamodbEndpoint });
  await client.send('UpdateItem', {
    TableName: runtime().options.tableName,
    Key: { PK: { S: `RECIPIENT#${recipient}` }, SK: { S: `MESSAGE#${id}` } },
    UpdateExpression: 'SET #lease.#until = :past',
    ExpressionAttributeNames: { '#lease': 'lease', '#until': 'until' },
    ExpressionAttributeValues: { ':past': { N: '0' } },
  });
  client.destroy();
}

describe(`delivery failures, on ${engineName}`, () => {
  it('stores the message, sends the SMS and records the rejected email', async () => {
    const recipient = uniqueRecipient('rejected');
    const body = await send({
      recipient,
      emailAddress: 'rejected@ses.test',
      phoneNumber: '+14155550100',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.sendMessage.deliveries).toEqual([
      expect.objectContaining({
        channel: 'EMAIL',
        status: 'FAILED',
        errorCode: 'MessageRejected',
        retryable: false,
        attempts: 1,
      }),
      expect.objectContaining({ channel: 'SMS', status: 'SENT', attempts: 1 }),
    ]);
    expect((await listed(recipient))[0].deliveries).toEqual(body.data!.sendMessage.deliveries);
  });

  it('records a throttled SMS as FAILED and worth retrying, and still sends the email', async () => {
    const recipient = uniqueRecipient('throttled');
    const body = await send({
      recipient,
      emailAddress: 'ok@example.com',
      phoneNumber: '+15555550103',
    });
    expect(body.data!.sendMessage.deliveries).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'SENT' }),
      expect.objectContaining({ channel: 'SMS', status: 'FAILED', retryable: true }),
    ]);
  });

  it('keeps the message PENDING and answers DeliveryUnavailable when delivery is down', async () => {
    const recipient = uniqueRecipient('unavailable');
    runtime().runtime.setDeliveryAvailable(false);
    const body = await send({ recipient, emailAddress: 'ok@example.com' }).finally(() =>
      runtime().runtime.setDeliveryAvailable(true),
    );
    expect(body.data!.sendMessage.deliveries).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'PENDING', attempts: 0 }),
    ]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      errorType: 'DeliveryUnavailable',
      path: ['sendMessage'],
      errorInfo: { messageId: body.data!.sendMessage.id },
    });
    expect((await listed(recipient)).map((m: any) => m.id)).toEqual([body.data!.sendMessage.id]);
  });

  it('refuses to retry while the failed attempt’s lease holds, then delivers', async () => {
    const recipient = uniqueRecipient('retry-later');
    runtime().runtime.setDeliveryAvailable(false);
    const sent = await send({ recipient, emailAddress: 'ok@example.com' }).finally(() =>
      runtime().runtime.setDeliveryAvailable(true),
    );
    const id = sent.data!.sendMessage.id;

    const early = await runtime().client.graphql(RETRY, { recipient, id });
    expect(early.body.errors![0].errorType).toBe('Conflict');
    expect(early.body.errors![0].message).toContain('Retry after');

    await expireLease(recipient, id);
    const retried = await runtime().client.graphql(RETRY, { recipient, id });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.retryDelivery.deliveries).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'SENT', attempts: 1 }),
    ]);
  });

  it('retries only the channels that are not SENT', async () => {
    const recipient = uniqueRecipient('retry');
    const sent = await send({
      recipient,
      emailAddress: 'rejected@ses.test',
      phoneNumber: '+14155550100',
      body: `retry only the email ${recipient}`,
    });
    const smsBefore = runtime().runtime.outbox.read().sms.filter((s) => s.body.includes(recipient));
    expect(smsBefore).toHaveLength(1);

    const { body } = await runtime().client.graphql(RETRY, { recipient, id: sent.data!.sendMessage.id });
    expect(body.errors).toBeUndefined();
    expect(body.data!.retryDelivery.deliveries).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'FAILED', attempts: 2 }),
      expect.objectContaining({ channel: 'SMS', status: 'SENT', attempts: 1 }),
    ]);
    const smsAfter = runtime().runtime.outbox.read().sms.filter((s) => s.body.includes(recipient));
    expect(smsAfter).toHaveLength(1);
  });

  it('answers a retry of a fully sent message with the message, sending nothing', async () => {
    const recipient = uniqueRecipient('all-sent');
    const sent = await send({ recipient, emailAddress: 'ok@example.com' });
    const emails = runtime().runtime.outbox.read().emails.length;
    const { body } = await runtime().client.graphql(RETRY, { recipient, id: sent.data!.sendMessage.id });
    expect(body.data!.retryDelivery).toEqual(sent.data!.sendMessage);
    expect(runtime().runtime.outbox.read().emails.length).toBe(emails);
  });

  it('answers NotFound for a message that does not exist', async () => {
    const { body } = await runtime().client.graphql(RETRY, { recipient: 'nobody', id: '01NOPE' });
    expect(body.data).toBeNull();
    expect(body.errors![0]).toMatchObject({
      errorType: 'NotFound',
      message: 'No message "01NOPE" was sent to recipient "nobody".',
    });
  });
});

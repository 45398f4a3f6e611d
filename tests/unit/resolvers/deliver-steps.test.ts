import { describe, expect, it } from 'vitest';

import { context, loadFunction, messageItem, valueOf } from './harness';

const lease = { token: 'lease-token', until: Date.now() + 60_000 };
const sent = {
  channel: 'EMAIL',
  status: 'SENT',
  providerMessageId: 'ses-1',
  attemptedAt: '2026-12-03T14:00:01.000Z',
};
const failed = {
  channel: 'SMS',
  status: 'FAILED',
  errorCode: 'InvalidParameter',
  errorMessage: 'Invalid parameter: PhoneNumber',
  retryable: false,
  attemptedAt: '2026-12-03T14:00:01.000Z',
};

describe('deliverMessage', () => {
  const deliver = loadFunction('deliverMessage');
  const stash = () => ({ message: messageItem(), channels: ['EMAIL', 'SMS'], lease });

  it('invokes the delivery function with the message and the channels to send', () => {
    expect(valueOf(deliver.request(context({ stash: stash() })))).toEqual({
      operation: 'Invoke',
      payload: {
        message: {
          id: '01JF000000000000000000000A',
          recipient: 'alice',
          body: 'Hello',
          subject: 'You have a new message',
          emailAddress: 'alice@example.com',
          phoneNumber: '+14155550100',
        },
        channels: ['EMAIL', 'SMS'],
      },
    });
  });

  it.each([
    ['the answer is known', { result: messageItem() }],
    ['this request holds no lease', { lease: undefined }],
    ['no channel is left to send', { channels: [] }],
  ])('invokes nothing when %s', (_, change) => {
    expect(deliver.request(context({ stash: { ...stash(), ...change } })).kind).toBe(
      'earlyReturn',
    );
  });

  it('keeps the outcomes the function answered', () => {
    const ctx = context({ stash: stash(), result: { outcomes: [sent, failed] } });
    deliver.response(ctx);
    expect((ctx.stash as any).outcomes).toEqual([sent, failed]);
  });

  it('appends DeliveryUnavailable, keeping the message, when the function itself fails', () => {
    const ctx = context({
      stash: stash(),
      error: { type: 'Lambda:Unhandled', message: 'Task timed out after 10.00 seconds' },
    });
    const outcome = deliver.response(ctx);
    expect(outcome.kind).toBe('returned');
    expect(outcome.appendedErrors).toHaveLength(1);
    const [error] = outcome.appendedErrors;
    expect(error.errorType).toBe('DeliveryUnavailable');
    expect(error.message).toContain('Lambda:Unhandled: Task timed out');
    expect(error.message).toContain('call retryDelivery after');
    expect(error.errorInfo).toEqual({
      messageId: '01JF000000000000000000000A',
      retryAfter: new Date(lease.until).toISOString(),
    });
    expect((ctx.stash as any).deliveryUnavailable).toBe(true);
  });
});

describe('recordDeliveries', () => {
  const record = loadFunction('recordDeliveries');

  it('sets each outcome, counts the attempt and releases the lease it holds', () => {
    const message = messageItem({
      deliveries: {
        EMAIL: { channel: 'EMAIL', status: 'PENDING', attempts: 0 },
        SMS: { channel: 'SMS', status: 'FAILED', attempts: 2 },
      },
    });
    const request = valueOf(
      record.request(context({ stash: { message, lease, outcomes: [sent, failed] } })),
    ) as any;
    expect(request.operation).toBe('UpdateItem');
    expect(request.key).toEqual({
      PK: { S: 'RECIPIENT#alice' },
      SK: { S: 'MESSAGE#01JF000000000000000000000A' },
    });
    expect(request.update.expression).toBe(
      'SET #deliveries.#EMAIL = :EMAIL, #deliveries.#SMS = :SMS REMOVE #lease',
    );
    expect(request.update.expressionValues[':EMAIL'].M).toMatchObject({
      status: { S: 'SENT' },
      attempts: { N: 1 },
      providerMessageId: { S: 'ses-1' },
      lastAttemptAt: { S: '2026-12-03T14:00:01.000Z' },
    });
    expect(request.update.expressionValues[':SMS'].M).toMatchObject({
      status: { S: 'FAILED' },
      attempts: { N: 3 },
      errorCode: { S: 'InvalidParameter' },
      retryable: { BOOL: false },
    });
    expect(request.condition).toEqual({
      expression: '#lease.#token = :token',
      expressionNames: { '#lease': 'lease', '#token': 'token' },
      expressionValues: { ':token': { S: 'lease-token' } },
    });
  });

  it('only releases the lease when there was nothing to send', () => {
    const request = valueOf(
      record.request(context({ stash: { message: messageItem(), lease } })),
    ) as any;
    expect(request.update.expression).toBe('REMOVE #lease');
    expect(request.update.expressionValues).toBeUndefined();
  });

  it.each([
    ['the delivery was unavailable', { deliveryUnavailable: true }],
    ['the request holds no lease', { lease: undefined }],
    ['the answer is known', { result: messageItem() }],
  ])('writes nothing when %s', (_, change) => {
    const stash = { message: messageItem(), lease, outcomes: [sent], ...change };
    expect(record.request(context({ stash })).kind).toBe('earlyReturn');
  });

  it('answers with the updated item', () => {
    const updated = messageItem({ deliveries: { EMAIL: { ...sent, attempts: 1 } } });
    const ctx = context({ stash: { message: messageItem(), lease }, result: updated });
    record.response(ctx);
    expect((ctx.stash as any).result).toEqual(updated);
  });

  it('appends InternalError and keeps the stored message when recording fails', () => {
    const ctx = context({
      stash: { message: messageItem(), lease },
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'failed' },
    });
    const outcome = record.response(ctx);
    expect(outcome.appendedErrors.map((e) => e.errorType)).toEqual(['InternalError']);
    expect((ctx.stash as any).result).toEqual(messageItem());
  });
});

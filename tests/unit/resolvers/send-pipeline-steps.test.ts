import { describe, expect, it } from 'vitest';

import { context, errorOf, loadFunction, messageItem, valueOf } from './harness';

const conditionFailed = {
  type: 'DynamoDB:ConditionalCheckFailedException',
  message: 'The conditional request failed',
};
const throttled = {
  type: 'DynamoDB:ProvisionedThroughputExceededException',
  message: 'Rate exceeded',
};

describe('claimIdempotencyKey', () => {
  const claim = loadFunction('claimIdempotencyKey');
  const stash = () => ({
    message: messageItem(),
    idempotencyKey: 'order-42',
    fingerprint: '["alice","Hello"]',
  });

  it('skips the table when no key was given', () => {
    const outcome = claim.request(context({ stash: { ...stash(), idempotencyKey: null } }));
    expect(outcome.kind).toBe('earlyReturn');
  });

  it('puts the claim under the recipient with a condition that it is new', () => {
    const request = valueOf(claim.request(context({ stash: stash() }))) as any;
    expect(request.operation).toBe('PutItem');
    expect(request.key).toEqual({
      PK: { S: 'RECIPIENT#alice' },
      SK: { S: 'IDEMPOTENCY#order-42' },
    });
    expect(request.condition.expression).toMatch(/^\(?attribute_not_exists\(#PK\)\)?$/);
    expect(request.condition.expressionNames).toEqual({ '#PK': 'PK' });
    expect(request.attributeValues.messageId).toEqual({ S: '01JF000000000000000000000A' });
    expect(request.attributeValues.fingerprint).toEqual({ S: '["alice","Hello"]' });
    const { claimedAt, expiresAt } = request.attributeValues;
    expect(expiresAt.N).toBe(Math.floor(claimedAt.N / 1000) + 86_400);
  });

  it('marks the request a replay when the key was already claimed', () => {
    const ctx = context({ stash: stash(), error: conditionFailed });
    expect(valueOf(claim.response(ctx))).toBeNull();
    expect(ctx.stash).toMatchObject({ replay: true });
  });

  it('fails with InternalError, saying nothing was stored, when the table fails', () => {
    const error = errorOf(claim.response(context({ stash: stash(), error: throttled })));
    expect(error.errorType).toBe('InternalError');
    expect(error.message).toContain('Nothing was stored');
  });
});

describe('loadIdempotencyRecord', () => {
  const load = loadFunction('loadIdempotencyRecord');
  const stash = () => ({
    message: messageItem(),
    idempotencyKey: 'order-42',
    fingerprint: 'same',
    replay: true,
  });
  const record = (fingerprint: string) => ({
    messageId: '01JF0000000000000000000OLD',
    fingerprint,
    message: messageItem({ id: '01JF0000000000000000000OLD' }),
    claimedAt: 1,
  });

  it('does nothing for a request that is not a replay', () => {
    expect(load.request(context({ stash: { ...stash(), replay: false } })).kind).toBe(
      'earlyReturn',
    );
  });

  it('reads the claim with a strongly consistent GetItem', () => {
    expect(valueOf(load.request(context({ stash: stash() })))).toEqual({
      operation: 'GetItem',
      key: { PK: { S: 'RECIPIENT#alice' }, SK: { S: 'IDEMPOTENCY#order-42' } },
      consistentRead: true,
    });
  });

  it('rejects a reused key whose message differs as a Conflict naming the first message', () => {
    const error = errorOf(
      load.response(context({ stash: stash(), result: record('different') })),
    );
    expect(error.errorType).toBe('Conflict');
    expect(error.errorInfo).toEqual({
      idempotencyKey: 'order-42',
      messageId: '01JF0000000000000000000OLD',
    });
  });

  it('keeps the claim when the request is the same', () => {
    const ctx = context({ stash: stash(), result: record('same') });
    load.response(ctx);
    expect((ctx.stash as any).idempotencyRecord.messageId).toBe('01JF0000000000000000000OLD');
  });

  it('answers Conflict when the claim vanished before it could be read', () => {
    expect(errorOf(load.response(context({ stash: stash(), result: null }))).errorType).toBe(
      'Conflict',
    );
  });
});

describe('loadOriginalMessage', () => {
  const load = loadFunction('loadOriginalMessage');
  const original = messageItem({ id: 'OLD', SK: 'MESSAGE#OLD' });
  const stash = (claimedAt: number) => ({
    message: messageItem(),
    idempotencyRecord: { messageId: 'OLD', message: original, claimedAt },
  });

  it('reads the first message by its key', () => {
    expect(valueOf(load.request(context({ stash: stash(Date.now()) })))).toEqual({
      operation: 'GetItem',
      key: { PK: { S: 'RECIPIENT#alice' }, SK: { S: 'MESSAGE#OLD' } },
      consistentRead: true,
    });
  });

  it('answers with the stored message, so nothing is delivered again', () => {
    const stored = { ...original, deliveries: { EMAIL: { channel: 'EMAIL', status: 'SENT' } } };
    const ctx = context({ stash: stash(Date.now()), result: stored });
    load.response(ctx);
    expect((ctx.stash as any).result).toEqual(stored);
  });

  it('answers with the claimed message while the first request may still be storing it', () => {
    const ctx = context({ stash: stash(Date.now() - 1_000), result: null });
    load.response(ctx);
    expect((ctx.stash as any).result).toEqual(original);
  });

  it('takes over a claim abandoned for over 30 s: it stores and delivers the message', () => {
    const ctx = context({ stash: stash(Date.now() - 31_000), result: null });
    load.response(ctx);
    expect((ctx.stash as any).result).toBeUndefined();
    expect((ctx.stash as any).message).toEqual(original);
    expect((ctx.stash as any).channels).toEqual(['EMAIL', 'SMS']);
  });
});

describe('storeMessage', () => {
  const store = loadFunction('storeMessage');

  it('puts the message PENDING with a delivery lease, only if it is new', () => {
    const ctx = context({ stash: { message: messageItem() } });
    const request = valueOf(store.request(ctx)) as any;
    expect(request.operation).toBe('PutItem');
    expect(request.key).toEqual({
      PK: { S: 'RECIPIENT#alice' },
      SK: { S: 'MESSAGE#01JF000000000000000000000A' },
    });
    expect(request.condition.expression).toMatch(/^\(?attribute_not_exists\(#PK\)\)?$/);
    expect(request.attributeValues.deliveries.M.EMAIL.M.status).toEqual({ S: 'PENDING' });
    const lease = (ctx.stash as any).lease;
    expect(request.attributeValues.lease.M.token).toEqual({ S: lease.token });
    expect(lease.until - Date.now()).toBeGreaterThan(59_000);
  });

  it('stores nothing when the answer is already known', () => {
    const ctx = context({ stash: { message: messageItem(), result: messageItem() } });
    expect(store.request(ctx).kind).toBe('earlyReturn');
  });

  it('gives up the delivery to the request that stored the message first', () => {
    const ctx = context({ stash: { message: messageItem(), lease: {} }, error: conditionFailed });
    store.response(ctx);
    expect((ctx.stash as any).lease).toBeUndefined();
    expect((ctx.stash as any).result).toEqual(messageItem());
  });

  it('fails with InternalError, saying nothing was sent, when the table fails', () => {
    const error = errorOf(
      store.response(context({ stash: { message: messageItem() }, error: throttled })),
    );
    expect(error.errorType).toBe('InternalError');
    expect(error.message).toContain('not stored and nothing was sent');
  });
});

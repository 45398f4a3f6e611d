import { describe, expect, it } from 'vitest';

import { context, errorOf, loadFunction, messageItem, valueOf } from './harness';

describe('validateMessageKey', () => {
  const validate = loadFunction('validateMessageKey');

  it('keys the message by trimmed recipient and id', () => {
    const ctx = context({ args: { recipient: ' alice ', id: 'ID1' } });
    expect(validate.request(ctx).kind).toBe('earlyReturn');
    expect((ctx.stash as any).key).toEqual({ PK: 'RECIPIENT#alice', SK: 'MESSAGE#ID1' });
  });

  it('rejects a blank recipient and a blank id together', () => {
    const error = errorOf(validate.request(context({ args: { recipient: ' ', id: '' } })));
    expect(error.errorType).toBe('ValidationError');
    expect((error.errorInfo as any).violations.map((v: any) => v.field)).toEqual([
      'recipient',
      'id',
    ]);
  });
});

describe('loadMessage', () => {
  const load = loadFunction('loadMessage');
  const args = { recipient: 'alice', id: 'NOPE' };
  const key = { PK: 'RECIPIENT#alice', SK: 'MESSAGE#NOPE' };

  it('reads the message with a strongly consistent GetItem', () => {
    expect(valueOf(load.request(context({ args, stash: { key } })))).toEqual({
      operation: 'GetItem',
      key: { PK: { S: 'RECIPIENT#alice' }, SK: { S: 'MESSAGE#NOPE' } },
      consistentRead: true,
    });
  });

  it('answers NotFound for an unknown message', () => {
    const error = errorOf(load.response(context({ args, stash: { key }, result: null })));
    expect(error.errorType).toBe('NotFound');
    expect(error.message).toBe('No message "NOPE" was sent to recipient "alice".');
  });

  it('selects only the channels that are not SENT', () => {
    const item = messageItem({
      deliveries: {
        EMAIL: { channel: 'EMAIL', status: 'SENT', attempts: 1 },
        SMS: { channel: 'SMS', status: 'FAILED', attempts: 1 },
      },
    });
    const ctx = context({ args, stash: { key }, result: item });
    load.response(ctx);
    expect((ctx.stash as any).channels).toEqual(['SMS']);
    expect((ctx.stash as any).result).toBeUndefined();
  });

  it('answers with the message as it is when every channel was sent', () => {
    const item = messageItem({
      deliveries: { EMAIL: { channel: 'EMAIL', status: 'SENT', attempts: 1 } },
    });
    const ctx = context({ args, stash: { key }, result: item });
    load.response(ctx);
    expect((ctx.stash as any).result).toEqual(item);
  });
});

describe('leaseMessage', () => {
  const leaseStep = loadFunction('leaseMessage');

  it('takes the lease only if no unexpired lease is held', () => {
    const ctx = context({ stash: { message: messageItem() } });
    const request = valueOf(leaseStep.request(ctx)) as any;
    expect(request.operation).toBe('UpdateItem');
    expect(request.update.expression).toBe('SET #lease = :lease');
    expect(request.condition.expression).toBe(
      'attribute_exists(#PK) AND (attribute_not_exists(#lease) OR #lease.#until < :now)',
    );
    const lease = (ctx.stash as any).lease;
    expect(request.update.expressionValues[':lease'].M.token).toEqual({ S: lease.token });
    expect(request.condition.expressionValues[':now'].N).toBe(lease.until - 60_000);
  });

  it('answers Conflict, saying when to retry, while another attempt holds the lease', () => {
    const until = Date.now() + 30_000;
    const error = errorOf(
      leaseStep.response(
        context({
          stash: { message: messageItem({ lease: { token: 't', until } }) },
          error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'failed' },
        }),
      ),
    );
    expect(error.errorType).toBe('Conflict');
    expect(error.message).toContain(`Retry after ${new Date(until).toISOString()}`);
  });

  it('recomputes the channels from the leased item', () => {
    const leased = messageItem({
      deliveries: {
        EMAIL: { channel: 'EMAIL', status: 'SENT', attempts: 1 },
        SMS: { channel: 'SMS', status: 'PENDING', attempts: 0 },
      },
    });
    const ctx = context({ stash: { message: messageItem() }, result: leased });
    leaseStep.response(ctx);
    expect((ctx.stash as any).channels).toEqual(['SMS']);
  });
});

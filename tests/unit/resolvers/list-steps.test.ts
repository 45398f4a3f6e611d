import { describe, expect, it } from 'vitest';

import { context, errorOf, loadFunction, loadResolver, messageItem, valueOf } from './harness';

describe('validateListArguments', () => {
  const validate = loadFunction('validateListArguments');
  const page = (args: Record<string, unknown>) =>
    valueOf(validate.request(context({ args: { recipient: 'alice', ...args } })));
  const violation = (args: Record<string, unknown>) =>
    (errorOf(validate.request(context({ args: { recipient: 'alice', ...args } }))).errorInfo as any)
      .violations[0];

  it('defaults the page size to 20', () => {
    expect(page({})).toEqual({ recipient: 'alice', limit: 20, nextToken: null });
  });

  it('caps the page size at 100', () => {
    expect(page({ limit: 1000 })).toMatchObject({ limit: 100 });
  });

  it('rejects a page size below 1', () => {
    expect(violation({ limit: 0 })).toEqual({ field: 'limit', message: 'must be at least 1 (got 0)' });
  });

  it('rejects an empty nextToken', () => {
    expect(violation({ nextToken: '' }).field).toBe('nextToken');
  });

  it('rejects a blank recipient', () => {
    expect(violation({ recipient: '' }).field).toBe('recipient');
  });
});

describe('queryMessages', () => {
  const queryStep = loadFunction('queryMessages');
  const stash = (nextToken: string | null = null) => ({
    page: { recipient: 'alice', limit: 20, nextToken },
  });

  it("queries the recipient's partition for messages, newest first, never scanning", () => {
    const request = valueOf(queryStep.request(context({ stash: stash('token-1') }))) as any;
    expect(request.operation).toBe('Query');
    expect(request.query.expressionValues).toEqual({
      [Object.keys(request.query.expressionValues)[0]]: { S: 'RECIPIENT#alice' },
      [Object.keys(request.query.expressionValues)[1]]: { S: 'MESSAGE#' },
    });
    expect(request.query.expression).toMatch(/^#PK = :\w+ AND begins_with\(#SK, :\w+\)$/);
    expect(request).toMatchObject({
      limit: 20,
      nextToken: 'token-1',
      scanIndexForward: false,
      consistentRead: true,
    });
  });

  it('turns items into messages with their deliveries listed EMAIL first', () => {
    const item = messageItem({
      deliveries: {
        SMS: { channel: 'SMS', status: 'SENT', attempts: 1, providerMessageId: 'sns-1' },
        EMAIL: { channel: 'EMAIL', status: 'FAILED', attempts: 1, errorCode: 'MessageRejected' },
      },
      lease: { token: 't', until: 1 },
    });
    const connection = valueOf(
      queryStep.response(context({ stash: stash(), result: { items: [item], nextToken: 'n2' } })),
    ) as any;
    expect(connection.nextToken).toBe('n2');
    expect(connection.items[0]).toEqual({
      id: item.id,
      recipient: 'alice',
      body: 'Hello',
      subject: 'You have a new message',
      emailAddress: 'alice@example.com',
      phoneNumber: '+14155550100',
      createdAt: item.createdAt,
      deliveries: [
        {
          channel: 'EMAIL',
          status: 'FAILED',
          attempts: 1,
          lastAttemptAt: null,
          providerMessageId: null,
          errorCode: 'MessageRejected',
          errorMessage: null,
          retryable: null,
        },
        {
          channel: 'SMS',
          status: 'SENT',
          attempts: 1,
          lastAttemptAt: null,
          providerMessageId: 'sns-1',
          errorCode: null,
          errorMessage: null,
          retryable: null,
        },
      ],
    });
  });

  it('answers a null nextToken on the last page', () => {
    const connection = valueOf(
      queryStep.response(context({ stash: stash(), result: { items: [] } })),
    ) as any;
    expect(connection).toEqual({ items: [], nextToken: null });
  });

  it('reports a refused nextToken as a ValidationError on that argument', () => {
    const error = errorOf(
      queryStep.response(
        context({
          stash: stash('tampered'),
          error: { type: 'DynamoDB:InvalidNextToken', message: 'Invalid nextToken' },
        }),
      ),
    );
    expect(error.errorType).toBe('ValidationError');
    expect((error.errorInfo as any).violations[0].field).toBe('nextToken');
  });

  it('reports other table failures as InternalError', () => {
    const error = errorOf(
      queryStep.response(
        context({ stash: stash(), error: { type: 'DynamoDB:InternalServerError', message: 'x' } }),
      ),
    );
    expect(error.errorType).toBe('InternalError');
  });
});

describe('validateSubscription', () => {
  const validate = loadFunction('validateSubscription');

  it('accepts a recipient as messages are stored for it', () => {
    expect(validate.request(context({ args: { recipient: 'alice' } })).kind).toBe('earlyReturn');
  });

  it('rejects a recipient with surrounding spaces, which could never match', () => {
    const error = errorOf(validate.request(context({ args: { recipient: ' alice' } })));
    expect((error.errorInfo as any).violations[0].message).toContain('stored for "alice"');
  });

  it('rejects a blank recipient', () => {
    expect(errorOf(validate.request(context({ args: { recipient: '' } }))).errorType).toBe(
      'ValidationError',
    );
  });
});

describe('pipeline resolvers', () => {
  it('sendMessage answers the final item as a Message, without its lease', () => {
    const send = loadResolver('Mutation', 'sendMessage');
    const item = messageItem({ lease: { token: 't', until: 1 } });
    const message = valueOf(send.response(context({ stash: { message: item } }))) as any;
    expect(message.id).toBe(item.id);
    expect(message).not.toHaveProperty('lease');
    expect(message.deliveries.map((d: any) => d.channel)).toEqual(['EMAIL', 'SMS']);
  });

  it('sendMessage prefers the decided result over the draft', () => {
    const send = loadResolver('Mutation', 'sendMessage');
    const result = messageItem({ id: 'ORIGINAL' });
    const message = valueOf(
      send.response(context({ stash: { message: messageItem(), result } })),
    ) as any;
    expect(message.id).toBe('ORIGINAL');
  });
});

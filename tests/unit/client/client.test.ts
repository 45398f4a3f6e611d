/**
 * The typed client against the real offline runtime: HTTP calls, errors,
 * and subscriptions over AppSync's real-time protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ApiError, violationsByField, type Message, type MessagingClient } from '../../../client/index';
import { startTestRuntime, type TestRuntime } from '../../e2e/support/runtime';
import { clientFor, recorder } from './support';

let test: TestRuntime;
let client: MessagingClient;
let unique = 0;
const recipient = (name: string) => `${name}-${Date.now()}-${++unique}`;

beforeAll(async () => {
  test = await startTestRuntime();
  client = clientFor(test.runtime);
});

afterAll(async () => {
  client?.close();
  await test?.close();
});

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('HTTP operations', () => {
  it('sends a message and returns it with a delivery per channel', async () => {
    const message = await client.sendMessage({
      recipient: recipient('alice'),
      body: 'Your order has shipped.',
      emailAddress: 'alice@example.com',
      phoneNumber: '+1 415 555 0100',
    });

    expect(message.phoneNumber).toBe('+14155550100');
    expect(message.deliveries.map((d) => [d.channel, d.status])).toEqual([
      ['EMAIL', 'SENT'],
      ['SMS', 'SENT'],
    ]);
  });

  it('lists a recipient newest first, a page at a time through nextToken', async () => {
    const to = recipient('paged');
    const sent: Message[] = [];
    for (const body of ['one', 'two', 'three']) {
      sent.push(await client.sendMessage({ recipient: to, body, emailAddress: 'p@example.com' }));
    }

    const first = await client.listMessages({ recipient: to, limit: 2 });
    expect(first.items.map((m) => m.body)).toEqual(['three', 'two']);
    expect(first.nextToken).toEqual(expect.any(String));

    const pages = [];
    for await (const page of client.pages({ recipient: to, limit: 2 })) pages.push(page);
    expect(pages.map((p) => p.items.map((m) => m.id))).toEqual([
      [sent[2].id, sent[1].id],
      [sent[0].id],
    ]);
    expect(pages[1].nextToken).toBeNull();
  });

  it('retries a failed channel with retryDelivery', async () => {
    const message = await client.sendMessage({
      recipient: recipient('retry'),
      body: 'Throttled on purpose.',
      phoneNumber: '+15555550103',
    });
    expect(message.deliveries[0]).toMatchObject({ status: 'FAILED', retryable: true, attempts: 1 });

    const retried = await client.retryDelivery({ recipient: message.recipient, id: message.id });
    expect(retried.deliveries[0]).toMatchObject({ status: 'FAILED', attempts: 2 });
  });
});

describe('errors', () => {
  it('reports every broken rule as a violation on its field', async () => {
    const error = await rejection(
      client.sendMessage({ recipient: ' ', body: 'x'.repeat(1601), phoneNumber: '+14155550100' }),
    );

    expect(error.errorType).toBe('ValidationError');
    const byField = violationsByField(error);
    expect([...byField.keys()].sort()).toEqual(['input.body', 'input.recipient']);
    expect(byField.get('input.body')?.[0]).toMatch(/1600/);
  });

  it('puts an invalid phone number on input.phoneNumber', async () => {
    const error = await rejection(
      client.sendMessage({ recipient: 'bob', body: 'hi', phoneNumber: '123' }),
    );

    expect(error.errorType).toBeUndefined();
    expect(violationsByField(error).get('input.phoneNumber')?.[0]).toMatch(/valid phone number/);
  });

  it('reports NotFound for retryDelivery of a message that does not exist', async () => {
    const error = await rejection(
      client.retryDelivery({ recipient: 'nobody', id: '01M8Y5FKK9CNAWRF6AFWQVQ1CD' }),
    );
    expect(error.is('NotFound')).toBe(true);
  });

  it('rejects a wrong API key with UnauthorizedException and HTTP 401', async () => {
    const wrong = clientFor(test.runtime, 'da2-wrong');
    const error = await rejection(wrong.listMessages({ recipient: 'alice' }));

    expect(error.status).toBe(401);
    expect(error.errorType).toBe('UnauthorizedException');
  });
});

describe('onMessageSent', () => {
  it('delivers a message to a subscriber of its recipient and not to another', async () => {
    const [to, other] = [recipient('watched'), recipient('other')];
    const watched = recorder<Message>();
    const elsewhere = recorder<Message>();
    const started = recorder<string>();
    const stops = [
      client.onMessageSent(to, { next: watched.push, started: () => started.push(to) }),
      client.onMessageSent(other, { next: elsewhere.push, started: () => started.push(other) }),
    ];
    await started.until((s) => s.length === 2);

    const sent = await client.sendMessage({ recipient: to, body: 'Live!', emailAddress: 'w@example.com' });
    await watched.until((s) => s.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(watched.seen[0]).toMatchObject({ id: sent.id, body: 'Live!', recipient: to });
    expect(watched.seen[0].deliveries[0].status).toBe('SENT');
    expect(elsewhere.seen).toEqual([]);
    stops.forEach((stop) => stop());
  });

  it('delivers nothing after unsubscribing', async () => {
    const to = recipient('leaving');
    const seen = recorder<Message>();
    const started = recorder<true>();
    const unsubscribe = client.onMessageSent(to, { next: seen.push, started: () => started.push(true) });
    await started.until((s) => s.length === 1);

    unsubscribe();
    await client.sendMessage({ recipient: to, body: 'Too late', emailAddress: 'l@example.com' });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(seen.seen).toEqual([]);
  });

  it('ends the subscription with UnauthorizedException when the key is wrong', async () => {
    const wrong = clientFor(test.runtime, 'da2-wrong');
    const errors = recorder<unknown>();
    wrong.onMessageSent('alice', { next: () => {}, error: errors.push });

    await errors.until((s) => s.length === 1);
    expect(errors.seen[0]).toBeInstanceOf(ApiError);
    expect((errors.seen[0] as ApiError).errorType).toBe('UnauthorizedException');
    wrong.close();
  });
});

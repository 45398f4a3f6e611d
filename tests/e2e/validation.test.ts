import { describe, expect, it } from 'vitest';

import { LIST, SEND, uniqueRecipient } from './support/operations';
import { engineName, useTestRuntime } from './support/runtime';

const runtime = useTestRuntime();

async function rejected(input: Record<string, unknown>) {
  const { status, body } = await runtime().client.graphql(SEND, { input });
  expect(status).toBe(200);
  expect(body.data).toBeNull();
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.errorType).toBe('ValidationError');
  expect(error.path).toEqual(['sendMessage']);
  return (error.errorInfo as { violations: Array<{ field: string; message: string }> }).violations;
}

async function stored(recipient: string) {
  const { body } = await runtime().client.graphql(LIST, { recipient });
  return body.data!.messagesByRecipient.items;
}

describe(`validation, on ${engineName}`, () => {
  it.each([
    ['no channel', {}, ['input.emailAddress', 'input.phoneNumber']],
    ['a blank body', { body: '   ', emailAddress: 'a@example.com' }, ['input.body']],
    ['a body with control characters', { body: 'a\u0007', emailAddress: 'a@example.com' }, ['input.body']],
    ['a body too long for SMS', { body: 'x'.repeat(1601), phoneNumber: '+14155550100' }, ['input.body']],
    ['a body over 10,000 characters', { body: 'x'.repeat(10_001), emailAddress: 'a@example.com' }, ['input.body']],
    ['a subject with a line break', { subject: 'a\nBcc: x@example.com', emailAddress: 'a@example.com' }, ['input.subject']],
    ['a +1 phone number with too many digits', { phoneNumber: '+1 415 555 01000' }, ['input.phoneNumber']],
    ['a blank idempotency key', { idempotencyKey: ' ', emailAddress: 'a@example.com' }, ['input.idempotencyKey']],
  ])('rejects %s before anything is stored', async (_, input, fields) => {
    const recipient = uniqueRecipient('invalid');
    const violations = await rejected({ recipient, body: 'Hello', ...input });
    expect(violations.map((v) => v.field)).toEqual(fields);
    expect(await stored(recipient)).toEqual([]);
  });

  it('rejects a blank or over-long recipient', async () => {
    expect((await rejected({ recipient: ' ', body: 'b', emailAddress: 'a@example.com' }))[0].field)
      .toBe('input.recipient');
    expect(
      (await rejected({ recipient: 'r'.repeat(257), body: 'b', emailAddress: 'a@example.com' }))[0]
        .message,
    ).toBe('must be at most 256 characters (got 257)');
  });

  it('reports every broken rule in one response', async () => {
    const violations = await rejected({
      recipient: '',
      body: '',
      phoneNumber: '+1 415 555 01000',
      subject: 'x\r\ny',
    });
    expect(violations.map((v) => v.field)).toEqual([
      'input.recipient',
      'input.body',
      'input.phoneNumber',
      'input.subject',
    ]);
  });

  it('refuses a phone number AppSync cannot parse, with AppSync’s message', async () => {
    const { body } = await runtime().client.graphql(SEND, {
      input: { recipient: 'x', body: 'b', phoneNumber: 'call me' },
    });
    expect(body.data).toBeNull();
    expect(body.errors![0].message).toBe(
      "Variable 'phoneNumber' has an invalid value. Unable to parse `call me` as a valid phone number.",
    );
  });

  it('refuses an email address that is not one', async () => {
    const { body } = await runtime().client.graphql(SEND, {
      input: { recipient: 'x', body: 'b', emailAddress: 'not an address' },
    });
    expect(body.errors![0].message).toBe(
      "Variable 'emailAddress' has an invalid value. Unable to parse `not an address` as a valid email address.",
    );
  });

  it('rejects a page size below 1 and caps one above 100', async () => {
    const recipient = uniqueRecipient('pages');
    const low = await runtime().client.graphql(LIST, { recipient, limit: 0 });
    expect(low.body.errors![0]).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { violations: [{ field: 'limit', message: 'must be at least 1 (got 0)' }] },
    });
    const high = await runtime().client.graphql(LIST, { recipient, limit: 5000 });
    expect(high.body.errors).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';

import { context, errorOf, loadFunction } from './harness';

const validateMessage = loadFunction('validateMessage');

const valid = { recipient: 'alice', body: 'Hello', emailAddress: 'alice@example.com' };

function run(input: Record<string, unknown>) {
  const ctx = context({ args: { input } });
  const outcome = validateMessage.request(ctx);
  return { outcome, stash: ctx.stash as Record<string, any> };
}

/** The violations of a rejected input, as errorInfo lists them. */
function violations(input: Record<string, unknown>) {
  const error = errorOf(run(input).outcome);
  expect(error.errorType).toBe('ValidationError');
  return (error.errorInfo as { violations: Array<{ field: string; message: string }> })
    .violations;
}

function fields(input: Record<string, unknown>) {
  return violations(input).map((v) => v.field);
}

function accepted(input: Record<string, unknown>) {
  const { outcome, stash } = run(input);
  expect(outcome.kind, JSON.stringify(outcome)).toBe('earlyReturn');
  return stash;
}

describe('validateMessage', () => {
  it('drafts the message with every requested channel PENDING', () => {
    const stash = accepted({ ...valid, phoneNumber: '+14155550100' });
    expect(stash.message).toMatchObject({
      PK: 'RECIPIENT#alice',
      entity: 'MESSAGE',
      recipient: 'alice',
      body: 'Hello',
      deliveries: {
        EMAIL: { channel: 'EMAIL', status: 'PENDING', attempts: 0 },
        SMS: { channel: 'SMS', status: 'PENDING', attempts: 0 },
      },
    });
    expect(stash.message.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(stash.message.SK).toBe(`MESSAGE#${stash.message.id}`);
    expect(stash.channels).toEqual(['EMAIL', 'SMS']);
  });

  it('requests only the channels that have an address', () => {
    expect(accepted({ recipient: 'a', body: 'b', phoneNumber: '+14155550100' }).channels).toEqual([
      'SMS',
    ]);
  });

  describe('contacts', () => {
    it('rejects an input with neither emailAddress nor phoneNumber, naming both', () => {
      expect(fields({ recipient: 'alice', body: 'Hello' })).toEqual([
        'input.emailAddress',
        'input.phoneNumber',
      ]);
    });

    it('accepts a phone number alone', () => {
      accepted({ recipient: 'alice', body: 'Hello', phoneNumber: '+14155550100' });
    });
  });

  describe('recipient', () => {
    it('rejects a blank recipient', () => {
      expect(fields({ ...valid, recipient: '   ' })).toEqual(['input.recipient']);
    });

    it('trims the recipient', () => {
      expect(accepted({ ...valid, recipient: '  alice  ' }).message.recipient).toBe('alice');
    });

    it('rejects a recipient over 256 characters and accepts 256', () => {
      expect(violations({ ...valid, recipient: 'r'.repeat(257) })[0].message).toBe(
        'must be at most 256 characters (got 257)',
      );
      accepted({ ...valid, recipient: 'r'.repeat(256) });
    });

    it('rejects control characters and line breaks in the recipient', () => {
      expect(fields({ ...valid, recipient: 'ali\u0000ce' })).toEqual(['input.recipient']);
      expect(fields({ ...valid, recipient: 'ali\nce' })).toEqual(['input.recipient']);
    });
  });

  describe('body', () => {
    it('rejects a blank body', () => {
      expect(fields({ ...valid, body: ' \n\t ' })).toEqual(['input.body']);
    });

    it('accepts line breaks and tabs but not other control characters', () => {
      expect(accepted({ ...valid, body: 'Line one\n\tLine two' }).message.body).toBe(
        'Line one\n\tLine two',
      );
      expect(fields({ ...valid, body: 'bell \u0007' })).toEqual(['input.body']);
    });

    it('rejects a body over 10,000 characters and accepts 10,000', () => {
      expect(fields({ ...valid, body: 'b'.repeat(10_001) })).toEqual(['input.body']);
      accepted({ ...valid, body: 'b'.repeat(10_000) });
    });

    it('limits the body to 1,600 characters when it is sent by SMS', () => {
      const sms = { recipient: 'alice', phoneNumber: '+14155550100' };
      expect(violations({ ...sms, body: 'b'.repeat(1_601) })[0].message).toBe(
        'must be at most 1600 characters when sent by SMS (got 1601)',
      );
      accepted({ ...sms, body: 'b'.repeat(1_600) });
      accepted({ ...valid, body: 'b'.repeat(1_601) });
    });
  });

  describe('phoneNumber', () => {
    it.each([
      ['+1 415 555 0100', '+14155550100'],
      ['415-555-0100', '+14155550100'],
      ['1 415 555 0100', '+14155550100'],
      ['+44 20 7946 0958', '+442079460958'],
      ['0044 20 7946 0958', '+442079460958'],
    ])('normalises %s to %s', (raw, e164) => {
      expect(accepted({ ...valid, phoneNumber: raw }).message.phoneNumber).toBe(e164);
    });

    it.each([
      ['12345', 'needs a country code'],
      ['+12312', 'must have 8 to 15 digits'],
      ['+0 20 7946 0958', 'never starts with 0'],
      ['+1 415 555 01000', 'a +1 number has 10 digits'],
      ['415 555 O100', 'is not a digit or separator'],
    ])('rejects %s', (raw, reason) => {
      const [violation] = violations({ ...valid, phoneNumber: raw });
      expect(violation.field).toBe('input.phoneNumber');
      expect(violation.message).toContain(reason);
    });
  });

  describe('emailAddress', () => {
    it('trims the address and lower-cases its domain only', () => {
      expect(
        accepted({ ...valid, emailAddress: '  Alice.Smith@Example.COM ' }).message.emailAddress,
      ).toBe('Alice.Smith@example.com');
    });

    it.each(['alice', 'alice@', '@example.com', 'alice@example', 'a lice@example.com'])(
      'rejects %s',
      (address) => {
        expect(fields({ ...valid, emailAddress: address })).toEqual(['input.emailAddress']);
      },
    );
  });

  describe('subject', () => {
    it('defaults the subject when none is given or it is blank', () => {
      expect(accepted(valid).message.subject).toBe('You have a new message');
      expect(accepted({ ...valid, subject: '  ' }).message.subject).toBe(
        'You have a new message',
      );
    });

    it('keeps a one-line subject, trimmed', () => {
      expect(accepted({ ...valid, subject: ' Your order ' }).message.subject).toBe('Your order');
    });

    it('rejects line breaks in the subject, which would inject headers', () => {
      const [violation] = violations({ ...valid, subject: 'Hi\r\nBcc: everyone@example.com' });
      expect(violation).toEqual({
        field: 'input.subject',
        message: 'must be one line: no line breaks',
      });
    });

    it('rejects a subject over 200 characters', () => {
      expect(fields({ ...valid, subject: 's'.repeat(201) })).toEqual(['input.subject']);
    });
  });

  describe('idempotencyKey', () => {
    it('keeps the key for the next steps', () => {
      expect(accepted({ ...valid, idempotencyKey: 'order-42' }).idempotencyKey).toBe('order-42');
    });

    it('rejects a blank key, an over-long key and control characters', () => {
      expect(fields({ ...valid, idempotencyKey: ' ' })).toEqual(['input.idempotencyKey']);
      expect(fields({ ...valid, idempotencyKey: 'k'.repeat(129) })).toEqual([
        'input.idempotencyKey',
      ]);
      expect(fields({ ...valid, idempotencyKey: 'a\u0001' })).toEqual(['input.idempotencyKey']);
    });
  });

  it('reports every violation in one error, with a message naming each', () => {
    const { outcome } = run({
      recipient: '',
      body: '',
      emailAddress: 'nope',
      subject: 'a\nb',
    });
    const error = errorOf(outcome);
    expect(error.message).toBe(
      'The request is invalid: input.recipient must not be blank; input.body must not be blank; ' +
        'input.emailAddress must look like name@example.com; input.subject must be one line: no line breaks.',
    );
    expect(error.data).toBeNull();
  });

  it('leaves the stash untouched when the input is rejected', () => {
    const { stash } = run({ recipient: 'alice', body: '' , emailAddress: 'a@example.com' });
    expect(stash).toEqual({});
  });
});

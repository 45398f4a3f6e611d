import { describe, expect, it } from 'vitest';

import { InvalidNextTokenError } from '../../../runtime/dynamodb';
import { createNextTokenCodec, tokenScope } from '../../../runtime/dynamodb/next-token';

const key = { PK: { S: 'RECIPIENT#a' }, SK: { S: 'MSG#1' }, n: { N: '7' } };

describe('nextToken codec', () => {
  it('reads back the key it issued for the same scope', () => {
    const codec = createNextTokenCodec('secret');
    const token = codec.issue('scope-1', key);
    expect(codec.read('scope-1', token)).toEqual(key);
  });

  it('issues base64url tokens that do not reveal the key', () => {
    const token = createNextTokenCodec('secret').issue('scope-1', key);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('RECIPIENT');
  });

  it('never uses an IV twice, across refills of its random pool', () => {
    const codec = createNextTokenCodec('secret');
    const tokens = Array.from({ length: 1000 }, () => codec.issue('scope-1', key));
    const ivs = tokens.map((t) => Buffer.from(t, 'base64url').subarray(1, 13).toString('hex'));
    expect(new Set(ivs).size).toBe(tokens.length);
    for (const token of tokens) expect(codec.read('scope-1', token)).toEqual(key);
  });

  it('refuses a token read under another scope', () => {
    const codec = createNextTokenCodec('secret');
    const token = codec.issue('scope-1', key);
    expect(() => codec.read('scope-2', token)).toThrow(InvalidNextTokenError);
  });

  it('refuses a token issued under another secret', () => {
    const token = createNextTokenCodec('one').issue('scope', key);
    expect(() => createNextTokenCodec('two').read('scope', token)).toThrow(InvalidNextTokenError);
  });

  it('refuses every single-character alteration of a token', () => {
    const codec = createNextTokenCodec('secret');
    const token = codec.issue('scope', key);
    for (let i = 0; i < token.length; i += 1) {
      const altered = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
      // The last character may carry only padding bits that decode the same.
      if (Buffer.from(altered, 'base64url').equals(Buffer.from(token, 'base64url'))) continue;
      expect(() => codec.read('scope', altered), `position ${i}`).toThrow(InvalidNextTokenError);
    }
  });

  it('binds the scope to values, not to how numbers were written', () => {
    expect(tokenScope([{ N: '5' }])).toBe(tokenScope([{ N: '5' }]));
    expect(tokenScope([{ a: 1, b: 2 }])).toBe(tokenScope([{ b: 2, a: 1 }]));
    expect(tokenScope(['x', 'y'])).not.toBe(tokenScope(['xy']));
  });
});

import { describe, expect, it } from 'vitest';

import { itemsEqual } from '../../../runtime/dynamodb/item-equality';

describe('item equality after a failed PutItem condition', () => {
  it('treats numbers with the same value as equal however they are written', () => {
    expect(itemsEqual({ n: { N: '1.50' } }, { n: { N: '1.5' } })).toBe(true);
  });

  it('treats sets as unordered and lists as ordered', () => {
    expect(itemsEqual({ s: { SS: ['a', 'b'] } }, { s: { SS: ['b', 'a'] } })).toBe(true);
    expect(itemsEqual({ l: { L: [{ S: 'a' }, { S: 'b' }] } },
      { l: { L: [{ S: 'b' }, { S: 'a' }] } })).toBe(false);
  });

  it('sees an attribute present on one side only as a difference', () => {
    expect(itemsEqual({ a: { S: 'x' } }, { a: { S: 'x' }, b: { S: 'y' } })).toBe(false);
  });

  it('leaves out the equalsIgnore attributes', () => {
    expect(itemsEqual({ a: { S: 'x' }, v: { N: '8' } }, { a: { S: 'x' }, v: { N: '2' } }, ['v']))
      .toBe(true);
  });

  it('compares nested maps regardless of key order', () => {
    expect(itemsEqual({ m: { M: { a: { N: '1' }, b: { S: 'z' } } } },
      { m: { M: { b: { S: 'z' }, a: { N: '1' } } } })).toBe(true);
  });
});

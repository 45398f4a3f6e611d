import { describe, expect, it } from 'vitest';

import { InvalidRequestError } from '../../../runtime/dynamodb';
import { toAttributeValue, toItem, toPlainItem } from '../../../runtime/dynamodb/typed-values';

describe('typed values in requests', () => {
  it('turns a JSON number into the string form the SDK sends', () => {
    expect(toAttributeValue({ N: 12345 }, 'v')).toEqual({ N: '12345' });
    expect(toAttributeValue({ NS: [1, 2.5] }, 'v')).toEqual({ NS: ['1', '2.5'] });
  });

  it('accepts NULL written as true or as null', () => {
    expect(toAttributeValue({ NULL: true }, 'v')).toEqual({ NULL: true });
    expect(toAttributeValue({ NULL: null }, 'v')).toEqual({ NULL: true });
  });

  it('converts nested maps and lists all the way down', () => {
    const item = toItem({ a: { M: { b: { L: [{ N: 1 }, { M: { c: { BOOL: true } } }] } } } }, 'key');
    expect(item).toEqual({ a: { M: { b: { L: [{ N: '1' }, { M: { c: { BOOL: true } } }] } } } });
  });

  it('keeps binary as the base64 text the wire carries', () => {
    const value = toAttributeValue({ B: Buffer.from('hi').toString('base64') }, 'v');
    expect(value).toEqual({ B: 'aGk=' });
  });

  it.each([
    [{ S: 'a', N: 1 }, 'exactly one type key'],
    [{ N: 'twelve' }, 'finite number'],
    [{ N: Number.NaN }, 'finite number'],
    [{ X: 1 }, 'unknown type'],
    ['plain', 'not a typed value'],
    [{ B: 'not base64!' }, 'base64'],
    [{ BS: ['aGk=', 'aGk'] }, 'base64'],
  ])('refuses %j with a message naming the path', (value, problem) => {
    expect(() => toAttributeValue(value, 'key.SK')).toThrow(InvalidRequestError);
    expect(() => toAttributeValue(value, 'key.SK')).toThrow(/key\.SK/);
    expect(() => toAttributeValue(value, 'key.SK')).toThrow(problem);
  });
});

describe('typed values in results', () => {
  it('answers plain JSON: numbers as numbers, sets as arrays, binary as base64', () => {
    expect(toPlainItem({
      s: { S: 'x' }, n: { N: '12345' }, f: { N: '-0.5' }, b: { BOOL: false }, z: { NULL: true },
      ss: { SS: ['a'] }, ns: { NS: ['1', '2'] }, bin: { B: 'aGk=' },
      l: { L: [{ N: '1' }, { M: { k: { S: 'v' } } }] },
    })).toEqual({
      s: 'x', n: 12345, f: -0.5, b: false, z: null, ss: ['a'], ns: [1, 2],
      bin: Buffer.from('hi').toString('base64'), l: [1, { k: 'v' }],
    });
  });
});

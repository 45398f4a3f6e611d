import { describe, expect, it } from 'vitest';

import { jsonValue } from '../../../runtime/evaluator/json-value';

const viaText = (value: unknown) =>
  value === undefined ? null : JSON.parse(JSON.stringify(value) ?? 'null');

describe('jsonValue', () => {
  it.each([
    ['a string', 'text'],
    ['a number', 12.5],
    ['NaN and Infinity', [Number.NaN, Number.POSITIVE_INFINITY, -0]],
    ['booleans and null', [true, false, null]],
    ['undefined', undefined],
    ['a nested page of messages', {
      items: [{ id: '1', deliveries: [{ channel: 'EMAIL', attempts: 1, error: undefined }] }],
      nextToken: null,
    }],
    ['undefined, functions and symbols in arrays', [undefined, () => 1, Symbol('s'), 2]],
    ['undefined, functions and symbols in objects', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
    ['an object with toJSON', { when: { toJSON: () => 'then' } }],
    ['boxed primitives', [Object('s'), Object(1), Object(true)]],
    ['a Map and a Set', { map: new Map([[1, 2]]), set: new Set([1]) }],
    ['key order with integer-like keys', { b: 1, 2: 'two', a: 3, 1: 'one' }],
  ])('copies %s exactly as a JSON round trip would', (_, value) => {
    expect(jsonValue(value)).toStrictEqual(viaText(value));
  });

  it('returns a copy that shares nothing with the original', () => {
    const original = { list: [{ a: 1 }] };
    const copy = jsonValue(original) as typeof original;
    copy.list[0]!.a = 2;
    expect(original.list[0]!.a).toBe(1);
  });

  it('refuses circular structures and BigInts as JSON.stringify does', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => jsonValue(circular)).toThrow(TypeError);
    expect(() => jsonValue({ n: BigInt(1) })).toThrow(TypeError);
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { a: 1 };
    expect(jsonValue([shared, shared])).toStrictEqual([{ a: 1 }, { a: 1 }]);
  });
});

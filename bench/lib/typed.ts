/**
 * Plain JSON to DynamoDB's typed form ({S}, {N}, {M}, ...), for the raw SDK
 * calls the benchmark compares the API with. It types values exactly as
 * util.dynamodb.toMapValues does for what the resolvers store: strings,
 * numbers, booleans, null, lists and maps; never sets.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Typed = Record<string, AttributeValue>;

export function toTyped(value: unknown): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toTyped) };
  if (typeof value === 'object') return { M: toTypedMap(value as Record<string, unknown>) };
  throw new TypeError(`Cannot type ${typeof value} for DynamoDB.`);
}

/** Undefined attributes are left out, as a JSON round trip leaves them out. */
export function toTypedMap(object: Record<string, unknown>): Typed {
  const typed: Typed = {};
  for (const [name, value] of Object.entries(object)) {
    if (value !== undefined) typed[name] = toTyped(value);
  }
  return typed;
}

/**
 * The type structure of an item: each attribute's type, and a map's
 * structure within it. Two items the same code wrote have the same shape.
 */
export function shapeOf(item: Typed): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const name of Object.keys(item).sort()) {
    const value = item[name]!;
    shape[name] = value.M ? shapeOf(value.M) : Object.keys(value)[0];
  }
  return shape;
}

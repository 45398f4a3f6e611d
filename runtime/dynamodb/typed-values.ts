/**
 * Converts between AppSync typed values and DynamoDB's wire AttributeValue.
 *
 * AppSync accepts numbers as JSON numbers (`{ N: 12 }`, which is what
 * `util.dynamodb.toDynamoDB` produces); the wire wants `{ N: '12' }`. Binary
 * is base64 text in both. Going back, AppSync hands resolvers plain JSON:
 * numbers as numbers, sets as arrays, binary as base64.
 */
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';

import type { Wire } from './client';
import { InvalidRequestError } from './errors';
import type { TypedMap, TypedValue } from './types';

export type AttributeValue = Wire<SdkAttributeValue>;
export type Item = Record<string, AttributeValue>;

export function toAttributeValue(value: unknown, path: string): AttributeValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(path, 'is not a typed value such as { "S": "text" }');
  }
  const entries = Object.entries(value);
  if (entries.length !== 1) {
    throw invalid(path, `must have exactly one type key, found ${entries.length}`);
  }
  const [type, inner] = entries[0]!;
  switch (type) {
    case 'S':
      return { S: expectString(inner, path) };
    case 'N':
      return { N: toNumberString(inner, path) };
    case 'B':
      return { B: fromBase64(inner, path) };
    case 'BOOL':
      if (typeof inner !== 'boolean') throw invalid(path, 'BOOL must be true or false');
      return { BOOL: inner };
    case 'NULL':
      // The reference shows { NULL: null }; toDynamoDB produces { NULL: true }.
      if (inner !== null && inner !== true) throw invalid(path, 'NULL must be true or null');
      return { NULL: true };
    case 'SS':
      return { SS: expectArray(inner, path).map((s, i) => expectString(s, `${path}[${i}]`)) };
    case 'NS':
      return { NS: expectArray(inner, path).map((n, i) => toNumberString(n, `${path}[${i}]`)) };
    case 'BS':
      return { BS: expectArray(inner, path).map((b, i) => fromBase64(b, `${path}[${i}]`)) };
    case 'L':
      return { L: expectArray(inner, path).map((v, i) => toAttributeValue(v, `${path}[${i}]`)) };
    case 'M':
      return { M: toItem(inner, path) };
    default:
      throw invalid(path, `has unknown type "${type}"`);
  }
}

/** Converts a map of typed values (a key, an item, expression values). */
export function toItem(map: unknown, path: string): Item {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw invalid(path, 'must be an object of typed values');
  }
  const item: Item = {};
  for (const [name, value] of Object.entries(map as TypedMap)) {
    item[name] = toAttributeValue(value, `${path}.${name}`);
  }
  return item;
}

/** Like toItem, but an absent or empty map is `undefined`: DynamoDB rejects empty ones. */
export function toOptionalItem(map: TypedMap | undefined, path: string): Item | undefined {
  if (map == null) return undefined;
  const item = toItem(map, path);
  return Object.keys(item).length > 0 ? item : undefined;
}

export function toPlain(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.B !== undefined) return value.B;
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.BS !== undefined) return [...value.BS];
  if (value.L !== undefined) return value.L.map(toPlain);
  if (value.M !== undefined) return toPlainItem(value.M);
  return null;
}

export function toPlainItem(item: Item): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  // Every attribute of every listed item passes here: no entry arrays.
  for (const name of Object.keys(item)) plain[name] = toPlain(item[name]!);
  return plain;
}

/** The typed form again, for keys that must survive a JSON round trip. */
export function toTypedMap(item: Item): Record<string, TypedValue> {
  // The wire form is already JSON: numbers as strings, binary as base64.
  return item as unknown as Record<string, TypedValue>;
}

function toNumberString(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return value.trim();
  }
  throw invalid(path, `N must be a finite number, received ${JSON.stringify(value)}`);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function fromBase64(value: unknown, path: string): string {
  const text = expectString(value, path);
  if (!BASE64.test(text)) throw invalid(path, 'B must be base64 text');
  return text;
}

function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalid(path, 'must be a string');
  return value;
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(path, 'must be an array');
  return value;
}

function invalid(path: string, problem: string): InvalidRequestError {
  return new InvalidRequestError(`Invalid typed value at ${path}: ${problem}.`);
}

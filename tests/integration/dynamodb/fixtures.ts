/**
 * Small builders for data source tests: typed values the way
 * util.dynamodb.toMapValues writes them (numbers as JSON numbers), and a
 * fresh partition per test so tests share a table without sharing items.
 */
import { randomUUID } from 'node:crypto';

import type { TypedMap, TypedValue } from '../../../runtime/dynamodb';

export function toTyped(value: unknown): TypedValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toTyped) };
  return { M: toMapValues(value as Record<string, unknown>) };
}

export function toMapValues(values: Record<string, unknown>): TypedMap {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toTyped(v)]));
}

/** A partition key no other test uses. */
export function freshPartition(label: string): string {
  return `TEST#${label}#${randomUUID()}`;
}

export function keyOf(PK: string, SK: string): TypedMap {
  return toMapValues({ PK, SK });
}

export function putRequest(PK: string, SK: string, attributes: Record<string, unknown> = {}) {
  return {
    operation: 'PutItem' as const,
    key: keyOf(PK, SK),
    attributeValues: toMapValues(attributes),
  };
}

export function queryPartition(PK: string, extra: Record<string, unknown> = {}) {
  return {
    operation: 'Query' as const,
    query: {
      expression: '#PK = :pk',
      expressionNames: { '#PK': 'PK' },
      expressionValues: toMapValues({ ':pk': PK }),
    },
    ...extra,
  };
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

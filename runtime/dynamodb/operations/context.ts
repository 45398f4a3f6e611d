/** What every operation needs: the client, the table, and the emulations. */
import type { DynamoClient } from '../client';
import { InvalidRequestError } from '../errors';
import type { NextTokenCodec } from '../next-token';
import type { TtlPolicy } from '../ttl';
import { toItem, type Item } from '../typed-values';

export interface OperationContext {
  client: DynamoClient;
  /** The data source's own table. */
  tableName: string;
  tokens: NextTokenCodec;
  /** Expiry applies to the data source's own table only. */
  ttl: TtlPolicy;
  /** The engine's name for a table a batch or transaction names. */
  resolveTable(name: string): string;
}

/** A request's `key`, which every item operation requires. */
export function requireKey(key: unknown, field = 'key'): Item {
  if (key == null) throw new InvalidRequestError(`The request has no ${field}.`);
  const item = toItem(key, field);
  if (Object.keys(item).length === 0) {
    throw new InvalidRequestError(`The request's ${field} is empty.`);
  }
  return item;
}

export function optionalPositiveInteger(value: unknown, field: string): number | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InvalidRequestError(
      `${field} must be a positive integer. Received: ${JSON.stringify(value)}`,
    );
  }
  return value;
}

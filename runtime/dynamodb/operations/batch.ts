/**
 * BatchGetItem, BatchPutItem and BatchDeleteItem. Tables are named as the
 * resolver names them and mapped to the engine's names through the data
 * source's `tableNames`; answers are keyed by the resolver's names again,
 * one entry per requested item in request order, null where DynamoDB did
 * not process it (those also appear under unprocessedKeys/unprocessedItems).
 */
import type { KeysAndAttributes as SdkKeysAndAttributes, WriteRequest as SdkWriteRequest }
  from '@aws-sdk/client-dynamodb';

import type { Wire } from '../client';
import { InvalidRequestError } from '../errors';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { itemsEqual } from '../item-equality';
import { isExpired } from '../ttl';
import { toPlainItem, type Item } from '../typed-values';
import type {
  BatchDeleteItemRequest, BatchGetItemRequest, BatchPutItemRequest, DataSourceOutcome, Projection,
} from '../types';
import { requireKey, type OperationContext } from './context';

type BatchGetSpec = {
  keys?: unknown[];
  consistentRead?: boolean;
  projection?: Projection;
};

type KeysAndAttributes = Wire<SdkKeysAndAttributes>;
type WriteRequest = Wire<SdkWriteRequest>;

export async function batchGetItem(
  ctx: OperationContext,
  request: BatchGetItemRequest,
): Promise<DataSourceOutcome> {
  const tables = tablesOf(ctx, request.tables);
  const requestItems: Record<string, KeysAndAttributes> = {};
  const keysByTable = new Map<string, Item[]>();
  for (const { name, engineName, entry } of tables) {
    const spec = (Array.isArray(entry) ? { keys: entry } : entry ?? {}) as BatchGetSpec;
    if (!Array.isArray(spec.keys)) throw new InvalidRequestError(`tables.${name} has no keys.`);
    const keys = spec.keys.map((k, i) => requireKey(k, `tables.${name}[${i}]`));
    keysByTable.set(name, keys);
    requestItems[engineName] = {
      Keys: keys,
      ConsistentRead: spec.consistentRead === true,
      ProjectionExpression: expressionOf(spec.projection, `tables.${name}.projection`),
      ...mergeExpressionParams([
        { field: `tables.${name}.projection`, expression: spec.projection },
      ]),
    };
  }

  const output = await ctx.client.send('BatchGetItem', { RequestItems: requestItems });

  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const { name, engineName } of tables) {
    const found = output.Responses?.[engineName] ?? [];
    const own = engineName === ctx.tableName;
    data[name] = keysByTable.get(name)!.map((key) => {
      const item = found.find((candidate) => hasKey(candidate, key));
      return item === undefined || (own && isExpired(item, ctx.ttl)) ? null : toPlainItem(item);
    });
    unprocessedKeys[name] = (output.UnprocessedKeys?.[engineName]?.Keys ?? []).map(toPlainItem);
  }
  return { result: { data, unprocessedKeys } };
}

export async function batchPutItem(
  ctx: OperationContext,
  request: BatchPutItemRequest,
): Promise<DataSourceOutcome> {
  const written = await batchWrite(ctx, request.tables, (item) => ({ PutRequest: { Item: item } }));
  return {
    result: { data: written.data, unprocessedItems: written.unprocessed },
  };
}

export async function batchDeleteItem(
  ctx: OperationContext,
  request: BatchDeleteItemRequest,
): Promise<DataSourceOutcome> {
  const deleted = await batchWrite(ctx, request.tables, (key) => ({ DeleteRequest: { Key: key } }));
  return { result: { data: deleted.data, unprocessedKeys: deleted.unprocessed } };
}

async function batchWrite(
  ctx: OperationContext,
  requestTables: unknown,
  toWrite: (item: Item) => WriteRequest,
) {
  const tables = tablesOf(ctx, requestTables);
  const requestItems: Record<string, WriteRequest[]> = {};
  const itemsByTable = new Map<string, Item[]>();
  for (const { name, engineName, entry } of tables) {
    if (!Array.isArray(entry)) throw new InvalidRequestError(`tables.${name} must be a list.`);
    const items = entry.map((item, i) => requireKey(item, `tables.${name}[${i}]`));
    itemsByTable.set(name, items);
    requestItems[engineName] = items.map(toWrite);
  }

  const output = await ctx.client.send('BatchWriteItem', { RequestItems: requestItems });

  const data: Record<string, unknown[]> = {};
  const unprocessed: Record<string, unknown[]> = {};
  for (const { name, engineName } of tables) {
    const left = (output.UnprocessedItems?.[engineName] ?? [])
      .map((w) => w.PutRequest?.Item ?? w.DeleteRequest?.Key)
      .filter((item): item is Item => item !== undefined);
    data[name] = itemsByTable.get(name)!.map((item) =>
      left.some((l) => itemsEqual(l, item)) ? null : toPlainItem(item));
    unprocessed[name] = left.map(toPlainItem);
  }
  return { data, unprocessed };
}

function tablesOf(ctx: OperationContext, tables: unknown) {
  if (tables == null || typeof tables !== 'object' || Object.keys(tables).length === 0) {
    throw new InvalidRequestError('A batch request needs at least one table in tables.');
  }
  const seen = new Set<string>();
  return Object.entries(tables as Record<string, unknown>).map(([name, entry]) => {
    const engineName = ctx.resolveTable(name);
    if (seen.has(engineName)) {
      throw new InvalidRequestError(`tables names ${engineName} twice.`);
    }
    seen.add(engineName);
    return { name, engineName, entry };
  });
}

/** Whether an item carries every attribute of a key, with equal values. */
function hasKey(item: Item, key: Item): boolean {
  return Object.entries(key).every(([name, value]) => {
    const own = item[name];
    return own !== undefined && itemsEqual({ [name]: own }, { [name]: value });
  });
}

/**
 * The batch and transaction builders of `@aws-appsync/utils/dynamodb`.
 * Limits (25 items a batch put, 100 a transaction) are the data source's
 * to enforce, not the builder's.
 */
import { toMapValues } from '../util/dynamodb';
import { toDynamoDBExpression } from '../util/dynamodb-expression';
import { projection } from './requests';
import { buildUpdate } from './update';

type Obj = Record<string, unknown>;

const mapTables = <T>(tables: Obj, convert: (value: never) => T) =>
  Object.fromEntries(Object.entries(tables).map(([name, value]) => [name, convert(value as never)]));

const condition = (value: unknown) => (value ? toDynamoDBExpression(value as Obj) : undefined);

export function batchGet(input: { tables: Obj }): Obj {
  return {
    operation: 'BatchGetItem',
    tables: mapTables(input.tables, (table: Obj) => ({
      keys: (table.keys as Obj[]).map(toMapValues),
      consistentRead: table.consistentRead ?? false,
      ...(table.projection ? { projection: projection(table.projection) } : {}),
    })),
  };
}

export function batchPut(input: { tables: Obj }): Obj {
  return { operation: 'BatchPutItem', tables: mapTables(input.tables, (items: Obj[]) => items.map(toMapValues)) };
}

export function batchDelete(input: { tables: Obj }): Obj {
  return { operation: 'BatchDeleteItem', tables: mapTables(input.tables, (keys: Obj[]) => keys.map(toMapValues)) };
}

export function transactGet(input: { items: Obj[] }): Obj {
  return {
    operation: 'TransactGetItems',
    transactItems: input.items.map((item) => ({
      table: item.table,
      key: toMapValues(item.key as Obj),
      ...(item.projection ? { projection: projection(item.projection) } : {}),
    })),
  };
}

export function transactWrite(input: { items: Obj[] }): Obj {
  return { operation: 'TransactWriteItems', transactItems: input.items.map(writeItem) };
}

function writeItem(item: Obj): Obj {
  const [kind, body] = Object.entries(item)[0] as [string, Obj];
  const base = { table: body.table, key: toMapValues(body.key as Obj) };
  const withCondition = (request: Obj) =>
    body.condition ? { ...request, condition: condition(body.condition) } : request;
  switch (kind) {
    case 'putItem':
      return withCondition({ ...base, operation: 'PutItem', attributeValues: toMapValues(body.item as Obj) });
    case 'updateItem':
      return withCondition({ ...base, operation: 'UpdateItem', update: buildUpdate(body.update as Obj) });
    case 'deleteItem':
      return withCondition({ ...base, operation: 'DeleteItem' });
    default:
      return withCondition({ ...base, operation: 'ConditionCheck' });
  }
}

/**
 * The request builders of `@aws-appsync/utils/dynamodb`: each returns the
 * request object the DynamoDB data source takes, with keys and items
 * already typed (`{ id: { S: '1' } }`). Options left out stay out of the
 * request rather than appearing as null.
 */
import { toMapValues } from '../util/dynamodb';
import { toDynamoDBExpression, type DynamoDBExpression } from '../util/dynamodb-expression';
import { buildUpdate } from './update';

type Obj = Record<string, unknown>;

/** Drops undefined entries so the request carries only what was given. */
function compact(request: Obj): Obj {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined && v !== null));
}

const expression = (filter: unknown): DynamoDBExpression | undefined =>
  filter ? toDynamoDBExpression(filter as Obj) : undefined;

/**
 * A projection list (`['id', 'author.name']`) as an expression with a
 * name per path segment, since DynamoDB reserves many attribute names.
 */
export function projection(paths: unknown): Obj | undefined {
  if (!Array.isArray(paths) || paths.length === 0) return undefined;
  const expressionNames: Record<string, string> = {};
  const parts = (paths as string[]).map((path) =>
    path.split('.').map((segment) => {
      const [name, index = ''] = segment.split(/(?=\[)/);
      expressionNames[`#${name}`] = name!;
      return `#${name}${index}`;
    }).join('.'),
  );
  return { expression: parts.join(', '), expressionNames };
}

export function get(input: Obj): Obj {
  return compact({
    operation: 'GetItem',
    key: toMapValues(input.key as Obj),
    consistentRead: input.consistentRead,
    projection: projection(input.projection),
  });
}

function versioned(input: Obj): Obj {
  return {
    _version: input._version,
    customPartitionKey: input.customPartitionKey,
    populateIndexFields: input.populateIndexFields,
  };
}

export function put(input: Obj): Obj {
  return compact({
    operation: 'PutItem',
    key: toMapValues(input.key as Obj),
    attributeValues: toMapValues((input.item ?? {}) as Obj),
    condition: expression(input.condition),
    ...versioned(input),
  });
}

export function remove(input: Obj): Obj {
  return compact({
    operation: 'DeleteItem',
    key: toMapValues(input.key as Obj),
    condition: expression(input.condition),
    ...versioned(input),
  });
}

export function update(input: Obj): Obj {
  return compact({
    operation: 'UpdateItem',
    key: toMapValues(input.key as Obj),
    update: buildUpdate(input.update as Obj),
    condition: expression(input.condition),
    ...versioned(input),
  });
}

function readOptions(input: Obj): Obj {
  return {
    index: input.index,
    limit: input.limit,
    nextToken: input.nextToken,
    consistentRead: input.consistentRead,
    select: input.select,
    filter: expression(input.filter),
    projection: projection(input.projection),
  };
}

export function query(input: Obj): Obj {
  return compact({
    operation: 'Query',
    query: expression(input.query),
    ...readOptions(input),
    scanIndexForward: input.scanIndexForward,
  });
}

export function scan(input: Obj): Obj {
  return compact({
    operation: 'Scan',
    ...readOptions(input),
    segment: input.segment,
    totalSegments: input.totalSegments,
  });
}

export function sync(input: Obj): Obj {
  return compact({
    operation: 'Sync',
    basePartitionKey: input.basePartitionKey,
    deltaIndexName: input.deltaIndexName,
    limit: input.limit,
    nextToken: input.nextToken,
    lastSync: input.lastSync,
    filter: expression(input.filter),
  });
}

/**
 * The DynamoDB data source of the offline runtime: it executes what an
 * APPSYNC_JS function's request handler returns, the way AppSync's DynamoDB
 * data source does, and answers what the response handler will find in
 * `ctx.result` and `ctx.error`. It never throws: every failure, the
 * engine's or the request's, becomes `{ error: { type, message } }`.
 */
import { table } from '../../infra/api-definition';
import type { DynamoClient } from './client';
import { DataSourceConfigError, InvalidRequestError } from './errors';
import { createNextTokenCodec } from './next-token';
import { batchDeleteItem, batchGetItem, batchPutItem } from './operations/batch';
import type { OperationContext } from './operations/context';
import { deleteItem } from './operations/delete-item';
import { getItem } from './operations/get-item';
import { putItem } from './operations/put-item';
import { query } from './operations/query';
import { scan } from './operations/scan';
import { transactWriteItems } from './operations/transact-write';
import { updateItem } from './operations/update-item';
import { toDataSourceError } from './sdk-errors';
import type { DataSourceOutcome, DynamoRequest } from './types';

export interface DynamoDataSourceOptions {
  /** One shared client; see createDynamoClient. */
  client: DynamoClient;
  /** The engine's name for the data source's table. */
  tableName: string;
  /** Keys the nextToken cipher. Tokens from another secret are refused. */
  tokenSecret: string;
  /**
   * The attribute holding expiry in epoch seconds, or null for none.
   * @default the TTL attribute of the table in infra/api-definition
   */
  ttlAttribute?: string | null;
  /**
   * Table names as resolvers write them in batch and transaction requests,
   * mapped to the engine's names. Unlisted names pass through unchanged.
   * @default {}
   */
  tableNames?: Readonly<Record<string, string>>;
  /**
   * Epoch seconds now, for judging expiry.
   * @default the system clock
   */
  now?: () => number;
}

export interface DynamoDataSource {
  invoke(request: unknown): Promise<DataSourceOutcome>;
}

type Operation = (ctx: OperationContext, request: never) => Promise<DataSourceOutcome>;

const operations: Record<DynamoRequest['operation'], Operation> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactWriteItems: transactWriteItems,
};

export function createDynamoDataSource(options: DynamoDataSourceOptions): DynamoDataSource {
  if (!options.tableName) {
    throw new DataSourceConfigError('tableName must name the table the data source reads.');
  }
  if (!options.tokenSecret) {
    throw new DataSourceConfigError('tokenSecret must be a non-empty secret for nextTokens.');
  }
  const tableNames = options.tableNames ?? {};
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const ctx: OperationContext = {
    client: options.client,
    tableName: options.tableName,
    tokens: createNextTokenCodec(options.tokenSecret),
    ttl: {
      attribute: options.ttlAttribute === undefined
        ? table.timeToLiveAttribute
        : options.ttlAttribute,
      now,
    },
    resolveTable: (name) => (Object.hasOwn(tableNames, name) ? tableNames[name]! : name),
  };

  return {
    async invoke(request) {
      try {
        return await operationOf(request)(ctx, request as never);
      } catch (error) {
        return { error: toDataSourceError(error) };
      }
    },
  };
}

function operationOf(request: unknown): Operation {
  const name = (request as { operation?: unknown } | null)?.operation;
  if (typeof name === 'string' && Object.hasOwn(operations, name)) {
    return operations[name as DynamoRequest['operation']];
  }
  throw new InvalidRequestError(
    `Unsupported DynamoDB operation ${JSON.stringify(name)}. Supported: ` +
      `${Object.keys(operations).join(', ')}.`,
  );
}

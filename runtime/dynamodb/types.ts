/**
 * The requests an APPSYNC_JS function hands to a DynamoDB data source, and
 * what the data source answers. The shapes follow AppSync's DynamoDB JS
 * resolver reference; values inside `key`, `attributeValues` and
 * `expressionValues` are AppSync typed values (`{ N: 12 }`, not `{ N: '12' }`).
 */

/** An AppSync typed value: exactly one of S, N, B, SS, NS, BS, BOOL, NULL, L, M. */
export type TypedValue = Record<string, unknown>;

/** Attribute name → typed value. */
export type TypedMap = Record<string, TypedValue>;

export interface Expression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: TypedMap;
}

export interface Projection {
  expression: string;
  expressionNames?: Record<string, string>;
}

export interface Condition extends Expression {
  /** Attributes left out when a failed PutItem compares items. */
  equalsIgnore?: string[];
  /** Read the current item strongly consistently on failure. @default true */
  consistentRead?: boolean;
  /** Only `Reject` can run offline; `Custom` needs a Lambda. @default Reject */
  conditionalCheckFailedHandler?: { strategy: 'Reject' | 'Custom'; lambdaArn?: string };
}

export interface GetItemRequest {
  operation: 'GetItem';
  key: TypedMap;
  /** @default false */
  consistentRead?: boolean;
  projection?: Projection;
}

export interface PutItemRequest {
  operation: 'PutItem';
  key: TypedMap;
  attributeValues?: TypedMap;
  condition?: Condition;
}

export interface UpdateItemRequest {
  operation: 'UpdateItem';
  key: TypedMap;
  update: Expression;
  condition?: Condition;
}

export interface DeleteItemRequest {
  operation: 'DeleteItem';
  key: TypedMap;
  condition?: Condition;
}

export interface QueryRequest {
  operation: 'Query';
  query: Expression;
  index?: string;
  nextToken?: string | null;
  limit?: number;
  /** @default true */
  scanIndexForward?: boolean;
  /** @default false */
  consistentRead?: boolean;
  select?: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES';
  filter?: Expression;
  projection?: Projection;
}

export interface ScanRequest {
  operation: 'Scan';
  index?: string;
  limit?: number;
  consistentRead?: boolean;
  nextToken?: string | null;
  totalSegments?: number;
  segment?: number;
  select?: QueryRequest['select'];
  filter?: Expression;
  projection?: Projection;
}

/** Keys per table; the long form also carries read options. */
export type BatchGetTables = Record<
  string,
  TypedMap[] | { keys: TypedMap[]; consistentRead?: boolean; projection?: Projection }
>;

export interface BatchGetItemRequest {
  operation: 'BatchGetItem';
  tables: BatchGetTables;
}

export interface BatchPutItemRequest {
  operation: 'BatchPutItem';
  tables: Record<string, TypedMap[]>;
}

export interface BatchDeleteItemRequest {
  operation: 'BatchDeleteItem';
  tables: Record<string, TypedMap[]>;
}

export interface TransactCondition extends Expression {
  /** @default true */
  returnValuesOnConditionCheckFailure?: boolean;
}

export type TransactWriteItem = {
  table: string;
  key: TypedMap;
  condition?: TransactCondition;
} & (
  | { operation: 'PutItem'; attributeValues?: TypedMap }
  | { operation: 'UpdateItem'; update: Expression }
  | { operation: 'DeleteItem' }
  | { operation: 'ConditionCheck' }
);

export interface TransactWriteItemsRequest {
  operation: 'TransactWriteItems';
  transactItems: TransactWriteItem[];
}

export type DynamoRequest =
  | GetItemRequest
  | PutItemRequest
  | UpdateItemRequest
  | DeleteItemRequest
  | QueryRequest
  | ScanRequest
  | BatchGetItemRequest
  | BatchPutItemRequest
  | BatchDeleteItemRequest
  | TransactWriteItemsRequest;

/** What reaches the function's response handler as `ctx.error`. */
export interface DataSourceError {
  message: string;
  /** `DynamoDB:<ErrorName>`, as AppSync names DynamoDB errors. */
  type: string;
}

/**
 * The outcome of one invocation. On an error `result` may still be set: a
 * rejected condition carries the item currently in the table, and a
 * cancelled transaction its `keys`/`cancellationReasons`, as on AppSync.
 */
export type DataSourceOutcome =
  | { result: unknown; error?: undefined }
  | { error: DataSourceError; result?: unknown };

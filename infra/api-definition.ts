/**
 * The one declaration of the API's shape: the table's keys, the data sources,
 * the pipeline functions and the resolvers that chain them. The CDK stack and
 * the offline runtime both build from this, so what is tested offline is
 * wired exactly as what is deployed.
 *
 * This file is plain data: it must not import aws-cdk-lib.
 */

/** The single DynamoDB table that holds messages and idempotency records. */
export const table = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  /** Epoch seconds after which DynamoDB may delete an idempotency record. */
  timeToLiveAttribute: 'expiresAt',
} as const;

/** The kinds of AppSync data source the API uses. */
export type DataSourceKind = 'DYNAMODB' | 'LAMBDA' | 'NONE';

export const dataSources = {
  /** The messages table. */
  table: { kind: 'DYNAMODB' },
  /** The delivery function (SES and SNS). */
  delivery: { kind: 'LAMBDA' },
  /** For steps that only compute: validation, argument checks. */
  none: { kind: 'NONE' },
} as const satisfies Record<string, { kind: DataSourceKind }>;

export type DataSourceName = keyof typeof dataSources;

/**
 * Pipeline functions. Each has one job; its code is
 * resolvers/functions/<name>.ts, bundled to dist/resolvers/functions/<name>.js.
 */
export const functions = {
  validateMessage: { dataSource: 'none' },
  claimIdempotencyKey: { dataSource: 'table' },
  loadIdempotencyRecord: { dataSource: 'table' },
  loadOriginalMessage: { dataSource: 'table' },
  storeMessage: { dataSource: 'table' },
  deliverMessage: { dataSource: 'delivery' },
  recordDeliveries: { dataSource: 'table' },
  validateMessageKey: { dataSource: 'none' },
  loadMessage: { dataSource: 'table' },
  leaseMessage: { dataSource: 'table' },
  validateListArguments: { dataSource: 'none' },
  queryMessages: { dataSource: 'table' },
  validateSubscription: { dataSource: 'none' },
} as const satisfies Record<string, { dataSource: DataSourceName }>;

export type FunctionName = keyof typeof functions;

export interface ResolverDefinition {
  typeName: 'Query' | 'Mutation' | 'Subscription';
  fieldName: string;
  /** Functions in the order the pipeline runs them. */
  pipeline: readonly FunctionName[];
}

/**
 * Resolvers. Each one's own request/response code is
 * resolvers/pipelines/<typeName>.<fieldName>.ts.
 */
export const resolvers = [
  {
    typeName: 'Mutation',
    fieldName: 'sendMessage',
    pipeline: [
      'validateMessage',
      'claimIdempotencyKey',
      'loadIdempotencyRecord',
      'loadOriginalMessage',
      'storeMessage',
      'deliverMessage',
      'recordDeliveries',
    ],
  },
  {
    typeName: 'Mutation',
    fieldName: 'retryDelivery',
    pipeline: [
      'validateMessageKey',
      'loadMessage',
      'leaseMessage',
      'deliverMessage',
      'recordDeliveries',
    ],
  },
  {
    typeName: 'Query',
    fieldName: 'messagesByRecipient',
    pipeline: ['validateListArguments', 'queryMessages'],
  },
  {
    typeName: 'Subscription',
    fieldName: 'onMessageSent',
    pipeline: ['validateSubscription'],
  },
] as const satisfies readonly ResolverDefinition[];

/**
 * The delivery function's limits. The offline runtime enforces the same
 * timeout, so a slow delivery fails the same way in both places.
 */
export const deliveryFunction = {
  timeoutSeconds: 10,
  memoryMiB: 256,
} as const;

/** Where the build writes bundles, relative to the repository root. */
export const bundlePaths = {
  function: (name: FunctionName) => `dist/resolvers/functions/${name}.js`,
  resolver: (r: Pick<ResolverDefinition, 'typeName' | 'fieldName'>) =>
    `dist/resolvers/pipelines/${r.typeName}.${r.fieldName}.js`,
  deliveryFunction: 'dist/functions/deliver',
} as const;

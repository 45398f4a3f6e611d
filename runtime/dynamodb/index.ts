export { createDynamoDataSource } from './data-source';
export type { DynamoDataSource, DynamoDataSourceOptions } from './data-source';
export { createDynamoClient, DynamoServiceError } from './client';
export type { DynamoClient, DynamoClientOptions } from './client';
export { startEmbeddedDynamo } from './engines/dynalite';
export type { EmbeddedDynamoOptions } from './engines/dynalite';
export { startDynamoDbLocal } from './engines/dynamodb-local';
export type { DynamoDbLocalOptions } from './engines/dynamodb-local';
export { ensureTable } from './engines/ensure-table';
export type { EnsureTableOptions, EnsureTableResult } from './engines/ensure-table';
export type { RunningEngine } from './engines/types';
export { DataSourceConfigError, EngineStartError, InvalidNextTokenError, InvalidRequestError }
  from './errors';
export type * from './types';

/**
 * The engines the data source suite runs against. dynalite always;
 * DynamoDB Local too (its JVM starts in about 4 s here), unless
 * DYNAMODB_LOCAL=0 or there is no java on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  createDynamoClient, ensureTable, startDynamoDbLocal, startEmbeddedDynamo, type DynamoClient,
  type RunningEngine,
} from '../../../runtime/dynamodb';

export interface TestEngine {
  name: 'dynalite' | 'DynamoDB Local';
  client: DynamoClient;
  tableName: string;
  endpoint: string;
  stop(): Promise<void>;
}

export const TABLE_NAME = 'messages-test';

export const dynamoDbLocalEnabled =
  process.env.DYNAMODB_LOCAL !== '0' && spawnSync('java', ['-version']).status === 0;

export async function startTestEngine(name: TestEngine['name']): Promise<TestEngine> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dynamo-test-'));
  const engine: RunningEngine = name === 'dynalite'
    ? await startEmbeddedDynamo({ dataDir, port: 0 })
    : await startDynamoDbLocal({ port: 0 });
  const client = createDynamoClient({ endpoint: engine.endpoint });
  await ensureTable(client, TABLE_NAME);
  return {
    name,
    client,
    tableName: TABLE_NAME,
    endpoint: engine.endpoint,
    async stop() {
      client.destroy();
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Creates the API's table in an engine from infra/api-definition, so the
 * offline table has exactly the deployed key schema.
 */
import { table } from '../../../infra/api-definition';
import type { DynamoClient } from '../client';
import { EngineStartError } from '../errors';

export interface EnsureTableResult {
  /** False when the table was already there. */
  created: boolean;
  /**
   * Whether the engine has TTL enabled on the table. dynalite cannot (it has
   * no UpdateTimeToLive); DynamoDB Local records it but deletes nothing.
   */
  ttlEnabled: boolean;
}

export interface EnsureTableOptions {
  /** @default 10000 */
  activeTimeoutMs?: number;
}

export async function ensureTable(
  client: DynamoClient,
  tableName: string,
  options: EnsureTableOptions = {},
): Promise<EnsureTableResult> {
  const created = !(await tableExists(client, tableName)) && (await createTable(client, tableName));
  await waitUntilActive(client, tableName, options.activeTimeoutMs ?? 10_000);
  return { created, ttlEnabled: await enableTtl(client, tableName) };
}

async function tableExists(client: DynamoClient, tableName: string): Promise<boolean> {
  try {
    await client.send('DescribeTable', { TableName: tableName });
    return true;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return false;
    throw error;
  }
}

async function createTable(client: DynamoClient, tableName: string): Promise<boolean> {
  const keys = [
    { ...table.partitionKey, role: 'HASH' as const },
    { ...table.sortKey, role: 'RANGE' as const },
  ];
  try {
    await client.send('CreateTable', {
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
      KeySchema: keys.map((k) => ({ AttributeName: k.name, KeyType: k.role })),
    });
    return true;
  } catch (error) {
    // Another process created it between our describe and our create.
    if ((error as Error).name === 'ResourceInUseException') return false;
    throw error;
  }
}

async function waitUntilActive(client: DynamoClient, tableName: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send('DescribeTable', { TableName: tableName });
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) {
      throw new EngineStartError(
        `Table ${tableName} is still ${Table?.TableStatus} after ${timeoutMs} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function enableTtl(client: DynamoClient, tableName: string): Promise<boolean> {
  try {
    const { TimeToLiveDescription } = await client.send(
      'DescribeTimeToLive', { TableName: tableName });
    if (TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED') return true;
    await client.send('UpdateTimeToLive', {
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
    });
    return true;
  } catch (error) {
    // dynalite has no UpdateTimeToLive; expiry is emulated on reads instead.
    if ((error as Error).name === 'UnknownOperationException') return false;
    throw error;
  }
}

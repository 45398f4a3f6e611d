/**
 * Seeding: items written straight to the table with BatchWriteItem, 25 at a
 * time and several batches in flight, retrying what the engine leaves
 * unprocessed. A hundred thousand messages through sendMessage would take
 * minutes; this takes seconds.
 */
import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';

import { runPool } from './pool';
import { toTypedMap } from './typed';

const BATCH = 25;

export async function seedItems(
  client: DynamoDBClient,
  tableName: string,
  items: ReadonlyArray<Record<string, unknown>>,
  concurrency = 8,
): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    batches.push(items.slice(start, start + BATCH).map((item) => ({
      PutRequest: { Item: toTypedMap(item) },
    })));
  }
  const result = await runPool({
    count: batches.length,
    concurrency,
    maxMs: 10 * 60_000,
    task: (index) => writeBatch(client, tableName, batches[index]!),
  });
  if (result.failed > 0 || result.completed < batches.length) {
    throw new Error(`Seeding ${tableName} failed: ${String(result.firstError ?? 'timed out')}`);
  }
}

async function writeBatch(client: DynamoDBClient, tableName: string, requests: WriteRequest[]) {
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt === 10) throw new Error(`${pending.length} items stayed unprocessed.`);
    const output = await client.send(new BatchWriteItemCommand({
      RequestItems: { [tableName]: pending },
    }));
    pending = output.UnprocessedItems?.[tableName] ?? [];
  }
}

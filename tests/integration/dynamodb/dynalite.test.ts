import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createDynamoClient, createDynamoDataSource, ensureTable, startEmbeddedDynamo,
} from '../../../runtime/dynamodb';
import { startTestEngine, type TestEngine } from './engines';
import { expiryAndBatchesSuite } from './expiry-and-batches.suite';
import { keyOf, putRequest } from './fixtures';
import { itemOperationsSuite } from './item-operations.suite';
import { pagesSuite } from './pages.suite';

describe('DynamoDB data source on dynalite', () => {
  let engine: TestEngine;
  beforeAll(async () => { engine = await startTestEngine('dynalite'); });
  afterAll(async () => { await engine.stop(); });

  itemOperationsSuite(() => engine);
  pagesSuite(() => engine);
  expiryAndBatchesSuite(() => engine);

  it('answers TransactWriteItems with an error saying dynalite lacks it', async () => {
    const source = createDynamoDataSource({
      client: engine.client, tableName: engine.tableName, tokenSecret: 's',
    });
    const outcome = await source.invoke({
      operation: 'TransactWriteItems',
      transactItems: [{ table: engine.tableName, operation: 'PutItem', key: keyOf('T', 'A') }],
    });
    expect(outcome.error?.type).toBe('DynamoDB:UnknownOperationException');
    expect(outcome.error?.message).toContain('does not support TransactWriteItems');
  });
});

describe('the embedded dynalite engine', () => {
  it('keeps items across a restart on the same dataDir', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynalite-restart-'));
    try {
      const first = await startEmbeddedDynamo({ dataDir });
      const firstClient = createDynamoClient({ endpoint: first.endpoint });
      await ensureTable(firstClient, 'restart-table');
      await createDynamoDataSource({ client: firstClient, tableName: 'restart-table', tokenSecret: 's' })
        .invoke(putRequest('P', 'S', { body: 'kept' }));
      firstClient.destroy();
      await first.close();

      const second = await startEmbeddedDynamo({ dataDir });
      const secondClient = createDynamoClient({ endpoint: second.endpoint });
      const again = await ensureTable(secondClient, 'restart-table');
      const got = await createDynamoDataSource({
        client: secondClient, tableName: 'restart-table', tokenSecret: 's',
      }).invoke({ operation: 'GetItem', key: keyOf('P', 'S') });
      secondClient.destroy();
      await second.close();

      expect(again.created).toBe(false);
      expect(got.result).toEqual({ PK: 'P', SK: 'S', body: 'kept' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('listens on a free loopback port when asked for port 0', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynalite-port-'));
    const engine = await startEmbeddedDynamo({ dataDir, port: 0 });
    await engine.close();
    await rm(dataDir, { recursive: true, force: true });
    expect(engine.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('reports that TTL cannot be enabled on dynalite', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynalite-ttl-'));
    const engine = await startEmbeddedDynamo({ dataDir });
    const client = createDynamoClient({ endpoint: engine.endpoint });
    const result = await ensureTable(client, 'ttl-table');
    client.destroy();
    await engine.close();
    await rm(dataDir, { recursive: true, force: true });
    expect(result).toEqual({ created: true, ttlEnabled: false });
  });
});

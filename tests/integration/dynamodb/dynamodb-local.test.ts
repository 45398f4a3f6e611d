import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDynamoDataSource, ensureTable } from '../../../runtime/dynamodb';
import { dynamoDbLocalEnabled, startTestEngine, type TestEngine } from './engines';
import { expiryAndBatchesSuite } from './expiry-and-batches.suite';
import { freshPartition, keyOf, putRequest, toMapValues } from './fixtures';
import { itemOperationsSuite } from './item-operations.suite';
import { pagesSuite } from './pages.suite';

describe.runIf(dynamoDbLocalEnabled)('DynamoDB data source on DynamoDB Local', () => {
  let engine: TestEngine;
  beforeAll(async () => { engine = await startTestEngine('DynamoDB Local'); }, 60_000);
  afterAll(async () => { await engine?.stop(); }, 20_000);

  itemOperationsSuite(() => engine);
  pagesSuite(() => engine);
  expiryAndBatchesSuite(() => engine);

  const source = () => createDynamoDataSource({
    client: engine.client, tableName: engine.tableName, tokenSecret: 's',
  });

  it('enables TTL on the table, which DynamoDB Local accepts', async () => {
    const result = await ensureTable(engine.client, `ttl-${Date.now()}`);
    expect(result).toEqual({ created: true, ttlEnabled: true });
  });

  it('runs TransactWriteItems and answers the keys in request order', async () => {
    const pk = freshPartition('transact');
    const outcome = await source().invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: engine.tableName, operation: 'PutItem', key: keyOf(pk, 'A'),
          attributeValues: toMapValues({ n: 1 }) },
        { table: engine.tableName, operation: 'PutItem', key: keyOf(pk, 'B') },
      ],
    });
    const got = await source().invoke({ operation: 'GetItem', key: keyOf(pk, 'A') });

    expect(outcome).toEqual({
      result: { keys: [{ PK: pk, SK: 'A' }, { PK: pk, SK: 'B' }], cancellationReasons: null },
    });
    expect(got.result).toEqual({ PK: pk, SK: 'A', n: 1 });
  });

  it('answers a cancelled transaction with the reasons and the conflicting item', async () => {
    const pk = freshPartition('transact-cancel');
    await source().invoke(putRequest(pk, 'A', { body: 'taken' }));

    const outcome = await source().invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: engine.tableName, operation: 'PutItem', key: keyOf(pk, 'A'),
          condition: { expression: 'attribute_not_exists(PK)' } },
        { table: engine.tableName, operation: 'PutItem', key: keyOf(pk, 'B') },
      ],
    });

    expect(outcome.error?.type).toBe('DynamoDB:TransactionCanceledException');
    expect(outcome.result).toEqual({
      keys: null,
      cancellationReasons: [
        { type: 'ConditionalCheckFailed', message: expect.any(String),
          item: { PK: pk, SK: 'A', body: 'taken' } },
        { type: 'None', message: expect.any(String), item: null },
      ],
    });
  });
});

/** TTL emulation, batch operations, error mapping and table creation. */
import { describe, expect, it } from 'vitest';

import {
  createDynamoClient, createDynamoDataSource, ensureTable,
} from '../../../runtime/dynamodb';
import type { TestEngine } from './engines';
import { freshPartition, keyOf, nowSeconds, putRequest, queryPartition, toMapValues } from './fixtures';

export function expiryAndBatchesSuite(engine: () => TestEngine) {
  const dataSource = () => createDynamoDataSource({
    client: engine().client, tableName: engine().tableName, tokenSecret: 'test-secret',
  });

  describe('time to live', () => {
    it('hides an item whose expiresAt has passed from GetItem, even when not projected', async () => {
      const pk = freshPartition('ttl-get');
      await dataSource().invoke(putRequest(pk, 'OLD', { expiresAt: nowSeconds() - 10 }));
      await dataSource().invoke(putRequest(pk, 'NEW', { body: 'b', expiresAt: nowSeconds() + 3600 }));

      const old = await dataSource().invoke({ operation: 'GetItem', key: keyOf(pk, 'OLD') });
      const oldProjected = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(pk, 'OLD'), projection: { expression: 'PK' },
      });
      const fresh = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(pk, 'NEW'), projection: { expression: 'body' },
      });

      expect(old).toEqual({ result: null });
      expect(oldProjected).toEqual({ result: null });
      expect(fresh).toEqual({ result: { body: 'b' } });
    });

    it('leaves expired items out of Query results', async () => {
      const pk = freshPartition('ttl-query');
      await dataSource().invoke(putRequest(pk, 'A', { expiresAt: nowSeconds() - 10 }));
      await dataSource().invoke(putRequest(pk, 'B', { expiresAt: nowSeconds() + 3600 }));
      await dataSource().invoke(putRequest(pk, 'C', { expiresAt: 'not a number' }));

      const outcome = await dataSource().invoke(queryPartition(pk));

      const items = (outcome.result as { items: Array<{ SK: string }> }).items;
      expect(items.map((i) => i.SK)).toEqual(['B', 'C']);
    });

    it('lets a conditional put claim a key whose previous claim has expired', async () => {
      const pk = freshPartition('ttl-claim');
      const claim = (owner: string, expiresAt: number) => dataSource().invoke({
        ...putRequest(pk, 'IDEMPOTENCY', { owner, expiresAt }),
        condition: { expression: 'attribute_not_exists(#PK)', expressionNames: { '#PK': 'PK' } },
      });
      await claim('first', nowSeconds() - 1);

      const second = await claim('second', nowSeconds() + 3600);
      const third = await claim('third', nowSeconds() + 3600);

      expect(second.result).toMatchObject({ owner: 'second' });
      expect(third.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
      expect(third.result).toMatchObject({ owner: 'second' });
    });

    it('judges expiry by the injected clock', async () => {
      const pk = freshPartition('ttl-clock');
      const at = (seconds: number) => createDynamoDataSource({
        client: engine().client, tableName: engine().tableName, tokenSecret: 's', now: () => seconds,
      });
      await at(1000).invoke(putRequest(pk, 'A', { expiresAt: 2000 }));

      const before = await at(1999).invoke({ operation: 'GetItem', key: keyOf(pk, 'A') });
      const after = await at(2001).invoke({ operation: 'GetItem', key: keyOf(pk, 'A') });

      expect(before.result).toMatchObject({ expiresAt: 2000 });
      expect(after.result).toBeNull();
    });
  });

  describe('batch operations', () => {
    it('puts, gets in request order with null for missing keys, and deletes', async () => {
      const pk = freshPartition('batch');
      const source = createDynamoDataSource({
        client: engine().client, tableName: engine().tableName, tokenSecret: 's',
        tableNames: { Messages: engine().tableName },
      });

      const put = await source.invoke({
        operation: 'BatchPutItem',
        tables: {
          Messages: [toMapValues({ PK: pk, SK: 'A', n: 1 }), toMapValues({ PK: pk, SK: 'B', n: 2 })],
        },
      });
      const got = await source.invoke({
        operation: 'BatchGetItem',
        tables: {
          Messages: {
            keys: [keyOf(pk, 'B'), keyOf(pk, 'MISSING'), keyOf(pk, 'A')],
            consistentRead: true,
          },
        },
      });
      const deleted = await source.invoke({
        operation: 'BatchDeleteItem', tables: { Messages: [keyOf(pk, 'A')] },
      });
      const afterDelete = await source.invoke({
        operation: 'BatchGetItem', tables: { Messages: [keyOf(pk, 'A'), keyOf(pk, 'B')] },
      });

      expect(put.result).toEqual({
        data: { Messages: [{ PK: pk, SK: 'A', n: 1 }, { PK: pk, SK: 'B', n: 2 }] },
        unprocessedItems: { Messages: [] },
      });
      expect(got.result).toEqual({
        data: { Messages: [{ PK: pk, SK: 'B', n: 2 }, null, { PK: pk, SK: 'A', n: 1 }] },
        unprocessedKeys: { Messages: [] },
      });
      expect(deleted.result).toEqual({
        data: { Messages: [{ PK: pk, SK: 'A' }] }, unprocessedKeys: { Messages: [] },
      });
      expect((afterDelete.result as { data: { Messages: unknown[] } }).data.Messages)
        .toEqual([null, { PK: pk, SK: 'B', n: 2 }]);
    });
  });

  describe('errors', () => {
    it('maps an engine validation error to DynamoDB:ValidationException', async () => {
      const outcome = await dataSource().invoke({
        operation: 'Query', query: { expression: 'PK = = :pk' },
      });
      expect(outcome.error?.type).toBe('DynamoDB:ValidationException');
      expect(outcome.result).toBeUndefined();
    });

    it('answers an unsupported operation with an error naming the supported ones', async () => {
      const outcome = await dataSource().invoke({ operation: 'Sync' });
      expect(outcome.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
      expect(outcome.error?.message).toContain('GetItem');
    });

    it('answers a malformed typed value with an error naming where it is', async () => {
      const outcome = await dataSource().invoke({
        operation: 'GetItem', key: { PK: { S: 'a' }, SK: { N: 'twelve' } },
      });
      expect(outcome.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
      expect(outcome.error?.message).toContain('key.SK');
    });

    it('answers an unreachable engine with an error instead of throwing', async () => {
      const client = createDynamoClient({ endpoint: 'http://127.0.0.1:1', maxAttempts: 1 });
      const source = createDynamoDataSource({ client, tableName: 'x-table', tokenSecret: 's' });
      const outcome = await source.invoke({ operation: 'GetItem', key: keyOf('a', 'b') });
      client.destroy();
      expect(outcome.error?.type).toBe('DynamoDB:AmazonClientException');
    });
  });

  describe('ensureTable', () => {
    it('creates the table with the key schema of infra/api-definition, once', async () => {
      const name = `ensure-${Date.now()}`;
      const first = await ensureTable(engine().client, name);
      const second = await ensureTable(engine().client, name);
      const { Table } = await engine().client.send('DescribeTable', { TableName: name });

      expect(first.created).toBe(true);
      expect(second.created).toBe(false);
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect(Table?.KeySchema).toEqual([
        { AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' },
      ]);
      expect(Table?.AttributeDefinitions).toEqual(expect.arrayContaining([
        { AttributeName: 'PK', AttributeType: 'S' }, { AttributeName: 'SK', AttributeType: 'S' },
      ]));
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    });
  });
}

/** GetItem, PutItem, UpdateItem, DeleteItem and their conditions. */
import { describe, expect, it } from 'vitest';

import { createDynamoDataSource } from '../../../runtime/dynamodb';
import type { TestEngine } from './engines';
import { freshPartition, keyOf, putRequest, toMapValues } from './fixtures';

export function itemOperationsSuite(engine: () => TestEngine) {
  const dataSource = () => createDynamoDataSource({
    client: engine().client, tableName: engine().tableName, tokenSecret: 'test-secret',
  });

  describe('GetItem', () => {
    it('returns the stored item as plain JSON, numbers as numbers', async () => {
      const pk = freshPartition('get');
      await dataSource().invoke({
        operation: 'PutItem',
        key: keyOf(pk, 'A'),
        attributeValues: {
          count: { N: 12345 },
          ratio: { N: '0.25' },
          done: { BOOL: false },
          nothing: { NULL: true },
          tags: { SS: ['b', 'a'] },
          scores: { NS: [3, 1.5] },
          nested: { M: { list: { L: [{ S: 'x' }, { N: 2 }, { M: { deep: { S: 'y' } } }] } } },
        },
      });

      const got = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(pk, 'A'), consistentRead: true,
      });

      expect(got.error).toBeUndefined();
      const item = got.result as Record<string, unknown>;
      expect(item).toMatchObject({
        PK: pk, SK: 'A', count: 12345, ratio: 0.25, done: false, nothing: null,
        nested: { list: ['x', 2, { deep: 'y' }] },
      });
      expect([...(item.tags as string[])].sort()).toEqual(['a', 'b']);
      expect([...(item.scores as number[])].sort()).toEqual([1.5, 3]);
    });

    it('answers null when there is no item at the key', async () => {
      const got = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(freshPartition('none'), 'A'),
      });
      expect(got).toEqual({ result: null });
    });

    it('returns only the projected attributes', async () => {
      const pk = freshPartition('projection');
      await dataSource().invoke(putRequest(pk, 'A', { body: 'hi', secret: 's' }));
      const got = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(pk, 'A'),
        projection: { expression: '#b', expressionNames: { '#b': 'body' } },
      });
      expect(got.result).toEqual({ body: 'hi' });
    });
  });

  describe('PutItem', () => {
    it('answers the written item, key attributes overriding attributeValues', async () => {
      const pk = freshPartition('put');
      const put = await dataSource().invoke({
        operation: 'PutItem',
        key: keyOf(pk, 'A'),
        attributeValues: toMapValues({ SK: 'ignored', body: 'hello', size: 3 }),
      });
      expect(put).toEqual({ result: { PK: pk, SK: 'A', body: 'hello', size: 3 } });
    });

    it('rejects a failed condition, answering the current item as the result', async () => {
      const pk = freshPartition('conflict');
      await dataSource().invoke(putRequest(pk, 'A', { body: 'first' }));

      const second = await dataSource().invoke({
        ...putRequest(pk, 'A', { body: 'second' }),
        condition: { expression: 'attribute_not_exists(#PK)', expressionNames: { '#PK': 'PK' } },
      });

      expect(second.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
      expect(second.error?.message).toMatch(new RegExp(
        '^The conditional request failed \\(Service: AmazonDynamoDBv2; Status Code: 400; ' +
          'Error Code: ConditionalCheckFailedException; Request ID: .+\\)$',
      ));
      expect(second.result).toEqual({ PK: pk, SK: 'A', body: 'first' });
    });

    it('counts a failed condition as success when the stored item equals the attempt', async () => {
      const pk = freshPartition('replay');
      const request = {
        ...putRequest(pk, 'A', { body: 'same', attempt: 1, meta: { tags: ['x'] } }),
        condition: { expression: 'attribute_not_exists(#PK)', expressionNames: { '#PK': 'PK' } },
      };
      await dataSource().invoke(request);

      const replay = await dataSource().invoke(request);

      expect(replay).toEqual({
        result: { PK: pk, SK: 'A', body: 'same', attempt: 1, meta: { tags: ['x'] } },
      });
    });

    it('ignores the equalsIgnore attributes when comparing after a failed condition', async () => {
      const pk = freshPartition('ignore');
      await dataSource().invoke(putRequest(pk, 'A', { name: 'Steve', version: 8 }));

      const put = await dataSource().invoke({
        ...putRequest(pk, 'A', { name: 'Steve', version: 2 }),
        condition: {
          expression: '#v = :expected',
          expressionNames: { '#v': 'version' },
          expressionValues: { ':expected': { N: 1 } },
          equalsIgnore: ['version'],
        },
      });

      expect(put).toEqual({ result: { PK: pk, SK: 'A', name: 'Steve', version: 8 } });
    });

    it('refuses the Custom condition failure strategy, which needs a Lambda', async () => {
      const put = await dataSource().invoke({
        ...putRequest(freshPartition('custom'), 'A'),
        condition: {
          expression: 'attribute_not_exists(PK)',
          conditionalCheckFailedHandler: { strategy: 'Custom', lambdaArn: 'arn:x' },
        },
      });
      expect(put.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
      expect(put.error?.message).toContain('Custom');
    });
  });

  describe('UpdateItem', () => {
    it('answers the whole item after the update', async () => {
      const pk = freshPartition('update');
      await dataSource().invoke(putRequest(pk, 'A', { body: 'hi', count: 1 }));

      const updated = await dataSource().invoke({
        operation: 'UpdateItem',
        key: keyOf(pk, 'A'),
        update: {
          expression: 'SET #c = #c + :one, #l = :lease',
          expressionNames: { '#c': 'count', '#l': 'lease' },
          expressionValues: toMapValues({ ':one': 1, ':lease': { token: 't', until: 99 } }),
        },
        condition: {
          expression: 'attribute_exists(#PK)',
          expressionNames: { '#PK': 'PK' },
        },
      });

      expect(updated).toEqual({
        result: { PK: pk, SK: 'A', body: 'hi', count: 2, lease: { token: 't', until: 99 } },
      });
    });

    it('rejects a failed condition even when the update would change nothing', async () => {
      const pk = freshPartition('update-conflict');
      await dataSource().invoke(putRequest(pk, 'A', { state: 'open' }));

      const updated = await dataSource().invoke({
        operation: 'UpdateItem',
        key: keyOf(pk, 'A'),
        update: { expression: 'SET #s = :s', expressionNames: { '#s': 'state' },
          expressionValues: toMapValues({ ':s': 'open' }) },
        condition: { expression: '#s = :closed', expressionNames: { '#s': 'state' },
          expressionValues: toMapValues({ ':closed': 'closed' }) },
      });

      expect(updated.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
      expect(updated.result).toEqual({ PK: pk, SK: 'A', state: 'open' });
    });
  });

  describe('DeleteItem', () => {
    it('answers the deleted item, and the item is gone', async () => {
      const pk = freshPartition('delete');
      await dataSource().invoke(putRequest(pk, 'A', { body: 'bye' }));

      const deleted = await dataSource().invoke({ operation: 'DeleteItem', key: keyOf(pk, 'A') });
      const after = await dataSource().invoke({
        operation: 'GetItem', key: keyOf(pk, 'A'), consistentRead: true,
      });

      expect(deleted).toEqual({ result: { PK: pk, SK: 'A', body: 'bye' } });
      expect(after).toEqual({ result: null });
    });

    it('counts a failed condition as success when there is no item to delete', async () => {
      const deleted = await dataSource().invoke({
        operation: 'DeleteItem',
        key: keyOf(freshPartition('delete-absent'), 'A'),
        condition: { expression: 'attribute_exists(#PK)', expressionNames: { '#PK': 'PK' } },
      });
      expect(deleted).toEqual({ result: null });
    });

    it('rejects a failed condition when the item is there', async () => {
      const pk = freshPartition('delete-conflict');
      await dataSource().invoke(putRequest(pk, 'A', { version: 2 }));
      const deleted = await dataSource().invoke({
        operation: 'DeleteItem',
        key: keyOf(pk, 'A'),
        condition: { expression: 'version = :v', expressionValues: { ':v': { N: 1 } } },
      });
      expect(deleted.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
      expect(deleted.result).toEqual({ PK: pk, SK: 'A', version: 2 });
    });
  });
}

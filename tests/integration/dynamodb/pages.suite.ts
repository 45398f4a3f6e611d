/** Query and Scan: order, limits, filters, and nextToken handling. */
import { beforeAll, describe, expect, it } from 'vitest';

import { createDynamoDataSource, type DynamoDataSource } from '../../../runtime/dynamodb';
import type { TestEngine } from './engines';
import { freshPartition, putRequest, queryPartition, toMapValues } from './fixtures';

const ITEMS = 7;

interface Page { items: Array<Record<string, unknown>>; nextToken: string | null; scannedCount: number }

export function pagesSuite(engine: () => TestEngine) {
  let source: DynamoDataSource;
  let pk: string;
  let otherPk: string;

  beforeAll(async () => {
    source = createDynamoDataSource({
      client: engine().client, tableName: engine().tableName, tokenSecret: 'test-secret',
    });
    pk = freshPartition('pages');
    otherPk = freshPartition('pages-other');
    for (let i = 0; i < ITEMS; i += 1) {
      await source.invoke(putRequest(pk, `MSG#${i}`, { n: i, odd: i % 2 === 1 }));
      await source.invoke(putRequest(otherPk, `MSG#${i}`, { n: i }));
    }
  });

  async function page(request: Record<string, unknown>): Promise<Page> {
    const outcome = await source.invoke(request);
    expect(outcome.error).toBeUndefined();
    return outcome.result as Page;
  }

  describe('Query', () => {
    it('returns the partition in sort key order, descending with scanIndexForward false', async () => {
      const forward = await page(queryPartition(pk));
      const backward = await page(queryPartition(pk, { scanIndexForward: false }));

      expect(forward.items.map((i) => i.n)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(backward.items.map((i) => i.n)).toEqual([6, 5, 4, 3, 2, 1, 0]);
      expect(forward.nextToken).toBeNull();
      expect(forward.scannedCount).toBe(ITEMS);
    });

    it('pages through the partition with limit until nextToken is null', async () => {
      const seen: unknown[] = [];
      const sizes: number[] = [];
      let nextToken: string | null = null;
      do {
        const result: Page = await page(
          queryPartition(pk, { limit: 3, nextToken, scanIndexForward: false }));
        seen.push(...result.items.map((i) => i.n));
        sizes.push(result.items.length);
        nextToken = result.nextToken;
      } while (nextToken !== null && sizes.length < 10);

      expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);
      expect(sizes.slice(0, 3)).toEqual([3, 3, 1]);
    });

    it('applies limit before the filter, so a filtered page is short yet continues', async () => {
      const request = queryPartition(pk, {
        limit: 4,
        filter: { expression: '#odd = :t', expressionNames: { '#odd': 'odd' },
          expressionValues: toMapValues({ ':t': true }) },
      });

      const first = await page(request);
      const second = await page({ ...request, nextToken: first.nextToken });

      expect(first.items.map((i) => i.n)).toEqual([1, 3]);
      expect(first.scannedCount).toBe(4);
      expect(first.nextToken).toEqual(expect.any(String));
      expect(second.items.map((i) => i.n)).toEqual([5]);
    });

    it('returns only the projected attributes', async () => {
      const result = await page(queryPartition(pk, {
        limit: 1, projection: { expression: '#n', expressionNames: { '#n': 'n' } },
      }));
      expect(result.items).toEqual([{ n: 0 }]);
    });

    it('hides the table key in an opaque nextToken', async () => {
      const { nextToken } = await page(queryPartition(pk, { limit: 2 }));
      const decoded = Buffer.from(nextToken!, 'base64url').toString('latin1');
      expect(decoded).not.toContain('MSG#1');
      expect(decoded).not.toContain(pk);
    });

    it.each([
      ['an altered token', (t: string) => `${t.slice(0, 20)}${t[20] === 'A' ? 'B' : 'A'}${t.slice(21)}`],
      ['a truncated token', (t: string) => t.slice(0, t.length - 5)],
      ['a token that is not base64url', () => '!!not a token!!'],
      ['a token that is too short', () => 'AQ'],
    ])('answers an invalid pagination token error for %s', async (_label, mangle) => {
      const { nextToken } = await page(queryPartition(pk, { limit: 2 }));
      const outcome = await source.invoke(queryPartition(pk, { limit: 2, nextToken: mangle(nextToken!) }));
      expect(outcome.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
      expect(outcome.error?.message).toMatch(/^Invalid pagination token given/);
    });

    it('refuses a token issued for another partition', async () => {
      const { nextToken } = await page(queryPartition(pk, { limit: 2 }));
      const outcome = await source.invoke(queryPartition(otherPk, { limit: 2, nextToken }));
      expect(outcome.error?.message).toMatch(/^Invalid pagination token given/);
    });

    it('refuses a token issued for another index or direction', async () => {
      const { nextToken } = await page(queryPartition(pk, { limit: 2 }));
      const reversed = await source.invoke(
        queryPartition(pk, { limit: 2, nextToken, scanIndexForward: false }));
      const indexed = await source.invoke(
        queryPartition(pk, { limit: 2, nextToken, index: 'byRecipient' }));
      expect(reversed.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
      expect(indexed.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
    });

    it('refuses a token issued by a data source with another secret', async () => {
      const foreign = createDynamoDataSource({
        client: engine().client, tableName: engine().tableName, tokenSecret: 'another-secret',
      });
      const { nextToken } = (await foreign.invoke(queryPartition(pk, { limit: 2 }))).result as Page;
      const outcome = await source.invoke(queryPartition(pk, { limit: 2, nextToken }));
      expect(outcome.error?.message).toMatch(/^Invalid pagination token given/);
    });

    it('answers a non-string nextToken with an error rather than throwing', async () => {
      const outcome = await source.invoke(queryPartition(pk, { nextToken: 42 }));
      expect(outcome.error?.type).toBe('DynamoDB:UserIllegalArgumentException');
    });
  });

  describe('Scan', () => {
    it('pages through matching items with a filter until nextToken is null', async () => {
      const request = {
        operation: 'Scan',
        limit: 5,
        filter: { expression: '#PK = :pk', expressionNames: { '#PK': 'PK' },
          expressionValues: toMapValues({ ':pk': pk }) },
      };
      const found: unknown[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const result: Page = await page({ ...request, nextToken });
        found.push(...result.items.map((i) => i.n));
        nextToken = result.nextToken;
        pages += 1;
      } while (nextToken !== null && pages < 100);

      expect(pages).toBeGreaterThan(1);
      expect([...found].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });
  });
}

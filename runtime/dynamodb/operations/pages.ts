/** What Query and Scan share: the start key, and the page answer. */
import { InvalidRequestError } from '../errors';
import { isExpired } from '../ttl';
import { toPlainItem, type Item } from '../typed-values';
import type { OperationContext } from './context';

export function readStartKey(ctx: OperationContext, scope: string, token: unknown) {
  if (token == null || token === '') return undefined;
  return ctx.tokens.read(scope, token);
}

/**
 * AppSync's `{ items, nextToken, scannedCount }`; nextToken is null on the
 * last page. Expired items are dropped here rather than by a filter sent to
 * the engine: a filter applies after Limit anyway, so the page and its
 * LastEvaluatedKey are the same, and the engine is spared parsing one on
 * every call. `strip` names attributes read only to judge expiry.
 */
export function pageResult(
  ctx: OperationContext,
  scope: string,
  output: { Items?: Item[]; LastEvaluatedKey?: Item; ScannedCount?: number },
  strip: readonly string[] = [],
) {
  const live = (output.Items ?? []).filter((item) => !isExpired(item, ctx.ttl));
  for (const item of live) for (const name of strip) delete item[name];
  return {
    items: live.map(toPlainItem),
    nextToken: output.LastEvaluatedKey ? ctx.tokens.issue(scope, output.LastEvaluatedKey) : null,
    scannedCount: output.ScannedCount ?? 0,
  };
}

export function optionalIndex(index: unknown): string | undefined {
  if (index == null) return undefined;
  if (typeof index !== 'string' || index === '') {
    throw new InvalidRequestError(
      `index must be an index name. Received: ${JSON.stringify(index)}`);
  }
  return index;
}

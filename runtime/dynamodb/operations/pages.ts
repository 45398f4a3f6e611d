/** What Query and Scan share: the filter with expiry, and the page answer. */
import { InvalidRequestError } from '../errors';
import { expressionOf } from '../expressions';
import { unexpiredFilter } from '../ttl';
import { toPlainItem, type Item } from '../typed-values';
import type { Expression } from '../types';
import type { OperationContext } from './context';

/** The request's filter, ANDed with "not expired" when the table has a TTL. */
export function filterWithExpiry(ctx: OperationContext, filter: Expression | undefined) {
  const own = expressionOf(filter, 'filter');
  const ttl = unexpiredFilter(ctx.ttl);
  const parts = [{ field: 'filter', expression: filter }, { field: 'filter', expression: ttl }];
  if (ttl === undefined) return { FilterExpression: own, parts };
  return {
    FilterExpression: own === undefined ? ttl.expression : `(${own}) AND (${ttl.expression})`,
    parts,
  };
}

export function readStartKey(ctx: OperationContext, scope: string, token: unknown) {
  if (token == null || token === '') return undefined;
  return ctx.tokens.read(scope, token);
}

/** AppSync's `{ items, nextToken, scannedCount }`; nextToken is null on the last page. */
export function pageResult(
  ctx: OperationContext,
  scope: string,
  output: { Items?: Item[]; LastEvaluatedKey?: Item; ScannedCount?: number },
) {
  return {
    items: (output.Items ?? []).map(toPlainItem),
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

import { expressionOf, mergeExpressionParams } from '../expressions';
import { isExpired, projectWithTtl } from '../ttl';
import { toPlainItem } from '../typed-values';
import type { DataSourceOutcome, GetItemRequest } from '../types';
import { requireKey, type OperationContext } from './context';

/** GetItem: the item as plain JSON, or null when absent or expired. */
export async function getItem(
  ctx: OperationContext,
  request: GetItemRequest,
): Promise<DataSourceOutcome> {
  const key = requireKey(request.key);
  const { projection, strip } = projectWithTtl(request.projection, ctx.ttl);

  const output = await ctx.client.send('GetItem', {
    TableName: ctx.tableName,
    Key: key,
    ConsistentRead: request.consistentRead === true,
    ProjectionExpression: expressionOf(projection, 'projection'),
    ...mergeExpressionParams([{ field: 'projection', expression: projection }]),
  });

  const item = output.Item;
  if (item === undefined || isExpired(item, ctx.ttl)) return { result: null };
  for (const name of strip) delete item[name];
  return { result: toPlainItem(item) };
}

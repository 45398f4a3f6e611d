import type { InputOf } from '../client';
import { checkCondition, runConditionalWrite } from '../conditions';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { isExpired } from '../ttl';
import { toPlainItem } from '../typed-values';
import type { DataSourceOutcome, DeleteItemRequest } from '../types';
import { requireKey, type OperationContext } from './context';

/** DeleteItem: the result is the deleted item, or null if there was none. */
export async function deleteItem(
  ctx: OperationContext,
  request: DeleteItemRequest,
): Promise<DataSourceOutcome> {
  const key = requireKey(request.key);
  const { condition } = request;
  checkCondition(condition);

  const input: InputOf<'DeleteItem'> = {
    TableName: ctx.tableName,
    Key: key,
    ConditionExpression: expressionOf(condition, 'condition'),
    ReturnValues: 'ALL_OLD',
    ...mergeExpressionParams([{ field: 'condition', expression: condition }]),
  };
  const send = async () => {
    const old = (await ctx.client.send('DeleteItem', input)).Attributes;
    // An expired item was already gone, as far as resolvers can tell.
    const gone = old === undefined || isExpired(old, ctx.ttl);
    return { result: gone ? null : toPlainItem(old) };
  };

  if (condition == null) return send();
  return runConditionalWrite(ctx, { operation: 'DeleteItem', key, condition, send });
}

import type { InputOf } from '../client';
import { checkCondition, runConditionalWrite } from '../conditions';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { toOptionalItem, toPlainItem } from '../typed-values';
import type { DataSourceOutcome, PutItemRequest } from '../types';
import { requireKey, type OperationContext } from './context';

/** PutItem: writes `attributeValues` plus `key`; the result is that item. */
export async function putItem(
  ctx: OperationContext,
  request: PutItemRequest,
): Promise<DataSourceOutcome> {
  const key = requireKey(request.key);
  const attributes = toOptionalItem(request.attributeValues, 'attributeValues') ?? {};
  const { condition } = request;
  checkCondition(condition);

  // The key wins over a same-named attribute, as on AppSync.
  const item = { ...attributes, ...key };
  const input: InputOf<'PutItem'> = {
    TableName: ctx.tableName,
    Item: item,
    ConditionExpression: expressionOf(condition, 'condition'),
    ...mergeExpressionParams([{ field: 'condition', expression: condition }]),
  };
  const send = async () => {
    await ctx.client.send('PutItem', input);
    return { result: toPlainItem(item) };
  };

  if (condition == null) return send();
  return runConditionalWrite(ctx, {
    operation: 'PutItem', key, condition, attempted: item, send,
  });
}

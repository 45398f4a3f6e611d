import type { InputOf } from '../client';
import { checkCondition, runConditionalWrite } from '../conditions';
import { InvalidRequestError } from '../errors';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { toPlainItem } from '../typed-values';
import type { DataSourceOutcome, UpdateItemRequest } from '../types';
import { requireKey, type OperationContext } from './context';

/** UpdateItem: the result is the whole item after the update. */
export async function updateItem(
  ctx: OperationContext,
  request: UpdateItemRequest,
): Promise<DataSourceOutcome> {
  const key = requireKey(request.key);
  if (request.update == null) {
    throw new InvalidRequestError('An UpdateItem request needs an update section.');
  }
  const { condition } = request;
  checkCondition(condition);

  const input: InputOf<'UpdateItem'> = {
    TableName: ctx.tableName,
    Key: key,
    UpdateExpression: expressionOf(request.update, 'update'),
    ConditionExpression: expressionOf(condition, 'condition'),
    ReturnValues: 'ALL_NEW',
    ...mergeExpressionParams([
      { field: 'update', expression: request.update },
      { field: 'condition', expression: condition },
    ]),
  };
  const send = async () => {
    const output = await ctx.client.send('UpdateItem', input);
    return { result: toPlainItem(output.Attributes ?? {}) };
  };

  if (condition == null) return send();
  return runConditionalWrite(ctx, { operation: 'UpdateItem', key, condition, send });
}

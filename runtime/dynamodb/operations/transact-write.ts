/**
 * TransactWriteItems, passed through to the engine. DynamoDB Local runs it;
 * dynalite does not implement transactions and answers
 * `DynamoDB:UnknownOperationException`, which is passed on with a message
 * that says so. Success is `{ keys, cancellationReasons: null }`; a cancelled
 * transaction is an error whose result carries `cancellationReasons`, with
 * the current item where a condition failed, as on AppSync.
 */
import type { TransactWriteItem as SdkTransactItem } from '@aws-sdk/client-dynamodb';

import type { Wire } from '../client';
import { InvalidRequestError } from '../errors';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { toDataSourceError } from '../sdk-errors';
import { toOptionalItem, toPlainItem } from '../typed-values';
import type { DataSourceOutcome, TransactWriteItem, TransactWriteItemsRequest } from '../types';
import { requireKey, type OperationContext } from './context';

export async function transactWriteItems(
  ctx: OperationContext,
  request: TransactWriteItemsRequest,
): Promise<DataSourceOutcome> {
  if (!Array.isArray(request.transactItems) || request.transactItems.length === 0) {
    throw new InvalidRequestError('TransactWriteItems needs at least one item in transactItems.');
  }
  const keys = request.transactItems.map((t, i) => requireKey(t.key, `transactItems[${i}].key`));
  const items = request.transactItems.map((t, i) => toSdkItem(ctx, t, keys[i]!, i));

  try {
    await ctx.client.send('TransactWriteItems', { TransactItems: items });
    return { result: { keys: keys.map(toPlainItem), cancellationReasons: null } };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'UnknownOperationException') {
      const base = toDataSourceError(error);
      return {
        error: { ...base, message: `This DynamoDB engine does not support TransactWriteItems ` +
          `(dynalite does not; DynamoDB Local does). ${base.message}` },
      };
    }
    if (name !== 'TransactionCanceledException') throw error;
    const reasons = (error as { CancellationReasons?: CancellationReason[] }).CancellationReasons;
    return {
      error: toDataSourceError(error),
      result: { keys: null, cancellationReasons: (reasons ?? []).map(toReason) },
    };
  }
}

interface CancellationReason {
  Code?: string;
  Message?: string;
  Item?: Parameters<typeof toPlainItem>[0];
}

function toReason(reason: CancellationReason) {
  return {
    item: reason.Item ? toPlainItem(reason.Item) : null,
    type: reason.Code ?? 'None',
    message: reason.Message ?? 'None',
  };
}

function toSdkItem(
  ctx: OperationContext,
  item: TransactWriteItem,
  key: ReturnType<typeof requireKey>,
  index: number,
): Wire<SdkTransactItem> {
  const field = `transactItems[${index}]`;
  if (typeof item.table !== 'string') throw new InvalidRequestError(`${field}.table is required.`);
  const TableName = ctx.resolveTable(item.table);
  const condition = item.condition;
  const conditionParams = {
    ConditionExpression: expressionOf(condition, `${field}.condition`),
    ...(condition && {
      ReturnValuesOnConditionCheckFailure:
        condition.returnValuesOnConditionCheckFailure === false ? 'NONE' : 'ALL_OLD',
    } as const),
  };
  switch (item.operation) {
    case 'PutItem': {
      const attributes = toOptionalItem(item.attributeValues, `${field}.attributeValues`);
      return { Put: { TableName, Item: { ...attributes, ...key }, ...conditionParams,
        ...mergeExpressionParams([{ field: `${field}.condition`, expression: condition }]) } };
    }
    case 'UpdateItem':
      if (item.update == null) throw new InvalidRequestError(`${field} has no update section.`);
      return { Update: { TableName, Key: key, ...conditionParams,
        UpdateExpression: expressionOf(item.update, `${field}.update`)!,
        ...mergeExpressionParams([
          { field: `${field}.update`, expression: item.update },
          { field: `${field}.condition`, expression: condition },
        ]) } };
    case 'DeleteItem':
      return { Delete: { TableName, Key: key, ...conditionParams,
        ...mergeExpressionParams([{ field: `${field}.condition`, expression: condition }]) } };
    case 'ConditionCheck':
      if (condition == null) {
        throw new InvalidRequestError(`${field} is a ConditionCheck without a condition.`);
      }
      return { ConditionCheck: { TableName, Key: key, ...conditionParams,
        ConditionExpression: conditionParams.ConditionExpression!,
        ...mergeExpressionParams([{ field: `${field}.condition`, expression: condition }]) } };
    default:
      throw new InvalidRequestError(
        `${field}.operation must be PutItem, UpdateItem, DeleteItem or ConditionCheck. ` +
          `Received: ${JSON.stringify((item as { operation?: unknown }).operation)}`,
      );
  }
}

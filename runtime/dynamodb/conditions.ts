/**
 * What AppSync does when a write's condition fails: it reads the item
 * (strongly consistent unless `condition.consistentRead` is false), then
 *
 * - PutItem: if the item in the table equals the one it tried to write
 *   (ignoring `equalsIgnore`), the write counts as done and the stored item
 *   is the result;
 * - DeleteItem: if there is no item, the delete counts as done (result null);
 * - UpdateItem: it cannot tell, so the write is rejected.
 *
 * A rejection is `DynamoDB:ConditionalCheckFailedException` in `ctx.error`,
 * and `ctx.result` holds the item currently in the table (null if none), so
 * a response handler can pass it on with `util.appendError`.
 */
import { InvalidRequestError } from './errors';
import { itemsEqual } from './item-equality';
import type { OperationContext } from './operations/context';
import { isConditionalCheckFailed, toDataSourceError } from './sdk-errors';
import { isExpired, purgeExpired } from './ttl';
import { toPlainItem, type Item } from './typed-values';
import type { Condition, DataSourceOutcome } from './types';

export interface ConditionalWrite {
  operation: 'PutItem' | 'UpdateItem' | 'DeleteItem';
  key: Item;
  condition: Condition;
  /** The full item a PutItem tried to write. */
  attempted?: Item;
  /** Sends the write; throws what the SDK throws. */
  send(): Promise<DataSourceOutcome>;
}

/** Refuses, before anything is written, what cannot run offline. */
export function checkCondition(condition: Condition | undefined): void {
  if (condition?.conditionalCheckFailedHandler?.strategy === 'Custom') {
    throw new InvalidRequestError(
      'conditionalCheckFailedHandler strategy "Custom" invokes a Lambda function, which ' +
        'the offline runtime does not do; use "Reject" or leave the handler out.',
    );
  }
}

export async function runConditionalWrite(
  ctx: OperationContext,
  write: ConditionalWrite,
): Promise<DataSourceOutcome> {
  try {
    return await write.send();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    const current = await readCurrent(ctx, write);
    if (current === undefined || !isExpired(current, ctx.ttl)) {
      return judge(write, error, current);
    }
    // The item is only there because the engine does not expire items.
    await purgeExpired(ctx.client, ctx.tableName, write.key, current, ctx.ttl);
    return retryOnce(ctx, write);
  }
}

async function retryOnce(ctx: OperationContext, write: ConditionalWrite) {
  try {
    return await write.send();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return judge(write, error, await readCurrent(ctx, write));
  }
}

async function readCurrent(ctx: OperationContext, write: ConditionalWrite) {
  const output = await ctx.client.send('GetItem', {
    TableName: ctx.tableName,
    Key: write.key,
    ConsistentRead: write.condition.consistentRead !== false,
  });
  return output.Item;
}

function judge(write: ConditionalWrite, error: unknown, current: Item | undefined) {
  if (write.operation === 'PutItem' && current !== undefined && write.attempted &&
      itemsEqual(current, write.attempted, write.condition.equalsIgnore)) {
    return { result: toPlainItem(current) };
  }
  if (write.operation === 'DeleteItem' && current === undefined) {
    return { result: null };
  }
  return {
    error: toDataSourceError(error),
    result: current === undefined ? null : toPlainItem(current),
  };
}

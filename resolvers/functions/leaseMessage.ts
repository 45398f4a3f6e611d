/**
 * retryDelivery, step 3: take the message's delivery lease. It is refused
 * while another attempt holds an unexpired lease, so a retry never races
 * the send it retries.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';

import { ErrorType } from '../lib/errors';
import { failStorage, isConditionFailure } from '../lib/failures';
import { unsentChannels, type MessageItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';
import { LEASE_MS } from '../lib/timing';

export function request(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.stash.result != null) {
    return runtime.earlyReturn(null);
  }
  const now = util.time.nowEpochMilliSeconds();
  const lease = { token: util.autoId(), until: now + LEASE_MS };
  ctx.stash.lease = lease;
  const { PK, SK } = ctx.stash.message;
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ PK, SK }),
    update: {
      expression: 'SET #lease = :lease',
      expressionNames: { '#lease': 'lease' },
      expressionValues: util.dynamodb.toMapValues({ ':lease': lease }),
    },
    condition: {
      expression:
        'attribute_exists(#PK) AND (attribute_not_exists(#lease) OR #lease.#until < :now)',
      expressionNames: { '#PK': 'PK', '#lease': 'lease', '#until': 'until' },
      expressionValues: util.dynamodb.toMapValues({ ':now': now }),
    },
  };
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (isConditionFailure(ctx.error)) {
    const until = ctx.stash.message.lease?.until;
    const after = until == null ? 'a minute' : util.time.epochMilliSecondsToISO8601(until);
    util.error(
      `Another delivery attempt on message ${ctx.stash.message.id} is in progress. Retry after ${after}.`,
      ErrorType.Conflict,
      null,
      { id: ctx.stash.message.id, retryAfter: after },
    );
  }
  if (ctx.error) {
    failStorage(ctx.error, 'Nothing was sent; retry the request.');
  }
  const item = ctx.result as MessageItem;
  ctx.stash.message = item;
  // Another attempt may have sent some channels since step 2.
  ctx.stash.channels = unsentChannels(item);
  return null;
}

/**
 * sendMessage, step 5: store the message, every channel PENDING, before any
 * delivery is tried. The stored item carries this request's delivery lease.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';

import { failStorage, isConditionFailure } from '../lib/failures';
import type { MessageItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';
import { LEASE_MS } from '../lib/timing';

export function request(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.stash.result != null) {
    return runtime.earlyReturn(null);
  }
  const lease = {
    token: util.autoId(),
    until: util.time.nowEpochMilliSeconds() + LEASE_MS,
  };
  ctx.stash.lease = lease;
  const { PK, SK, ...attributes } = ctx.stash.message;
  return put<MessageItem>({
    key: { PK, SK },
    item: { ...attributes, lease },
    condition: { PK: { attributeExists: false } },
  });
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (isConditionFailure(ctx.error)) {
    // Another replay finished an abandoned request first; it delivers.
    ctx.stash.lease = undefined;
    ctx.stash.result = ctx.stash.message;
    return null;
  }
  if (ctx.error) {
    failStorage(ctx.error, 'The message was not stored and nothing was sent; send it again.');
  }
  ctx.stash.message = ctx.result as MessageItem;
  return null;
}

/**
 * sendMessage, step 2: claim the idempotency key, if one was given. The claim
 * is a conditional put, so of two racing requests exactly one wins; the
 * other finds the claim taken and becomes a replay.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { put } from '@aws-appsync/utils/dynamodb';

import { failStorage, isConditionFailure } from '../lib/failures';
import { idempotencyKeyOf, type IdempotencyItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';
import { IDEMPOTENCY_WINDOW_SECONDS } from '../lib/timing';

export function request(ctx: Context<unknown, DeliveryStash>) {
  const { message, idempotencyKey, fingerprint } = ctx.stash;
  if (idempotencyKey == null) {
    return runtime.earlyReturn(null);
  }
  const now = util.time.nowEpochMilliSeconds();
  const record: Omit<IdempotencyItem, 'PK' | 'SK'> = {
    entity: 'IDEMPOTENCY',
    messageId: message.id,
    fingerprint: fingerprint ?? '',
    message,
    claimedAt: now,
    expiresAt: Math.floor(now / 1000) + IDEMPOTENCY_WINDOW_SECONDS,
  };
  return put<IdempotencyItem>({
    key: idempotencyKeyOf(message.recipient, idempotencyKey),
    item: record,
    condition: { PK: { attributeExists: false } },
  });
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (isConditionFailure(ctx.error)) {
    ctx.stash.replay = true;
    return null;
  }
  if (ctx.error) {
    failStorage(ctx.error, 'Nothing was stored; send the request again.');
  }
  return null;
}

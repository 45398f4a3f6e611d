/**
 * sendMessage, step 4 (replays only): answer with the message the first
 * request stored, so nothing is delivered twice.
 *
 * If that message is not there yet, the first request is either still
 * running (it will store and deliver it) or failed between claim and store.
 * A request runs at most 30 s, so a claim older than that whose message is
 * missing was abandoned, and this replay finishes the work itself.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

import { failStorage } from '../lib/failures';
import { unsentChannels, type MessageItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';
import { ABANDONED_CLAIM_MS } from '../lib/timing';

export function request(ctx: Context<unknown, DeliveryStash>) {
  const record = ctx.stash.idempotencyRecord;
  if (record == null) {
    return runtime.earlyReturn(null);
  }
  const { PK, SK } = record.message;
  return get({ key: { PK, SK }, consistentRead: true });
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.error) {
    failStorage(ctx.error, 'Nothing was stored; send the request again.');
  }
  const record = ctx.stash.idempotencyRecord;
  const stored = ctx.result as MessageItem | null;
  if (record == null) {
    return null;
  }
  if (stored != null) {
    ctx.stash.result = stored;
    return null;
  }
  const age = util.time.nowEpochMilliSeconds() - record.claimedAt;
  if (age < ABANDONED_CLAIM_MS) {
    ctx.stash.result = record.message;
    return null;
  }
  ctx.stash.message = record.message;
  ctx.stash.channels = unsentChannels(record.message);
  return null;
}

/**
 * sendMessage, step 3 (replays only): read the claim that won, and refuse a
 * request that reuses its key for a different message.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

import { ErrorType } from '../lib/errors';
import { failStorage } from '../lib/failures';
import { idempotencyKeyOf, type IdempotencyItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';

export function request(ctx: Context<unknown, DeliveryStash>) {
  const { message, idempotencyKey, replay } = ctx.stash;
  if (!replay || idempotencyKey == null) {
    return runtime.earlyReturn(null);
  }
  return get({
    key: idempotencyKeyOf(message.recipient, idempotencyKey),
    consistentRead: true,
  });
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.error) {
    failStorage(ctx.error, 'Nothing was stored; send the request again.');
  }
  const record = ctx.result as IdempotencyItem | null;
  if (record == null) {
    // The claim expired between the failed put and this read.
    util.error(
      'The idempotency key expired while this request ran. Send it again.',
      ErrorType.Conflict,
    );
  }
  if (record.fingerprint !== ctx.stash.fingerprint) {
    util.error(
      `idempotencyKey "${ctx.stash.idempotencyKey}" was already used for a different message (${record.messageId}). Use a new key for a new message.`,
      ErrorType.Conflict,
      null,
      { idempotencyKey: ctx.stash.idempotencyKey, messageId: record.messageId },
    );
  }
  ctx.stash.idempotencyRecord = record;
  return null;
}

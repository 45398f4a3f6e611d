/**
 * sendMessage, step 1: check and normalise the input, and draft the message
 * item with every requested channel PENDING. Nothing is written here.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';

import type { MutationSendMessageArgs } from '../../generated/graphql';
import { failValidation } from '../lib/failures';
import { messageKey, type MessageItem } from '../lib/items';
import { normaliseSendInput } from '../lib/send-input';
import type { DeliveryStash } from '../lib/stash';

export function request(ctx: Context<MutationSendMessageArgs, DeliveryStash>) {
  const { message, violations } = normaliseSendInput(ctx.args.input);
  if (violations.length > 0) {
    failValidation(violations);
  }

  // ULIDs sort by creation time, so the sort key orders a recipient's messages.
  const id = util.autoUlid();
  const item: MessageItem = {
    ...messageKey(message.recipient, id),
    entity: 'MESSAGE',
    id,
    recipient: message.recipient,
    body: message.body,
    subject: message.subject,
    emailAddress: message.emailAddress,
    phoneNumber: message.phoneNumber,
    createdAt: util.time.nowISO8601(),
    idempotencyKey: message.idempotencyKey,
    deliveries: {},
  };
  for (const channel of message.channels) {
    item.deliveries[channel] = { channel, status: 'PENDING', attempts: 0 };
  }

  ctx.stash.message = item;
  ctx.stash.channels = message.channels;
  ctx.stash.idempotencyKey = message.idempotencyKey;
  ctx.stash.fingerprint = JSON.stringify([
    message.recipient,
    message.body,
    message.subject,
    message.emailAddress,
    message.phoneNumber,
  ]);
  return runtime.earlyReturn(null);
}

export function response(ctx: Context) {
  return ctx.prev.result;
}

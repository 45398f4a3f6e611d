/**
 * Invoke the delivery function for the channels still to send. It answers
 * with one outcome per channel; a channel's failure is an outcome, not an
 * error. An error here means the function itself did not run to the end.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';

import type { DeliveryRequest, DeliveryResponse } from '../../functions/deliver/contract';
import { ErrorType } from '../lib/errors';
import type { DeliveryStash } from '../lib/stash';

export function request(ctx: Context<unknown, DeliveryStash>) {
  const { message, channels, lease, result } = ctx.stash;
  if (result != null || lease == null || channels.length === 0) {
    return runtime.earlyReturn(null);
  }
  const payload: DeliveryRequest = {
    message: {
      id: message.id,
      recipient: message.recipient,
      body: message.body,
      subject: message.subject,
      emailAddress: message.emailAddress ?? null,
      phoneNumber: message.phoneNumber ?? null,
    },
    channels,
  };
  return { operation: 'Invoke', payload };
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.error) {
    // The message stays stored and PENDING. The lease is kept until it
    // expires: the function may have sent before it failed, and a retry
    // inside that window could send a channel twice.
    ctx.stash.deliveryUnavailable = true;
    const retryAfter = util.time.epochMilliSecondsToISO8601(ctx.stash.lease?.until ?? 0);
    util.appendError(
      `Delivery is unavailable (${ctx.error.type}: ${ctx.error.message}). The message is stored with its channels PENDING; call retryDelivery after ${retryAfter}.`,
      ErrorType.DeliveryUnavailable,
      null,
      { messageId: ctx.stash.message.id, retryAfter },
    );
    return null;
  }
  ctx.stash.outcomes = (ctx.result as DeliveryResponse).outcomes;
  return null;
}

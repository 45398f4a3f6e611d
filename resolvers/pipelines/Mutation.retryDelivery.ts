/**
 * retryDelivery: load the message, take its delivery lease, deliver the
 * channels that are not SENT, record the outcomes.
 */
import type { Context } from '@aws-appsync/utils';

import { toMessage } from '../lib/message';
import type { DeliveryStash } from '../lib/stash';

export function request() {
  return {};
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  return toMessage(ctx.stash.result ?? ctx.stash.message);
}

/**
 * sendMessage: validate, claim the idempotency key, store, deliver, record.
 * The steps are listed in infra/api-definition.ts; this answers with the
 * message as the last step left it.
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

/** retryDelivery, step 1: check which message is meant. */
import { runtime, type Context } from '@aws-appsync/utils';

import type { MutationRetryDeliveryArgs } from '../../generated/graphql';
import type { Violation } from '../lib/errors';
import { failValidation } from '../lib/failures';
import { messageKey } from '../lib/items';
import { LIMITS } from '../lib/limits';
import { requiredText } from '../lib/text';

export function request(ctx: Context<MutationRetryDeliveryArgs>) {
  const violations: Violation[] = [];
  const recipient = requiredText(
    ctx.args.recipient,
    { field: 'recipient', max: LIMITS.recipient },
    violations,
  );
  const id = requiredText(ctx.args.id, { field: 'id', max: LIMITS.messageId }, violations);
  if (violations.length > 0) {
    failValidation(violations);
  }
  ctx.stash.key = messageKey(recipient, id);
  return runtime.earlyReturn(null);
}

export function response(ctx: Context) {
  return ctx.prev.result;
}

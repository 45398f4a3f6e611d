/**
 * onMessageSent: refuse a recipient that could never match. Subscriptions
 * match the recipient exactly as sendMessage stored it, trimmed.
 */
import { runtime, type Context } from '@aws-appsync/utils';

import type { SubscriptionOnMessageSentArgs } from '../../generated/graphql';
import type { Violation } from '../lib/errors';
import { failValidation } from '../lib/failures';
import { LIMITS } from '../lib/limits';
import { requiredText } from '../lib/text';

export function request(ctx: Context<SubscriptionOnMessageSentArgs>) {
  const violations: Violation[] = [];
  const recipient = requiredText(
    ctx.args.recipient,
    { field: 'recipient', max: LIMITS.recipient },
    violations,
  );
  if (violations.length === 0 && recipient !== ctx.args.recipient) {
    violations.push({
      field: 'recipient',
      message: `has leading or trailing spaces; messages are stored for "${recipient}"`,
    });
  }
  if (violations.length > 0) {
    failValidation(violations);
  }
  return runtime.earlyReturn(null);
}

export function response() {
  return null;
}

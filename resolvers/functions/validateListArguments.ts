/**
 * messagesByRecipient, step 1: check the recipient and the page arguments.
 * A limit above the maximum is capped rather than refused.
 */
import { runtime, type Context } from '@aws-appsync/utils';

import type { QueryMessagesByRecipientArgs } from '../../generated/graphql';
import type { Violation } from '../lib/errors';
import { failValidation } from '../lib/failures';
import { LIMITS, PAGE } from '../lib/limits';
import { requiredText } from '../lib/text';

export interface PageRequest {
  recipient: string;
  limit: number;
  nextToken: string | null;
}

export function request(ctx: Context<QueryMessagesByRecipientArgs>) {
  const violations: Violation[] = [];
  const recipient = requiredText(
    ctx.args.recipient,
    { field: 'recipient', max: LIMITS.recipient },
    violations,
  );

  const limit = ctx.args.limit ?? PAGE.default;
  if (limit < 1) {
    violations.push({ field: 'limit', message: `must be at least 1 (got ${limit})` });
  }

  const nextToken = ctx.args.nextToken ?? null;
  if (nextToken != null && (nextToken.length === 0 || nextToken.length > LIMITS.nextToken)) {
    violations.push({
      field: 'nextToken',
      message: 'is not a token this API issued; pass the nextToken of the previous page',
    });
  }

  if (violations.length > 0) {
    failValidation(violations);
  }
  const page: PageRequest = { recipient, limit: Math.min(limit, PAGE.max), nextToken };
  ctx.stash.page = page;
  return runtime.earlyReturn(page);
}

export function response(ctx: Context) {
  return ctx.prev.result;
}

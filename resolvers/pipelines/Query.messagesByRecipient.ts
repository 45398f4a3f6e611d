/** messagesByRecipient: check the arguments, then query one page. */
import type { Context } from '@aws-appsync/utils';

export function request() {
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}

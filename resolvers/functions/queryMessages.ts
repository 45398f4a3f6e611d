/**
 * messagesByRecipient, step 2: one Query on the recipient's partition,
 * newest first. Strongly consistent, so a message just sent is listed.
 */
import { type Context } from '@aws-appsync/utils';
import { query } from '@aws-appsync/utils/dynamodb';

import type { MessageConnection } from '../../generated/graphql';
import { failValidation, failStorage } from '../lib/failures';
import { MESSAGE_PREFIX, partitionOf, type MessageItem } from '../lib/items';
import { toMessage } from '../lib/message';
import type { PageRequest } from './validateListArguments';

export function request(ctx: Context<unknown, { page: PageRequest }>) {
  const { recipient, limit, nextToken } = ctx.stash.page;
  return query({
    query: {
      PK: { eq: partitionOf(recipient) },
      SK: { beginsWith: MESSAGE_PREFIX },
    },
    limit,
    nextToken: nextToken ?? undefined,
    scanIndexForward: false,
    consistentRead: true,
  });
}

export function response(ctx: Context<unknown, { page: PageRequest }>): MessageConnection {
  if (ctx.error) {
    // A token that was altered, truncated, or issued for another recipient
    // is refused by the table; it is the caller's input that is wrong.
    if (ctx.stash.page.nextToken != null) {
      failValidation([
        {
          field: 'nextToken',
          message: 'is invalid or expired; pass the nextToken of the previous page, or none to start over',
        },
      ]);
    }
    failStorage(ctx.error, 'Nothing was read; retry the request.');
  }
  const items = (ctx.result.items ?? []) as MessageItem[];
  return {
    items: items.map((item) => toMessage(item)),
    nextToken: ctx.result.nextToken ?? null,
  };
}

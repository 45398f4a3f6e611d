/**
 * retryDelivery, step 2: read the message and find the channels that are
 * not SENT. When every channel was sent, the answer is the message as is.
 */
import { util, type Context } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';

import type { MutationRetryDeliveryArgs } from '../../generated/graphql';
import { ErrorType } from '../lib/errors';
import { failStorage } from '../lib/failures';
import { unsentChannels, type MessageItem, type TableKey } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';

type Stash = DeliveryStash & { key: TableKey };

export function request(ctx: Context<MutationRetryDeliveryArgs, Stash>) {
  return get({ key: ctx.stash.key, consistentRead: true });
}

export function response(ctx: Context<MutationRetryDeliveryArgs, Stash>) {
  if (ctx.error) {
    failStorage(ctx.error, 'Nothing was sent; retry the request.');
  }
  const item = ctx.result as MessageItem | null;
  if (item == null) {
    util.error(
      `No message "${ctx.args.id}" was sent to recipient "${ctx.args.recipient}".`,
      ErrorType.NotFound,
      null,
      { recipient: ctx.args.recipient, id: ctx.args.id },
    );
  }
  ctx.stash.message = item;
  ctx.stash.channels = unsentChannels(item);
  if (ctx.stash.channels.length === 0) {
    ctx.stash.result = item;
  }
  return null;
}

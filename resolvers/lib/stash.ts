/**
 * What the delivering pipelines (sendMessage, retryDelivery) pass between
 * their functions in ctx.stash. Each field is written by one step.
 */
import type { Channel } from '../../generated/graphql';
import type { ChannelOutcome } from '../../functions/deliver/contract';
import type { IdempotencyItem, Lease, MessageItem } from './items';

export interface DeliveryStash {
  /** The message being sent: the new item, or the stored one. */
  message: MessageItem;
  /** The channels to deliver on now. */
  channels: Channel[];
  /** Set when this request holds the message's delivery lease. */
  lease?: Lease;
  /** The final answer, when it is known without delivering. */
  result?: MessageItem;
  outcomes?: ChannelOutcome[];
  /** The delivery function failed outright; outcomes are unknown. */
  deliveryUnavailable?: boolean;

  // sendMessage only
  fingerprint?: string;
  idempotencyKey?: string | null;
  /** The idempotency key was already claimed: this request is a replay. */
  replay?: boolean;
  idempotencyRecord?: IdempotencyItem;
}

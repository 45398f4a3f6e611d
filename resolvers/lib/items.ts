/**
 * How messages and idempotency records are laid out in the single table.
 * Both live in the recipient's partition, so listing a recipient's messages
 * is one Query on that partition, with no Scan and no index.
 */
import type { Channel, DeliveryStatus } from '../../generated/graphql';

/** The channels in the order deliveries are listed. */
export const CHANNELS: Channel[] = ['EMAIL', 'SMS'];

export const MESSAGE_PREFIX = 'MESSAGE#';
export const IDEMPOTENCY_PREFIX = 'IDEMPOTENCY#';

export interface TableKey {
  PK: string;
  SK: string;
}

export interface DeliveryRecord {
  channel: Channel;
  status: DeliveryStatus;
  attempts: number;
  lastAttemptAt?: string | null;
  providerMessageId?: string | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  retryable?: boolean | null;
}

/**
 * A claim on a message's delivery: whoever holds an unexpired lease is the
 * only one who may deliver it. It prevents a retry from sending a channel
 * while an earlier attempt is still in flight.
 */
export interface Lease {
  token: string;
  /** Epoch milliseconds. */
  until: number;
}

export interface MessageItem extends TableKey {
  entity: 'MESSAGE';
  id: string;
  recipient: string;
  body: string;
  subject: string;
  emailAddress?: string | null;
  phoneNumber?: string | null;
  createdAt: string;
  idempotencyKey?: string | null;
  deliveries: Partial<Record<Channel, DeliveryRecord>>;
  lease?: Lease | null;
}

export interface IdempotencyItem extends TableKey {
  entity: 'IDEMPOTENCY';
  messageId: string;
  /** The normalised request, to tell a replay from a different request. */
  fingerprint: string;
  /** The message as first stored, so a replay can be answered or finished. */
  message: MessageItem;
  /** Epoch milliseconds. */
  claimedAt: number;
  /** Epoch seconds: the table's TTL attribute. */
  expiresAt: number;
}

export function partitionOf(recipient: string): string {
  return `RECIPIENT#${recipient}`;
}

export function messageKey(recipient: string, id: string): TableKey {
  return { PK: partitionOf(recipient), SK: `${MESSAGE_PREFIX}${id}` };
}

export function idempotencyKeyOf(recipient: string, key: string): TableKey {
  return { PK: partitionOf(recipient), SK: `${IDEMPOTENCY_PREFIX}${key}` };
}

/** The channels of a message that still need sending. */
export function unsentChannels(item: MessageItem): Channel[] {
  return CHANNELS.filter((channel) => {
    const delivery = item.deliveries[channel];
    return delivery != null && delivery.status !== 'SENT';
  });
}

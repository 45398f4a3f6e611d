/** Turning stored items into the schema's Message. */
import type { Delivery, Message } from '../../generated/graphql';
import { CHANNELS, type DeliveryRecord, type MessageItem } from './items';

export function toMessage(item: MessageItem): Message {
  const deliveries: Delivery[] = [];
  for (const channel of CHANNELS) {
    const record = item.deliveries[channel];
    if (record != null) deliveries.push(toDelivery(record));
  }
  return {
    id: item.id,
    recipient: item.recipient,
    body: item.body,
    subject: item.subject,
    emailAddress: item.emailAddress ?? null,
    phoneNumber: item.phoneNumber ?? null,
    createdAt: item.createdAt,
    deliveries,
  };
}

function toDelivery(record: DeliveryRecord): Delivery {
  return {
    channel: record.channel,
    status: record.status,
    attempts: record.attempts,
    lastAttemptAt: record.lastAttemptAt ?? null,
    providerMessageId: record.providerMessageId ?? null,
    errorCode: record.errorCode ?? null,
    errorMessage: record.errorMessage ?? null,
    retryable: record.retryable ?? null,
  };
}

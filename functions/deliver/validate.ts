import type { Channel } from '../../generated/graphql';
import type { EmailMessage } from './channels/email';
import type { SmsMessage } from './channels/sms';
import type { DeliveryRequest } from './contract';
import { DeliveryRequestError } from './errors';

/** One channel to attempt, with the address it needs known to be present. */
export type Delivery =
  | { channel: 'EMAIL'; message: EmailMessage }
  | { channel: 'SMS'; message: SmsMessage };

const CHANNELS: readonly Channel[] = ['EMAIL', 'SMS'];

/**
 * Checks that the event says what to deliver and where, and returns one
 * delivery a requested channel, in the order requested.
 *
 * Addresses are only checked to be present. Whether an address is usable
 * is the provider's call, and its refusal is a FAILED outcome for that
 * channel alone, where a throw here would cost the other channel too.
 * For the same reason no address is ever echoed in an error message.
 */
export function parseDeliveryRequest(event: DeliveryRequest): Delivery[] {
  const message = event?.message;
  if (typeof message !== 'object' || message === null) {
    throw new DeliveryRequestError('message', 'must be an object.');
  }
  requireText('message.id', message.id);
  requireString('message.body', message.body);

  const channels = event.channels;
  if (!Array.isArray(channels)) {
    throw new DeliveryRequestError('channels', 'must be a list of channels.');
  }
  assertDistinctChannels(channels);
  return channels.map((channel) => toDelivery(channel, message));
}

function toDelivery(
  channel: Channel,
  message: DeliveryRequest['message'],
): Delivery {
  if (channel === 'EMAIL') {
    const emailAddress = message.emailAddress;
    requireText(
      'message.emailAddress',
      emailAddress,
      'when EMAIL is requested',
    );
    requireString('message.subject', message.subject);
    return { channel, message: { ...message, emailAddress } };
  }
  const phoneNumber = message.phoneNumber;
  requireText('message.phoneNumber', phoneNumber, 'when SMS is requested');
  return { channel, message: { ...message, phoneNumber } };
}

function assertDistinctChannels(channels: readonly unknown[]): void {
  const seen = new Set<unknown>();
  for (const channel of channels) {
    const received = JSON.stringify(channel);
    if (!CHANNELS.includes(channel as Channel)) {
      const allowed = CHANNELS.join(' or ');
      throw new DeliveryRequestError(
        'channels',
        `must contain only ${allowed}. Received: ${received}`,
      );
    }
    // A channel listed twice would be sent twice: never what was meant.
    if (seen.has(channel)) {
      throw new DeliveryRequestError(
        'channels',
        `must list each channel at most once. Received ${received} twice.`,
      );
    }
    seen.add(channel);
  }
}

function requireText(
  field: string,
  value: unknown,
  condition = '',
): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    const when = condition ? ` ${condition}` : '';
    throw new DeliveryRequestError(field, `must be a non-empty string${when}.`);
  }
}

function requireString(field: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new DeliveryRequestError(field, 'must be a string.');
  }
}

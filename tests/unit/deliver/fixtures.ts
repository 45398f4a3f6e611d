/**
 * Small builders for the delivery function's inputs, so each test states
 * only what it is about.
 */
import type { DeliveryConfig } from '../../../functions/deliver/config';
import type { DeliveryRequest } from '../../../functions/deliver/contract';

export const SENDER = 'notifications@messages.example.com';
export const EMAIL_ADDRESS = 'alice.liddell@wonderland.example.org';
export const PHONE_NUMBER = '+447700900123';

export function aConfig(
  overrides: Partial<DeliveryConfig> = {},
): DeliveryConfig {
  return { senderEmail: SENDER, region: 'eu-west-1', ...overrides };
}

type MessageOverrides = Partial<DeliveryRequest['message']>;

export function aMessage(
  overrides: MessageOverrides = {},
): DeliveryRequest['message'] {
  return {
    id: 'msg-01J9Z3K7Q8',
    recipient: 'alice',
    subject: 'Your order has shipped',
    body: 'Parcel 4471 left the depot at 09:12 and arrives tomorrow.',
    emailAddress: EMAIL_ADDRESS,
    phoneNumber: PHONE_NUMBER,
    ...overrides,
  };
}

export function aRequest(
  channels: DeliveryRequest['channels'] = ['EMAIL', 'SMS'],
  message: MessageOverrides = {},
): DeliveryRequest {
  return { message: aMessage(message), channels };
}

/** An event as a broken caller might send it, past the type checker. */
export function aMalformedRequest(shape: unknown): DeliveryRequest {
  return shape as DeliveryRequest;
}

/** A Node socket error, as `node:net` raises it. */
export function aSocketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:443`), { code });
}

/**
 * Publish as SNS runs it for a phone number: the checks SNS makes, then
 * the SMS this emulator keeps. Topics and platform endpoints are out
 * of scope here, so publishing to one is refused rather than faked.
 */
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_SMS_TYPE,
  SENDER_ID,
  SMS_TYPE,
  stringAttribute,
  validateAttributes,
} from './attributes';
import { invalidParameter, invalidPhoneNumber, notFound } from './errors';
import { isE164 } from './phone';
import { failForReservedNumber, isOptedOut, OPTED_OUT_REASON } from './reserved';
import type { PublishInput, SmsRecord } from './types';

/** SNS's limit on one SMS publish, counted in characters. */
export const MAX_SMS_CHARACTERS = 1_600;

const SMS_ONLY = 'This local SNS only sends SMS: publish with PhoneNumber instead.';

export function publishSms(input: PublishInput, now: Date): SmsRecord {
  const phoneNumber = requirePhoneNumber(input);
  const body = smsBody(input);

  if (!isE164(phoneNumber)) throw invalidPhoneNumber(phoneNumber);
  validateAttributes(input.attributes);
  // Code points, not UTF-16 units: an emoji is one character to SNS.
  if ([...body].length > MAX_SMS_CHARACTERS) throw invalidParameter('Message too long');
  failForReservedNumber(phoneNumber);

  const optedOut = isOptedOut(phoneNumber);
  return {
    messageId: randomUUID(),
    phoneNumber,
    body,
    smsType: stringAttribute(input.attributes, SMS_TYPE) ?? DEFAULT_SMS_TYPE,
    senderId: stringAttribute(input.attributes, SENDER_ID),
    attributes: input.attributes,
    delivery: optedOut ? 'OPTED_OUT' : 'DELIVERED',
    failureReason: optedOut ? OPTED_OUT_REASON : undefined,
    at: now.toISOString(),
  };
}

function requirePhoneNumber(input: PublishInput): string {
  if (input.topicArn) {
    // No topic exists here, so this is SNS's answer for a missing topic.
    throw notFound(`Topic does not exist. ${SMS_ONLY} Received: ${input.topicArn}`);
  }
  if (input.targetArn) {
    throw invalidParameter(
      'TargetArn Reason: No endpoint found for the target arn specified. ' +
        `${SMS_ONLY} Received: ${input.targetArn}`,
    );
  }
  if (input.phoneNumber === undefined) {
    throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
  }
  return input.phoneNumber;
}

/** The text the handset gets, unwrapping `MessageStructure: 'json'`. */
function smsBody(input: PublishInput): string {
  if (!input.message) throw invalidParameter('Empty message');
  if (input.messageStructure !== 'json') return input.message;

  let parsed: unknown;
  try {
    parsed = JSON.parse(input.message);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  const byProtocol = (parsed ?? {}) as Record<string, unknown>;
  const text = byProtocol.sms ?? byProtocol.default;
  if (typeof text !== 'string') {
    throw invalidParameter('Message Structure - No default entry in JSON message body');
  }
  if (!text) throw invalidParameter('Empty message');
  return text;
}

/**
 * Reserved phone numbers that make the local SNS fail on purpose, so a
 * test can drive every SMS failure path without an AWS account.
 *
 * They sit in `+1 555 555 0100`–`0199`: area code 555 is not assigned and
 * 555-0100 to 555-0199 is the block the North American Numbering Plan
 * keeps for fiction, so none of them can ever reach a handset.
 *
 *   +15555550101  opted out. Publish succeeds and returns a MessageId; the
 *                 SMS is kept with delivery OPTED_OUT and stays out of the
 *                 outbox. SNS's Publish has no opted-out error: it accepts
 *                 the SMS and drops it, and only delivery status logs say
 *                 so. (SNS's OptedOut error belongs to the sandbox calls.)
 *   +15555550102  unreachable. InvalidParameter (400), "Invalid parameter:
 *                 PhoneNumber Reason: +15555550102 is not valid to publish
 *                 to", which SNS answers for a well-formed number it cannot
 *                 send to. The SDK raises InvalidParameterException.
 *   +15555550103  throttled. Throttled (429), "Rate exceeded". The SDK
 *                 raises ThrottledException and retries it.
 *   +15555550104  outage. InternalError (500). The SDK raises
 *                 InternalErrorException with $fault 'server' and retries.
 *
 * Every other number, in the block or outside it, is delivered. The
 * failures hold on every attempt: a retry of a throttled number is
 * throttled again.
 */
import { internalError, invalidPhoneNumber, throttled } from './errors';

export const OPTED_OUT_NUMBER = '+15555550101';
export const UNREACHABLE_NUMBER = '+15555550102';
export const THROTTLED_NUMBER = '+15555550103';
export const INTERNAL_ERROR_NUMBER = '+15555550104';

/** The reason kept on an SMS sent to the opted-out number. */
export const OPTED_OUT_REASON = 'Phone is currently opted out';

/** Throws the error a reserved number stands for; returns for others. */
export function failForReservedNumber(phoneNumber: string): void {
  switch (phoneNumber) {
    case UNREACHABLE_NUMBER:
      throw invalidPhoneNumber(phoneNumber);
    case THROTTLED_NUMBER:
      throw throttled();
    case INTERNAL_ERROR_NUMBER:
      throw internalError();
    default:
  }
}

export function isOptedOut(phoneNumber: string): boolean {
  return phoneNumber === OPTED_OUT_NUMBER;
}

/**
 * E.164 as SNS checks it before publishing: a `+`, a country code that
 * does not start with 0, and at most 15 digits in all. No spaces, dashes
 * or brackets: SNS rejects `+1 206 555 0100` where a person would not.
 */
const E164 = /^\+[1-9]\d{0,14}$/;

export function isE164(phoneNumber: string): boolean {
  return E164.test(phoneNumber);
}

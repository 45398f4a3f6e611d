/**
 * Phone numbers to E.164 (+ and up to 15 digits), the only form SNS takes.
 * AppSync's AWSPhone accepts grouped digits with an optional country code and
 * assumes North America without one; this follows the same reading.
 */

/** Characters people put between digit groups. */
const SEPARATORS = [' ', '-', '.', '(', ')', '/'];
const DIGITS = '0123456789';

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

export function toE164(raw: string): PhoneResult {
  let text = raw.trim();
  if (text.startsWith('00')) {
    text = `+${text.slice(2)}`;
  }
  const international = text.startsWith('+');
  const rest = international ? text.slice(1) : text;

  let digits = '';
  for (const ch of rest.split('')) {
    if (DIGITS.includes(ch)) {
      digits = digits + ch;
    } else if (!SEPARATORS.includes(ch)) {
      return { ok: false, reason: `contains "${ch}", which is not a digit or separator` };
    }
  }

  if (international) {
    return checkInternational(digits);
  }
  // North American Numbering Plan: ten digits, or eleven with the leading 1.
  if (digits.length === 10 && digits[0] !== '0' && digits[0] !== '1') {
    return { ok: true, e164: `+1${digits}` };
  }
  if (digits.length === 11 && digits[0] === '1') {
    return { ok: true, e164: `+${digits}` };
  }
  return {
    ok: false,
    reason: 'needs a country code, like +44 20 7946 0958 (10 digits are read as +1)',
  };
}

function checkInternational(digits: string): PhoneResult {
  if (digits.length < 8 || digits.length > 15) {
    return {
      ok: false,
      reason: `must have 8 to 15 digits after the + (got ${digits.length})`,
    };
  }
  if (digits[0] === '0') {
    return { ok: false, reason: 'a country code never starts with 0' };
  }
  if (digits[0] === '1' && digits.length !== 11) {
    return { ok: false, reason: 'a +1 number has 10 digits after the country code' };
  }
  return { ok: true, e164: `+${digits}` };
}

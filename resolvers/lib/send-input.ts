/**
 * The rules of sendMessage's input. Every rule is checked, so a client sees
 * all that is wrong in one response instead of one problem at a time.
 */
import type { Channel, SendMessageInput } from '../../generated/graphql';
import { normaliseEmail } from './email';
import type { Violation } from './errors';
import { DEFAULT_SUBJECT, LIMITS } from './limits';
import { toE164 } from './phone';
import { hasControlCharacters, hasLineBreak, requiredText } from './text';

/** The input once it has passed every rule, in its stored form. */
export interface NormalisedMessage {
  recipient: string;
  body: string;
  subject: string;
  emailAddress: string | null;
  phoneNumber: string | null;
  idempotencyKey: string | null;
  channels: Channel[];
}

export function normaliseSendInput(input: SendMessageInput): {
  message: NormalisedMessage;
  violations: Violation[];
} {
  const violations: Violation[] = [];
  const recipient = requiredText(
    input.recipient,
    { field: 'input.recipient', max: LIMITS.recipient },
    violations,
  );
  const body = requiredText(
    input.body,
    { field: 'input.body', max: LIMITS.body, multiline: true },
    violations,
  );
  const emailAddress = checkEmail(input.emailAddress, violations);
  const phoneNumber = checkPhone(input.phoneNumber, violations);

  if (input.emailAddress == null && input.phoneNumber == null) {
    const message = 'give an emailAddress, a phoneNumber, or both';
    violations.push({ field: 'input.emailAddress', message });
    violations.push({ field: 'input.phoneNumber', message });
  }
  if (input.phoneNumber != null && body.length > LIMITS.smsBody) {
    violations.push({
      field: 'input.body',
      message: `must be at most ${LIMITS.smsBody} characters when sent by SMS (got ${body.length})`,
    });
  }

  const channels: Channel[] = [];
  if (emailAddress != null) channels.push('EMAIL');
  if (phoneNumber != null) channels.push('SMS');

  return {
    message: {
      recipient,
      body,
      subject: checkSubject(input.subject, violations),
      emailAddress,
      phoneNumber,
      idempotencyKey: checkIdempotencyKey(input.idempotencyKey, violations),
      channels,
    },
    violations,
  };
}

function checkEmail(raw: string | null | undefined, violations: Violation[]) {
  if (raw == null) return null;
  const result = normaliseEmail(raw);
  if (!result.ok) {
    violations.push({ field: 'input.emailAddress', message: result.reason });
    return null;
  }
  return result.address;
}

function checkPhone(raw: string | null | undefined, violations: Violation[]) {
  if (raw == null) return null;
  const result = toE164(raw);
  if (!result.ok) {
    violations.push({ field: 'input.phoneNumber', message: result.reason });
    return null;
  }
  return result.e164;
}

/** Line breaks in a subject would let a client inject email headers. */
function checkSubject(raw: string | null | undefined, violations: Violation[]) {
  const subject = (raw ?? '').trim();
  if (hasLineBreak(subject)) {
    violations.push({ field: 'input.subject', message: 'must be one line: no line breaks' });
  } else if (hasControlCharacters(subject)) {
    violations.push({ field: 'input.subject', message: 'must not contain control characters' });
  }
  if (subject.length > LIMITS.subject) {
    violations.push({
      field: 'input.subject',
      message: `must be at most ${LIMITS.subject} characters (got ${subject.length})`,
    });
  }
  return subject.length === 0 ? DEFAULT_SUBJECT : subject;
}

function checkIdempotencyKey(raw: string | null | undefined, violations: Violation[]) {
  if (raw == null) return null;
  if (raw.trim().length === 0) {
    violations.push({ field: 'input.idempotencyKey', message: 'must not be blank when given' });
  } else if (raw.length > LIMITS.idempotencyKey) {
    violations.push({
      field: 'input.idempotencyKey',
      message: `must be at most ${LIMITS.idempotencyKey} characters (got ${raw.length})`,
    });
  } else if (hasControlCharacters(raw)) {
    violations.push({
      field: 'input.idempotencyKey',
      message: 'must not contain control characters',
    });
  }
  return raw;
}

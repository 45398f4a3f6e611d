/**
 * The outbox: what the local services delivered, newest first, in the
 * shape the offline runtime shows developers and tests read.
 *
 * It lists only mail and SMS that reached someone. An email every
 * recipient of which bounced or was suppressed, and an SMS to an
 * opted-out number, were accepted but not delivered: they stay in the
 * services' own records (`emails()`, `messages()`) and are left out here.
 */
import { isDelivered } from './ses/simulator';
import type { EmailRecord } from './ses/types';
import type { SmsRecord } from './sns/types';

export interface OutboxEmail {
  messageId: string;
  from: string;
  /** The To addresses, comma-separated: one, for every message this API sends. */
  to: string;
  subject: string;
  body: string;
  /** ISO 8601. */
  at: string;
}

export interface OutboxSms {
  messageId: string;
  phoneNumber: string;
  body: string;
  /** ISO 8601. */
  at: string;
}

export interface OutboxContents {
  emails: OutboxEmail[];
  sms: OutboxSms[];
}

/** The parts of the local services the outbox reads. */
export interface SmsSource {
  messages(): SmsRecord[];
  clear(): void;
}

export interface EmailSource {
  emails(): EmailRecord[];
  clear(): void;
}

export interface Outbox {
  /** A fresh copy on every call; newest first within each list. */
  read(): OutboxContents;
  /** Forgets everything both services recorded. */
  clear(): void;
}

export function createOutbox(sns: SmsSource, ses: EmailSource): Outbox {
  return {
    read: () => ({
      // The services record in arrival order, which is finer than `at`:
      // two sends in the same millisecond still come out in order.
      emails: ses.emails().filter(reachedSomeone).map(toOutboxEmail).reverse(),
      sms: sns.messages().filter((sms) => sms.delivery === 'DELIVERED').map(toOutboxSms).reverse(),
    }),
    clear: () => {
      sns.clear();
      ses.clear();
    },
  };
}

function reachedSomeone(email: EmailRecord): boolean {
  return email.recipients.some((recipient) => isDelivered(recipient.outcome));
}

function toOutboxEmail(email: EmailRecord): OutboxEmail {
  const { messageId, from, to, subject, body, at } = email;
  return { messageId, from, to: to.join(', '), subject, body, at };
}

function toOutboxSms(sms: SmsRecord): OutboxSms {
  const { messageId, phoneNumber, body, at } = sms;
  return { messageId, phoneNumber, body, at };
}

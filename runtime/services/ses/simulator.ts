/**
 * How the local SES treats special recipient addresses, so a test can
 * drive every email outcome without an AWS account.
 *
 * SES's own mailbox simulator, at `simulator.amazonses.com`: SES accepts
 * the email (SendEmail returns a MessageId) and the outcome arrives later
 * as a notification. None of them fails SendEmail, so neither does this.
 *
 *   success@          delivered
 *   bounce@           hard bounce (SMTP 550 5.1.1): BOUNCED, not delivered
 *   ooto@             delivered, then an out-of-office reply: AUTO_REPLIED
 *   complaint@        delivered, then a complaint: COMPLAINED
 *   suppressionlist@  hard bounce as if the address were on the suppression
 *                     list: SUPPRESSED, not delivered. SES treats its
 *                     account-level suppression list the same way: it
 *                     accepts the email and never sends it.
 *
 * Local failure addresses, at `ses.test` (a name reserved for testing),
 * make SendEmail itself fail with what SES answers synchronously:
 *
 *   rejected@   MessageRejected (400), "Email address is not verified...":
 *               SES's answer, in the sandbox, for an unverified recipient
 *   throttled@  Throttling (400), "Maximum sending rate exceeded."
 *   error@      InternalFailure (500)
 *
 * Both sets take SES's `+label` (`bounce+signup@...`), match without
 * regard to case, and apply when the address is in To, Cc or Bcc. Every
 * other address is delivered. The local SES has no identities, so it
 * never rejects an unverified sender.
 */
import type { AwsServiceError } from '../errors';
import { internalFailure, messageRejected, throttling } from './errors';
import type { RecipientOutcome } from './types';

const SIMULATOR_DOMAIN = 'simulator.amazonses.com';
const FAILURE_DOMAIN = 'ses.test';

const SIMULATED: Readonly<Record<string, RecipientOutcome>> = {
  success: 'DELIVERED',
  bounce: 'BOUNCED',
  ooto: 'AUTO_REPLIED',
  complaint: 'COMPLAINED',
  suppressionlist: 'SUPPRESSED',
};

const FAILURES: Readonly<Record<string, (region: string, address: string) => AwsServiceError>> = {
  rejected: (region, address) => messageRejected(region, [address]),
  throttled: () => throttling(),
  error: () => internalFailure(),
};

export function outcomeFor(address: string): RecipientOutcome {
  const { mailbox, domain } = split(address);
  return (domain === SIMULATOR_DOMAIN && SIMULATED[mailbox]) || 'DELIVERED';
}

/** The error SendEmail fails with for this recipient, if it is one. */
export function failureFor(address: string, region: string): AwsServiceError | undefined {
  const { mailbox, domain } = split(address);
  if (domain !== FAILURE_DOMAIN) return undefined;
  return FAILURES[mailbox]?.(region, address);
}

export function isDelivered(outcome: RecipientOutcome): boolean {
  return outcome !== 'BOUNCED' && outcome !== 'SUPPRESSED';
}

/** `Bounce+Label@Simulator.AmazonSES.com` → `bounce`, `simulator.amazonses.com`. */
function split(address: string): { mailbox: string; domain: string } {
  const lower = address.toLowerCase();
  const at = lower.lastIndexOf('@');
  const local = lower.slice(0, at);
  const plus = local.indexOf('+');
  return { mailbox: plus === -1 ? local : local.slice(0, plus), domain: lower.slice(at + 1) };
}

/**
 * SES v1 SendEmail: the checks SES makes before it accepts an email, then
 * the email this emulator keeps with each recipient's simulated outcome.
 */
import { randomUUID } from 'node:crypto';
import { listMembers, type QueryParams } from '../query/form';
import { checkAddress } from './address';
import { missingParameter } from './errors';
import { failureFor, outcomeFor } from './simulator';
import type { EmailRecipient, EmailRecord } from './types';

export function sendEmail(params: QueryParams, region: string, now: Date): EmailRecord {
  const source = params.get('Source');
  if (!source) throw missingParameter('Source');
  checkAddress(source);
  const to = listMembers(params, 'Destination.ToAddresses').map(checkAddress);
  const cc = listMembers(params, 'Destination.CcAddresses').map(checkAddress);
  const bcc = listMembers(params, 'Destination.BccAddresses').map(checkAddress);
  if (to.length + cc.length + bcc.length === 0) {
    throw missingParameter('Destination.ToAddresses');
  }

  const subject = params.get('Message.Subject.Data');
  if (subject === undefined) throw missingParameter('Message.Subject.Data');
  const text = params.get('Message.Body.Text.Data');
  const html = params.get('Message.Body.Html.Data');
  if (text === undefined && html === undefined) throw missingParameter('Message.Body');

  const recipients: EmailRecipient[] = [
    ...to.map((address) => recipient(address, 'to', region)),
    ...cc.map((address) => recipient(address, 'cc', region)),
    ...bcc.map((address) => recipient(address, 'bcc', region)),
  ];
  return {
    messageId: sesMessageId(now),
    from: source,
    to,
    cc,
    bcc,
    replyTo: listMembers(params, 'ReplyToAddresses').map(checkAddress),
    subject,
    body: text ?? html ?? '',
    text,
    html,
    recipients,
    at: now.toISOString(),
  };
}

function recipient(
  address: string,
  field: EmailRecipient['field'],
  region: string,
): EmailRecipient {
  const failure = failureFor(address, region);
  if (failure) throw failure;
  return { address, field, outcome: outcomeFor(address) };
}

/** SES's id shape: 16 hex digits of time, a UUID, and `-000000`. */
function sesMessageId(now: Date): string {
  const time = now.getTime().toString(16).padStart(16, '0');
  return `${time}-${randomUUID()}-000000`;
}

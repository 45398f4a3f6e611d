import type { ServiceRequestListener } from '../events';

/**
 * What happened to one recipient of an accepted email. The mailbox
 * simulator decides it for its addresses; every other address is
 * DELIVERED. COMPLAINED and AUTO_REPLIED mail did reach the inbox.
 */
export type RecipientOutcome =
  | 'DELIVERED'
  | 'BOUNCED'
  | 'SUPPRESSED'
  | 'COMPLAINED'
  | 'AUTO_REPLIED';

export interface EmailRecipient {
  address: string;
  field: 'to' | 'cc' | 'bcc';
  outcome: RecipientOutcome;
}

/** One email the local SES accepted. */
export interface EmailRecord {
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string[];
  subject: string;
  /** The text part, or the HTML part when there is no text part. */
  body: string;
  text?: string;
  html?: string;
  recipients: EmailRecipient[];
  /** When SES accepted it, ISO 8601. */
  at: string;
}

export interface LocalSesOptions {
  /** @default 0, a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Called once per request, for the runtime's log. @default none */
  onRequest?: ServiceRequestListener;
}

export interface LocalSes {
  /** Base URL for `new SESClient({ endpoint })`. */
  readonly endpoint: string;
  /** Every email accepted so far, oldest first. */
  emails(): EmailRecord[];
  /** Forgets every email. */
  clear(): void;
  close(): Promise<void>;
}

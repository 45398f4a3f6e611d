import type { ServiceRequestListener } from '../events';

/** A message attribute as Publish carries it, in either protocol. */
export interface MessageAttribute {
  dataType: string;
  stringValue?: string;
  /** Base64, as it travels on the wire. */
  binaryValue?: string;
}

/** A Publish request, read from either protocol into one shape. */
export interface PublishInput {
  phoneNumber?: string;
  topicArn?: string;
  targetArn?: string;
  message?: string;
  messageStructure?: string;
  attributes: Record<string, MessageAttribute>;
}

/** Whether an SMS reached the handset, as far as the local SNS decides. */
export type SmsDelivery = 'DELIVERED' | 'OPTED_OUT';

/** One SMS the local SNS accepted. */
export interface SmsRecord {
  messageId: string;
  phoneNumber: string;
  body: string;
  /** `AWS.SNS.SMS.SMSType`; SNS sends Promotional when none is given. */
  smsType: string;
  /** `AWS.SNS.SMS.SenderID`, when given. */
  senderId?: string;
  attributes: Record<string, MessageAttribute>;
  delivery: SmsDelivery;
  /** Why the SMS was not delivered, when it was not. */
  failureReason?: string;
  /** When SNS accepted it, ISO 8601. */
  at: string;
}

export interface LocalSnsOptions {
  /** @default 0, a free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Called once per request, for the runtime's log. @default none */
  onRequest?: ServiceRequestListener;
}

export interface LocalSns {
  /** Base URL for `new SNSClient({ endpoint })`. */
  readonly endpoint: string;
  /** Every SMS accepted so far, oldest first. */
  messages(): SmsRecord[];
  /** Forgets every SMS. */
  clear(): void;
  close(): Promise<void>;
}

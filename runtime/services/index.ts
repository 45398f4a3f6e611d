export { createOutbox } from './outbox';
export type {
  EmailSource,
  Outbox,
  OutboxContents,
  OutboxEmail,
  OutboxSms,
  SmsSource,
} from './outbox';
export type { ServiceRequestEvent, ServiceRequestListener } from './events';
export { startLocalSes } from './ses/server';
export type {
  EmailRecipient,
  EmailRecord,
  LocalSes,
  LocalSesOptions,
  RecipientOutcome,
} from './ses/types';
export { startLocalSns } from './sns/server';
export {
  INTERNAL_ERROR_NUMBER,
  OPTED_OUT_NUMBER,
  THROTTLED_NUMBER,
  UNREACHABLE_NUMBER,
} from './sns/reserved';
export type {
  LocalSns,
  LocalSnsOptions,
  MessageAttribute,
  SmsDelivery,
  SmsRecord,
} from './sns/types';

/** The documented maximum lengths of what a client sends. */
export const LIMITS = {
  recipient: 256,
  body: 10_000,
  /** One SNS Publish carries at most 1,600 characters. */
  smsBody: 1_600,
  subject: 200,
  idempotencyKey: 128,
  messageId: 64,
  nextToken: 8_192,
} as const;

/** The page size of messagesByRecipient. */
export const PAGE = { default: 20, max: 100 } as const;

/** The subject of an email sent without one. */
export const DEFAULT_SUBJECT = 'You have a new message';

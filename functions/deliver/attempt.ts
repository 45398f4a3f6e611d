import type { Channel } from '../../generated/graphql';
import { classifyProviderError } from './classify';
import type { ChannelOutcome } from './contract';
import { logger } from './logger';

/** What one attempt is about, as its log line shows it. */
export interface AttemptSubject {
  channel: Channel;
  messageId: string;
  /** The recipient's address, already masked. */
  maskedAddress: string;
}

/**
 * Makes one attempt on one channel and reports it: as the outcome the
 * contract returns, and as exactly one log line. Never rejects, so that
 * one channel's failure cannot reach another's.
 */
export async function attempt(
  subject: AttemptSubject,
  send: () => Promise<string>,
): Promise<ChannelOutcome> {
  const startedAt = performance.now();
  const outcome = await send().then(
    (providerMessageId): ChannelOutcome => ({
      channel: subject.channel,
      status: 'SENT',
      providerMessageId,
      attemptedAt: new Date().toISOString(),
    }),
    (error: unknown): ChannelOutcome => ({
      channel: subject.channel,
      status: 'FAILED',
      ...classifyProviderError(error),
      attemptedAt: new Date().toISOString(),
    }),
  );
  logAttempt(subject, outcome, Math.round(performance.now() - startedAt));
  return outcome;
}

// The provider's error message is left out on purpose: SES quotes the
// refused address in it. It still reaches the caller, in the outcome.
function logAttempt(
  subject: AttemptSubject,
  outcome: ChannelOutcome,
  durationMs: number,
): void {
  const fields = {
    channel: subject.channel,
    messageId: subject.messageId,
    address: subject.maskedAddress,
    outcome: outcome.status,
    durationMs,
  };
  if (outcome.status === 'SENT') {
    logger.info('Delivery attempted', {
      ...fields,
      providerMessageId: outcome.providerMessageId,
    });
    return;
  }
  logger.warn('Delivery attempted', {
    ...fields,
    errorCode: outcome.errorCode,
    retryable: outcome.retryable,
  });
}

/**
 * Record each channel's outcome on the stored message and release the
 * delivery lease. The write is conditional on still holding the lease, so
 * an attempt that outlived its lease cannot overwrite a newer one.
 */
import { runtime, util, type Context } from '@aws-appsync/utils';

import type { ChannelOutcome } from '../../functions/deliver/contract';
import { ErrorType } from '../lib/errors';
import type { DeliveryRecord, MessageItem } from '../lib/items';
import type { DeliveryStash } from '../lib/stash';

export function request(ctx: Context<unknown, DeliveryStash>) {
  const { message, lease, result, deliveryUnavailable } = ctx.stash;
  if (result != null || lease == null || deliveryUnavailable) {
    return runtime.earlyReturn(null);
  }

  const names: Record<string, string> = { '#lease': 'lease' };
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  for (const outcome of ctx.stash.outcomes ?? []) {
    const previous = message.deliveries[outcome.channel];
    names['#deliveries'] = 'deliveries';
    names[`#${outcome.channel}`] = outcome.channel;
    values[`:${outcome.channel}`] = toRecord(outcome, previous?.attempts ?? 0);
    sets.push(`#deliveries.#${outcome.channel} = :${outcome.channel}`);
  }

  const setClause = sets.length > 0 ? `SET ${sets.join(', ')} ` : '';
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ PK: message.PK, SK: message.SK }),
    update: {
      expression: `${setClause}REMOVE #lease`,
      expressionNames: names,
      ...(sets.length > 0 ? { expressionValues: util.dynamodb.toMapValues(values) } : {}),
    },
    condition: {
      expression: '#lease.#token = :token',
      expressionNames: { '#lease': 'lease', '#token': 'token' },
      expressionValues: util.dynamodb.toMapValues({ ':token': lease.token }),
    },
  };
}

export function response(ctx: Context<unknown, DeliveryStash>) {
  if (ctx.error) {
    util.appendError(
      `The delivery outcomes could not be recorded (${ctx.error.type}: ${ctx.error.message}). The channels stay as they were stored; check them with messagesByRecipient before retrying.`,
      ErrorType.Internal,
      null,
      { messageId: ctx.stash.message.id },
    );
    ctx.stash.result = ctx.stash.message;
    return null;
  }
  ctx.stash.result = ctx.result as MessageItem;
  return null;
}

function toRecord(outcome: ChannelOutcome, previousAttempts: number): DeliveryRecord {
  const base = {
    channel: outcome.channel,
    attempts: previousAttempts + 1,
    lastAttemptAt: outcome.attemptedAt,
  };
  if (outcome.status === 'SENT') {
    return { ...base, status: 'SENT', providerMessageId: outcome.providerMessageId };
  }
  return {
    ...base,
    status: 'FAILED',
    errorCode: outcome.errorCode,
    errorMessage: outcome.errorMessage,
    retryable: outcome.retryable,
  };
}

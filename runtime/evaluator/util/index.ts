/**
 * The `util`, `extensions` and `runtime` objects that resolver code imports
 * from `@aws-appsync/utils`. One instance serves every resolver: the
 * per-request state lives in the running invocation, not here.
 */
import { currentInvocation } from '../invocation';
import { EarlyReturnSignal } from '../signals';
import type { ExtensionCall, SkipTo } from '../types';
import { dynamodbUtil } from './dynamodb';
import { toDynamoDBExpression } from './dynamodb-expression';
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './encoding';
import { appendError, authType, error, unauthorized } from './field-errors';
import { autoId, autoKsuid, autoUlid } from './ids';
import { matches } from './matches';
import { math, str } from './str-math';
import { toSubscriptionFilter } from './subscription-filter';
import { createTime } from './time';

export const util = {
  autoId,
  autoUlid: () => autoUlid(),
  autoKsuid: () => autoKsuid(),
  urlEncode,
  urlDecode,
  base64Encode,
  base64Decode,
  escapeJavaScript,
  error,
  appendError,
  unauthorized,
  authType,
  matches,
  time: createTime(),
  dynamodb: dynamodbUtil,
  transform: {
    toDynamoDBFilterExpression: (filter: Record<string, unknown>) =>
      JSON.stringify(toDynamoDBExpression(filter)),
    toDynamoDBConditionExpression: (condition: Record<string, unknown>) =>
      JSON.stringify(toDynamoDBExpression(condition)),
    toSubscriptionFilter,
  },
  str,
  math,
};

function record(utilName: string, call: ExtensionCall): void {
  currentInvocation(utilName).extensions.push(call);
}

export const extensions = {
  setSubscriptionFilter: (filter: unknown) =>
    record('extensions.setSubscriptionFilter', { kind: 'setSubscriptionFilter', filter }),
  setSubscriptionInvalidationFilter: (filter: unknown) =>
    record('extensions.setSubscriptionInvalidationFilter', {
      kind: 'setSubscriptionInvalidationFilter',
      filter,
    }),
  invalidateSubscriptions: (invalidation: unknown) =>
    record('extensions.invalidateSubscriptions', { kind: 'invalidateSubscriptions', invalidation }),
  evictFromApiCache: (typeName: string, fieldName: string, keys: Record<string, unknown>) =>
    record('extensions.evictFromApiCache', { kind: 'evictFromApiCache', typeName, fieldName, keys }),
};

export const runtime = {
  earlyReturn(value?: unknown, options?: { skipTo?: SkipTo }): never {
    throw new EarlyReturnSignal(value ?? null, options?.skipTo ?? 'NEXT');
  },
};

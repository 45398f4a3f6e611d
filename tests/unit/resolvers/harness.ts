/**
 * Runs the built resolver bundles (dist/) through the evaluator one handler
 * at a time, with contexts made by small factories.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  bundlePaths,
  resolvers,
  type FunctionName,
} from '../../../infra/api-definition';
import { loadResolverCode, type HandlerOutcome } from '../../../runtime/evaluator/index';
import { root } from '../../../scripts/build';

export function loadFunction(name: FunctionName) {
  const file = bundlePaths.function(name);
  return loadResolverCode(readFileSync(path.join(root, file), 'utf8'), file);
}

export function loadResolver(typeName: string, fieldName: string) {
  const definition = resolvers.find((r) => r.typeName === typeName && r.fieldName === fieldName);
  if (!definition) throw new Error(`No resolver ${typeName}.${fieldName}`);
  const file = bundlePaths.resolver(definition);
  return loadResolverCode(readFileSync(path.join(root, file), 'utf8'), file);
}

export interface ContextParts {
  args?: Record<string, unknown>;
  stash?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string; type: string };
}

export function context({ args = {}, stash = {}, result, error }: ContextParts = {}) {
  return {
    arguments: args,
    args,
    identity: null,
    source: null,
    stash,
    prev: { result: null },
    request: { headers: {}, domainName: null },
    info: { fieldName: 'field', parentTypeName: 'Mutation', variables: {} },
    env: {},
    result,
    error,
  };
}

/** The value a handler returned or early-returned; fails the test otherwise. */
export function valueOf(outcome: HandlerOutcome): unknown {
  if (outcome.kind === 'returned' || outcome.kind === 'earlyReturn') return outcome.value;
  throw new Error(`Expected a value, got ${outcome.kind}: ${JSON.stringify(outcome.error)}`);
}

export function errorOf(outcome: HandlerOutcome) {
  if (outcome.kind === 'error') return outcome.error;
  throw new Error(`Expected util.error, got ${outcome.kind}`);
}

/** A stored message item as storeMessage writes it. */
export function messageItem(overrides: Record<string, unknown> = {}) {
  return {
    PK: 'RECIPIENT#alice',
    SK: 'MESSAGE#01JF000000000000000000000A',
    entity: 'MESSAGE',
    id: '01JF000000000000000000000A',
    recipient: 'alice',
    body: 'Hello',
    subject: 'You have a new message',
    emailAddress: 'alice@example.com',
    phoneNumber: '+14155550100',
    createdAt: '2026-12-03T14:00:00.000Z',
    idempotencyKey: null,
    deliveries: {
      EMAIL: { channel: 'EMAIL', status: 'PENDING', attempts: 0 },
      SMS: { channel: 'SMS', status: 'PENDING', attempts: 0 },
    },
    ...overrides,
  };
}

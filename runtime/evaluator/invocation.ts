/**
 * The side effects of the handler that is running right now. Handlers run
 * synchronously (APPSYNC_JS has no async), so one slot is enough; a stack
 * keeps it correct should a host ever run a handler from inside another.
 */
import { NoActiveHandlerError } from './errors';
import type { ResolverContext, SideEffects } from './types';

export interface Invocation extends SideEffects {
  ctx: ResolverContext;
}

const active: Invocation[] = [];

export function runInInvocation<T>(
  ctx: ResolverContext,
  body: (invocation: Invocation) => T,
): T {
  const invocation: Invocation = {
    ctx,
    appendedErrors: [],
    extensions: [],
    logs: [],
  };
  active.push(invocation);
  try {
    return body(invocation);
  } finally {
    active.pop();
  }
}

export function currentInvocation(utilName: string): Invocation {
  const invocation = active.at(-1);
  if (!invocation) throw new NoActiveHandlerError(utilName);
  return invocation;
}

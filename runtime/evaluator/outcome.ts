/**
 * Runs one handler and turns every way it can end into a HandlerOutcome.
 * Values leave the sandbox through a JSON round trip, as they leave
 * AppSync's runtime: this also gives the host plain objects of its own
 * realm rather than objects built inside the vm context.
 */
import { runInInvocation } from './invocation';
import { jsonValue } from './json-value';
import { EarlyReturnSignal, FieldErrorSignal } from './signals';
import type { HandlerOutcome, ResolverContext } from './types';

/** The errorType AppSync reports when a resolver's own code fails. */
export const CODE_ERROR_TYPE = 'Code';

export function callHandler(
  handler: (ctx: ResolverContext) => unknown,
  ctx: ResolverContext,
): HandlerOutcome {
  return runInInvocation(ctx, (invocation) => {
    const effects = {
      appendedErrors: invocation.appendedErrors,
      extensions: invocation.extensions,
      logs: invocation.logs,
    };
    try {
      return { kind: 'returned', value: toJson(handler(ctx)), ...effects };
    } catch (thrown) {
      if (thrown instanceof EarlyReturnSignal) {
        return { kind: 'earlyReturn', value: toJson(thrown.value), skipTo: thrown.skipTo, ...effects };
      }
      if (thrown instanceof FieldErrorSignal) {
        return { kind: 'error', error: toJson(thrown.error) as typeof thrown.error, ...effects };
      }
      return { kind: 'codeError', error: codeError(thrown), cause: thrown, ...effects };
    }
  });
}

const toJson = jsonValue;

/**
 * Errors thrown inside the vm are from another realm, so `instanceof Error`
 * is false for them; read name and message structurally instead.
 */
function codeError(thrown: unknown) {
  const fault = thrown as { name?: unknown; message?: unknown } | null;
  const name = typeof fault?.name === 'string' ? fault.name : 'Error';
  const message = typeof fault?.message === 'string' ? fault.message : String(thrown);
  return { message: `${name}: ${message}`, errorType: CODE_ERROR_TYPE, data: null, errorInfo: null };
}

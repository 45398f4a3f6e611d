/**
 * Internal sentinels thrown by `util.error`, `util.unauthorized` and
 * `runtime.earlyReturn` to unwind the handler. APPSYNC_JS has no
 * try/catch, so resolver code can never intercept them; only the
 * evaluator's handler wrapper catches them and turns them into outcomes.
 *
 * They deliberately do not extend Error: nothing should mistake one for a
 * fault, and no stack trace is needed.
 */
import type { ErrorEntry, SkipTo } from './types';

export class EarlyReturnSignal {
  constructor(
    readonly value: unknown,
    readonly skipTo: SkipTo,
  ) {}
}

export class FieldErrorSignal {
  constructor(readonly error: ErrorEntry) {}
}

/**
 * The shapes that cross the evaluator's boundary: what a handler call
 * returns, and the error entries that end up in a GraphQL response.
 */

/** One entry of a GraphQL response's `errors`, as AppSync writes it. */
export interface ErrorEntry {
  message: string;
  errorType: string | null;
  data: unknown;
  errorInfo: unknown;
}

/** A call to one of the `extensions.*` functions, kept for the runtime. */
export type ExtensionCall =
  | { kind: 'setSubscriptionFilter'; filter: unknown }
  | { kind: 'setSubscriptionInvalidationFilter'; filter: unknown }
  | { kind: 'invalidateSubscriptions'; invalidation: unknown }
  | {
      kind: 'evictFromApiCache';
      typeName: string;
      fieldName: string;
      keys: Record<string, unknown>;
    };

/** A line the resolver wrote with `console.*`. */
export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  args: unknown[];
}

/** What a handler left behind besides its result. */
export interface SideEffects {
  /** Errors recorded with `util.appendError`, in call order. */
  appendedErrors: ErrorEntry[];
  extensions: ExtensionCall[];
  logs: LogLine[];
}

/** Where `runtime.earlyReturn` asked the pipeline to go next. */
export type SkipTo = 'NEXT' | 'END';

/**
 * The result of calling `request` or `response`. Resolver code cannot
 * catch, so every way a handler can stop is a value here, never a throw.
 */
export type HandlerOutcome = SideEffects &
  (
    | { kind: 'returned'; value: unknown }
    | { kind: 'earlyReturn'; value: unknown; skipTo: SkipTo }
    /** `util.error` or `util.unauthorized`: the field fails. */
    | { kind: 'error'; error: ErrorEntry }
    /** The resolver's own code threw, a TypeError say. */
    | { kind: 'codeError'; error: ErrorEntry; cause: unknown }
  );

/** The context object handed to a handler (`ctx`). */
export type ResolverContext = Record<string, unknown>;

export type Handler = (ctx: ResolverContext) => HandlerOutcome;

/** A bundle compiled once; calling a handler is the only per-request work. */
export interface CompiledResolver {
  readonly filename: string;
  readonly request: Handler;
  readonly response: Handler;
}

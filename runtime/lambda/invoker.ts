/**
 * The Lambda data source, offline: the delivery handler runs in this
 * process, but is called as AppSync calls a function. The payload and the
 * answer cross a JSON boundary, the function has its deployed timeout, and
 * anything it throws reaches the resolver as Lambda:Unhandled.
 */
import type { DataSourceResult } from '../evaluator/index';

export type LambdaHandler = (event: unknown) => Promise<unknown>;

export interface LambdaInvokerOptions {
  handler: LambdaHandler;
  timeoutMs: number;
  /** When false, every invocation fails as a crashed function would. */
  isAvailable?: () => boolean;
  onAsyncFailure?: (error: unknown) => void;
}

export function createLambdaInvoker(options: LambdaInvokerOptions) {
  return async (request: unknown): Promise<DataSourceResult> => {
    const { operation, payload, invocationType } = (request ?? {}) as Record<string, unknown>;
    if (operation !== 'Invoke') {
      return {
        error: {
          type: 'Lambda:InvalidRequest',
          message: `A Lambda data source request needs operation "Invoke", not ${JSON.stringify(operation)}.`,
        },
      };
    }
    const event = JSON.parse(JSON.stringify(payload ?? null));
    if (invocationType === 'Event') {
      void invoke(options, event).catch(options.onAsyncFailure);
      return { result: null };
    }
    try {
      const result = await invoke(options, event);
      return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    } catch (error) {
      return {
        error: {
          type: 'Lambda:Unhandled',
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
  };
}

async function invoke({ handler, timeoutMs, isAvailable }: LambdaInvokerOptions, event: unknown) {
  if (isAvailable && !isAvailable()) {
    throw new Error('The delivery function is unavailable: it is switched off in the offline runtime');
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([handler(event), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A closed-loop load generator: `concurrency` workers each issue the next
 * operation as soon as their last one answers, until `count` operations
 * have run or `maxMs` has passed, whichever comes first. Every scenario is
 * bounded both ways.
 */
import { performance } from 'node:perf_hooks';

export interface PoolOptions {
  count: number;
  concurrency: number;
  /** Stops issuing new operations after this long. */
  maxMs: number;
  /** The i-th operation; a throw is counted as a failure, not rethrown. */
  task(index: number): Promise<void>;
}

export interface PoolResult {
  completed: number;
  failed: number;
  elapsedMs: number;
  opsPerSecond: number;
  /** Milliseconds per completed operation, in completion order. */
  latencies: number[];
  /** The first failure, to report what went wrong. */
  firstError?: unknown;
}

export async function runPool(options: PoolOptions): Promise<PoolResult> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let firstError: unknown;
  const started = performance.now();
  const deadline = started + options.maxMs;

  const worker = async () => {
    while (next < options.count && performance.now() < deadline) {
      const index = next++;
      const begun = performance.now();
      try {
        await options.task(index);
        latencies.push(performance.now() - begun);
      } catch (error) {
        failed += 1;
        firstError ??= error;
      }
    }
  };
  const workers = Math.min(options.concurrency, options.count);
  await Promise.all(Array.from({ length: workers }, worker));

  const elapsedMs = performance.now() - started;
  return {
    completed: latencies.length,
    failed,
    elapsedMs,
    opsPerSecond: (latencies.length / elapsedMs) * 1000,
    latencies,
    firstError,
  };
}

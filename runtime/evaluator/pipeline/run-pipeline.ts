/**
 * Runs a pipeline resolver the way AppSync does:
 *
 *   resolver.request → for each function: request → data source → response
 *   → resolver.response
 *
 * Each handler's return becomes the next handler's `ctx.prev.result`.
 * `runtime.earlyReturn` in the resolver's request jumps to its response;
 * in a function's request it skips that function's data source and
 * response (or, with `skipTo: 'END'`, every remaining function).
 * `util.error` or a fault in the code stops the field with that error.
 */
import type { Handler, HandlerOutcome, ResolverContext } from '../types';
import { baseContext, handlerContext } from './context';
import { invokeNoneDataSource } from './none-data-source';
import type { PipelineResult, PipelineStep, RunPipelineInput } from './types';

const RESOLVER = 'resolver';

/** Thrown inside this file only, to unwind once the field has failed. */
class FieldStopped {}

export async function runPipeline(input: RunPipelineInput): Promise<PipelineResult> {
  const result: PipelineResult = { data: null, errors: [], extensions: [], logs: [], trace: [] };
  const base = baseContext(input.request);

  const call = (step: string, which: 'request' | 'response', handler: Handler, own: ResolverContext) => {
    const outcome = handler(handlerContext(base, own));
    record(result, step, which, outcome);
    if (outcome.kind === 'error' || outcome.kind === 'codeError') {
      result.errors.push(outcome.error);
      throw new FieldStopped();
    }
    return outcome;
  };

  try {
    const start = call(RESOLVER, 'request', input.pipeline.resolver.request, { prev: {} });
    let prev = start.value;
    if (start.kind !== 'earlyReturn') {
      for (const step of input.pipeline.functions) {
        const ran = await runFunction(step, prev, { call, base, input });
        prev = ran.prev;
        if (ran.skipToEnd) break;
      }
    }
    const end = call(RESOLVER, 'response', input.pipeline.resolver.response, { prev: { result: prev } });
    result.data = end.value;
  } catch (stopped) {
    if (!(stopped instanceof FieldStopped)) throw stopped;
    result.data = null;
  }
  return result;
}

type Call = (step: string, which: 'request' | 'response', handler: Handler, own: ResolverContext) => HandlerOutcome;

interface Run {
  call: Call;
  base: ResolverContext;
  input: RunPipelineInput;
}

async function runFunction(
  step: PipelineStep,
  prev: unknown,
  { call, base, input }: Run,
): Promise<{ prev: unknown; skipToEnd: boolean }> {
  const before = call(step.name, 'request', step.code.request, { prev: { result: prev } });
  if (before.kind === 'earlyReturn') {
    return { prev: before.value, skipToEnd: before.skipTo === 'END' };
  }

  const dataSourceRequest = (before as { value: unknown }).value;
  const answer =
    step.dataSourceKind === 'NONE'
      ? invokeNoneDataSource(dataSourceRequest)
      : await input.invokeDataSource(
          step.dataSource,
          dataSourceRequest,
          handlerContext(base, { prev: { result: prev } }),
        );

  const own: ResolverContext =
    'error' in answer
      ? { prev: { result: prev }, result: null, error: answer.error }
      : { prev: { result: prev }, result: answer.result };
  const after = call(step.name, 'response', step.code.response, own);
  return { prev: (after as { value: unknown }).value, skipToEnd: false };
}

function record(result: PipelineResult, step: string, handler: 'request' | 'response', outcome: HandlerOutcome): void {
  result.errors.push(...outcome.appendedErrors);
  result.extensions.push(...outcome.extensions);
  result.logs.push(...outcome.logs);
  result.trace.push({ step, handler, outcome: outcome.kind });
}

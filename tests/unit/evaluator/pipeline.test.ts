import { describe, expect, it, vi } from 'vitest';
import {
  invokeNoneDataSource,
  runPipeline,
  type InvokeDataSource,
  type PipelineStep,
} from '../../../runtime/evaluator/index';
import { compile, info } from './helpers';

/** A resolver or function module from its two handler bodies. */
const unit = (request: string, response: string) =>
  compile(`
    import { util, runtime } from '@aws-appsync/utils';
    export function request(ctx) { ${request} }
    export function response(ctx) { ${response} }
  `);

const passThroughResolver = unit('return { fromResolver: true };', 'return ctx.prev.result;');
const step = (name: string, request: string, response: string, dataSource = 'table'): PipelineStep => ({
  name,
  dataSource,
  code: unit(request, response),
});
const request = { arguments: { id: 'm1' }, info };
const echo: InvokeDataSource = async (_name, req) => ({ result: { echoed: req } });

describe('runPipeline', () => {
  it('runs resolver request, each function request and response, then resolver response, in order', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [step('first', 'return {};', 'return 1;'), step('second', 'return {};', 'return 2;')],
      },
      request,
      invokeDataSource: echo,
    });
    expect(result.trace.map((t) => `${t.step}.${t.handler}`)).toEqual([
      'resolver.request', 'first.request', 'first.response', 'second.request', 'second.response', 'resolver.response',
    ]);
    expect(result).toMatchObject({ data: 2, errors: [] });
  });

  it('chains each return into ctx.prev.result, starting from the resolver request', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [
          step('first', 'return { seen: ctx.prev.result };', 'return { first: ctx.result.echoed.seen };'),
          step('second', 'return {};', 'return { second: ctx.prev.result };'),
        ],
      },
      request,
      invokeDataSource: echo,
    });
    expect(result.data).toEqual({ second: { first: { fromResolver: true } } });
  });

  it('shares one stash across every handler', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: unit('ctx.stash.trail = ["resolver"]; return {};', 'return ctx.stash.trail;'),
        functions: [
          step('a', 'ctx.stash.trail.push("a.request"); return {};', 'ctx.stash.trail.push("a.response"); return null;'),
          step('b', 'ctx.stash.trail.push("b.request"); return {};', 'ctx.stash.trail.push("b.response"); return null;'),
        ],
      },
      request,
      invokeDataSource: echo,
    });
    expect(result.data).toEqual(['resolver', 'a.request', 'a.response', 'b.request', 'b.response']);
  });

  it('gives handlers the arguments, identity, headers and info of the field', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: unit(
          'return [ctx.args.id, ctx.arguments.id, ctx.identity.sub, ctx.request.headers["x-trace"], ctx.info.fieldName, ctx.info.selectionSetList];',
          'return ctx.prev.result;',
        ),
        functions: [],
      },
      request: {
        ...request,
        identity: { sub: 'u1' },
        headers: { 'x-trace': 't' },
        info: { ...info, selectionSetList: ['id'] },
      },
      invokeDataSource: echo,
    });
    expect(result.data).toEqual(['m1', 'm1', 'u1', 't', 'getMessage', ['id']]);
  });

  it('skips the data source and the function response on earlyReturn in a function request', async () => {
    const invoke = vi.fn(echo);
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [
          step('cached', 'runtime.earlyReturn({ cached: true });', 'util.error("response must not run");'),
          step('next', 'return {};', 'return { after: ctx.prev.result };'),
        ],
      },
      request,
      invokeDataSource: invoke,
    });
    expect(result.data).toEqual({ after: { cached: true } });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(result.trace.map((t) => t.step + '.' + t.handler)).not.toContain('cached.response');
  });

  it('jumps from an earlyReturn in the resolver request straight to the resolver response', async () => {
    const invoke = vi.fn(echo);
    const result = await runPipeline({
      pipeline: {
        resolver: unit('runtime.earlyReturn("short");', 'return { got: ctx.prev.result };'),
        functions: [step('never', 'util.error("must not run");', 'return null;')],
      },
      request,
      invokeDataSource: invoke,
    });
    expect(result.data).toEqual({ got: 'short' });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('skips every remaining function on earlyReturn with skipTo END', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [
          step('stop', 'runtime.earlyReturn("done", { skipTo: "END" });', 'return null;'),
          step('never', 'util.error("must not run");', 'return null;'),
        ],
      },
      request,
      invokeDataSource: echo,
    });
    expect(result).toMatchObject({ data: 'done', errors: [] });
  });

  it('passes the data source request and ctx to invokeDataSource', async () => {
    const invoke = vi.fn(echo);
    await runPipeline({
      pipeline: { resolver: passThroughResolver, functions: [step('load', 'ctx.stash.k = 1; return { operation: "GetItem" };', 'return null;')] },
      request,
      invokeDataSource: invoke,
    });
    expect(invoke).toHaveBeenCalledWith('table', { operation: 'GetItem' }, expect.objectContaining({ stash: { k: 1 } }));
  });

  it('delivers a data source error in ctx.error for the response handler to decide', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [step('put', 'return {};', 'return { error: ctx.error, result: ctx.result };')],
      },
      request,
      invokeDataSource: async () => ({
        error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' },
      }),
    });
    expect(result.data).toEqual({
      error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' },
      result: null,
    });
  });

  it('stops the pipeline at util.error and returns that field error', async () => {
    const invoke = vi.fn<InvokeDataSource>(async () => ({ error: { message: 'gone', type: 'Lambda:Unhandled' } }));
    const result = await runPipeline({
      pipeline: {
        resolver: unit('return {};', 'return "must not run";'),
        functions: [
          step('fail', 'return {};', 'util.error(ctx.error.message, ctx.error.type, null, { at: "fail" });'),
          step('never', 'return {};', 'return null;'),
        ],
      },
      request,
      invokeDataSource: invoke,
    });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([{ message: 'gone', errorType: 'Lambda:Unhandled', data: null, errorInfo: { at: 'fail' } }]);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(result.trace.at(-1)).toEqual({ step: 'fail', handler: 'response', outcome: 'error' });
  });

  it('stops the pipeline with a Code error when a handler faults', async () => {
    const result = await runPipeline({
      pipeline: { resolver: passThroughResolver, functions: [step('broken', 'return ctx.nothing.here;', 'return null;')] },
      request,
      invokeDataSource: echo,
    });
    expect(result.data).toBeNull();
    expect(result.errors).toMatchObject([{ errorType: 'Code' }]);
  });

  it('returns appended errors from every handler alongside the data', async () => {
    const result = await runPipeline({
      pipeline: {
        resolver: unit('util.appendError("from resolver"); return {};', 'return "ok";'),
        functions: [step('warn', 'return {};', 'util.appendError("from function", "Partial"); return null;')],
      },
      request,
      invokeDataSource: echo,
    });
    expect(result.data).toBe('ok');
    expect(result.errors.map((e) => e.message)).toEqual(['from resolver', 'from function']);
  });

  it('answers a NONE data source with the request payload, without calling invokeDataSource', async () => {
    const invoke = vi.fn(echo);
    const result = await runPipeline({
      pipeline: {
        resolver: passThroughResolver,
        functions: [
          { ...step('validate', 'return { payload: { valid: ctx.args.id === "m1" } };', 'return ctx.result;', 'none'), dataSourceKind: 'NONE' },
        ],
      },
      request,
      invokeDataSource: invoke,
    });
    expect(result.data).toEqual({ valid: true });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('invokeNoneDataSource returns null when the request has no payload', () => {
    expect(invokeNoneDataSource({})).toEqual({ result: null });
    expect(invokeNoneDataSource({ payload: [1] })).toEqual({ result: [1] });
  });
});

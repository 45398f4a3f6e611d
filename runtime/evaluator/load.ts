/**
 * Loads one bundled resolver (an ES module, as scripts/build.ts writes it)
 * into the sandbox. The module is converted to CommonJS with esbuild so
 * that it runs without experimental vm module support, then evaluated once;
 * the compiled handlers are cached by filename and source.
 */
import { transformSync } from 'esbuild';
import vm from 'node:vm';
import { dynamodbModule } from './dynamodb/index';
import { ResolverLoadError, UnsupportedModuleError } from './errors';
import { callHandler } from './outcome';
import { createSandbox } from './sandbox';
import type { CompiledResolver, ResolverContext } from './types';
import { extensions, runtime, util } from './util/index';

const PROVIDED_MODULES: Record<string, unknown> = {
  '@aws-appsync/utils': { util, extensions, runtime },
  '@aws-appsync/utils/dynamodb': dynamodbModule,
};

const cache = new Map<string, { code: string; compiled: CompiledResolver }>();

export function loadResolverCode(code: string, filename: string): CompiledResolver {
  const cached = cache.get(filename);
  if (cached?.code === code) return cached.compiled;

  const compiled = compile(code, filename);
  cache.set(filename, { code, compiled });
  return compiled;
}

function compile(code: string, filename: string): CompiledResolver {
  const exports = evaluate(toCommonJs(code, filename), filename);
  const request = exports.request;
  const response = exports.response;
  if (typeof request !== 'function' || typeof response !== 'function') {
    throw new ResolverLoadError(filename, 'the module must export both request(ctx) and response(ctx)');
  }
  return {
    filename,
    request: (ctx: ResolverContext) => callHandler(request as (c: ResolverContext) => unknown, ctx),
    response: (ctx: ResolverContext) => callHandler(response as (c: ResolverContext) => unknown, ctx),
  };
}

function toCommonJs(code: string, filename: string): string {
  try {
    return transformSync(code, { format: 'cjs', loader: 'js', sourcefile: filename }).code;
  } catch (cause) {
    throw new ResolverLoadError(filename, 'the code does not parse', { cause });
  }
}

/**
 * Runs the module body once. The wrapper's "use strict" makes the whole
 * module strict, as APPSYNC_JS always is, whatever esbuild emitted.
 */
function evaluate(cjs: string, filename: string): Record<string, unknown> {
  const wrapper = `(function (exports, require, module) {"use strict";\n${cjs}\n})`;
  const module = { exports: {} as Record<string, unknown> };
  try {
    const run = new vm.Script(wrapper, { filename }).runInContext(createSandbox()) as (
      ...args: unknown[]
    ) => void;
    run(module.exports, requireProvided, module);
  } catch (cause) {
    if (cause instanceof UnsupportedModuleError) throw cause;
    throw new ResolverLoadError(filename, 'evaluating the module failed', { cause });
  }
  return module.exports;
}

function requireProvided(name: string): unknown {
  if (!Object.hasOwn(PROVIDED_MODULES, name)) throw new UnsupportedModuleError(name);
  return PROVIDED_MODULES[name];
}

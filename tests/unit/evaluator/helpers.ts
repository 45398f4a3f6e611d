/** Small factories for evaluator tests: resolver modules written inline. */
import { loadResolverCode, type CompiledResolver } from '../../../runtime/evaluator/index';

let counter = 0;

/** Compiles an ES module source under a unique filename. */
export function compile(source: string): CompiledResolver {
  counter += 1;
  return loadResolverCode(source, `test-${counter}.js`);
}

/** A module whose request handler body is `body` and whose response returns ctx.prev.result ?? ctx.result. */
export function requestOnly(body: string): CompiledResolver {
  return compile(`
    import { util, runtime, extensions } from '@aws-appsync/utils';
    export function request(ctx) { ${body} }
    export function response(ctx) { return ctx.result; }
  `);
}

export const info = { fieldName: 'getMessage', parentTypeName: 'Query' };

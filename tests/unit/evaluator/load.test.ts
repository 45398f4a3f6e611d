import { describe, expect, it } from 'vitest';
import {
  loadResolverCode,
  ResolverLoadError,
  UnsupportedModuleError,
} from '../../../runtime/evaluator/index';
import { compile, requestOnly } from './helpers';

describe('loading resolver code', () => {
  it('runs an ES module that imports util from @aws-appsync/utils', () => {
    const resolver = compile(`
      import { util } from '@aws-appsync/utils';
      export function request(ctx) { return { id: util.autoId(), who: ctx.args.name }; }
      export function response(ctx) { return ctx.result; }
    `);
    const outcome = resolver.request({ args: { name: 'ada' } });
    expect(outcome.kind).toBe('returned');
    expect(outcome).toMatchObject({ value: { who: 'ada' } });
  });

  it('runs a module that imports the dynamodb helpers', () => {
    const resolver = compile(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.get({ key: { id: ctx.args.id } }); }
      export function response(ctx) { return ctx.result; }
    `);
    expect(resolver.request({ args: { id: '7' } })).toMatchObject({
      value: { operation: 'GetItem', key: { id: { S: '7' } } },
    });
  });

  it('fails clearly when the module imports anything else', () => {
    const load = () =>
      compile(`
        import fs from 'node:fs';
        export function request() { return fs; }
        export function response() {}
      `);
    expect(load).toThrow(UnsupportedModuleError);
    expect(load).toThrow(/Module 'node:fs' is not available in APPSYNC_JS/);
  });

  it('rejects a module without both handlers', () => {
    expect(() => compile('export function request() { return {}; }')).toThrow(ResolverLoadError);
  });

  it('rejects code that does not parse', () => {
    expect(() => compile('export function request( {')).toThrow(/does not parse/);
  });

  it('compiles a bundle once and reuses it for the same file and code', () => {
    const code = 'export function request() { return 1; } export function response() { return 2; }';
    expect(loadResolverCode(code, 'cached.js')).toBe(loadResolverCode(code, 'cached.js'));
    expect(loadResolverCode(`${code}\n`, 'cached.js')).not.toBe(loadResolverCode(code, 'cached.js'));
  });

  it.each(['setTimeout', 'Promise', 'fetch', 'process', 'require', 'Date', 'Buffer', 'eval'])(
    'does not expose the global %s',
    (name) => {
      const outcome = requestOnly(`return typeof globalThis.${name};`).request({});
      expect(outcome).toMatchObject({ value: 'undefined' });
    },
  );

  it('exposes the built-ins APPSYNC_JS supports', () => {
    const outcome = requestOnly('return [typeof JSON, typeof Math, typeof Object.hasOwn, typeof Array.isArray];').request({});
    expect(outcome).toMatchObject({ value: ['object', 'object', 'function', 'function'] });
  });

  it('runs the code in strict mode', () => {
    const outcome = requestOnly('undeclared = 1; return 1;').request({});
    expect(outcome.kind).toBe('codeError');
  });

  it('blocks code generation from strings', () => {
    const outcome = requestOnly('return (function(){}).constructor("return 1")();').request({});
    expect(outcome.kind).toBe('codeError');
  });
});

import { describe, expect, it } from 'vitest';
import { CODE_ERROR_TYPE } from '../../../runtime/evaluator/index';
import { info, requestOnly } from './helpers';

describe('handler outcomes', () => {
  it('reports a returned value', () => {
    expect(requestOnly('return { a: 1 };').request({})).toMatchObject({ kind: 'returned', value: { a: 1 } });
  });

  it('reports runtime.earlyReturn with its value and NEXT by default', () => {
    const outcome = requestOnly('runtime.earlyReturn({ cached: true }); return { not: "reached" };').request({});
    expect(outcome).toMatchObject({ kind: 'earlyReturn', value: { cached: true }, skipTo: 'NEXT' });
  });

  it('reports earlyReturn with skipTo END', () => {
    const outcome = requestOnly('runtime.earlyReturn(1, { skipTo: "END" });').request({});
    expect(outcome).toMatchObject({ kind: 'earlyReturn', skipTo: 'END' });
  });

  it('stops at util.error and keeps its type, data and errorInfo', () => {
    const outcome = requestOnly(`
      util.error('Message not found', 'NotFound', { id: 'm1' }, { retryable: false });
      return 'not reached';
    `).request({});
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { message: 'Message not found', errorType: 'NotFound', data: { id: 'm1' }, errorInfo: { retryable: false } },
    });
  });

  it('fills missing util.error arguments with null', () => {
    expect(requestOnly("util.error('boom');").request({})).toMatchObject({
      error: { message: 'boom', errorType: null, data: null, errorInfo: null },
    });
  });

  it('collects util.appendError entries and still returns the value', () => {
    const outcome = requestOnly(`
      util.appendError('first', 'Partial');
      util.appendError('second', 'Partial', null, { n: 2 });
      return 'value';
    `).request({});
    expect(outcome.kind).toBe('returned');
    expect(outcome.appendedErrors).toEqual([
      { message: 'first', errorType: 'Partial', data: null, errorInfo: null },
      { message: 'second', errorType: 'Partial', data: null, errorInfo: { n: 2 } },
    ]);
  });

  it('keeps appended errors when util.error follows them', () => {
    const outcome = requestOnly("util.appendError('kept'); util.error('stop');").request({});
    expect(outcome.kind).toBe('error');
    expect(outcome.appendedErrors.map((e) => e.message)).toEqual(['kept']);
  });

  it('reports util.unauthorized as an Unauthorized field error naming the field', () => {
    expect(requestOnly('util.unauthorized();').request({ info })).toMatchObject({
      kind: 'error',
      error: { errorType: 'Unauthorized', message: 'Not Authorized to access getMessage on type Query' },
    });
  });

  it('reports a fault in the code as a code error with the Code errorType', () => {
    const outcome = requestOnly('return ctx.args.missing.deeper;').request({ args: {} });
    expect(outcome.kind).toBe('codeError');
    expect(outcome).toMatchObject({ error: { errorType: CODE_ERROR_TYPE } });
    if (outcome.kind === 'codeError') expect(outcome.error.message).toMatch(/^TypeError: /);
  });

  it('reports a util argument problem as a code error', () => {
    const outcome = requestOnly("return util.time.parseISO8601ToEpochMilliSeconds('yesterday');").request({});
    expect(outcome).toMatchObject({ kind: 'codeError', error: { errorType: 'Code' } });
  });

  it('records extensions calls for the runtime to act on', () => {
    const outcome = requestOnly(`
      extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ recipient: { eq: 'a' } }));
      extensions.invalidateSubscriptions({ subscriptionField: 'onMessageSent', payload: { id: 1 } });
      extensions.evictFromApiCache('Query', 'getMessage', { 'context.arguments.id': 1 });
      extensions.setSubscriptionInvalidationFilter({ filterGroup: [] });
      return null;
    `).request({});
    expect(outcome.extensions.map((call) => call.kind)).toEqual([
      'setSubscriptionFilter',
      'invalidateSubscriptions',
      'evictFromApiCache',
      'setSubscriptionInvalidationFilter',
    ]);
    expect(outcome.extensions[0]).toEqual({
      kind: 'setSubscriptionFilter',
      filter: { filterGroup: [{ filters: [{ fieldName: 'recipient', operator: 'eq', value: 'a' }] }] },
    });
  });

  it('captures console output on the outcome instead of printing it', () => {
    const outcome = requestOnly("console.log('seen', 1); return null;").request({});
    expect(outcome.logs).toEqual([{ level: 'log', args: ['seen', 1] }]);
  });

  it('keeps side effects of one call out of the next', () => {
    const resolver = requestOnly("util.appendError('once'); return null;");
    resolver.request({});
    expect(resolver.request({}).appendedErrors).toHaveLength(1);
  });
});

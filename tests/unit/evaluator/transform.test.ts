import { describe, expect, it } from 'vitest';
import { util } from '../../../runtime/evaluator/util/index';

const filter = (obj: Record<string, unknown>) => JSON.parse(util.transform.toDynamoDBFilterExpression(obj));
const condition = (obj: Record<string, unknown>) =>
  JSON.parse(util.transform.toDynamoDBConditionExpression(obj));

describe('util.transform', () => {
  it('toDynamoDBFilterExpression returns a JSON string', () => {
    expect(typeof util.transform.toDynamoDBFilterExpression({ a: { eq: 1 } })).toBe('string');
  });

  it('toDynamoDBFilterExpression matches the documented contains example', () => {
    expect(filter({ title: { contains: 'Hello World' } })).toEqual({
      expression: 'contains(#title, :title_contains)',
      expressionNames: { '#title': 'title' },
      expressionValues: { ':title_contains': { S: 'Hello World' } },
    });
  });

  it('ANDs fields and names values :field_op', () => {
    expect(filter({ channel: { eq: 'SMS' }, attempts: { lt: 3 } })).toEqual({
      expression: '#channel = :channel_eq AND #attempts < :attempts_lt',
      expressionNames: { '#channel': 'channel', '#attempts': 'attempts' },
      expressionValues: { ':channel_eq': { S: 'SMS' }, ':attempts_lt': { N: 3 } },
    });
  });

  it('nests or and not, prefixing value names with their path', () => {
    const result = filter({ or: [{ status: { eq: 'SENT' } }, { status: { eq: 'FAILED' } }], not: { a: { beginsWith: 'x' } } });
    expect(result.expression).toBe(
      '(#status = :or_0_status_eq OR #status = :or_1_status_eq) AND NOT (begins_with(#a, :not_a_beginsWith))',
    );
    expect(result.expressionValues).toEqual({
      ':or_0_status_eq': { S: 'SENT' },
      ':or_1_status_eq': { S: 'FAILED' },
      ':not_a_beginsWith': { S: 'x' },
    });
  });

  it('writes between, in and several operators on one field', () => {
    expect(filter({ n: { between: [1, 5], ne: 3 } }).expression).toBe(
      '(#n BETWEEN :n_between_1 AND :n_between_2 AND #n <> :n_ne)',
    );
    expect(filter({ c: { in: ['a', 'b'] } }).expression).toBe('#c IN (:c_in_0, :c_in_1)');
  });

  it('toDynamoDBConditionExpression writes attribute_exists without a value', () => {
    expect(condition({ id: { attributeExists: false } })).toEqual({
      expression: 'attribute_not_exists(#id)',
      expressionNames: { '#id': 'id' },
      expressionValues: {},
    });
  });

  it('toSubscriptionFilter turns fields into one AND group', () => {
    expect(util.transform.toSubscriptionFilter({ recipient: { eq: 'a@b.c' }, priority: { gt: 2 } })).toEqual({
      filterGroup: [
        {
          filters: [
            { fieldName: 'recipient', operator: 'eq', value: 'a@b.c' },
            { fieldName: 'priority', operator: 'gt', value: 2 },
          ],
        },
      ],
    });
  });

  it('toSubscriptionFilter turns or into separate groups and drops ignored fields', () => {
    const result = util.transform.toSubscriptionFilter(
      { channel: { eq: 'SMS' }, secret: { eq: 'x' }, or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      ['secret'],
    );
    expect(result.filterGroup).toEqual([
      { filters: [{ fieldName: 'channel', operator: 'eq', value: 'SMS' }, { fieldName: 'a', operator: 'eq', value: 1 }] },
      { filters: [{ fieldName: 'channel', operator: 'eq', value: 'SMS' }, { fieldName: 'b', operator: 'eq', value: 2 }] },
    ]);
  });

  it('toSubscriptionFilter pairs every group with each rule', () => {
    const result = util.transform.toSubscriptionFilter({ a: { eq: 1 } }, [], { r: { eq: 'x' }, s: { eq: 'y' } });
    expect(result.filterGroup).toHaveLength(2);
    expect(result.filterGroup[1]!.filters).toEqual([
      { fieldName: 'a', operator: 'eq', value: 1 },
      { fieldName: 's', operator: 'eq', value: 'y' },
    ]);
  });
});

/**
 * `util.transform.toDynamoDBFilterExpression` and
 * `toDynamoDBConditionExpression`: a filter object such as
 * `{ title: { contains: 'Hello' } }` becomes
 * `{ expression: 'contains(#title, :title_contains)', expressionNames:
 * { '#title': 'title' }, expressionValues: { ':title_contains': { S: 'Hello' } } }`,
 * the documented example. Fields are AND-ed; `and`, `or` and `not` nest,
 * and a nested value name carries its path (`:or_0_title_eq`) so that two
 * branches never collide.
 */
import { UtilArgumentError } from '../errors';
import { toDynamoDB, type AttributeValue } from './dynamodb';

export interface DynamoDBExpression {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, AttributeValue>;
}

const COMPARATORS: Record<string, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FUNCTIONS: Record<string, string> = {
  contains: 'contains',
  notContains: 'NOT contains',
  beginsWith: 'begins_with',
};
const ATTRIBUTE_TYPES: Record<string, string> = {
  string: 'S', stringSet: 'SS', number: 'N', numberSet: 'NS', binary: 'B',
  binarySet: 'BS', boolean: 'BOOL', list: 'L', map: 'M', _null: 'NULL',
};

export function toDynamoDBExpression(filter: Record<string, unknown>): DynamoDBExpression {
  const out: DynamoDBExpression = { expression: '', expressionNames: {}, expressionValues: {} };
  out.expression = group(filter, [], out).join(' AND ');
  return out;
}

/** One clause per entry of `filter`, in order. */
function group(filter: Record<string, unknown>, path: string[], out: DynamoDBExpression): string[] {
  const clauses: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    const clause =
      key === 'and' || key === 'or'
        ? logical(key, value, [...path, key], out)
        : key === 'not'
          ? `NOT (${group(value as Record<string, unknown>, [...path, key], out).join(' AND ')})`
          : field(key, value as Record<string, unknown>, path, out);
    if (clause) clauses.push(clause);
  }
  return clauses;
}

function logical(key: 'and' | 'or', value: unknown, path: string[], out: DynamoDBExpression): string {
  const members = Array.isArray(value) ? value : [value];
  const parts = members.flatMap((member, i) => {
    const inner = group(member as Record<string, unknown>, Array.isArray(value) ? [...path, String(i)] : path, out);
    return inner.length > 1 ? [`(${inner.join(' AND ')})`] : inner;
  });
  return parts.length > 1 ? `(${parts.join(` ${key.toUpperCase()} `)})` : (parts[0] ?? '');
}

function field(name: string, ops: Record<string, unknown>, path: string[], out: DynamoDBExpression): string {
  const ref = `#${name}`;
  out.expressionNames[ref] = name;
  const valueName = (op: string) => `:${[...path, name, op].join('_')}`;
  const bind = (op: string, value: unknown) => {
    out.expressionValues[valueName(op)] = toDynamoDB(value);
    return valueName(op);
  };

  const clauses = Object.entries(ops)
    .filter(([, value]) => value !== undefined)
    .map(([op, value]) => {
      if (COMPARATORS[op]) return `${ref} ${COMPARATORS[op]} ${bind(op, value)}`;
      if (FUNCTIONS[op]) return `${FUNCTIONS[op]}(${ref}, ${bind(op, value)})`;
      if (op === 'between') {
        const [low, high] = value as [unknown, unknown];
        return `${ref} BETWEEN ${bind('between_1', low)} AND ${bind('between_2', high)}`;
      }
      if (op === 'in') {
        const names = (value as unknown[]).map((item, i) => bind(`in_${i}`, item));
        return `${ref} IN (${names.join(', ')})`;
      }
      if (op === 'attributeExists') return `${value ? 'attribute_exists' : 'attribute_not_exists'}(${ref})`;
      if (op === 'attributeType') return `attribute_type(${ref}, ${bind(op, ATTRIBUTE_TYPES[String(value)] ?? value)})`;
      throw new UtilArgumentError('util.transform', `unknown operator '${op}' on field '${name}'`);
    });
  return clauses.length > 1 ? `(${clauses.join(' AND ')})` : (clauses[0] ?? '');
}

/**
 * Builds the update expression for `update()`. Attribute names become
 * `#expName_N` (one per distinct name) and values `:expValue_N`, in the
 * order they appear, as AppSync's own module writes them:
 * `{ age: operations.decrement(1) }` gives
 * `SET #expName_1 = #expName_1 - :expValue_1`.
 * A nested plain object updates its attributes one by one
 * (`#expName_1.#expName_2`); `operations.replace` sets it whole.
 */
import { toDynamoDB, type AttributeValue } from '../util/dynamodb';
import type { DynamoDBExpression } from '../util/dynamodb-expression';
import { isOperation, type Operation } from './operations';

interface Builder {
  names: Map<string, string>;
  values: Record<string, AttributeValue>;
  set: string[];
  remove: string[];
  add: string[];
}

export function buildUpdate(update: Record<string, unknown>): DynamoDBExpression {
  const b: Builder = { names: new Map(), values: {}, set: [], remove: [], add: [] };
  walk(update, [], b);

  const sections = [
    b.set.length ? `SET ${b.set.join(', ')}` : '',
    b.remove.length ? `REMOVE ${b.remove.join(', ')}` : '',
    b.add.length ? `ADD ${b.add.join(', ')}` : '',
  ];
  return {
    expression: sections.filter(Boolean).join(' '),
    expressionNames: Object.fromEntries([...b.names].map(([name, ref]) => [ref, name])),
    expressionValues: b.values,
  };
}

function walk(update: Record<string, unknown>, path: string[], b: Builder): void {
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    const ref = [...path, nameRef(key, b)].join('.');
    if (isOperation(value)) apply(value, ref, b);
    else if (Array.isArray(value) && value.length > 0 && value.every(isOperation)) {
      value.forEach((op) => apply(op, ref, b));
    } else if (isPlainObject(value) && !isSet(value)) walk(value, [...path, nameRef(key, b)], b);
    else b.set.push(`${ref} = ${valueRef(value, b)}`);
  }
}

function apply(op: Operation, ref: string, b: Builder): void {
  switch (op._type) {
    case 'remove':
      return void b.remove.push(ref);
    case 'replace':
      return void b.set.push(`${ref} = ${valueRef(op.value, b)}`);
    case 'increment':
      return void b.set.push(`${ref} = ${ref} + ${valueRef(op.by, b)}`);
    case 'decrement':
      return void b.set.push(`${ref} = ${ref} - ${valueRef(op.by, b)}`);
    case 'append':
      return void b.set.push(`${ref} = list_append(${ref}, ${valueRef(op.items, b)})`);
    case 'prepend':
      return void b.set.push(`${ref} = list_append(${valueRef(op.items, b)}, ${ref})`);
    case 'updateListItem':
      return void b.set.push(`${ref}[${op.index}] = ${valueRef(op.value, b)}`);
    case 'add':
      // DynamoDB's ADD only applies to numbers and sets; anything else is
      // added as a new attribute with SET.
      return typeof op.value === 'number' || isSet(op.value)
        ? void b.add.push(`${ref} ${valueRef(op.value, b)}`)
        : void b.set.push(`${ref} = ${valueRef(op.value, b)}`);
  }
}

function nameRef(name: string, b: Builder): string {
  let ref = b.names.get(name);
  if (!ref) {
    ref = `#expName_${b.names.size + 1}`;
    b.names.set(name, ref);
  }
  return ref;
}

function valueRef(value: unknown, b: Builder): string {
  const ref = `:expValue_${Object.keys(b.values).length + 1}`;
  b.values[ref] = isSet(value) ? (value as AttributeValue) : toDynamoDB(value);
  return ref;
}

function isSet(value: unknown): boolean {
  return isPlainObject(value) && ['SS', 'NS', 'BS'].some((k) => Object.hasOwn(value, k)) && Object.keys(value).length === 1;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether two items are the same, as AppSync decides when a PutItem's
 * condition fails: if the item already in the table equals the one the
 * request tried to write, the write counts as done.
 *
 * Numbers compare by value (the engine may store `1.50` as `1.5`) and sets
 * compare regardless of order. Numbers beyond double precision compare by
 * their nearest double.
 */
import type { AttributeValue, Item } from './typed-values';

export function itemsEqual(a: Item, b: Item, ignore: readonly string[] = []): boolean {
  const skip = new Set(ignore);
  const names = new Set([...Object.keys(a), ...Object.keys(b)].filter((n) => !skip.has(n)));
  for (const name of names) {
    const left = a[name];
    const right = b[name];
    if (left === undefined || right === undefined) return false;
    if (canonical(left) !== canonical(right)) return false;
  }
  return true;
}

function canonical(value: AttributeValue): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: AttributeValue): unknown {
  if (value.S !== undefined) return ['S', value.S];
  if (value.N !== undefined) return ['N', Number(value.N)];
  if (value.BOOL !== undefined) return ['BOOL', value.BOOL];
  if (value.NULL !== undefined) return ['NULL'];
  if (value.B !== undefined) return ['B', value.B];
  if (value.SS !== undefined) return ['SS', [...value.SS].sort()];
  if (value.NS !== undefined) return ['NS', value.NS.map(Number).sort((x, y) => x - y)];
  if (value.BS !== undefined) {
    return ['BS', [...value.BS].sort()];
  }
  if (value.L !== undefined) return ['L', value.L.map(normalise)];
  if (value.M !== undefined) {
    const names = Object.keys(value.M).sort();
    return ['M', names.map((n) => [n, normalise(value.M![n]!)])];
  }
  return ['?'];
}

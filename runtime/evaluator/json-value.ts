/**
 * A value as it would come back from JSON.stringify then JSON.parse, built
 * directly. Every handler's return crosses this boundary, and for a page of
 * messages the text round trip was the runtime's largest single cost. What
 * the direct copy does not model (toJSON methods, boxed primitives) takes
 * the text route, so the result is always the same.
 */
export function jsonValue(value: unknown): unknown {
  const copy = copyValue(value, []);
  return copy === undefined ? null : copy;
}

function copyValue(value: unknown, ancestors: object[]): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON has no -0, NaN or Infinity: -0 reads back as 0, the others as null.
      if (!Number.isFinite(value)) return null;
      return value === 0 ? 0 : value;
    case 'object':
      return value === null ? null : copyObject(value, ancestors);
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      // undefined, functions and symbols: dropped, or null inside arrays.
      return undefined;
  }
}

function copyObject(value: object, ancestors: object[]): unknown {
  if (needsTextRoute(value)) return JSON.parse(JSON.stringify(value));
  if (ancestors.includes(value)) {
    throw new TypeError('Converting circular structure to JSON');
  }
  ancestors.push(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item) => copyValue(item, ancestors) ?? null);
  } else {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = copyValue((value as Record<string, unknown>)[key], ancestors);
      if (item !== undefined) out[key] = item;
    }
    copy = out;
  }
  ancestors.pop();
  return copy;
}

/** Objects whose JSON form is not their own enumerable properties. */
function needsTextRoute(value: object): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return true;
  const tag = Object.prototype.toString.call(value);
  return tag === '[object String]' || tag === '[object Number]' || tag === '[object Boolean]';
}

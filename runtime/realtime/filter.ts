/**
 * @aws_subscribe's argument filter: each argument the subscriber gave is an
 * equality test on the same-named field of the mutation's result, all of
 * them AND-ed. An omitted argument matches everything; an explicit null
 * matches only a null (or unselected) field.
 */
export function matchesArguments(
  args: Record<string, unknown>,
  data: Record<string, unknown> | null,
): boolean {
  return Object.entries(args).every(([name, expected]) => {
    const actual = data?.[name] ?? null;
    return deepEqual(expected ?? null, actual);
  });
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;

  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }

  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(bRecord).length) return false;
  return aKeys.every((key) => deepEqual((a as Record<string, unknown>)[key], bRecord[key]));
}

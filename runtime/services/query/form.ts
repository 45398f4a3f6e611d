/**
 * The AWS query protocol's request side: a flat form of `key=value`
 * pairs, where lists are `Name.member.N` and maps are `Name.entry.N.Key`
 * and `Name.entry.N.Value...`, numbered from 1.
 */

export type QueryParams = ReadonlyMap<string, string>;

/** Reads an `application/x-www-form-urlencoded` body or a URL query. */
export function parseQuery(text: string): QueryParams {
  const params = new Map<string, string>();
  // URLSearchParams never throws: bad percent-escapes come through as-is.
  for (const [key, value] of new URLSearchParams(text)) {
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** The values of the list `prefix.member.1`, `prefix.member.2`, ... */
export function listMembers(params: QueryParams, prefix: string): string[] {
  const values: string[] = [];
  for (let n = 1; params.has(`${prefix}.member.${n}`); n += 1) {
    values.push(params.get(`${prefix}.member.${n}`) ?? '');
  }
  return values;
}

/**
 * The entries of the map `prefix.entry.N`, each as the sub-keys below it:
 * `{ Name: 'x', 'Value.DataType': 'String', ... }`.
 */
export function mapEntries(params: QueryParams, prefix: string): Record<string, string>[] {
  const entries: Record<string, string>[] = [];
  for (let n = 1; ; n += 1) {
    const head = `${prefix}.entry.${n}.`;
    const entry: Record<string, string> = {};
    for (const [key, value] of params) {
      if (key.startsWith(head)) entry[key.slice(head.length)] = value;
    }
    if (Object.keys(entry).length === 0) return entries;
    entries.push(entry);
  }
}

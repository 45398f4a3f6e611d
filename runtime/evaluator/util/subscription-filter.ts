/**
 * `util.transform.toSubscriptionFilter(obj, ignoredFields?, rules?)`: a
 * filter object becomes `{ filterGroup: [{ filters: [{ fieldName,
 * operator, value }] }] }`. Filters in a group are AND-ed and groups are
 * OR-ed, so `or` adds groups and `and` combines them. Each rule in
 * `rules` must hold on its own: every group is paired with every rule.
 *
 * AppSync's limits (five filters a group, ten groups) are not enforced.
 */
type Filter = { fieldName: string; operator: string; value: unknown };
type Group = Filter[];

export function toSubscriptionFilter(
  obj: Record<string, unknown>,
  ignoredFields: readonly string[] = [],
  rules?: Record<string, unknown>,
): { filterGroup: { filters: Filter[] }[] } {
  const kept = Object.fromEntries(Object.entries(obj).filter(([key]) => !ignoredFields.includes(key)));
  let groups = expand(kept);
  if (rules) {
    const ruleFilters = expand(rules).flat();
    groups = groups.flatMap((group) => ruleFilters.map((rule) => [...group, rule]));
  }
  return { filterGroup: groups.map((filters) => ({ filters })) };
}

function expand(obj: Record<string, unknown>): Group[] {
  let groups: Group[] = [[]];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || value === null) continue;
    if (key === 'or') {
      const alternatives = (value as Record<string, unknown>[]).flatMap(expand);
      groups = groups.flatMap((group) => alternatives.map((alt) => [...group, ...alt]));
    } else if (key === 'and') {
      for (const member of value as Record<string, unknown>[]) {
        const parts = expand(member);
        groups = groups.flatMap((group) => parts.map((part) => [...group, ...part]));
      }
    } else {
      const filters = Object.entries(value as Record<string, unknown>).map(
        ([operator, operand]) => ({ fieldName: key, operator, value: operand }),
      );
      groups = groups.map((group) => [...group, ...filters]);
    }
  }
  return groups;
}

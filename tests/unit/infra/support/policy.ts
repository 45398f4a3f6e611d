/**
 * Just enough of IAM's evaluation to prove what a policy allows: explicit
 * deny wins, then any allow, else implicit deny. Patterns use `*` and `?`.
 * Conditions are out of scope: callers pick statements without them.
 */
export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export function evaluate(
  statements: Statement[],
  action: string,
  resource: string,
): Decision {
  const applies = (s: Statement) =>
    list(s.Action).some((a) => matches(a, action)) &&
    list(s.Resource).some((r) => matches(r, resource));
  const relevant = statements.filter(applies);
  if (relevant.some((s) => s.Effect === 'Deny')) return 'ExplicitDeny';
  if (relevant.some((s) => s.Effect === 'Allow')) return 'Allow';
  return 'ImplicitDeny';
}

function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

function matches(pattern: string, value: string): boolean {
  const source = pattern
    .split('')
    .map((c) =>
      c === '*'
        ? '.*'
        : c === '?'
        ? '.'
        : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'i').test(value);
}

/**
 * Replaces the pseudo parameters of a resolved template value with the
 * given environment and flattens Fn::Join, so policies read as IAM sees them.
 */
export function concretize(
  value: unknown,
  env = { partition: 'aws', region: 'eu-west-1', account: '111122223333' },
): any {
  if (Array.isArray(value)) return value.map((v) => concretize(v, env));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, any>;
  if ('Ref' in object) {
    const pseudo: Record<string, string> = {
      'AWS::Partition': env.partition,
      'AWS::Region': env.region,
      'AWS::AccountId': env.account,
    };
    if (object.Ref in pseudo) return pseudo[object.Ref];
  }
  if ('Fn::Join' in object) {
    const [delimiter, parts] = object['Fn::Join'];
    return concretize(parts, env).join(delimiter);
  }
  return Object.fromEntries(
    Object.entries(object).map(([k, v]) => [k, concretize(v, env)]),
  );
}

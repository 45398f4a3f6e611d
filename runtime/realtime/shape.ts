/**
 * Applies a subscriber's selection set to a mutation's result. AppSync sends
 * each subscriber its own selection, but can only fill what the mutation
 * selected: every other field is null.
 *
 * Fields are collected the way graphql-js collects them (aliases, repeated
 * keys merged, fragments and inline fragments, @skip and @include). There is
 * no schema here, so a type condition is compared with the object's
 * `__typename` by name: it holds when the names match or the mutation did not
 * select `__typename`. A condition naming an interface or union is therefore
 * treated as not matching; the schema has none today.
 */
import {
  Kind,
  valueFromASTUntyped,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';

export interface ShapeContext {
  fragments: Record<string, FragmentDefinitionNode>;
  /** The subscriber's variables, for @skip(if: $x) and @include(if: $x). */
  variables: Record<string, unknown>;
}

export function shapeSelection(
  selection: SelectionSetNode,
  value: unknown,
  context: ShapeContext,
): unknown {
  return shapeValue([selection], value, context);
}

function shapeValue(sets: SelectionSetNode[], value: unknown, context: ShapeContext): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => shapeValue(sets, item, context));
  if (sets.length === 0) return value;
  if (typeof value !== 'object') return null;
  return shapeObject(sets, value as Record<string, unknown>, context);
}

function shapeObject(
  sets: SelectionSetNode[],
  object: Record<string, unknown>,
  context: ShapeContext,
): Record<string, unknown> {
  const typename = typeof object.__typename === 'string' ? object.__typename : undefined;
  const fields = new Map<string, FieldNode[]>();
  for (const set of sets) collectFields(set, typename, context, fields, new Set());

  const shaped: Record<string, unknown> = {};
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    const childSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    shaped[key] = name === '__typename'
      ? (typename ?? null)
      : shapeValue(childSets, object[name], context);
  }
  return shaped;
}

function collectFields(
  set: SelectionSetNode,
  typename: string | undefined,
  context: ShapeContext,
  fields: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(selection.directives, context.variables)) continue;

    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      fields.set(key, [...(fields.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!typeApplies(selection.typeCondition, typename)) continue;
      collectFields(selection.selectionSet, typename, context, fields, visitedFragments);
    } else {
      const name = selection.name.value;
      const fragment = context.fragments[name];
      if (visitedFragments.has(name) || !fragment) continue;
      visitedFragments.add(name);
      if (!typeApplies(fragment.typeCondition, typename)) continue;
      collectFields(fragment.selectionSet, typename, context, fields, visitedFragments);
    }
  }
}

function typeApplies(condition: NamedTypeNode | undefined, typename: string | undefined) {
  return !condition || typename === undefined || condition.name.value === typename;
}

function included(
  directives: readonly DirectiveNode[] | undefined,
  variables: Record<string, unknown>,
): boolean {
  for (const directive of directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'if');
    const condition = arg ? valueFromASTUntyped(arg.value, variables) === true : false;
    if (name === 'skip' && condition) return false;
    if (name === 'include' && !condition) return false;
  }
  return true;
}

/**
 * ctx.info's view of a field's selection: selectionSetList ("deliveries",
 * "deliveries/channel", ...) and selectionSetGraphQL, as AppSync gives them.
 */
import {
  Kind,
  print,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export function selectionSetList(
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
): string[] {
  const list: string[] = [];
  const walk = (set: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = `${prefix}${selection.name.value}`;
        if (!list.includes(name)) list.push(name);
        walk(selection.selectionSet, `${name}/`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, prefix);
      } else {
        walk(fragments[selection.name.value]?.selectionSet, prefix);
      }
    }
  };
  walk(field.selectionSet, '');
  return list;
}

export function selectionSetGraphQL(field: FieldNode): string {
  return field.selectionSet ? print(field.selectionSet) : '';
}

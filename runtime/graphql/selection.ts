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

/**
 * Listed once per parsed field, as selectionSetGraphQL prints once: a field
 * node belongs to one document, whose fragments do not change. Each caller
 * gets its own copy, since resolver code may change the list it is given.
 */
const listed = new WeakMap<FieldNode, readonly string[]>();

export function selectionSetList(
  field: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
): string[] {
  let list = listed.get(field);
  if (list === undefined) {
    list = listSelection(field, fragments);
    listed.set(field, list);
  }
  return [...list];
}

function listSelection(
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

/** Printed once per parsed field: documents are cached, so nodes repeat. */
const printed = new WeakMap<FieldNode, string>();

export function selectionSetGraphQL(field: FieldNode): string {
  let text = printed.get(field);
  if (text === undefined) {
    text = field.selectionSet ? print(field.selectionSet) : '';
    printed.set(field, text);
  }
  return text;
}

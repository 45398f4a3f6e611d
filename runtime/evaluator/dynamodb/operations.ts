/**
 * `operations` from `@aws-appsync/utils/dynamodb`: markers placed in an
 * update object to say how an attribute changes. update.ts reads them.
 */
export type Operation =
  | { _type: 'add'; value: unknown }
  | { _type: 'remove' }
  | { _type: 'replace'; value: unknown }
  | { _type: 'increment'; by: number }
  | { _type: 'decrement'; by: number }
  | { _type: 'append'; items: unknown[] }
  | { _type: 'prepend'; items: unknown[] }
  | { _type: 'updateListItem'; value: unknown; index: number };

export const operations = {
  add: (value: unknown): Operation => ({ _type: 'add', value }),
  remove: (): Operation => ({ _type: 'remove' }),
  replace: (value: unknown): Operation => ({ _type: 'replace', value }),
  increment: (by = 1): Operation => ({ _type: 'increment', by }),
  decrement: (by = 1): Operation => ({ _type: 'decrement', by }),
  append: (items: unknown[]): Operation => ({ _type: 'append', items }),
  prepend: (items: unknown[]): Operation => ({ _type: 'prepend', items }),
  updateListItem: (value: unknown, index: number): Operation => ({ _type: 'updateListItem', value, index }),
};

export function isOperation(value: unknown): value is Operation {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '_type');
}

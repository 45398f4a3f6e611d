/**
 * Assembles the expression parameters of one DynamoDB call. A request may
 * carry several expressions (an update and a condition, a key condition and
 * a filter), but DynamoDB takes one map of names and one of values for all
 * of them, so the maps are merged, and a placeholder bound to two different
 * things is refused rather than silently overwritten.
 */
import { InvalidRequestError } from './errors';
import { toOptionalItem, type AttributeValue } from './typed-values';
import type { Expression, Projection } from './types';

export interface ExpressionParams {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
}

type Named = Pick<Expression, 'expressionNames' | 'expressionValues'> | Projection;

export function mergeExpressionParams(
  parts: ReadonlyArray<{ field: string; expression: Named | undefined }>,
): ExpressionParams {
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  for (const { field, expression } of parts) {
    if (expression == null) continue;
    for (const [placeholder, name] of Object.entries(expression.expressionNames ?? {})) {
      if (names[placeholder] !== undefined && names[placeholder] !== name) {
        throw conflict(field, placeholder);
      }
      names[placeholder] = name;
    }
    const typed = 'expressionValues' in expression ? expression.expressionValues : undefined;
    const converted = toOptionalItem(typed, `${field}.expressionValues`) ?? {};
    for (const [placeholder, value] of Object.entries(converted)) {
      if (values[placeholder] !== undefined &&
          JSON.stringify(values[placeholder]) !== JSON.stringify(value)) {
        throw conflict(field, placeholder);
      }
      values[placeholder] = value;
    }
  }
  return {
    ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
    ...(Object.keys(values).length > 0 && { ExpressionAttributeValues: values }),
  };
}

/** The expression string of a section, or a clear error when it is missing. */
export function expressionOf(section: { expression?: unknown } | undefined, field: string) {
  if (section == null) return undefined;
  if (typeof section.expression !== 'string' || section.expression.trim() === '') {
    throw new InvalidRequestError(`${field}.expression must be a non-empty string.`);
  }
  return section.expression;
}

function conflict(field: string, placeholder: string): InvalidRequestError {
  return new InvalidRequestError(
    `${field} binds ${placeholder} to a different value than another expression of ` +
      'the same request; use distinct placeholders.',
  );
}

/**
 * Checks on free text. APPSYNC_JS has no regex literals, so patterns go
 * through util.matches (Java regex, whole-string match).
 */
import { util } from '@aws-appsync/utils';

import type { Violation } from './errors';

/** Any C0 control character or DEL. */
const ANY_CONTROL = '[\\s\\S]*[\\x00-\\x1F\\x7F][\\s\\S]*';

/** Control characters other than tab, line feed and carriage return. */
const CONTROL_EXCEPT_LAYOUT = '[\\s\\S]*[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F][\\s\\S]*';

const LINE_BREAK = '[\\s\\S]*[\\r\\n][\\s\\S]*';

export function hasControlCharacters(value: string): boolean {
  return util.matches(ANY_CONTROL, value);
}

export function hasControlCharactersBesidesLayout(value: string): boolean {
  return util.matches(CONTROL_EXCEPT_LAYOUT, value);
}

export function hasLineBreak(value: string): boolean {
  return util.matches(LINE_BREAK, value);
}

export interface TextRule {
  field: string;
  max: number;
  /** Line breaks and tabs are allowed (a message body); otherwise none. */
  multiline?: boolean;
}

/**
 * Trims `value` and checks it is present, short enough and free of control
 * characters. Appends what is wrong to `violations`; returns the trimmed text.
 */
export function requiredText(
  value: string | null | undefined,
  rule: TextRule,
  violations: Violation[],
): string {
  const text = (value ?? '').trim();
  if (text.length === 0) {
    violations.push({ field: rule.field, message: 'must not be blank' });
    return text;
  }
  if (text.length > rule.max) {
    violations.push({
      field: rule.field,
      message: `must be at most ${rule.max} characters (got ${text.length})`,
    });
  }
  const bad = rule.multiline
    ? hasControlCharactersBesidesLayout(text)
    : hasControlCharacters(text);
  if (bad) {
    violations.push({
      field: rule.field,
      message: rule.multiline
        ? 'must not contain control characters other than tabs and line breaks'
        : 'must not contain control characters or line breaks',
    });
  }
  return text;
}

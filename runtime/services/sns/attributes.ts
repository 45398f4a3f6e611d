/**
 * Checks Publish message attributes as SNS does, and reads the two that
 * shape an SMS: its type and its sender id.
 */
import { parameterValueInvalid } from './errors';
import type { MessageAttribute } from './types';

const TYPE_PREFIXES = ['String', 'Number', 'Binary'];

export const SMS_TYPE = 'AWS.SNS.SMS.SMSType';
export const SENDER_ID = 'AWS.SNS.SMS.SenderID';
/** SNS's type for an SMS that names none (and has no account default). */
export const DEFAULT_SMS_TYPE = 'Promotional';

export function validateAttributes(attributes: Record<string, MessageAttribute>): void {
  for (const [name, attribute] of Object.entries(attributes)) {
    // A custom type may follow its prefix: `String.Json`, `Number.float`.
    const prefix = attribute.dataType.split('.')[0] ?? '';
    if (!TYPE_PREFIXES.includes(prefix)) {
      throw parameterValueInvalid(
        `The message attribute '${name}' has an invalid message attribute ` +
          'type, the set of supported type prefixes is Binary, Number, and String.',
      );
    }
    const value = prefix === 'Binary' ? attribute.binaryValue : attribute.stringValue;
    if (!value) {
      throw parameterValueInvalid(
        `The message attribute '${name}' must contain non-empty message ` +
          `attribute value for message attribute type '${prefix}'.`,
      );
    }
  }
}

export function stringAttribute(
  attributes: Record<string, MessageAttribute>,
  name: string,
): string | undefined {
  return attributes[name]?.stringValue;
}

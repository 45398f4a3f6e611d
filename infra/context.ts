import { Duration } from 'aws-cdk-lib';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import type { Node } from 'constructs';
import { InvalidSettingError } from './errors';
import type { MessagingStackProps } from './stack';

/**
 * The stack settings a deployer can pass as CDK context, `-c key=value` or
 * in cdk.json:
 *
 * | context key             | stack prop              |
 * | ----------------------- | ----------------------- |
 * | `senderEmail`           | `senderEmail`           |
 * | `senderEmailParameter`  | `senderEmailParameter`  |
 * | `apiKeyExpiryDays`      | `apiKeyExpiry`          |
 * | `fieldLogLevel`         | `fieldLogLevel`         |
 * | `excludeVerboseContent` | `excludeVerboseContent` |
 * | `rateLimit`             | `rateLimit`             |
 *
 * Values from the command line arrive as strings; numbers and booleans are
 * parsed here, and a value that does not parse is rejected by name.
 */
export function settingsFromContext(node: Node): MessagingStackProps {
  const read = (key: string): unknown => node.tryGetContext(key);
  const days = optionalNumber('apiKeyExpiryDays', read('apiKeyExpiryDays'));
  return {
    senderEmail: optionalString('senderEmail', read('senderEmail')),
    senderEmailParameter: optionalString(
      'senderEmailParameter',
      read('senderEmailParameter'),
    ),
    apiKeyExpiry: days === undefined ? undefined : Duration.days(days),
    fieldLogLevel: optionalLogLevel(read('fieldLogLevel')),
    excludeVerboseContent: optionalBoolean(
      'excludeVerboseContent',
      read('excludeVerboseContent'),
    ),
    rateLimit: optionalNumber('rateLimit', read('rateLimit')),
  };
}

function optionalString(key: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InvalidSettingError(key, 'a string', JSON.stringify(value));
  }
  return value;
}

function optionalNumber(key: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || !Number.isFinite(number)) {
    throw new InvalidSettingError(key, 'a number', JSON.stringify(value));
  }
  return number;
}

function optionalBoolean(key: string, value: unknown): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new InvalidSettingError(key, 'true or false', JSON.stringify(value));
}

function optionalLogLevel(value: unknown): FieldLogLevel | undefined {
  if (value === undefined || value === '') return undefined;
  const levels = Object.values(FieldLogLevel) as unknown[];
  if (!levels.includes(value)) {
    throw new InvalidSettingError(
      'fieldLogLevel',
      `one of ${levels.join(', ')}`,
      JSON.stringify(value),
    );
  }
  return value as FieldLogLevel;
}

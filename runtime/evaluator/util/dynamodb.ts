/**
 * `util.dynamodb`: typed DynamoDB attribute values built from plain values.
 * As documented, numbers stay JSON numbers (`{ N: 12345 }`), null becomes
 * `{ NULL: null }`, and sets are never inferred: arrays become lists.
 * The typed converters return null for a null or undefined input.
 */
import { UtilArgumentError } from '../errors';

export type AttributeValue = Record<string, unknown>;

export function toDynamoDB(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toDynamoDB) };
  if (typeof value === 'object') return { M: toMapValues(value as Record<string, unknown>) };
  throw new UtilArgumentError(
    'util.dynamodb.toDynamoDB',
    `a ${typeof value} has no DynamoDB representation`,
  );
}

/** `toMap(obj).M`. Undefined properties are dropped, as JSON would. */
export function toMapValues(value: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = toDynamoDB(item);
  }
  return out;
}

const orNull =
  <T, R>(convert: (value: T) => R) =>
  (value: T | null | undefined): R | null =>
    value === null || value === undefined ? null : convert(value);

/** The documented S3 object string, spacing included. */
function s3ObjectString(key: string, bucket: string, region: string, version?: string): string {
  const versionPart = version === undefined ? '' : `, "version" : ${JSON.stringify(version)}`;
  return (
    `{ "s3" : { "key" : ${JSON.stringify(key)}, "bucket" : ${JSON.stringify(bucket)}, ` +
    `"region" : ${JSON.stringify(region)}${versionPart} } }`
  );
}

export const dynamodbUtil = {
  toDynamoDB,
  toString: orNull((value: string) => ({ S: value })),
  toStringSet: orNull((values: string[]) => ({ SS: [...values] })),
  toNumber: orNull((value: number) => ({ N: value })),
  toNumberSet: orNull((values: number[]) => ({ NS: [...values] })),
  toBinary: orNull((value: string) => ({ B: value })),
  toBinarySet: orNull((values: string[]) => ({ BS: [...values] })),
  toBoolean: orNull((value: boolean) => ({ BOOL: value })),
  toNull: () => ({ NULL: null }),
  toList: orNull((values: unknown[]) => ({ L: values.map(toDynamoDB) })),
  toMap: orNull((value: Record<string, unknown>) => ({ M: toMapValues(value) })),
  toMapValues: orNull(toMapValues),
  toS3Object: (key: string, bucket: string, region: string, version?: string) => ({
    S: s3ObjectString(key, bucket, region, version),
  }),
  fromS3ObjectJson: (text: string) => (JSON.parse(text) as { s3: unknown }).s3,
};

/**
 * Time to live, emulated. DynamoDB deletes an item some time after the epoch
 * seconds in its TTL attribute pass; neither dynalite nor DynamoDB Local ever
 * does. Idempotency records rely on expiring, so the data source behaves as
 * if deletion were immediate:
 *
 * - GetItem answers null for an expired item;
 * - Query and Scan leave expired items out (a filter the engine applies, so
 *   it works whatever the projection; like any filter it can shorten a page);
 * - a write whose condition fails on an expired item deletes that item and
 *   runs once more, as it would have run had TTL already removed it.
 *
 * Not emulated: a condition that *passes* because an expired item is still
 * there (attribute_exists on it), and UpdateItem without a condition, see
 * the expired item's attributes. AWS shows the same between expiry and the
 * actual deletion, which can take days.
 *
 * As on DynamoDB, only a Number attribute counts; any other type never expires.
 */
import type { DynamoClient } from './client';
import type { Item } from './typed-values';

export interface TtlPolicy {
  /** The TTL attribute's name, or null when the table has none. */
  attribute: string | null;
  /** Epoch seconds now. */
  now(): number;
}

// Placeholders long enough not to collide with a resolver's own.
const NAME = '#ttlAttributeOfflineRuntime';
const NOW = ':ttlNowOfflineRuntime';

export function isExpired(item: Item | undefined, policy: TtlPolicy): boolean {
  if (item === undefined || policy.attribute === null) return false;
  const seconds = item[policy.attribute]?.N;
  return seconds !== undefined && Number(seconds) < policy.now();
}

/** Deletes an expired item, unless it changed since it was read. */
export async function purgeExpired(
  client: DynamoClient,
  tableName: string,
  key: Item,
  item: Item,
  policy: TtlPolicy,
): Promise<void> {
  const attribute = policy.attribute!;
  try {
    await client.send('DeleteItem', {
      TableName: tableName,
      Key: key,
      ConditionExpression: `${NAME} = ${NOW}`,
      ExpressionAttributeNames: { [NAME]: attribute },
      ExpressionAttributeValues: { [NOW]: item[attribute]! },
    });
  } catch (error) {
    // Someone rewrote the item after our read: theirs is the live item now.
    if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/**
 * The projection with the TTL attribute added, so expiry can be judged on
 * a projected read, and the names to strip from the answer afterwards.
 */
export function projectWithTtl(
  projection: { expression: string; expressionNames?: Record<string, string> } | undefined,
  policy: TtlPolicy,
) {
  if (projection == null || policy.attribute === null) return { projection, strip: [] };
  const requested = projection.expression.split(',').map((path) => {
    const head = path.trim().split(/[.[]/)[0]!;
    return projection.expressionNames?.[head] ?? head;
  });
  return {
    projection: {
      expression: `${projection.expression}, ${NAME}`,
      expressionNames: { ...projection.expressionNames, [NAME]: policy.attribute },
    },
    strip: requested.includes(policy.attribute) ? [] : [policy.attribute],
  };
}

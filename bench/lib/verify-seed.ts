/**
 * Checks that seeded items are what the resolvers would have stored: the
 * same attributes with the same types as an item sendMessage wrote, and
 * read back through messagesByRecipient as the seed wrote them. Figures
 * over seeded data only hold if the seed is faithful.
 */
import { isDeepStrictEqual } from 'node:util';

import { GetItemCommand } from '@aws-sdk/client-dynamodb';

import { LIST_QUERY, SEND_MUTATION, deliveredMessage, type MessageItem } from './messages';
import type { Api, Stack } from './stack';
import { shapeOf, toTypedMap } from './typed';

/** Sends one message through the API and compares its stored shape with a seeded one. */
export async function verifySeedShape(stack: Stack, api: Api): Promise<void> {
  const recipient = 'shape-check';
  const { body } = await api.graphql.send(SEND_MUTATION, {
    input: { recipient, body: 'Shape check.', emailAddress: 'shape@example.com',
      phoneNumber: '+14155550100' },
  });
  const sent = body.data?.sendMessage;
  if (!sent || body.errors) throw new Error(`sendMessage failed: ${JSON.stringify(body)}`);
  const { Item } = await stack.dynamo.send(new GetItemCommand({
    TableName: api.tableName,
    Key: { PK: { S: `RECIPIENT#${recipient}` }, SK: { S: `MESSAGE#${sent.id}` } },
    ConsistentRead: true,
  }));
  const stored = shapeOf(Item ?? {});
  const seeded = shapeOf(toTypedMap(deliveredMessage(recipient, Date.now(), 'x')));
  if (!isDeepStrictEqual(stored, seeded)) {
    throw new Error(`Seeded items differ from stored ones.\nstored: ${JSON.stringify(stored)}\n` +
      `seeded: ${JSON.stringify(seeded)}`);
  }
}

/** The newest seeded message of a recipient, as messagesByRecipient answers it. */
export async function verifyReadBack(api: Api, item: MessageItem): Promise<void> {
  const { body } = await api.graphql.send(LIST_QUERY, { recipient: item.recipient, limit: 1 });
  const [read] = body.data?.messagesByRecipient?.items ?? [];
  const expected = {
    id: item.id,
    recipient: item.recipient,
    body: item.body,
    subject: item.subject,
    emailAddress: item.emailAddress,
    phoneNumber: item.phoneNumber,
    createdAt: item.createdAt,
    deliveries: Object.values(item.deliveries).map((d) => ({
      ...d, errorCode: null, errorMessage: null, retryable: null,
    })),
  };
  if (!isDeepStrictEqual(read, expected)) {
    throw new Error(`A seeded message reads back differently.\nread: ${JSON.stringify(read)}\n` +
      `seeded: ${JSON.stringify(expected)}`);
  }
}

/**
 * Message items in exactly the shape sendMessage stores them after a
 * successful delivery on both channels (see resolvers/functions/
 * validateMessage.ts, storeMessage.ts and recordDeliveries.ts), and the
 * GraphQL documents the benchmark sends.
 */
import { autoUlid } from '../../runtime/evaluator/util/ids';
import { DEFAULT_SUBJECT } from '../../resolvers/lib/limits';

// The subject sendMessage stores when none is given, as the resolvers define it.
export { DEFAULT_SUBJECT };

export const MESSAGE_FIELDS = `id recipient body subject emailAddress phoneNumber createdAt
  deliveries { channel status attempts lastAttemptAt providerMessageId errorCode
    errorMessage retryable }`;

export const LIST_QUERY = `query List($recipient: String!, $limit: Int, $nextToken: String) {
  messagesByRecipient(recipient: $recipient, limit: $limit, nextToken: $nextToken) {
    items { ${MESSAGE_FIELDS} }
    nextToken
  }
}`;

export const SEND_MUTATION = `mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) { ${MESSAGE_FIELDS} }
}`;

export const SUBSCRIPTION = `subscription OnSent($recipient: String!) {
  onMessageSent(recipient: $recipient) { id recipient body createdAt }
}`;


/** A delivered message to `recipient`, created at `at` (epoch ms). */
export function deliveredMessage(recipient: string, at: number, body: string) {
  const id = autoUlid(at);
  const createdAt = new Date(at).toISOString();
  const sent = (channel: 'EMAIL' | 'SMS', provider: string) => ({
    channel,
    attempts: 1,
    lastAttemptAt: createdAt,
    status: 'SENT',
    providerMessageId: `${provider}-${id}`,
  });
  return {
    PK: `RECIPIENT#${recipient}`,
    SK: `MESSAGE#${id}`,
    entity: 'MESSAGE',
    id,
    recipient,
    body,
    subject: DEFAULT_SUBJECT,
    emailAddress: `${recipient}@example.com`,
    phoneNumber: '+14155550100',
    createdAt,
    idempotencyKey: null,
    deliveries: { EMAIL: sent('EMAIL', 'ses'), SMS: sent('SMS', 'sns') },
  };
}

export type MessageItem = ReturnType<typeof deliveredMessage>;

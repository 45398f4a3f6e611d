/** The operations the end-to-end tests send, with full selections. */
export const DELIVERY_FIELDS =
  'channel status attempts lastAttemptAt providerMessageId errorCode errorMessage retryable';

export const MESSAGE_FIELDS = `id recipient body subject emailAddress phoneNumber createdAt
  deliveries { ${DELIVERY_FIELDS} }`;

export const SEND = `mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) { ${MESSAGE_FIELDS} }
}`;

export const RETRY = `mutation Retry($recipient: String!, $id: ID!) {
  retryDelivery(recipient: $recipient, id: $id) { ${MESSAGE_FIELDS} }
}`;

export const LIST = `query List($recipient: String!, $limit: Int, $nextToken: String) {
  messagesByRecipient(recipient: $recipient, limit: $limit, nextToken: $nextToken) {
    items { ${MESSAGE_FIELDS} }
    nextToken
  }
}`;

export const WATCH = `subscription Watch($recipient: String!) {
  onMessageSent(recipient: $recipient) { id recipient body }
}`;

let counter = 0;

/** A recipient no other test uses, so tests never see each other's messages. */
export function uniqueRecipient(label: string): string {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

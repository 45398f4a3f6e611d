/**
 * The shapes a frontend works with, named after the schema and derived from
 * the generated operation types, so a schema change shows up here first.
 */
import type {
  DeliveryFieldsFragment,
  MessageFieldsFragment,
  MessagesByRecipientQuery,
  RetryDeliveryMutationVariables,
  SendMessageInput,
} from './generated/operations';
import type { WebSocketConstructor } from './websocket';

export type Message = MessageFieldsFragment;
export type Delivery = DeliveryFieldsFragment;
export type { Channel, DeliveryStatus, SendMessageInput } from './generated/operations';

/** One page of a recipient's messages, newest first. */
export type MessagePage = MessagesByRecipientQuery['messagesByRecipient'];

export interface ListMessagesOptions {
  recipient: string;
  /** 1 to 100. @default 20 (the API's default) */
  limit?: number;
  /** The nextToken of the previous page. */
  nextToken?: string | null;
  signal?: AbortSignal;
}

export type RetryDeliveryArgs = RetryDeliveryMutationVariables;

export interface MessagingClientOptions {
  /** The GraphQL endpoint, e.g. https://X.appsync-api.R.amazonaws.com/graphql. */
  url: string;
  apiKey: string;
  /** @default derived from url, as AppSync does (see realtimeUrlFor) */
  realtimeUrl?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default globalThis.WebSocket; Node 20 needs `ws`'s. */
  WebSocket?: WebSocketConstructor;
}

export interface MessageSentHandlers {
  next(message: Message): void;
  error?(error: Error): void;
  /** The subscription is live: messages sent from now on arrive. */
  started?(): void;
}

export interface MessagingClient {
  sendMessage(input: SendMessageInput): Promise<Message>;
  retryDelivery(args: RetryDeliveryArgs): Promise<Message>;
  listMessages(options: ListMessagesOptions): Promise<MessagePage>;
  /** Every page from the first (or from nextToken), fetched as the loop asks. */
  pages(options: ListMessagesOptions): AsyncGenerator<MessagePage, void, undefined>;
  /** Returns the function that unsubscribes. */
  onMessageSent(recipient: string, handlers: MessageSentHandlers): () => void;
  /** Closes the real-time connection and ends its subscriptions. */
  close(): void;
}

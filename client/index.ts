/** The typed client for the messaging API. */
export { createMessagingClient } from './messaging';
export { ApiError, NetworkError, violationsByField } from './errors';
export type { ApiErrorOptions, ErrorEntry, Violation } from './errors';
export { realtimeUrlFor } from './realtime-url';
export type { WebSocketConstructor, WebSocketLike } from './websocket';
export type {
  Channel,
  Delivery,
  DeliveryStatus,
  ListMessagesOptions,
  Message,
  MessagePage,
  MessageSentHandlers,
  MessagingClient,
  MessagingClientOptions,
  RetryDeliveryArgs,
  SendMessageInput,
} from './types';

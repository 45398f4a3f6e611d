/**
 * The messaging API for a frontend: one method per operation in
 * client/operations, each typed by its generated document. It talks to a
 * deployed AppSync API and to the offline runtime alike; only the URL and
 * the API key differ.
 */
import {
  MessagesByRecipientDocument,
  OnMessageSentDocument,
  RetryDeliveryDocument,
  SendMessageDocument,
} from './generated/operations';
import { createRequester } from './http';
import { createRealtime } from './realtime';
import { realtimeUrlFor } from './realtime-url';
import type { MessagingClient, MessagingClientOptions } from './types';

export function createMessagingClient(options: MessagingClientOptions): MessagingClient {
  const { url, apiKey } = options;
  if (!url || !apiKey) {
    throw new TypeError(
      `createMessagingClient needs a url and an apiKey. Received: url=${JSON.stringify(url)}, ` +
        `apiKey=${apiKey ? 'set' : JSON.stringify(apiKey)}`,
    );
  }

  const request = createRequester({ url, apiKey, fetch: options.fetch });
  const realtime = createRealtime({
    realtimeUrl: options.realtimeUrl ?? realtimeUrlFor(url),
    // AppSync authorizes real-time against the GraphQL host, not its own.
    auth: { host: new URL(url).host, 'x-api-key': apiKey },
    WebSocket: options.WebSocket,
  });

  const listMessages: MessagingClient['listMessages'] = async (page) => {
    const { recipient, limit, nextToken, signal } = page;
    const data = await request(
      MessagesByRecipientDocument,
      { recipient, limit, nextToken },
      { signal },
    );
    return data.messagesByRecipient;
  };

  return {
    async sendMessage(input) {
      const data = await request(SendMessageDocument, { input }, { inputVariable: 'input' });
      return data.sendMessage;
    },

    async retryDelivery({ recipient, id }) {
      const data = await request(RetryDeliveryDocument, { recipient, id });
      return data.retryDelivery;
    },

    listMessages,

    async *pages(first) {
      let nextToken = first.nextToken;
      do {
        const page = await listMessages({ ...first, nextToken });
        yield page;
        nextToken = page.nextToken;
      } while (nextToken);
    },

    onMessageSent(recipient, handlers) {
      return realtime.subscribe(OnMessageSentDocument, { recipient }, {
        // A null event carries no message (a mutation that returned null).
        next: (data) => data.onMessageSent && handlers.next(data.onMessageSent),
        error: handlers.error,
        started: handlers.started,
      });
    },

    close: () => realtime.close(),
  };
}

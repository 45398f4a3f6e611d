/**
 * A small client that speaks AppSync's protocols: GraphQL over HTTP with an
 * x-api-key header, and the real-time WebSocket protocol for subscriptions.
 * The end-to-end tests use it against the offline runtime, exactly as they
 * would against a deployed API.
 */
import WebSocket from 'ws';

export interface ClientOptions {
  url: string;
  realtimeUrl: string;
  apiKey: string;
}

export interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{
      message: string;
      errorType?: string | null;
      errorInfo?: unknown;
      path?: unknown;
      locations?: unknown;
      data?: unknown;
    }>;
  };
}

export function createClient({ url, realtimeUrl, apiKey }: ClientOptions) {
  async function graphql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    key: string | null = apiKey,
  ): Promise<HttpAnswer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key != null) headers['x-api-key'] = key;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as HttpAnswer<T>['body'] };
  }

  function subscribe(query: string, variables: Record<string, unknown> = {}) {
    return openSubscription({ realtimeUrl, apiKey, host: new URL(url).host, query, variables });
  }

  return { graphql, subscribe, apiKey };
}

export type Client = ReturnType<typeof createClient>;

interface Frame {
  type: string;
  id?: string;
  payload?: any;
}

/** Opens a connection, subscribes once, and collects data frames. */
async function openSubscription(options: {
  realtimeUrl: string;
  apiKey: string;
  host: string;
  query: string;
  variables: Record<string, unknown>;
}) {
  const auth = { host: options.host, 'x-api-key': options.apiKey };
  const header = Buffer.from(JSON.stringify(auth)).toString('base64');
  const socket = new WebSocket(`${options.realtimeUrl}?header=${header}&payload=e30=`, [
    'graphql-ws',
  ]);
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (raw) => {
    frames.push(JSON.parse(raw.toString()));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const waitFor = async (match: (frame: Frame) => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = frames.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No matching frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };

  socket.send(JSON.stringify({ type: 'connection_init' }));
  await waitFor((f) => f.type === 'connection_ack');
  const id = `sub-${Math.random().toString(36).slice(2)}`;
  socket.send(
    JSON.stringify({
      id,
      type: 'start',
      payload: {
        data: JSON.stringify({ query: options.query, variables: options.variables }),
        extensions: { authorization: auth },
      },
    }),
  );
  const ack = await waitFor((f) => f.id === id && (f.type === 'start_ack' || f.type === 'error'));

  const data = () => frames.filter((f) => f.id === id && f.type === 'data').map((f) => f.payload);
  return {
    ack,
    data,
    /** Waits until `count` data frames have arrived. */
    async next(count = 1, timeoutMs = 5000) {
      await waitFor(() => data().length >= count, timeoutMs);
      return data()[count - 1];
    },
    close() {
      socket.close();
    },
  };
}

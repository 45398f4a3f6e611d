/**
 * A real http server on loopback with the real-time endpoint attached, a fake
 * SubscriptionEngine (so the protocol is tested on its own), and a ws client
 * that queues frames so a test can await them in order.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  Kind,
  parse,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { WebSocket } from 'ws';

import type { LogFields, Logger } from '../../../runtime/log';
import { createRealtimeServer } from '../../../runtime/realtime';
import type {
  AcceptedSubscription,
  RealtimeServer,
  RealtimeServerOptions,
  SubscriptionEngine,
  SubscriptionRequest,
} from '../../../runtime/realtime';

export const VALID_KEY = 'da2-localvalidkey000000000';
export const HOST = 'localhost:20002';

export type Frame = { type: string; id?: string; payload?: any };

/** Parses the subscription itself, as the real engine would, minus the schema. */
export function fakeEngine(overrides: Partial<SubscriptionEngine> = {}): SubscriptionEngine {
  return {
    isAuthorized: (headers) => headers['x-api-key'] === VALID_KEY,
    prepareSubscription: async (request) => acceptSubscription(request),
    ...overrides,
  };
}

export function acceptSubscription(
  request: SubscriptionRequest,
): { errors: { errorType: string; message: string }[] } | { subscription: AcceptedSubscription } {
  const document = parse(request.query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation || operation.operation !== 'subscription') {
    const kind = operation?.operation ?? 'unknown';
    return { errors: [{ errorType: 'UnsupportedOperation', message: `${kind} not supported through the realtime channel` }] };
  }
  const field = operation.selectionSet.selections[0];
  if (field.kind !== Kind.FIELD || !field.selectionSet) throw new Error('test query needs a field');

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  }
  const args: Record<string, unknown> = {};
  for (const arg of field.arguments ?? []) {
    args[arg.name.value] = valueFromASTUntyped(arg.value, request.variables);
  }
  return {
    subscription: {
      fieldName: field.name.value,
      alias: field.alias?.value ?? field.name.value,
      arguments: args,
      mutations: ['sendMessage'],
      selection: field.selectionSet,
      fragments,
    },
  };
}

export interface RecordingLogger extends Logger {
  lines: { level: string; event: string; fields: LogFields }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (event, fields = {}) => lines.push({ level: 'info', event, fields }),
    error: (event, fields = {}) => lines.push({ level: 'error', event, fields }),
  };
}

export interface Harness {
  realtime: RealtimeServer;
  http: Server;
  port: number;
  logger: RecordingLogger;
  clients: TestClient[];
  connect(options?: ConnectOptions): Promise<TestClient>;
  /** Connects with a valid key and completes connection_init/connection_ack. */
  ready(options?: ConnectOptions): Promise<TestClient>;
  stop(): Promise<void>;
}

export interface ConnectOptions {
  via?: 'query' | 'subprotocol' | 'none';
  key?: string;
  path?: string;
  protocols?: string[];
}

export async function startHarness(
  options: Partial<RealtimeServerOptions> = {},
): Promise<Harness> {
  const logger = recordingLogger();
  const realtime = createRealtimeServer({ engine: fakeEngine(), logger, ...options });
  const http = createServer((_req, res) => res.writeHead(404).end());
  http.on('upgrade', (req, socket, head) => {
    if (!realtime.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const clients: TestClient[] = [];

  const connect = async (connectOptions: ConnectOptions = {}) => {
    const client = await TestClient.open(port, connectOptions);
    clients.push(client);
    return client;
  };

  return {
    realtime,
    http,
    port,
    logger,
    clients,
    connect,
    async ready(connectOptions) {
      const client = await connect(connectOptions);
      client.send({ type: 'connection_init' });
      await client.next('connection_ack');
      return client;
    },
    async stop() {
      for (const client of clients) client.ws.terminate();
      await realtime.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export function encodeHeader(key: string | undefined, encoding: 'base64' | 'base64url') {
  const header = key === undefined ? { host: HOST } : { host: HOST, 'x-api-key': key };
  return Buffer.from(JSON.stringify(header)).toString(encoding);
}

export class TestClient {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(port: number, options: ConnectOptions): Promise<TestClient> {
    const { via = 'subprotocol', key = VALID_KEY, path = '/graphql/realtime' } = options;
    let url = `ws://127.0.0.1:${port}${path}`;
    const protocols = [...(options.protocols ?? ['graphql-ws'])];
    if (via === 'query') url += `?header=${encodeURIComponent(encodeHeader(key, 'base64'))}&payload=e30=`;
    if (via === 'subprotocol') protocols.push(`header-${encodeHeader(key, 'base64url')}`);

    const ws = new WebSocket(url, protocols);
    const client = new TestClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  start(id: string, query: string, variables: Record<string, unknown> = {}, key = VALID_KEY) {
    this.send(startFrame(id, query, variables, key));
  }

  /** Resolves with the first unread frame of this type (and id), consuming it. */
  async next(type: string, id?: string, timeoutMs = 2_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex((f) => f.type === type && (id === undefined || f.id === id));
      if (index >= 0) return this.frames.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The frames of this type that arrive within ms, consumed. */
  async collect(type: string, ms: number): Promise<Frame[]> {
    await delay(ms);
    const matching = this.frames.filter((f) => f.type === type);
    this.frames.splice(0, this.frames.length, ...this.frames.filter((f) => f.type !== type));
    return matching;
  }
}

export function startFrame(
  id: string,
  query: string,
  variables: Record<string, unknown> = {},
  key: string | undefined = VALID_KEY,
) {
  const authorization = key === undefined ? undefined : { host: HOST, 'x-api-key': key };
  return {
    id,
    type: 'start',
    payload: {
      data: JSON.stringify({ query, variables }),
      extensions: authorization ? { authorization } : {},
    },
  };
}

/** sendMessage's result as a mutation selecting every field would return it. */
export function sentMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __typename: 'Message',
    id: '01HZX0000000000000000000AA',
    recipient: 'alice',
    body: 'Hello',
    subject: 'Greetings',
    emailAddress: 'alice@example.com',
    phoneNumber: null,
    createdAt: '2024-05-01T12:00:00.000Z',
    deliveries: [
      { __typename: 'Delivery', channel: 'EMAIL', status: 'SENT', attempts: 1 },
      { __typename: 'Delivery', channel: 'SMS', status: 'PENDING', attempts: 0 },
    ],
    ...overrides,
  };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const ON_MESSAGE_SENT = `subscription OnMessageSent($recipient: String!) {
  onMessageSent(recipient: $recipient) { id recipient body }
}`;

/** Polls until the check passes: server-side clean-up trails the client's view. */
export async function eventually(check: () => void, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await delay(10);
    }
  }
}

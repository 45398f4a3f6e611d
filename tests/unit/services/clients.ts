/**
 * AWS SDK clients pointed at the local services, as the delivery function
 * builds them: dummy credentials, a real region, the local endpoint.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import { AwsJson1_0Protocol } from '@aws-sdk/core/protocols';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const region = 'eu-west-1';

/** The SDK's own retry decisions, without its back-off waits. */
export const ATTEMPTS = 3;
const retryStrategy = new ConfiguredRetryStrategy(ATTEMPTS, () => 0);

export function snsClient(endpoint: string): SNSClient {
  return new SNSClient({ endpoint, region, credentials, retryStrategy });
}

/**
 * The SNS client speaking JSON 1.0 in its query-compatible form, as SDKs
 * will once SNS moves off the query protocol. The client keeps its own
 * protocol settings (target, namespace, error registry).
 */
export function snsJsonClient(endpoint: string): SNSClient {
  class QueryCompatibleJson extends AwsJson1_0Protocol {
    constructor(settings: ConstructorParameters<typeof AwsJson1_0Protocol>[0]) {
      super({ ...settings, awsQueryCompatible: true });
    }
  }
  return new SNSClient({
    endpoint,
    region,
    credentials,
    retryStrategy,
    protocol: QueryCompatibleJson,
  });
}

export function sesClient(endpoint: string): SESClient {
  return new SESClient({ endpoint, region, credentials, retryStrategy });
}

/** The promise's rejection, failing the test if it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ServiceFailure> {
  try {
    await promise;
  } catch (error) {
    return error as ServiceFailure;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The fields of an SDK service exception the tests assert on. */
export interface ServiceFailure extends Error {
  Code?: string;
  Type?: string;
  $fault: 'client' | 'server';
  $retryable?: { throttling?: boolean };
  $metadata: { httpStatusCode?: number; attempts?: number };
}

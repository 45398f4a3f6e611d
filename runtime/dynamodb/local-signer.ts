/**
 * Request signing for engines on this machine. dynalite and DynamoDB Local
 * want an Authorization header of SigV4's form, but neither checks the
 * signature, so computing one (a SHA-256 of the body and a chain of HMACs
 * per request) is CPU spent for nothing: about a quarter of the client's
 * cost per Query. A remote endpoint, such as a real table, is signed as
 * usual.
 */
import type { HttpRequest, HttpSigner } from '@smithy/types';

const CREDENTIAL = 'offline/20260101/us-east-1/dynamodb/aws4_request';
const PLACEHOLDER_SIGNATURE = '0'.repeat(64);

export const localSigner: HttpSigner = {
  async sign(request: HttpRequest): Promise<HttpRequest> {
    request.headers['x-amz-date'] = '20260101T000000Z';
    request.headers.authorization =
      `AWS4-HMAC-SHA256 Credential=${CREDENTIAL}, SignedHeaders=host;x-amz-date, ` +
      `Signature=${PLACEHOLDER_SIGNATURE}`;
    return request;
  },
};

export function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/**
 * SigV4 for a DynamoDB endpoint that checks signatures, such as a real
 * table: the SDK's signer, the SDK's default credential chain, and
 * node:crypto as its hash.
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, SourceData } from '@smithy/types';

import { DataSourceConfigError } from './errors';

/** @throws DataSourceConfigError when no region is given or can be read from the host */
export function remoteSigner(url: URL, region: string | undefined): SignatureV4 {
  const resolved = region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ??
    /^dynamodb\.([a-z0-9-]+)\.amazonaws\.com/.exec(url.hostname)?.[1];
  if (!resolved) {
    throw new DataSourceConfigError(
      `No region to sign requests to ${url.origin} with: set AWS_REGION or pass region.`);
  }
  return new SignatureV4({
    service: 'dynamodb',
    region: resolved,
    credentials: defaultProvider(),
    sha256: NodeSha256,
  });
}

/** node:crypto as the signer's hash: SHA-256, or its HMAC when given a key. */
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  reset(): void {
    this.hash = this.create();
  }

  private create(): Hash | Hmac {
    if (this.secret === undefined) return createHash('sha256');
    return createHmac('sha256', toBytes(this.secret));
  }
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/**
 * Pagination tokens. AppSync encrypts DynamoDB's LastEvaluatedKey before a
 * resolver sees it, so a client can neither read table keys out of a token
 * nor forge one. This does the same with AES-256-GCM under a key derived
 * from the data source's secret.
 *
 * The token is bound to the query that issued it: the scope (table, index,
 * key condition, direction) is the cipher's additional authenticated data,
 * so a token replayed against another partition fails to decrypt just like
 * an altered one. Layout: base64url(version | iv | tag | ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomFillSync } from 'node:crypto';

import { InvalidNextTokenError } from './errors';
import { toItem, toTypedMap, type Item } from './typed-values';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

export interface NextTokenCodec {
  issue(scope: string, lastEvaluatedKey: Item): string;
  /** @throws InvalidNextTokenError */
  read(scope: string, token: unknown): Item;
}

export function createNextTokenCodec(secret: string): NextTokenCodec {
  const key = Buffer.from(hkdfSync('sha256', secret, '', 'dynamodb-next-token', 32));

  return {
    issue(scope, lastEvaluatedKey) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(scope));
      const plain = Buffer.from(JSON.stringify(toTypedMap(lastEvaluatedKey)));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      const header = Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag()]);
      return Buffer.concat([header, body]).toString('base64url');
    },

    read(scope, token) {
      if (typeof token !== 'string' || !/^[A-Za-z0-9_-]+$/.test(token)) {
        throw new InvalidNextTokenError('the nextToken is not a token this API issued.');
      }
      const bytes = Buffer.from(token, 'base64url');
      if (bytes.length <= HEADER_BYTES || bytes[0] !== VERSION) {
        throw new InvalidNextTokenError('the nextToken is truncated or not from this API.');
      }
      const plain = decrypt(key, scope, bytes);
      return toItem(JSON.parse(plain.toString('utf8')), 'nextToken');
    },
  };
}

// IVs are cut from a pool of random bytes, refilled when spent: one
// getrandom call per 256 tokens instead of one per token, which on the read
// path cost more than the encryption. No slice is ever handed out twice.
const IV_POOL = Buffer.alloc(IV_BYTES * 256);
let ivOffset = IV_POOL.length;

function nextIv(): Buffer {
  if (ivOffset === IV_POOL.length) {
    randomFillSync(IV_POOL);
    ivOffset = 0;
  }
  const iv = Buffer.from(IV_POOL.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}

function decrypt(key: Buffer, scope: string, bytes: Buffer): Buffer {
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(scope));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    // GCM authentication cannot tell an edit from a token of another query.
    throw new InvalidNextTokenError(
      'the nextToken was altered, or was issued for another query.',
    );
  }
}

/**
 * The scope a token is bound to, as one string. Values are compared in SDK
 * form so `{ N: 5 }` and `{ N: '5' }` name the same query.
 */
export function tokenScope(parts: readonly unknown[]): string {
  return stableStringify(parts);
}

function stableStringify(value: unknown): string {
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

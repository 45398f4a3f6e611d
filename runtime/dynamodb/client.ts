/**
 * The data source's connection to its engine: DynamoDB's JSON protocol
 * spoken directly, one POST per operation with
 * `X-Amz-Target: DynamoDB_20120810.<Operation>` and the typed values as the
 * protocol carries them (numbers as strings, binary as base64), on a pool
 * of keep-alive connections (undici's, which frames a request more cheaply
 * than node:http, for this process and for the engine reading it).
 *
 * The SDK's DynamoDBClient does the same through a middleware stack and a
 * schema-driven (de)serialiser: measured on a 20-item Query against
 * dynalite, about 0.55 ms of CPU per call, where this takes about 0.2 ms
 * including the HTTP exchange, and the runtime paid the difference on every
 * read (bench/README.md has how CPU per request is measured). Inputs and
 * outputs keep the SDK's types, with binary as text (`Wire<T>`), and
 * failures keep the SDK's error shape (`name`, `$fault`, `$metadata`), so
 * the rest of the data source reads the same either way.
 *
 * An engine on this machine gets a placeholder signature: dynalite and
 * DynamoDB Local want the header but check nothing, and computing SigV4 per
 * call is CPU spent for nothing. Any other endpoint, such as a real table,
 * is signed with the SDK's SigV4 signer and its default credential chain.
 */
import type * as Sdk from '@aws-sdk/client-dynamodb';
import { Pool } from 'undici';

import { remoteSigner } from './sigv4';

/** An SDK shape as DynamoDB's JSON protocol carries it: binary as base64 text. */
export type Wire<T> = T extends Uint8Array
  ? string
  : T extends readonly (infer E)[]
    ? Wire<E>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

interface Operations {
  GetItem: [Sdk.GetItemCommandInput, Sdk.GetItemCommandOutput];
  PutItem: [Sdk.PutItemCommandInput, Sdk.PutItemCommandOutput];
  UpdateItem: [Sdk.UpdateItemCommandInput, Sdk.UpdateItemCommandOutput];
  DeleteItem: [Sdk.DeleteItemCommandInput, Sdk.DeleteItemCommandOutput];
  Query: [Sdk.QueryCommandInput, Sdk.QueryCommandOutput];
  Scan: [Sdk.ScanCommandInput, Sdk.ScanCommandOutput];
  BatchGetItem: [Sdk.BatchGetItemCommandInput, Sdk.BatchGetItemCommandOutput];
  BatchWriteItem: [Sdk.BatchWriteItemCommandInput, Sdk.BatchWriteItemCommandOutput];
  TransactWriteItems: [Sdk.TransactWriteItemsCommandInput, Sdk.TransactWriteItemsCommandOutput];
  CreateTable: [Sdk.CreateTableCommandInput, Sdk.CreateTableCommandOutput];
  DescribeTable: [Sdk.DescribeTableCommandInput, Sdk.DescribeTableCommandOutput];
  UpdateTimeToLive: [Sdk.UpdateTimeToLiveCommandInput, Sdk.UpdateTimeToLiveCommandOutput];
  DescribeTimeToLive: [Sdk.DescribeTimeToLiveCommandInput, Sdk.DescribeTimeToLiveCommandOutput];
  ListTables: [Sdk.ListTablesCommandInput, Sdk.ListTablesCommandOutput];
}

export type OperationName = keyof Operations;
export type InputOf<K extends OperationName> = Wire<Operations[K][0]>;
export type OutputOf<K extends OperationName> = Wire<Omit<Operations[K][1], '$metadata'>>;

export interface DynamoClient {
  /** @throws DynamoServiceError for the engine's refusals; a plain Error when it is unreachable */
  send<K extends OperationName>(operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** Closes the kept-alive sockets. */
  destroy(): void;
}

export interface DynamoClientOptions {
  /** The engine's URL, e.g. `http://127.0.0.1:8000`. */
  endpoint: string;
  /**
   * The region a remote endpoint is signed for.
   * @default AWS_REGION, else the region in a `dynamodb.<region>.amazonaws.com` host
   */
  region?: string;
  /** Sockets kept open to the engine. @default 64 */
  maxSockets?: number;
  /**
   * How requests are signed: SigV4 with the default credential chain, or a
   * placeholder that local engines accept.
   * @default 'placeholder' for a loopback endpoint, else 'sigv4'
   */
  signing?: 'sigv4' | 'placeholder';
  /**
   * Tries per call. Throttling, 5xx answers and dropped connections are
   * tried again, with jittered exponential backoff, as the SDK does.
   * @default 3
   */
  maxAttempts?: number;
}

/** A refusal from DynamoDB, in the shape the SDK gives its service errors. */
export class DynamoServiceError extends Error {
  readonly $fault: 'client' | 'server';
  readonly $metadata: { httpStatusCode: number; requestId?: string };
  /** Further fields of the error body, e.g. CancellationReasons. */
  readonly [field: string]: unknown;

  constructor(name: string, message: string, status: number, requestId: string | undefined,
    fields: Record<string, unknown>) {
    super(message);
    Object.assign(this, fields);
    this.name = name;
    this.$fault = status >= 500 ? 'server' : 'client';
    this.$metadata = { httpStatusCode: status, requestId };
  }
}

const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';
/** What a local engine is sent for a signature: the form of SigV4, checked by no one. */
export const PLACEHOLDER_SIGNATURE_HEADERS = {
  'x-amz-date': '20260101T000000Z',
  authorization: 'AWS4-HMAC-SHA256 Credential=offline/20260101/us-east-1/dynamodb/aws4_request, ' +
    `SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
} as const;
const RETRYABLE_ERRORS = new Set([
  'ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded',
  'LimitExceededException', 'TransactionInProgressException', 'InternalServerError',
  'ServiceUnavailable',
]);
const RETRYABLE_SOCKET_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED',
]);
const BASE_DELAY_MS = 100;

export function createDynamoClient(options: DynamoClientOptions): DynamoClient {
  const url = new URL(options.endpoint);
  const pool = new Pool(url.origin, { connections: options.maxSockets ?? 64 });
  const maxAttempts = options.maxAttempts ?? 3;
  const signing = options.signing ?? (isLoopback(options.endpoint) ? 'placeholder' : 'sigv4');
  const signer = signing === 'sigv4' ? remoteSigner(url, options.region) : null;
  const base = { path: url.pathname || '/', method: 'POST' as const };

  async function headersFor(operation: string, body: Buffer): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPE,
      'x-amz-target': TARGET_PREFIX + operation,
      'content-length': String(body.length),
    };
    if (signer === null) return { ...headers, ...PLACEHOLDER_SIGNATURE_HEADERS };
    headers.host = url.host;
    const signed = await signer.sign({
      method: 'POST', protocol: url.protocol, hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined, path: base.path, query: {}, headers, body,
    });
    return signed.headers;
  }

  async function once(body: Buffer, headers: Record<string, string>) {
    const res = await pool.request({ ...base, headers, body });
    const requestId = res.headers['x-amzn-requestid'];
    return {
      status: res.statusCode,
      text: await res.body.text(),
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    };
  }

  async function send<K extends OperationName>(operation: K, input: InputOf<K>) {
    const body = Buffer.from(JSON.stringify(input));
    for (let attempt = 1; ; attempt += 1) {
      let failure: unknown;
      try {
        const answer = await once(body, await headersFor(operation, body));
        if (answer.status === 200) return JSON.parse(answer.text) as OutputOf<K>;
        failure = serviceError(answer.status, answer.text, answer.requestId);
      } catch (error) {
        failure = error;
      }
      if (attempt >= maxAttempts || !retryable(failure)) throw failure;
      await delay(Math.random() * BASE_DELAY_MS * 2 ** (attempt - 1));
    }
  }

  return { send, destroy: () => void pool.destroy() };
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

function serviceError(status: number, text: string, requestId: string | undefined) {
  const fields = parseObject(text);
  if (fields === null) {
    // Not DynamoDB's JSON, e.g. a proxy's page: the status is all there is.
    const name = status >= 500 ? 'InternalServerError' : `HttpStatus${status}`;
    return new DynamoServiceError(name, text.slice(0, 200), status, requestId, {});
  }
  const { __type, message, Message, ...rest } = fields;
  const name = typeof __type === 'string' && __type !== ''
    ? __type.slice(__type.lastIndexOf('#') + 1)
    : status >= 500 ? 'InternalServerError' : 'UnknownError';
  const words = typeof message === 'string' ? message : typeof Message === 'string' ? Message : '';
  return new DynamoServiceError(name, words, status, requestId, rest);
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? parsed as Record<string, unknown>
      : null;
  } catch {
    return null;
  }
}

function retryable(error: unknown): boolean {
  if (error instanceof DynamoServiceError) {
    return error.$fault === 'server' || RETRYABLE_ERRORS.has(error.name);
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_SOCKET_CODES.has(code);
}

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

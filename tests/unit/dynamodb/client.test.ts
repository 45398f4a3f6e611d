/**
 * The runtime's DynamoDB client against a stand-in HTTP server: what it
 * sends, how it reads answers and refusals, what it tries again, and how it
 * signs for an endpoint that checks signatures.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createDynamoClient, DynamoServiceError } from '../../../runtime/dynamodb/client';

interface Seen {
  headers: IncomingMessage['headers'];
  body: string;
  url: string;
}

type Reply = (res: ServerResponse, seen: Seen) => void;

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
  vi.unstubAllEnvs();
});

/** A server answering the n-th request with replies[n] (the last one repeats). */
async function serve(...replies: Reply[]) {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString(), url: req.url! };
      seen.push(request);
      replies[Math.min(seen.length, replies.length) - 1]!(res, request);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
    res.end(JSON.stringify(body));
  };

describe('the DynamoDB client', () => {
  it('posts the input as DynamoDB JSON to the operation\'s target and answers the output', async () => {
    const { endpoint, seen } = await serve(json(200, { Item: { PK: { S: 'a' } } }));
    const client = createDynamoClient({ endpoint });
    const output = await client.send('GetItem', { TableName: 'T', Key: { PK: { S: 'a' } } });
    client.destroy();

    expect(output).toEqual({ Item: { PK: { S: 'a' } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
    expect(seen[0]!.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(JSON.parse(seen[0]!.body)).toEqual({ TableName: 'T', Key: { PK: { S: 'a' } } });
    // A local engine wants the header's form and checks nothing.
    expect(seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=offline\//);
  });

  it('raises a refusal as the SDK would: name, message, status, request id and its fields', async () => {
    const reasons = [{ Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }];
    const { endpoint, seen } = await serve(json(400, {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      message: 'Transaction cancelled', CancellationReasons: reasons,
    }, { 'x-amzn-requestid': 'REQ1' }));
    const client = createDynamoClient({ endpoint });
    const error = await client.send('TransactWriteItems', { TransactItems: [] }).catch((e) => e);
    client.destroy();

    expect(error).toBeInstanceOf(DynamoServiceError);
    expect(error).toMatchObject({
      name: 'TransactionCanceledException',
      message: 'Transaction cancelled',
      $fault: 'client',
      $metadata: { httpStatusCode: 400, requestId: 'REQ1' },
      CancellationReasons: reasons,
    });
    expect(seen).toHaveLength(1); // a client error is not tried again
  });

  it('tries a 5xx and a throttle again, and then succeeds', async () => {
    const { endpoint, seen } = await serve(
      json(500, { __type: '#InternalServerError', message: 'boom' }),
      json(400, { __type: '#ProvisionedThroughputExceededException', message: 'slow down' }),
      json(200, { Count: 0 }),
    );
    const client = createDynamoClient({ endpoint });
    await expect(client.send('Query', { TableName: 'T' })).resolves.toEqual({ Count: 0 });
    client.destroy();
    expect(seen).toHaveLength(3);
  });

  it('gives up after maxAttempts, with what the last answer said', async () => {
    const { endpoint, seen } = await serve((res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    });
    const client = createDynamoClient({ endpoint, maxAttempts: 2 });
    const error = await client.send('Query', { TableName: 'T' }).catch((e) => e);
    client.destroy();
    expect(error).toMatchObject({
      name: 'InternalServerError', message: '<h1>Bad gateway</h1>', $fault: 'server',
    });
    expect(seen).toHaveLength(2);
  });

  it('sends again when the connection drops before an answer', async () => {
    const { endpoint, seen } = await serve(
      (res) => res.socket!.destroy(),
      json(200, { Items: [] }),
    );
    const client = createDynamoClient({ endpoint });
    await expect(client.send('Scan', { TableName: 'T' })).resolves.toEqual({ Items: [] });
    client.destroy();
    expect(seen).toHaveLength(2);
  });

  it('fails with the socket error when no engine answers', async () => {
    const client = createDynamoClient({ endpoint: 'http://127.0.0.1:1', maxAttempts: 1 });
    const error = await client.send('ListTables', {}).catch((e) => e);
    client.destroy();
    expect(error).not.toBeInstanceOf(DynamoServiceError);
    expect((error as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('signs with SigV4 and the credential chain where signatures are checked', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret/example');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
    const { endpoint, seen } = await serve(json(200, {}));
    const client = createDynamoClient({ endpoint, signing: 'sigv4', region: 'eu-west-1' });
    await client.send('DescribeTable', { TableName: 'Messages' });
    client.destroy();

    const { headers, body, url } = seen[0]!;
    const auth = /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/(\d{8})\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/
      .exec(String(headers.authorization));
    expect(auth).not.toBeNull();
    const [, day, signedHeaders, signature] = auth!;
    expect(signedHeaders!.split(';')).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'x-amz-target']));
    expect(signature).toBe(sigV4({
      secret: 'secret/example', day: day!, region: 'eu-west-1', amzDate: String(headers['x-amz-date']),
      canonicalRequest: [
        'POST', url, '',
        ...signedHeaders!.split(';').map((h) => `${h}:${String(headers[h]).trim()}`), '',
        signedHeaders, sha256(body),
      ].join('\n'),
    }));
  });
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** SigV4 computed from its specification, to check the signer against. */
function sigV4(input: { secret: string; day: string; region: string; amzDate: string;
  canonicalRequest: string }): string {
  const scope = `${input.day}/${input.region}/dynamodb/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256(input.canonicalRequest)].join('\n');
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  let key = hmac(`AWS4${input.secret}`, input.day);
  for (const part of [input.region, 'dynamodb', 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign).digest('hex');
}

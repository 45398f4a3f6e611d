/**
 * The real SDK clients against a local HTTP server standing in for SES and
 * SNS, as the offline runtime's emulators do: no mocks between the handler
 * and the wire, so endpoints, retries and error parsing are the SDK's own.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from 'vitest';
import { createHandler } from '../../../functions/deliver/handler';
import { aConfig, aRequest } from './fixtures';
import { captureLogs } from './logs';

interface Reply {
  status: number;
  xml: string;
}

const sesError = (code: string, message: string) =>
  `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
     <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
     <RequestId>req-1</RequestId>
   </ErrorResponse>`;

const SES_SENT = `<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
  <SendEmailResult><MessageId>ses-local-1</MessageId></SendEmailResult>
  <ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata>
</SendEmailResponse>`;

const SNS_SENT = `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <PublishResult><MessageId>sns-local-1</MessageId></PublishResult>
  <ResponseMetadata><RequestId>req-3</RequestId></ResponseMetadata>
</PublishResponse>`;

let server: Server;
let endpoint: string;
let reply: (action: string) => Reply;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      received.push(action);
      const { status, xml } = reply(action);
      response.writeHead(status, { 'content-type': 'text/xml' }).end(xml);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  received.length = 0;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function localHandler() {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');
  captureLogs();
  return createHandler(
    aConfig({ sesEndpoint: endpoint, snsEndpoint: endpoint }),
  );
}

describe('against a local SES and SNS endpoint', () => {
  it('sends through the configured endpoints', async () => {
    reply = (action) => ({
      status: 200,
      xml: action === 'SendEmail' ? SES_SENT : SNS_SENT,
    });

    const { outcomes } = await localHandler()(aRequest(['EMAIL', 'SMS']));

    expect(received.sort()).toEqual(['Publish', 'SendEmail']);
    expect(outcomes).toMatchObject([
      { status: 'SENT', providerMessageId: 'ses-local-1' },
      { status: 'SENT', providerMessageId: 'sns-local-1' },
    ]);
  });

  it('makes a single attempt when the provider throttles, and reports it retryable', async () => {
    reply = () => ({
      status: 400,
      xml: sesError('Throttling', 'Maximum sending rate exceeded.'),
    });

    const { outcomes } = await localHandler()(aRequest(['EMAIL']));

    expect(received).toEqual(['SendEmail']);
    expect(outcomes[0]).toMatchObject({
      status: 'FAILED',
      errorCode: 'Throttling',
      errorMessage: 'Maximum sending rate exceeded.',
      retryable: true,
    });
  });

  it('makes a single attempt when the provider is unavailable', async () => {
    reply = () => ({
      status: 503,
      xml: sesError('ServiceUnavailable', 'Try later'),
    });

    const { outcomes } = await localHandler()(aRequest(['SMS']));

    expect(received).toEqual(['Publish']);
    expect(outcomes[0]).toMatchObject({ status: 'FAILED', retryable: true });
  });

  it('reads a modelled rejection as the SDK names it', async () => {
    reply = () => ({
      status: 400,
      xml: sesError('MessageRejected', 'Not verified'),
    });

    const { outcomes } = await localHandler()(aRequest(['EMAIL']));

    expect(outcomes[0]).toMatchObject({
      status: 'FAILED',
      errorCode: 'MessageRejected',
      retryable: false,
    });
  });

  it('reports an unreachable endpoint as a retryable network failure', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCAL');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-secret');
    captureLogs();
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const deliver = createHandler(
      aConfig({ snsEndpoint: 'http://127.0.0.1:9' }),
    );

    const { outcomes } = await deliver(aRequest(['SMS']));

    expect(outcomes[0]).toMatchObject({
      status: 'FAILED',
      errorCode: 'ECONNREFUSED',
      retryable: true,
    });
  });
});

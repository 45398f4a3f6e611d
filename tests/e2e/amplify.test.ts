/**
 * The offline runtime through Amplify, AWS's other client library for
 * AppSync, unchanged. Amplify always dials wss:// for an endpoint outside
 * AWS's domains, so the runtime serves TLS here, with a certificate the
 * test makes for 127.0.0.1 and gives the client's fetch and WebSocket.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { SEND, WATCH, uniqueRecipient } from './support/operations';
import { startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

const certDir = mkdtempSync(path.join(tmpdir(), 'amplify-tls-'));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
  '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem'),
], { stdio: 'ignore' });
const cert = readFileSync(path.join(certDir, 'cert.pem'), 'utf8');
const key = readFileSync(path.join(certDir, 'key.pem'), 'utf8');

// What a browser that trusts the certificate would do; Node 20 has no
// global WebSocket, and its fetch cannot be handed a CA. The socket also
// tells the test when a subscription is acknowledged, which Amplify keeps
// to itself.
const dispatcher = new Agent({ connect: { ca: cert } });
const ackWaiters: Array<() => void> = [];
class TrustingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { ca: cert });
    this.on('message', (raw) => {
      if (JSON.parse(raw.toString()).type === 'start_ack') {
        ackWaiters.splice(0).forEach((wake) => wake());
      }
    });
  }
}
const nextAck = () => new Promise<void>((resolve) => ackWaiters.push(resolve));
const originals = { fetch: globalThis.fetch, WebSocket: (globalThis as any).WebSocket };

let t: TestRuntime;
// Amplify's own client type is too deep for tsc to compare; this is its shape.
let client: { graphql(options: { query: string; variables?: Record<string, unknown> }): any };

beforeAll(async () => {
  globalThis.fetch = ((input: any, init?: any) =>
    undiciFetch(input, { ...init, dispatcher })) as unknown as typeof fetch;
  (globalThis as any).WebSocket = TrustingWebSocket;
  t = await startTestRuntime({ tls: { cert, key } });
  Amplify.configure({
    API: {
      GraphQL: {
        endpoint: t.runtime.url,
        region: 'us-east-1',
        defaultAuthMode: 'apiKey',
        apiKey: t.runtime.apiKey,
      },
    },
  });
  client = generateClient() as unknown as typeof client;
});

afterAll(async () => {
  await t?.close();
  await stopSharedEngines();
  globalThis.fetch = originals.fetch;
  (globalThis as any).WebSocket = originals.WebSocket;
  await dispatcher.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('Amplify against the offline runtime', () => {
  it('serves https:// and wss:// when given a certificate', () => {
    expect(t.runtime.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(t.runtime.realtimeUrl).toMatch(/^wss:\/\//);
  });

  it('sends a message and receives it on a subscription', async () => {
    const recipient = uniqueRecipient('amplify');
    const acknowledged = nextAck();
    const received = new Promise<any>((resolve, reject) => {
      const subscription = client.graphql({ query: WATCH, variables: { recipient } }).subscribe({
          next: (event: any) => {
            subscription.unsubscribe();
            resolve(event.data.onMessageSent);
          },
          error: reject,
        });
    });
    await acknowledged;

    const sent: any = await client.graphql({
      query: SEND,
      variables: { input: { recipient, body: 'through Amplify', emailAddress: 'a@example.com' } },
    });
    expect(sent.data.sendMessage.deliveries[0].status).toBe('SENT');
    expect(await received).toEqual({
      id: sent.data.sendMessage.id,
      recipient,
      body: 'through Amplify',
    });
  });

  it('surfaces an error entry with its errorType', async () => {
    await expect(
      client.graphql({
        query: SEND,
        variables: { input: { recipient: 'x', body: ' ', emailAddress: 'a@example.com' } },
      }),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ errorType: 'ValidationError' })],
    });
  });
});

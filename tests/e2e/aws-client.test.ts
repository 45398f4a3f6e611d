/**
 * The offline runtime through AWS's own client library: Apollo Client with
 * aws-appsync-auth-link and aws-appsync-subscription-link, unchanged, as a
 * frontend built against the deployed API would use them.
 */
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_TYPE, createAuthLink, type AuthOptions } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import type { DocumentNode } from 'graphql';
import type { Subscription } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import {
  MessagesByRecipientDocument,
  OnMessageSentDocument,
  SendMessageDocument,
} from '../../client/generated/operations';
import { startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

/**
 * The WebSocket the library finds as a global (Node 20 has none). It is `ws`,
 * and it tells the test when the server acknowledges a subscription, which
 * the library keeps to itself: Apollo Client drops its CONNECTED event.
 */
const ackWaiters: Array<() => void> = [];
class ObservedWebSocket extends WebSocket {
  constructor(url: string, protocols: string[]) {
    super(url, protocols);
    this.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.type === 'start_ack') ackWaiters.splice(0).forEach((wake) => wake());
    });
  }
}
const nextAck = () => new Promise<void>((resolve) => ackWaiters.push(resolve));

let t: TestRuntime;
let client: ApolloClient;
const subscriptions: Subscription[] = [];
const globalWebSocket = Object.getOwnPropertyDescriptor(globalThis, 'WebSocket');

beforeAll(async () => {
  Object.defineProperty(globalThis, 'WebSocket', {
    value: ObservedWebSocket,
    configurable: true,
    writable: true,
  });
  t = await startTestRuntime();
  const url = t.runtime.url;
  const region = 'us-east-1';
  const auth: AuthOptions = { type: AUTH_TYPE.API_KEY, apiKey: t.runtime.apiKey };
  client = new ApolloClient({
    link: ApolloLink.from([
      createAuthLink({ url, region, auth }),
      createSubscriptionHandshakeLink({ url, region, auth }, new HttpLink({ uri: url })),
    ]),
    cache: new InMemoryCache(),
  });
});

afterAll(async () => {
  subscriptions.forEach((s) => s.unsubscribe());
  client?.stop();
  await t?.close();
  await stopSharedEngines();
  if (globalWebSocket) Object.defineProperty(globalThis, 'WebSocket', globalWebSocket);
  else Reflect.deleteProperty(globalThis, 'WebSocket');
});

/**
 * Subscribes through Apollo Client. `started` settles when the server
 * acknowledges the subscription (or rejects it), `first` with the first data.
 */
function subscribe(query: DocumentNode, variables?: Record<string, unknown>) {
  let timer: NodeJS.Timeout | undefined;
  const started = Promise.race([
    nextAck(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('No start_ack within 5 s')), 5000);
    }),
  ]).finally(() => clearTimeout(timer));
  const first = new Promise<unknown>((resolve, reject) => {
    const events = client.subscribe({ query, variables });
    subscriptions.push(
      events.subscribe({
        next: (result) => (result.error ? reject(failure(result.error)) : resolve(result.data)),
        error: (error) => reject(failure(error)),
      }),
    );
  });
  first.catch(() => {}); // reported through `started` or by the awaiting test
  return { started: Promise.race([started, first.then(() => undefined)]), first };
}

/** The library fails with the server's error frame; Apollo wraps it as `cause`. */
const failure = (error: unknown) =>
  new Error(`The subscription failed: ${JSON.stringify((error as { cause?: unknown }).cause ?? error)}`);

const input = (recipient: string, body: string) => ({
  recipient,
  body,
  emailAddress: `${recipient}@example.com`,
  phoneNumber: '+1 415 555 0100',
});

describe('AWS AppSync client library against the offline runtime', () => {
  it('sends a message with a mutation and delivers it on both channels', async () => {
    const { data } = await client.mutate({
      mutation: SendMessageDocument,
      variables: { input: input('aws-client-bob', 'Sent through Apollo.') },
    });

    expect(data?.sendMessage).toMatchObject({
      recipient: 'aws-client-bob',
      body: 'Sent through Apollo.',
      phoneNumber: '+14155550100',
      deliveries: [
        { channel: 'EMAIL', status: 'SENT' },
        { channel: 'SMS', status: 'SENT' },
      ],
    });
  });

  it('lists the messages sent to a recipient with a query', async () => {
    const sent = await client.mutate({
      mutation: SendMessageDocument,
      variables: { input: input('aws-client-carol', 'Listed through Apollo.') },
    });

    const { data } = await client.query({
      query: MessagesByRecipientDocument,
      variables: { recipient: 'aws-client-carol' },
      fetchPolicy: 'network-only',
    });

    expect(data?.messagesByRecipient.items).toEqual([sent.data?.sendMessage]);
    expect(data?.messagesByRecipient.nextToken).toBeNull();
  });

  it('receives a message sent after subscribing, exactly as the mutation returned it', async () => {
    const recipient = 'aws-client-dave';
    const pushed = subscribe(OnMessageSentDocument, { recipient });
    await pushed.started;

    const sent = await client.mutate({
      mutation: SendMessageDocument,
      variables: { input: input(recipient, 'Pushed through the AppSync protocol.') },
    });

    expect(await pushed.first).toEqual({ onMessageSent: sent.data?.sendMessage });
  });

  it('receives a message on a subscription that writes its recipient in the document', async () => {
    const pushed = subscribe(gql`
      subscription {
        onMessageSent(recipient: "aws-client-eve") { id body }
      }
    `);
    await pushed.started;

    const sent = await client.mutate({
      mutation: SendMessageDocument,
      variables: { input: input('aws-client-eve', 'Matched on a literal argument.') },
    });

    const { id, body } = sent.data!.sendMessage;
    expect(await pushed.first).toEqual({
      onMessageSent: { __typename: 'Message', id, body },
    });
  });
});

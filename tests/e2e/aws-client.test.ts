/**
 * The offline runtime through AWS's own client library: Apollo Client with
 * aws-appsync-auth-link and aws-appsync-subscription-link, unchanged, as a
 * frontend built against the deployed API would use them.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { AUTH_TYPE, createAuthLink, type AuthOptions } from 'aws-appsync-auth-link';
import {
  CONTROL_EVENTS_KEY,
  createSubscriptionHandshakeLink,
} from 'aws-appsync-subscription-link';
import { firstValueFrom, filter, type Subscription } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import {
  MessagesByRecipientDocument,
  OnMessageSentDocument,
  SendMessageDocument,
} from '../../client/generated/operations';
import { startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

let t: TestRuntime;
let client: ApolloClient;
const subscriptions: Subscription[] = [];
// Node 20 has no global WebSocket; the library's README has Node users set one.
const hadWebSocket = 'WebSocket' in globalThis;

beforeAll(async () => {
  if (!hadWebSocket) Object.assign(globalThis, { WebSocket });
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
  if (!hadWebSocket) Reflect.deleteProperty(globalThis, 'WebSocket');
});

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
    const events = client.subscribe({
      query: OnMessageSentDocument,
      variables: { recipient },
      // Asks the link to pass on its CONNECTED event (start_ack) as well.
      context: { controlMessages: { [CONTROL_EVENTS_KEY]: true } },
    });
    const results: unknown[] = [];
    let connected!: () => void;
    const ready = new Promise<void>((resolve) => (connected = resolve));
    subscriptions.push(
      events.subscribe((result) => {
        if (result.extensions?.controlMsgType === 'CONNECTED') connected();
        else results.push(result);
      }),
    );
    await ready;
    const pushed = firstValueFrom(events.pipe(filter((r) => r.data?.onMessageSent != null)));

    const sent = await client.mutate({
      mutation: SendMessageDocument,
      variables: { input: input(recipient, 'Pushed through the AppSync protocol.') },
    });

    expect((await pushed).data?.onMessageSent).toEqual(sent.data?.sendMessage);
  });
});

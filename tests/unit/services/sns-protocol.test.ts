import { connect } from 'node:net';
import { PublishCommand } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startLocalSns,
  THROTTLED_NUMBER,
  type LocalSns,
  type ServiceRequestEvent,
} from '../../../runtime/services';
import { rejectionOf, snsJsonClient } from './clients';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_RPC = {
  'content-type': 'application/x-amz-json-1.0',
  'x-amz-target': 'AmazonSimpleNotificationService.Publish',
};

describe('local SNS protocols and malformed requests', () => {
  let sns: LocalSns;
  const post = (body: string, headers: Record<string, string> = FORM) =>
    fetch(sns.endpoint, { method: 'POST', headers, body });

  beforeAll(async () => {
    sns = await startLocalSns();
  });
  afterAll(() => sns.close());
  beforeEach(() => sns.clear());

  it('answers a query Publish with SNS XML naming the MessageId', async () => {
    const response = await post(
      'Action=Publish&Version=2010-03-31&PhoneNumber=%2B14155550100&Message=hi',
    );
    const xml = await response.text();

    const messageId = sns.messages()[0]?.messageId;
    expect(response.status).toBe(200);
    expect(xml).toMatch(
      new RegExp(
        '^<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">' +
          `<PublishResult><MessageId>${messageId}</MessageId></PublishResult>` +
          '<ResponseMetadata><RequestId>[0-9a-f-]{36}</RequestId></ResponseMetadata>' +
          '</PublishResponse>$',
      ),
    );
  });

  it('answers another action with an InvalidAction error response', async () => {
    const response = await post('Action=CreateTopic&Name=alerts');
    const xml = await response.text();

    expect(response.status).toBe(400);
    expect(xml).toContain('<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">');
    expect(xml).toContain('<Type>Sender</Type><Code>InvalidAction</Code>');
    expect(xml).toContain('Received: CreateTopic');
  });

  it.each([
    ['no body', ''],
    ['a body that is not a form', '\u0000\u00ff{{{<<<'],
  ])('answers a request with %s with MissingAction, not a crash', async (_case, body) => {
    const response = await post(body);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>MissingAction</Code>');
  });

  it('reads broken percent escapes literally and names the action it got', async () => {
    const response = await post('Action=%ZZ&%%%=1');

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>InvalidAction</Code>');
  });

  it('answers a malformed JSON body with a SerializationException', async () => {
    const response = await post('{"PhoneNumber": ', JSON_RPC);

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      __type: 'com.amazonaws.sns#SerializationException',
    });
  });

  it('still serves requests after malformed ones', async () => {
    await post('\u0000');
    await post('[1,2', JSON_RPC);
    const response = await post('Action=Publish&PhoneNumber=%2B14155550100&Message=ok');

    expect(response.status).toBe(200);
  });

  it('publishes over the JSON protocol with the SNS SDK', async () => {
    const client = snsJsonClient(sns.endpoint);
    const output = await client.send(
      new PublishCommand({
        PhoneNumber: '+14155550100',
        Message: 'over json',
        MessageAttributes: {
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
        },
      }),
    );
    client.destroy();

    expect(sns.messages()).toMatchObject([
      { messageId: output.MessageId, body: 'over json', smsType: 'Transactional' },
    ]);
  });

  it('raises the same SDK errors over the JSON protocol', async () => {
    const client = snsJsonClient(sns.endpoint);
    const invalid = await rejectionOf(
      client.send(new PublishCommand({ PhoneNumber: '555-0100', Message: 'hi' })),
    );
    const throttled = await rejectionOf(
      client.send(new PublishCommand({ PhoneNumber: THROTTLED_NUMBER, Message: 'hi' })),
    );
    client.destroy();

    expect(invalid.name).toBe('InvalidParameterException');
    expect(invalid.message).toContain('PhoneNumber Reason: 555-0100 is not valid');
    expect(throttled.name).toBe('ThrottledException');
    expect(throttled.$metadata.httpStatusCode).toBe(429);
  });
});

describe('local SNS at the HTTP level', () => {
  it('answers bytes that are not HTTP with 400 and keeps serving', async () => {
    const sns = await startLocalSns();
    const { port } = new URL(sns.endpoint);

    const reply = await rawExchange(Number(port), 'NOT HTTP AT ALL\r\n\r\n');
    const response = await fetch(sns.endpoint, {
      method: 'POST',
      headers: FORM,
      body: 'Action=Publish&PhoneNumber=%2B14155550100&Message=ok',
    });

    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(response.status).toBe(200);
    await sns.close();
  });
});

function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('local SNS request events', () => {
  it('reports each request once, with its action, outcome and status', async () => {
    const events: ServiceRequestEvent[] = [];
    const sns = await startLocalSns({ onRequest: (event) => events.push(event) });
    const post = (body: string) =>
      fetch(sns.endpoint, { method: 'POST', headers: FORM, body }).then((r) => r.text());

    await post('Action=Publish&PhoneNumber=%2B14155550100&Message=hi');
    await post('Action=Publish&PhoneNumber=123&Message=hi');
    await sns.close();

    expect(events).toEqual([
      {
        service: 'sns',
        action: 'Publish',
        outcome: 'success',
        errorCode: undefined,
        status: 200,
        durationMs: expect.any(Number),
      },
      {
        service: 'sns',
        action: 'Publish',
        outcome: 'error',
        errorCode: 'InvalidParameter',
        status: 400,
        durationMs: expect.any(Number),
      },
    ]);
  });
});

import { SendEmailCommand, type SESClient, type SendEmailCommandInput } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSes, type LocalSes } from '../../../runtime/services';
import { rejectionOf, sesClient } from './clients';

/** A SendEmail input as the delivery function sends it, with overrides. */
function email(overrides: Partial<SendEmailCommandInput> = {}): SendEmailCommandInput {
  return {
    Source: 'Acme <noreply@example.com>',
    Destination: { ToAddresses: ['alice@example.com'] },
    Message: {
      Subject: { Data: 'Your order', Charset: 'UTF-8' },
      Body: { Text: { Data: 'It ships today & arrives <soon>.', Charset: 'UTF-8' } },
    },
    ...overrides,
  };
}

describe('local SES SendEmail', () => {
  let ses: LocalSes;
  let client: SESClient;
  const send = (input: SendEmailCommandInput) => client.send(new SendEmailCommand(input));

  beforeAll(async () => {
    ses = await startLocalSes();
    client = sesClient(ses.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    await ses.close();
  });
  beforeEach(() => ses.clear());

  it('stores an accepted email with its fields and returns its MessageId', async () => {
    const output = await send(email());

    expect(output.MessageId).toMatch(/^[0-9a-f]{16}-[0-9a-f-]{36}-000000$/);
    expect(ses.emails()).toEqual([
      {
        messageId: output.MessageId,
        from: 'Acme <noreply@example.com>',
        to: ['alice@example.com'],
        cc: [],
        bcc: [],
        replyTo: [],
        subject: 'Your order',
        body: 'It ships today & arrives <soon>.',
        text: 'It ships today & arrives <soon>.',
        recipients: [{ address: 'alice@example.com', field: 'to', outcome: 'DELIVERED' }],
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
  });

  it('keeps every recipient list and falls back to the HTML body', async () => {
    await send(
      email({
        Destination: {
          ToAddresses: ['a@example.com', 'b@example.com'],
          CcAddresses: ['c@example.com'],
          BccAddresses: ['d@example.com'],
        },
        ReplyToAddresses: ['support@example.com'],
        Message: { Subject: { Data: 'Hi' }, Body: { Html: { Data: '<p>Hi</p>' } } },
      }),
    );

    expect(ses.emails()[0]).toMatchObject({
      to: ['a@example.com', 'b@example.com'],
      cc: ['c@example.com'],
      bcc: ['d@example.com'],
      replyTo: ['support@example.com'],
      body: '<p>Hi</p>',
      html: '<p>Hi</p>',
    });
  });

  it('rejects a recipient without a domain as SES does', async () => {
    const error = await rejectionOf(send(email({ Destination: { ToAddresses: ['alice'] } })));

    expect(error.name).toBe('InvalidParameterValue');
    expect(error.message).toBe("Missing final '@domain'");
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(ses.emails()).toEqual([]);
  });

  it('rejects an email with no recipients', async () => {
    const error = await rejectionOf(send(email({ Destination: {} })));

    expect(error.name).toBe('MissingParameter');
    expect(error.message).toContain('Destination.ToAddresses');
  });

  it('rejects an email with no body', async () => {
    const error = await rejectionOf(
      send(email({ Message: { Subject: { Data: 'x' }, Body: {} } })),
    );

    expect(error.name).toBe('MissingParameter');
    expect(error.message).toContain('Message.Body');
  });

  it('answers another action with an InvalidAction error response', async () => {
    const response = await fetch(ses.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=SendRawEmail&RawMessage.Data=eA%3D%3D',
    });
    const xml = await response.text();

    expect(response.status).toBe(400);
    expect(xml).toContain('<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">');
    expect(xml).toContain('<Code>InvalidAction</Code>');
    expect(xml).toContain('Supported here: SendEmail');
  });

  it('answers a body that is not a form with MissingAction, not a crash', async () => {
    const response = await fetch(ses.endpoint, { method: 'POST', body: '\u0000{"a":' });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>MissingAction</Code>');
  });
});

import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSns, type LocalSns } from '../../../runtime/services';
import { rejectionOf, snsClient } from './clients';

const PHONE = '+14155550100';

describe('local SNS Publish to a phone number', () => {
  let sns: LocalSns;
  let client: SNSClient;

  beforeAll(async () => {
    sns = await startLocalSns();
    client = snsClient(sns.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    await sns.close();
  });
  beforeEach(() => sns.clear());

  it('stores a valid SMS with its attributes and returns its MessageId', async () => {
    const output = await client.send(
      new PublishCommand({
        PhoneNumber: PHONE,
        Message: 'Your code is 1234 & <expires> soon',
        MessageAttributes: {
          'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
          'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: 'ACME' },
        },
      }),
    );

    expect(output.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(sns.messages()).toEqual([
      {
        messageId: output.MessageId,
        phoneNumber: PHONE,
        body: 'Your code is 1234 & <expires> soon',
        smsType: 'Transactional',
        senderId: 'ACME',
        attributes: {
          'AWS.SNS.SMS.SMSType': { dataType: 'String', stringValue: 'Transactional' },
          'AWS.SNS.SMS.SenderID': { dataType: 'String', stringValue: 'ACME' },
        },
        delivery: 'DELIVERED',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
  });

  it('types an SMS as Promotional when no SMSType attribute is given', async () => {
    await client.send(new PublishCommand({ PhoneNumber: PHONE, Message: 'hi' }));

    expect(sns.messages()[0]?.smsType).toBe('Promotional');
  });

  it.each([
    ['spaces', '+1 415 555 0100'],
    ['no plus sign', '14155550100'],
    ['a leading zero after the plus', '+04155550100'],
    ['more than 15 digits', '+1415555010012345'],
    ['letters', '+1415CALLNOW'],
  ])('rejects a phone number with %s as SNS does', async (_case, phoneNumber) => {
    const error = await rejectionOf(
      client.send(new PublishCommand({ PhoneNumber: phoneNumber, Message: 'hi' })),
    );

    expect(error.name).toBe('InvalidParameterException');
    expect(error.Code).toBe('InvalidParameter');
    expect(error.message).toBe(
      `Invalid parameter: PhoneNumber Reason: ${phoneNumber} is not valid to publish to`,
    );
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.attempts).toBe(1);
    expect(sns.messages()).toEqual([]);
  });

  it('rejects an empty message', async () => {
    const error = await rejectionOf(
      client.send(new PublishCommand({ PhoneNumber: PHONE, Message: '' })),
    );

    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe('Invalid parameter: Empty message');
  });

  it('accepts 1,600 characters and rejects 1,601, counting an emoji as one', async () => {
    const longest = `${'a'.repeat(1_599)}😀`;
    await client.send(new PublishCommand({ PhoneNumber: PHONE, Message: longest }));

    const error = await rejectionOf(
      client.send(new PublishCommand({ PhoneNumber: PHONE, Message: `${longest}b` })),
    );

    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe('Invalid parameter: Message too long');
    expect(sns.messages().map((sms) => sms.body)).toEqual([longest]);
  });

  it('rejects a message attribute without a value', async () => {
    const error = await rejectionOf(
      client.send(
        new PublishCommand({
          PhoneNumber: PHONE,
          Message: 'hi',
          MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String' } },
        }),
      ),
    );

    expect(error.name).toBe('InvalidParameterValueException');
    expect(error.Code).toBe('ParameterValueInvalid');
    expect(error.message).toContain("'AWS.SNS.SMS.SMSType' must contain non-empty");
  });

  it('sends the sms entry of a JSON-structured message', async () => {
    await client.send(
      new PublishCommand({
        PhoneNumber: PHONE,
        MessageStructure: 'json',
        Message: JSON.stringify({ default: 'long text', sms: 'short text' }),
      }),
    );

    expect(sns.messages()[0]?.body).toBe('short text');
  });

  it('rejects a publish to a topic, since it only sends SMS', async () => {
    const error = await rejectionOf(
      client.send(
        new PublishCommand({
          TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts',
          Message: 'hi',
        }),
      ),
    );

    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toContain('Topic does not exist');
    expect(error.message).toContain('publish with PhoneNumber');
  });

  it('rejects a publish to a platform endpoint', async () => {
    const error = await rejectionOf(
      client.send(
        new PublishCommand({
          TargetArn: 'arn:aws:sns:eu-west-1:123456789012:endpoint/GCM/app/1',
          Message: 'hi',
        }),
      ),
    );

    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toContain('TargetArn Reason: No endpoint found');
  });

  it('rejects a publish with no destination', async () => {
    const error = await rejectionOf(client.send(new PublishCommand({ Message: 'hi' })));

    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe(
      'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter',
    );
  });
});

import {
  MessageRejected,
  SendEmailCommand,
  SESClient,
  SESServiceException,
} from '@aws-sdk/client-ses';
import {
  InvalidParameterException,
  OptedOutException,
  PublishCommand,
  SNSClient,
  ThrottledException,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../functions/deliver/handler';
import {
  aConfig,
  aRequest,
  EMAIL_ADDRESS,
  PHONE_NUMBER,
  SENDER,
} from './fixtures';
import { captureLogs } from './logs';

const ses = mockClient(SESClient);
const sns = mockClient(SNSClient);

beforeEach(() => {
  ses.reset();
  sns.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'ses-0001' });
  sns.on(PublishCommand).resolves({ MessageId: 'sns-0001' });
  captureLogs();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('when both channels are requested', () => {
  it('returns a SENT outcome for each, in the order requested', async () => {
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['SMS', 'EMAIL']));

    expect(outcomes).toEqual([
      {
        channel: 'SMS',
        status: 'SENT',
        providerMessageId: 'sns-0001',
        attemptedAt: expect.stringMatching(ISO_INSTANT),
      },
      {
        channel: 'EMAIL',
        status: 'SENT',
        providerMessageId: 'ses-0001',
        attemptedAt: expect.stringMatching(ISO_INSTANT),
      },
    ]);
  });

  it('sends a UTF-8 text email from the configured sender', async () => {
    const deliver = createHandler(aConfig());
    const request = aRequest(['EMAIL', 'SMS'], {
      subject: 'Café opening — 10 % off',
      body: 'Grüße aus Köln 🎉',
    });

    await deliver(request);

    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect(ses.commandCalls(SendEmailCommand)[0].args[0].input).toEqual({
      Source: SENDER,
      Destination: { ToAddresses: [EMAIL_ADDRESS] },
      Message: {
        Subject: { Data: 'Café opening — 10 % off', Charset: 'UTF-8' },
        Body: { Text: { Data: 'Grüße aus Köln 🎉', Charset: 'UTF-8' } },
      },
    });
  });

  it('publishes a transactional SMS to the E.164 number', async () => {
    const deliver = createHandler(aConfig());
    const request = aRequest(['EMAIL', 'SMS']);

    await deliver(request);

    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)[0].args[0].input).toEqual({
      PhoneNumber: PHONE_NUMBER,
      Message: request.message.body,
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': {
          DataType: 'String',
          StringValue: 'Transactional',
        },
      },
    });
  });

  it('starts the SMS without waiting for the email to finish', async () => {
    let finishEmail: (output: { MessageId: string }) => void = () => {};
    ses
      .on(SendEmailCommand)
      .callsFake(() => new Promise((resolve) => (finishEmail = resolve)));
    const deliver = createHandler(aConfig());

    const pending = deliver(aRequest(['EMAIL', 'SMS']));
    await vi.waitFor(() => {
      expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    });
    finishEmail({ MessageId: 'ses-late' });

    const { outcomes } = await pending;
    expect(outcomes.map((o) => o.status)).toEqual(['SENT', 'SENT']);
  });
});

describe('when one channel fails', () => {
  it('reports a rejected email as a permanent failure and still sends the SMS', async () => {
    ses.on(SendEmailCommand).rejects(
      new MessageRejected({
        message: 'Email address is not verified.',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['EMAIL', 'SMS']));

    expect(outcomes).toEqual([
      {
        channel: 'EMAIL',
        status: 'FAILED',
        errorCode: 'MessageRejected',
        errorMessage: 'Email address is not verified.',
        retryable: false,
        attemptedAt: expect.stringMatching(ISO_INSTANT),
      },
      expect.objectContaining({ channel: 'SMS', status: 'SENT' }),
    ]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('reports an opted-out number as a permanent failure and still sends the email', async () => {
    sns.on(PublishCommand).rejects(
      new OptedOutException({
        message: 'Phone number is opted out',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['EMAIL', 'SMS']));

    expect(outcomes).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'SENT' }),
      expect.objectContaining({
        channel: 'SMS',
        status: 'FAILED',
        errorCode: 'OptedOutException',
        retryable: false,
      }),
    ]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('reports an invalid phone number as a permanent failure and still sends the email', async () => {
    sns.on(PublishCommand).rejects(
      new InvalidParameterException({
        message: 'Invalid parameter: PhoneNumber Reason: +44 is not valid',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['EMAIL', 'SMS']));

    expect(outcomes[0]).toMatchObject({ channel: 'EMAIL', status: 'SENT' });
    expect(outcomes[1]).toMatchObject({
      channel: 'SMS',
      status: 'FAILED',
      errorCode: 'InvalidParameterException',
      errorMessage: 'Invalid parameter: PhoneNumber Reason: +44 is not valid',
      retryable: false,
    });
  });

  it('reports both failures when both channels fail', async () => {
    ses
      .on(SendEmailCommand)
      .rejects(new MessageRejected({ message: 'no', $metadata: {} }));
    sns
      .on(PublishCommand)
      .rejects(new ThrottledException({ message: 'slow down', $metadata: {} }));
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['EMAIL', 'SMS']));

    expect(outcomes.map((o) => [o.channel, o.status])).toEqual([
      ['EMAIL', 'FAILED'],
      ['SMS', 'FAILED'],
    ]);
  });
});

describe('when a provider throttles', () => {
  it('reports SES throttling as retryable and keeps its code', async () => {
    // SES's Throttling is not modelled: the SDK raises its base exception,
    // named after the wire code, with the HTTP status SES sent (400).
    ses.on(SendEmailCommand).rejects(
      new SESServiceException({
        name: 'Throttling',
        $fault: 'client',
        message: 'Maximum sending rate exceeded.',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['EMAIL']));

    expect(outcomes).toEqual([
      expect.objectContaining({
        status: 'FAILED',
        errorCode: 'Throttling',
        errorMessage: 'Maximum sending rate exceeded.',
        retryable: true,
      }),
    ]);
  });

  it('reports SNS throttling as retryable and keeps its code', async () => {
    sns.on(PublishCommand).rejects(
      new ThrottledException({
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 429 },
      }),
    );
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(aRequest(['SMS']));

    expect(outcomes).toEqual([
      expect.objectContaining({
        status: 'FAILED',
        errorCode: 'ThrottledException',
        retryable: true,
      }),
    ]);
  });
});

describe('when one channel is requested', () => {
  it('sends only the email, and never calls SNS', async () => {
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(
      aRequest(['EMAIL'], { phoneNumber: null }),
    );

    expect(outcomes).toEqual([
      expect.objectContaining({ channel: 'EMAIL', status: 'SENT' }),
    ]);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect(sns.calls()).toHaveLength(0);
  });

  it('sends only the SMS, and never calls SES', async () => {
    const deliver = createHandler(aConfig());

    const { outcomes } = await deliver(
      aRequest(['SMS'], { emailAddress: undefined }),
    );

    expect(outcomes).toEqual([
      expect.objectContaining({ channel: 'SMS', status: 'SENT' }),
    ]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(ses.calls()).toHaveLength(0);
  });
});

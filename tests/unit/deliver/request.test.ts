import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryRequestError } from '../../../functions/deliver/errors';
import { createHandler } from '../../../functions/deliver/handler';
import {
  aConfig,
  aMalformedRequest,
  aMessage,
  aRequest,
  EMAIL_ADDRESS,
  PHONE_NUMBER,
} from './fixtures';
import { captureLogs } from './logs';

const ses = mockClient(SESClient);
const sns = mockClient(SNSClient);

beforeEach(() => {
  ses.reset();
  sns.reset();
  captureLogs();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the handler on `event` and returns what it threw. */
async function rejectionOf(event: unknown): Promise<DeliveryRequestError> {
  const deliver = createHandler(aConfig());
  const error = await deliver(aMalformedRequest(event)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DeliveryRequestError);
  return error as DeliveryRequestError;
}

describe('a malformed delivery request', () => {
  it('is refused when the message has no id', async () => {
    const error = await rejectionOf(aRequest(['EMAIL'], { id: '' }));

    expect(error).toMatchObject({
      name: 'DeliveryRequestError',
      errorType: 'MalformedDeliveryRequest',
      field: 'message.id',
    });
    expect(error.message).toContain('message.id must be a non-empty string');
  });

  it('is refused when EMAIL is requested without an email address', async () => {
    const error = await rejectionOf(
      aRequest(['SMS', 'EMAIL'], { emailAddress: null }),
    );

    expect(error.field).toBe('message.emailAddress');
    expect(error.message).toContain('when EMAIL is requested');
  });

  it('is refused when SMS is requested without a phone number', async () => {
    const error = await rejectionOf(
      aRequest(['EMAIL', 'SMS'], { phoneNumber: '  ' }),
    );

    expect(error.field).toBe('message.phoneNumber');
  });

  it('is refused when there is no message at all', async () => {
    const error = await rejectionOf({ channels: ['EMAIL'] });

    expect(error.field).toBe('message');
  });

  it('is refused when a channel is unknown', async () => {
    const error = await rejectionOf({
      message: aMessage(),
      channels: ['PIGEON'],
    });

    expect(error.field).toBe('channels');
    expect(error.message).toContain('Received: "PIGEON"');
  });

  it('is refused when a channel is listed twice, since it would be sent twice', async () => {
    const error = await rejectionOf(aRequest(['SMS', 'SMS']));

    expect(error.field).toBe('channels');
  });

  it('is refused before any provider is called, even for a valid channel', async () => {
    await rejectionOf(aRequest(['EMAIL', 'SMS'], { phoneNumber: undefined }));

    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  it('never quotes an address in its message', async () => {
    const noId = await rejectionOf(aRequest(['EMAIL', 'SMS'], { id: '' }));

    expect(noId.message).not.toContain(EMAIL_ADDRESS);
    expect(noId.message).not.toContain(PHONE_NUMBER);
  });
});

describe('a well-formed delivery request', () => {
  it('with no channels is answered with no outcomes', async () => {
    const deliver = createHandler(aConfig());

    await expect(deliver(aRequest([]))).resolves.toEqual({ outcomes: [] });
    expect(ses.calls()).toHaveLength(0);
    expect(sns.calls()).toHaveLength(0);
  });

  it('with a number SNS will refuse is still attempted: the provider judges addresses', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const deliver = createHandler(aConfig());

    await deliver(aRequest(['SMS'], { phoneNumber: '07700 900123' }));

    expect(sns.commandCalls(PublishCommand)[0].args[0].input.PhoneNumber).toBe(
      '07700 900123',
    );
  });
});

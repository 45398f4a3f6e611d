import {
  MessageRejected,
  SendEmailCommand,
  SESClient,
} from '@aws-sdk/client-ses';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../../functions/deliver/handler';
import { aConfig, aRequest, EMAIL_ADDRESS, PHONE_NUMBER } from './fixtures';
import { captureLogs, type CapturedLogs } from './logs';

const ses = mockClient(SESClient);
const sns = mockClient(SNSClient);
let logs: CapturedLogs;

beforeEach(() => {
  ses.reset();
  sns.reset();
  ses.on(SendEmailCommand).resolves({ MessageId: 'ses-0001' });
  sns.on(PublishCommand).resolves({ MessageId: 'sns-0001' });
  logs = captureLogs();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('delivery logging', () => {
  it('writes exactly one line per attempt', async () => {
    const deliver = createHandler(aConfig());

    await deliver(aRequest(['EMAIL', 'SMS']));
    await deliver(aRequest(['SMS']));

    const channels = logs.lines().map((line) => String(line.channel));
    expect(channels.sort()).toEqual(['EMAIL', 'SMS', 'SMS']);
  });

  it('describes a sent attempt with its provider id and duration', async () => {
    const deliver = createHandler(aConfig());

    await deliver(aRequest(['SMS'], { id: 'msg-42' }));

    expect(logs.lines()).toEqual([
      expect.objectContaining({
        level: 'INFO',
        message: 'Delivery attempted',
        service: 'message-delivery',
        channel: 'SMS',
        messageId: 'msg-42',
        outcome: 'SENT',
        providerMessageId: 'sns-0001',
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('describes a failed attempt with its code and whether it may be retried', async () => {
    ses.on(SendEmailCommand).rejects(
      new MessageRejected({
        message: `Email address is not verified: ${EMAIL_ADDRESS}`,
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());

    await deliver(aRequest(['EMAIL']));

    expect(logs.lines()).toEqual([
      expect.objectContaining({
        level: 'WARN',
        channel: 'EMAIL',
        outcome: 'FAILED',
        errorCode: 'MessageRejected',
        retryable: false,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('masks addresses to the email domain and the last four digits', async () => {
    const deliver = createHandler(aConfig());

    await deliver(aRequest(['EMAIL', 'SMS']));

    const byChannel = Object.fromEntries(
      logs.lines().map((line) => [line.channel, line.address]),
    );
    expect(byChannel).toEqual({
      EMAIL: '***@wonderland.example.org',
      SMS: '***0123',
    });
  });

  it('never writes the body, the subject or a full address, even when a provider quotes one', async () => {
    ses.on(SendEmailCommand).rejects(
      new MessageRejected({
        message: `Address blacklisted: ${EMAIL_ADDRESS}`,
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const deliver = createHandler(aConfig());
    const request = aRequest(['EMAIL', 'SMS']);

    await deliver(request);

    const written = logs.raw();
    expect(written).toContain('Delivery attempted');
    expect(written).not.toContain(request.message.body);
    expect(written).not.toContain(request.message.subject);
    expect(written).not.toContain(EMAIL_ADDRESS);
    expect(written).not.toContain(PHONE_NUMBER);
    expect(written).not.toContain(PHONE_NUMBER.slice(1));
  });
});

import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  INTERNAL_ERROR_NUMBER,
  OPTED_OUT_NUMBER,
  startLocalSns,
  THROTTLED_NUMBER,
  UNREACHABLE_NUMBER,
  type LocalSns,
} from '../../../runtime/services';
import { ATTEMPTS, rejectionOf, snsClient } from './clients';

describe('local SNS reserved failure numbers', () => {
  let sns: LocalSns;
  let client: SNSClient;
  const publish = (phoneNumber: string) =>
    client.send(new PublishCommand({ PhoneNumber: phoneNumber, Message: 'hi' }));

  beforeAll(async () => {
    sns = await startLocalSns();
    client = snsClient(sns.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    await sns.close();
  });
  beforeEach(() => sns.clear());

  it('accepts an SMS to the opted-out number and records it as not delivered', async () => {
    const output = await publish(OPTED_OUT_NUMBER);

    expect(output.MessageId).toBeTruthy();
    expect(sns.messages()).toMatchObject([
      {
        messageId: output.MessageId,
        phoneNumber: OPTED_OUT_NUMBER,
        delivery: 'OPTED_OUT',
        failureReason: 'Phone is currently opted out',
      },
    ]);
  });

  it('rejects the unreachable number as a permanent InvalidParameter', async () => {
    const error = await rejectionOf(publish(UNREACHABLE_NUMBER));

    expect(error.name).toBe('InvalidParameterException');
    expect(error.message).toBe(
      `Invalid parameter: PhoneNumber Reason: ${UNREACHABLE_NUMBER} is not valid to publish to`,
    );
    expect(error.$fault).toBe('client');
    expect(error.$retryable).toBeUndefined();
    expect(error.$metadata.attempts).toBe(1);
  });

  it('throttles the throttled number with HTTP 429, which the SDK retries', async () => {
    const error = await rejectionOf(publish(THROTTLED_NUMBER));

    expect(error.name).toBe('ThrottledException');
    expect(error.Code).toBe('Throttled');
    expect(error.message).toBe('Rate exceeded');
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(429);
    expect(error.$metadata.attempts).toBe(ATTEMPTS);
  });

  it('fails the internal-error number with HTTP 500, which the SDK retries', async () => {
    const error = await rejectionOf(publish(INTERNAL_ERROR_NUMBER));

    expect(error.name).toBe('InternalErrorException');
    expect(error.Code).toBe('InternalError');
    expect(error.$fault).toBe('server');
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$metadata.attempts).toBe(ATTEMPTS);
  });

  it('stores nothing for a number that failed', async () => {
    await rejectionOf(publish(UNREACHABLE_NUMBER));
    await rejectionOf(publish(THROTTLED_NUMBER));
    await rejectionOf(publish(INTERNAL_ERROR_NUMBER));

    expect(sns.messages()).toEqual([]);
  });

  it('delivers the other numbers of the reserved block', async () => {
    await publish('+15555550100');
    await publish('+15555550199');

    expect(sns.messages().map((sms) => sms.delivery)).toEqual(['DELIVERED', 'DELIVERED']);
  });
});

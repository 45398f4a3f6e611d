import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSes, type LocalSes } from '../../../runtime/services';
import { ATTEMPTS, rejectionOf, sesClient } from './clients';

describe('local SES simulator and failure addresses', () => {
  let ses: LocalSes;
  let client: SESClient;
  const sendTo = (...addresses: string[]) =>
    client.send(
      new SendEmailCommand({
        Source: 'noreply@example.com',
        Destination: { ToAddresses: addresses },
        Message: { Subject: { Data: 'Hi' }, Body: { Text: { Data: 'Hello' } } },
      }),
    );

  beforeAll(async () => {
    ses = await startLocalSes();
    client = sesClient(ses.endpoint);
  });
  afterAll(async () => {
    client.destroy();
    await ses.close();
  });
  beforeEach(() => ses.clear());

  it.each([
    ['success@simulator.amazonses.com', 'DELIVERED'],
    ['bounce@simulator.amazonses.com', 'BOUNCED'],
    ['ooto@simulator.amazonses.com', 'AUTO_REPLIED'],
    ['complaint@simulator.amazonses.com', 'COMPLAINED'],
    ['suppressionlist@simulator.amazonses.com', 'SUPPRESSED'],
    ['Bounce+signup@Simulator.AmazonSES.com', 'BOUNCED'],
    ['bounce@example.com', 'DELIVERED'],
  ])('accepts mail to %s and records it as %s', async (address, outcome) => {
    const output = await sendTo(address);

    expect(output.MessageId).toBeTruthy();
    expect(ses.emails()[0]?.recipients).toEqual([{ address, field: 'to', outcome }]);
  });

  it('fails SendEmail to rejected@ses.test with MessageRejected', async () => {
    const error = await rejectionOf(sendTo('alice@example.com', 'rejected@ses.test'));

    expect(error.name).toBe('MessageRejected');
    expect(error.message).toBe(
      'Email address is not verified. The following identities failed the ' +
        'check in region EU-WEST-1: rejected@ses.test',
    );
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.attempts).toBe(1);
    expect(ses.emails()).toEqual([]);
  });

  it('throttles SendEmail to throttled@ses.test with HTTP 400, which the SDK retries', async () => {
    const error = await rejectionOf(sendTo('throttled+retry@ses.test'));

    expect(error.name).toBe('Throttling');
    expect(error.message).toBe('Maximum sending rate exceeded.');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.attempts).toBe(ATTEMPTS);
  });

  it('fails SendEmail to error@ses.test with HTTP 500, which the SDK retries', async () => {
    const error = await rejectionOf(sendTo('error@ses.test'));

    expect(error.name).toBe('InternalFailure');
    expect(error.$fault).toBe('server');
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$metadata.attempts).toBe(ATTEMPTS);
  });

  it('delivers other mailboxes of the failure domain', async () => {
    await sendTo('anyone@ses.test');

    expect(ses.emails()[0]?.recipients[0]?.outcome).toBe('DELIVERED');
  });
});

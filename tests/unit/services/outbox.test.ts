import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createOutbox,
  OPTED_OUT_NUMBER,
  startLocalSes,
  startLocalSns,
  type LocalSes,
  type LocalSns,
  type Outbox,
} from '../../../runtime/services';
import { sesClient, snsClient } from './clients';

const ISO_8601 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('outbox', () => {
  let sns: LocalSns;
  let ses: LocalSes;
  let snsSdk: SNSClient;
  let sesSdk: SESClient;
  let outbox: Outbox;

  const sms = async (phoneNumber: string, body: string) =>
    (await snsSdk.send(new PublishCommand({ PhoneNumber: phoneNumber, Message: body }))).MessageId;
  const mail = async (to: string, subject: string) =>
    (
      await sesSdk.send(
        new SendEmailCommand({
          Source: 'noreply@example.com',
          Destination: { ToAddresses: [to] },
          Message: { Subject: { Data: subject }, Body: { Text: { Data: `${subject} body` } } },
        }),
      )
    ).MessageId;

  beforeAll(async () => {
    [sns, ses] = await Promise.all([startLocalSns(), startLocalSes()]);
    snsSdk = snsClient(sns.endpoint);
    sesSdk = sesClient(ses.endpoint);
    outbox = createOutbox(sns, ses);
  });
  afterAll(async () => {
    snsSdk.destroy();
    sesSdk.destroy();
    await Promise.all([sns.close(), ses.close()]);
  });
  beforeEach(() => outbox.clear());

  it('lists deliveries newest first in exactly the outbox shape', async () => {
    const firstSms = await sms('+14155550100', 'first');
    const firstMail = await mail('alice@example.com', 'First');
    const secondSms = await sms('+442079460000', 'second');
    const secondMail = await mail('bob@example.com', 'Second');

    expect(outbox.read()).toStrictEqual({
      emails: [
        {
          messageId: secondMail,
          from: 'noreply@example.com',
          to: 'bob@example.com',
          subject: 'Second',
          body: 'Second body',
          at: expect.stringMatching(ISO_8601),
        },
        {
          messageId: firstMail,
          from: 'noreply@example.com',
          to: 'alice@example.com',
          subject: 'First',
          body: 'First body',
          at: expect.stringMatching(ISO_8601),
        },
      ],
      sms: [
        {
          messageId: secondSms,
          phoneNumber: '+442079460000',
          body: 'second',
          at: expect.stringMatching(ISO_8601),
        },
        {
          messageId: firstSms,
          phoneNumber: '+14155550100',
          body: 'first',
          at: expect.stringMatching(ISO_8601),
        },
      ],
    });
  });

  it('keeps arrival order for sends within the same millisecond', async () => {
    await Promise.all([sms('+14155550100', 'a'), sms('+14155550100', 'b')]);
    const arrived = sns.messages().map((record) => record.body);

    expect(outbox.read().sms.map((entry) => entry.body)).toEqual([...arrived].reverse());
  });

  it('leaves out mail that bounced and SMS to an opted-out number', async () => {
    await mail('bounce@simulator.amazonses.com', 'Bounced');
    await mail('suppressionlist@simulator.amazonses.com', 'Suppressed');
    const complained = await mail('complaint@simulator.amazonses.com', 'Complained');
    await sms(OPTED_OUT_NUMBER, 'dropped');

    const contents = outbox.read();

    expect(contents.emails.map((email) => email.messageId)).toEqual([complained]);
    expect(contents.sms).toEqual([]);
    expect(ses.emails()).toHaveLength(3);
    expect(sns.messages()).toHaveLength(1);
  });

  it('forgets everything on clear', async () => {
    await sms('+14155550100', 'x');
    await mail('alice@example.com', 'x');

    outbox.clear();

    expect(outbox.read()).toStrictEqual({ emails: [], sms: [] });
  });

  it('hands out copies that later sends do not change', async () => {
    await sms('+14155550100', 'x');
    const before = outbox.read();

    await sms('+14155550100', 'y');

    expect(before.sms).toHaveLength(1);
  });
});

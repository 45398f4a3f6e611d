import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { PublishCommand } from '@aws-sdk/client-sns';
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { startLocalSes, startLocalSns } from '../../../runtime/services';
import { sesClient, snsClient } from './clients';

const services = [
  ['SNS', startLocalSns],
  ['SES', startLocalSes],
] as const;

describe.each(services)('local %s lifecycle', (_name, start) => {
  it('listens on a free loopback port when none is given', async () => {
    const first = await start();
    const second = await start();

    expect(first.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(second.endpoint).not.toBe(first.endpoint);
    await Promise.all([first.close(), second.close()]);
  });

  it('closes at once although a keep-alive connection is open', async () => {
    const service = await start();
    const agent = new Agent({ keepAlive: true });
    await getStatus(service.endpoint, agent);

    const started = Date.now();
    await service.close();

    expect(Date.now() - started).toBeLessThan(500);
    await expect(getStatus(service.endpoint, agent)).rejects.toThrow();
    agent.destroy();
  });

  it('closes, after a grace period, a connection stuck mid-request', async () => {
    const service = await start();
    const { port } = new URL(service.endpoint);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nAction=');
    const ended = new Promise((resolve) => socket.once('close', resolve));

    await service.close();

    await ended;
    expect(socket.destroyed).toBe(true);
  });

  it('can be closed twice', async () => {
    const service = await start();
    await service.close();

    await expect(service.close()).resolves.toBeUndefined();
  });
});

describe('local services under load', () => {
  it('keeps every one of 200 concurrent SMS publishes', async () => {
    const sns = await startLocalSns();
    const client = snsClient(sns.endpoint);

    const outputs = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        client.send(new PublishCommand({ PhoneNumber: '+14155550100', Message: `sms ${n}` })),
      ),
    );

    const ids = new Set(outputs.map((output) => output.MessageId));
    expect(ids.size).toBe(200);
    expect(sns.messages().map((sms) => sms.messageId).sort()).toEqual([...ids].sort());
    client.destroy();
    await sns.close();
  });

  it('keeps every one of 200 concurrent emails', async () => {
    const ses = await startLocalSes();
    const client = sesClient(ses.endpoint);

    await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        client.send(
          new SendEmailCommand({
            Source: 'noreply@example.com',
            Destination: { ToAddresses: [`user${n}@example.com`] },
            Message: { Subject: { Data: `mail ${n}` }, Body: { Text: { Data: 'hi' } } },
          }),
        ),
      ),
    );

    expect(new Set(ses.emails().map((email) => email.subject)).size).toBe(200);
    client.destroy();
    await ses.close();
  });
});

function getStatus(endpoint: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(endpoint, { agent, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    call.on('error', reject);
    call.end();
  });
}

import { afterEach, describe, expect, it } from 'vitest';

import { ON_MESSAGE_SENT, startHarness, type Harness } from './helpers';

describe('the structured log', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('writes one line per connect, start, stop and error, each with its outcome', async () => {
    harness = await startHarness();
    const client = await harness.ready();
    client.start('1', ON_MESSAGE_SENT, { recipient: 'alice' });
    await client.next('start_ack', '1');
    client.send({ type: 'stop', id: '1' });
    await client.next('complete', '1');
    client.send('not json');
    await client.next('error');

    const events = harness.logger.lines.map((l) => [l.event, l.fields.outcome ?? l.fields.errorType]);

    expect(events).toEqual([
      ['realtime.connect', 'ok'],
      ['realtime.start', 'ok'],
      ['realtime.stop', 'ok'],
      ['realtime.error', 'BadRequestException'],
    ]);
    expect(harness.logger.lines[1].fields).toMatchObject({
      connectionId: harness.logger.lines[0].fields.connectionId,
      id: '1',
      field: 'onMessageSent',
      durationMs: expect.any(Number),
    });
  });

  it('logs a refused connect as unauthorized, and its disconnect', async () => {
    harness = await startHarness();
    const client = await harness.connect({ key: 'da2-wrong' });
    client.send({ type: 'connection_init' });
    await client.closed;
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(harness.logger.lines.map((l) => l.event)).toEqual([
      'realtime.connect',
      'realtime.error',
      'realtime.disconnect',
    ]);
    expect(harness.logger.lines[0].fields).toMatchObject({
      outcome: 'unauthorized',
      errorType: 'UnauthorizedException',
      authSource: 'subprotocol',
    });
  });
});

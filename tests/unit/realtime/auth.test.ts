import { afterEach, describe, expect, it } from 'vitest';

import { ON_MESSAGE_SENT, startHarness, type Harness } from './helpers';

const WRONG_KEY = 'da2-wrongkey';

describe('authorization at connect', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('accepts a valid key in the header query parameter', async () => {
    harness = await startHarness();
    const client = await harness.connect({ via: 'query' });

    client.send({ type: 'connection_init' });

    expect((await client.next('connection_ack')).type).toBe('connection_ack');
  });

  it('accepts a valid key in a header- subprotocol, base64url-encoded', async () => {
    harness = await startHarness();
    const client = await harness.connect({ via: 'subprotocol' });

    client.send({ type: 'connection_init' });

    expect((await client.next('connection_ack')).type).toBe('connection_ack');
  });

  it('answers a wrong key with connection_error UnauthorizedException 401, then closes', async () => {
    harness = await startHarness();
    const client = await harness.connect({ via: 'query', key: WRONG_KEY });

    client.send({ type: 'connection_init' });

    expect(await client.next('connection_error')).toEqual({
      type: 'connection_error',
      payload: {
        errors: [{
          errorType: 'UnauthorizedException',
          message: 'You are not authorized to make this call.',
          errorCode: 401,
        }],
      },
    });
    expect((await client.closed).code).toBe(1000);
    expect(client.frames.some((f) => f.type === 'connection_ack')).toBe(false);
  });

  it('answers a missing key with "Valid authorization header not provided."', async () => {
    harness = await startHarness();
    const client = await harness.connect({ via: 'none' });

    client.send({ type: 'connection_init' });

    const error = await client.next('connection_error');
    expect(error.payload.errors).toEqual([{
      errorType: 'UnauthorizedException',
      message: 'Valid authorization header not provided.',
      errorCode: 401,
    }]);
  });

  it('serves the next client normally after refusing a bad key', async () => {
    harness = await startHarness();
    const refused = await harness.connect({ key: WRONG_KEY });
    refused.send({ type: 'connection_init' });
    await refused.closed;

    const client = await harness.ready();
    client.start('1', ON_MESSAGE_SENT, { recipient: 'alice' });

    expect((await client.next('start_ack', '1')).id).toBe('1');
  });
});

describe('authorization on start', () => {
  let harness: Harness;
  afterEach(() => harness.stop());

  it('accepts a start whose extensions.authorization holds a valid key', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.start('1', ON_MESSAGE_SENT, { recipient: 'alice' });

    expect(await client.next('start_ack', '1')).toEqual({ id: '1', type: 'start_ack' });
  });

  it('answers a start with a wrong key with an error frame for that id, and the connection goes on', async () => {
    harness = await startHarness();
    const client = await harness.ready();

    client.start('bad', ON_MESSAGE_SENT, { recipient: 'alice' }, WRONG_KEY);
    const error = await client.next('error', 'bad');
    client.start('good', ON_MESSAGE_SENT, { recipient: 'alice' });

    expect(error).toEqual({
      id: 'bad',
      type: 'error',
      payload: {
        errors: [{
          errorType: 'UnauthorizedException',
          message: 'You are not authorized to make this call.',
          errorCode: 401,
        }],
      },
    });
    expect((await client.next('start_ack', 'good')).id).toBe('good');
    expect(harness.realtime.stats().subscriptions).toBe(1);
  });
});

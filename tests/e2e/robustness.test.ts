import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LIST, SEND, WATCH, uniqueRecipient } from './support/operations';
import { engineName, startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

let t: TestRuntime;
const keeper = uniqueRecipient('keeper');
let keptId: string;

beforeAll(async () => {
  t = await startTestRuntime();
  const { body } = await t.client.graphql(SEND, {
    input: { recipient: keeper, body: 'must survive', emailAddress: 'k@example.com' },
  });
  keptId = body.data!.sendMessage.id;
});
afterAll(async () => {
  // Whatever the tests threw at it, the stored message is intact.
  const { body } = await t.client.graphql(LIST, { recipient: keeper });
  expect(body.data!.messagesByRecipient.items.map((m: any) => m.id)).toEqual([keptId]);
  await t?.close();
  await stopSharedEngines();
});

function post(body: string | Buffer, headers: Record<string, string> = {}) {
  return fetch(t.runtime.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': t.runtime.apiKey, ...headers },
    body,
  });
}

function headerParam(key: string) {
  const host = new URL(t.runtime.url).host;
  return Buffer.from(JSON.stringify({ host, 'x-api-key': key })).toString('base64');
}

/** Opens a real-time connection and collects its frames. */
async function connect(key = t.runtime.apiKey) {
  const socket = new WebSocket(`${t.runtime.realtimeUrl}?header=${headerParam(key)}&payload=e30=`, [
    'graphql-ws',
  ]);
  const frames: any[] = [];
  socket.on('message', (raw) => frames.push(JSON.parse(raw.toString())));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const waitFor = async (match: (f: any) => boolean) => {
    for (let i = 0; i < 100; i += 1) {
      const found = frames.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no frame matched; got ${JSON.stringify(frames)}`);
  };
  return { socket, frames, closed, waitFor };
}

describe(`HTTP robustness, on ${engineName}`, () => {
  it('answers a missing key with 401 and AppSync’s body and header', async () => {
    const response = await fetch(t.runtime.url, { method: 'POST', body: '{"query":"{__typename}"}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnauthorizedException');
    expect(await response.json()).toEqual({
      errors: [
        { errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' },
      ],
    });
  });

  it('answers a wrong key with 401', async () => {
    const response = await post('{"query":"{__typename}"}', { 'x-api-key': 'da2-wrong' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].message).toBe(
      'You are not authorized to make this call.',
    );
  });

  it.each([
    ['an empty body', '', 400, 'MalformedHttpRequestException'],
    ['malformed JSON', '{"query": ', 400, 'MalformedHttpRequestException'],
    ['JSON without a query', '{"variables": {}}', 400, 'MalformedHttpRequestException'],
    ['variables that are not an object', '{"query":"{__typename}","variables":[1]}', 400, 'MalformedHttpRequestException'],
  ])('answers %s with %i %s', async (_, body, status, errorType) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const answer: any = await response.json();
    expect(answer.errors[0].errorType).toBe(errorType);
    expect(answer.errors[0].message.length).toBeGreaterThan(10);
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await post(JSON.stringify({ query: `{__typename}`, pad: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].errorType).toBe('PayloadTooLargeException');
  });

  it('answers an unknown field or a syntax error with 200 and errors, as AppSync does', async () => {
    const unknown: any = await (await post('{"query":"{ nosuchField }"}')).json();
    expect(unknown.data).toBeNull();
    expect(unknown.errors[0].message).toContain('nosuchField');
    expect(unknown.errors[0].locations[0]).toEqual({ line: 1, column: 3, sourceName: null });
    const syntax: any = await (await post('{"query":"mutation {"}')).json();
    expect(syntax.data).toBeNull();
    expect(syntax.errors[0].message).toContain('Syntax Error');
  });
});

describe(`real-time robustness, on ${engineName}`, () => {
  it('refuses a bad key at connect with connection_error and keeps serving', async () => {
    const bad = await connect('da2-wrong');
    bad.socket.send(JSON.stringify({ type: 'connection_init' }));
    const frame = await bad.waitFor((f) => f.type === 'connection_error');
    expect(frame.payload.errors[0].errorType).toBe('UnauthorizedException');
    await bad.closed;

    const good = await t.client.subscribe(WATCH, { recipient: keeper });
    expect(good.ack.type).toBe('start_ack');
    good.close();
  });

  it('refuses a start with a bad key, a duplicate id and malformed frames, and keeps the connection', async () => {
    const live = uniqueRecipient('live');
    const c = await connect();
    c.socket.send(JSON.stringify({ type: 'connection_init' }));
    await c.waitFor((f) => f.type === 'connection_ack');
    const host = new URL(t.runtime.url).host;
    const start = (id: string, key: string) =>
      c.socket.send(
        JSON.stringify({
          id,
          type: 'start',
          payload: {
            data: JSON.stringify({ query: WATCH, variables: { recipient: live } }),
            extensions: { authorization: { host, 'x-api-key': key } },
          },
        }),
      );

    start('bad-key', 'da2-wrong');
    expect((await c.waitFor((f) => f.id === 'bad-key')).type).toBe('error');

    start('one', t.runtime.apiKey);
    await c.waitFor((f) => f.id === 'one' && f.type === 'start_ack');
    start('one', t.runtime.apiKey);
    const duplicate = await c.waitFor((f) => f.id === 'one' && f.type === 'error');
    expect(duplicate.payload.errors[0].errorType).toBe('DuplicatedOperationError');

    c.socket.send('this is not json');
    c.socket.send(JSON.stringify({ type: 'nonsense' }));
    await c.waitFor((f) => f.type === 'error' && !f.id && f.payload?.errors?.length);

    // The first subscription still receives messages.
    await t.client.graphql(SEND, {
      input: { recipient: live, body: 'still here', emailAddress: 'k@example.com' },
    });
    const data = await c.waitFor((f) => f.id === 'one' && f.type === 'data');
    expect(data.payload.data.onMessageSent.body).toBe('still here');
    c.socket.close();
  });

  it('survives clients that vanish mid-subscription and many at once', async () => {
    const recipient = uniqueRecipient('crowd');
    const watchers = await Promise.all(
      Array.from({ length: 100 }, () => t.client.subscribe(WATCH, { recipient })),
    );
    for (const w of watchers.slice(0, 50)) w.close();
    await new Promise((r) => setTimeout(r, 200));
    await t.client.graphql(SEND, {
      input: { recipient, body: 'to the crowd', emailAddress: 'crowd@example.com' },
    });
    const received = await Promise.all(watchers.slice(50).map((w) => w.next()));
    expect(received.every((r) => r.data.onMessageSent.body === 'to the crowd')).toBe(true);
    for (const w of watchers.slice(50)) w.close();
  });
});

/**
 * The README's set-up command, run as a user runs it: `npm start` in the
 * repository, configured only by PORT and DATA_DIR, stopped with SIGTERM,
 * and started again on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../../runtime/dynamodb/engines/free-port';
import { createClient } from './support/appsync-client';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STOP_WITHIN_MS = 5000;

interface Started {
  child: ChildProcess;
  ready: Record<string, string>;
  /** Every structured line the runtime printed so far. */
  events: Array<Record<string, string>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
let dataDir: string;
let port: number;

/** Starts `npm start` in its own process group and waits for its ready line. */
async function npmStart(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  // What a user's shell would not have: the test runner's own settings.
  for (const name of ['API_KEY', 'LOG_LEVEL', 'HOST', 'DYNAMODB_ENDPOINT', 'TABLE_NAME']) {
    delete env[name];
  }
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr!.resume();

  const events: Array<Record<string, string>> = [];
  const ready = await new Promise<Record<string, string>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('npm start printed no ready line')), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = parseLogLine(line);
      if (event) events.push(event);
      if (event?.event !== 'ready') return;
      clearTimeout(timer);
      resolve(event);
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
  return { child, ready, events, exited };
}

function parseLogLine(line: string): Record<string, string> | null {
  try {
    return JSON.parse(line);
  } catch {
    return null; // npm's own banner
  }
}

/**
 * Sends SIGTERM to npm and everything it started, as a terminal's job control
 * does, or to npm alone, as a process manager (or `docker stop`) does.
 */
async function stop({ child, exited }: Started, target: 'group' | 'npm' = 'group') {
  const started = Date.now();
  process.kill(target === 'group' ? -child.pid! : child.pid!, 'SIGTERM');
  const outcome = await Promise.race([
    exited,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), STOP_WITHIN_MS)),
  ]);
  return { outcome, elapsedMs: Date.now() - started };
}

function portIsClosed(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

async function portClosesWithin(ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await portIsClosed())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

const SEND = `mutation Send($input: SendMessageInput!) {
  sendMessage(input: $input) { id recipient body deliveries { channel status } }
}`;
const LIST = `query List($recipient: String!) {
  messagesByRecipient(recipient: $recipient) { items { id body } }
}`;

let first: Started;
let firstKey: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'messaging-start-'));
  port = await freePort();
  first = await npmStart();
  firstKey = (await readFile(path.join(dataDir, 'api-key'), 'utf8')).trim();
}, 60_000);

afterAll(async () => {
  // Whatever a failed test left running: the whole group, npm and its children.
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start, as the README says', () => {
  it('prints one ready line with every address and the key it kept in DATA_DIR', async () => {
    const origin = `http://127.0.0.1:${port}`;

    expect(firstKey).toMatch(/^da2-[a-z2-7]{26}$/);
    expect(first.ready).toMatchObject({
      graphql: `${origin}/graphql`,
      realtime: `ws://127.0.0.1:${port}/graphql/realtime`,
      playground: `${origin}/`,
      outbox: `${origin}/outbox`,
      apiKey: firstKey,
      dynamodb: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
  });

  it('serves each printed address: GraphQL, real-time, the playground and the outbox', async () => {
    const { graphql, realtime, playground, outbox, apiKey } = first.ready;
    const client = createClient({ url: graphql, realtimeUrl: realtime, apiKey });

    const sent = await client.graphql(SEND, {
      input: { recipient: 'start-erin', body: 'Before the restart.', emailAddress: 'erin@example.com' },
    });
    const subscription = await client.subscribe(
      'subscription { onMessageSent(recipient: "start-erin") { id } }',
    );
    subscription.close();
    const page = await fetch(playground);
    const delivered = await fetch(outbox, { headers: { 'x-api-key': apiKey } });

    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data?.sendMessage.deliveries).toEqual([{ channel: 'EMAIL', status: 'SENT' }]);
    expect(subscription.ack.type).toBe('start_ack');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(apiKey);
    const { emails } = (await delivered.json()) as { emails: Array<{ body: string }> };
    expect(emails.map((e) => e.body)).toContain('Before the restart.');
  });

  it('stops within a few seconds of SIGTERM to its process group, leaving nothing listening', async () => {
    const { outcome, elapsedMs } = await stop(first);

    expect(outcome, `still running ${STOP_WITHIN_MS} ms after SIGTERM`).not.toBeNull();
    expect(elapsedMs).toBeLessThan(STOP_WITHIN_MS);
    expect(await portClosesWithin(STOP_WITHIN_MS)).toBe(true);
    expect(first.events.at(-1)).toMatchObject({ event: 'stopped', signal: 'SIGTERM' });
    // The runtime exits 0. npm got the signal too, and answers it with 0 or,
    // when its own handler runs first, 128 + 15: both are a clean stop.
    expect([0, 143]).toContain(outcome?.code);
    expect(outcome?.signal).toBeNull();
  });

  it('keeps the API key and the messages when started again on the same DATA_DIR', async () => {
    if (first.child.exitCode === null && first.child.signalCode === null) {
      process.kill(-first.child.pid!, 'SIGKILL');
      await first.exited;
    }
    expect(await portClosesWithin(STOP_WITHIN_MS)).toBe(true);
    const second = await npmStart();
    const client = createClient({
      url: second.ready.graphql,
      realtimeUrl: second.ready.realtime,
      apiKey: firstKey,
    });

    const listed = await client.graphql(LIST, { recipient: 'start-erin' });

    expect(second.ready.apiKey).toBe(firstKey);
    expect((await readFile(path.join(dataDir, 'api-key'), 'utf8')).trim()).toBe(firstKey);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data?.messagesByRecipient.items).toEqual([
      expect.objectContaining({ body: 'Before the restart.' }),
    ]);
    expect((await stop(second)).outcome).not.toBeNull();
  });

  it('stops the runtime when SIGTERM reaches npm alone, as a process manager sends it', async () => {
    expect(await portClosesWithin(STOP_WITHIN_MS)).toBe(true);
    const third = await npmStart();

    const { outcome } = await stop(third, 'npm');

    expect(await portClosesWithin(STOP_WITHIN_MS), 'the runtime outlived npm').toBe(true);
    expect(outcome).toEqual({ code: 0, signal: null });
  });
});

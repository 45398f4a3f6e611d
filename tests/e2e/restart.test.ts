import { afterAll, describe, expect, it } from 'vitest';

import { startRuntime, type Runtime } from '../../runtime/app';
import { createClient } from './support/appsync-client';
import { LIST, SEND, uniqueRecipient } from './support/operations';
import { engineName, startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

let first: TestRuntime | undefined;
let second: Runtime | undefined;

afterAll(async () => {
  await second?.close();
  await first?.close();
  await stopSharedEngines();
});

describe(`restarts, on ${engineName}`, () => {
  it('keeps messages, the API key and page tokens across a restart', async () => {
    first = await startTestRuntime();
    const recipient = uniqueRecipient('restart');
    for (const body of ['one', 'two', 'three']) {
      await first.client.graphql(SEND, {
        input: { recipient, body, emailAddress: 'r@example.com' },
      });
    }
    const before = await first.client.graphql(LIST, { recipient, limit: 2 });
    const token = before.body.data!.messagesByRecipient.nextToken;
    await first.runtime.close();

    second = await startRuntime({ ...first.options, port: 0 });
    expect(second.apiKey).toBe(first.runtime.apiKey);
    const client = createClient(second);
    const all = await client.graphql(LIST, { recipient });
    expect(all.body.data!.messagesByRecipient.items.map((m: any) => m.body)).toEqual([
      'three',
      'two',
      'one',
    ]);
    const rest = await client.graphql(LIST, { recipient, limit: 2, nextToken: token });
    expect(rest.body.data!.messagesByRecipient.items.map((m: any) => m.body)).toEqual(['one']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LIST, SEND, uniqueRecipient } from './support/operations';
import { engineName, startTestRuntime, stopSharedEngines, type TestRuntime } from './support/runtime';

let t: TestRuntime;
const recipient = uniqueRecipient('pages');
const sentIds: string[] = [];

beforeAll(async () => {
  t = await startTestRuntime();
  for (let i = 0; i < 45; i += 1) {
    const { body } = await t.client.graphql(SEND, {
      input: { recipient, body: `message ${i}`, emailAddress: 'pages@example.com' },
    });
    sentIds.push(body.data!.sendMessage.id);
  }
});
afterAll(async () => {
  await t?.close();
  await stopSharedEngines();
});

async function page(variables: Record<string, unknown>) {
  const { body } = await t.client.graphql(LIST, { recipient, ...variables });
  return body;
}

describe(`pagination, on ${engineName}`, () => {
  it('walks every message newest first, 20 a page, each exactly once', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let nextToken: string | null = null;
    do {
      const body = await page({ nextToken });
      const connection = body.data!.messagesByRecipient;
      sizes.push(connection.items.length);
      seen.push(...connection.items.map((m: { id: string }) => m.id));
      nextToken = connection.nextToken;
    } while (nextToken);
    expect(sizes.slice(0, 3)).toEqual([20, 20, 5]);
    expect(seen).toEqual([...sentIds].reverse());
  });

  it('honours a smaller page size', async () => {
    const body = await page({ limit: 7 });
    expect(body.data!.messagesByRecipient.items).toHaveLength(7);
    expect(body.data!.messagesByRecipient.nextToken).toEqual(expect.any(String));
  });

  it('caps the page size at 100', async () => {
    const body = await page({ limit: 101 });
    expect(body.data!.messagesByRecipient.items).toHaveLength(45);
  });

  it('rejects an altered nextToken as a ValidationError, not a crash', async () => {
    const first = await page({ limit: 5 });
    const token: string = first.data!.messagesByRecipient.nextToken;
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const bad of [tampered, 'not-a-token', token.slice(0, 10)]) {
      const body = await page({ nextToken: bad });
      expect(body.data).toBeNull();
      expect(body.errors![0]).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { violations: [expect.objectContaining({ field: 'nextToken' })] },
      });
    }
    // The server still serves, and the real token still works.
    expect((await page({ limit: 5, nextToken: token })).data!.messagesByRecipient.items).toHaveLength(5);
  });

  it("refuses another recipient's token", async () => {
    const first = await page({ limit: 5 });
    const { body } = await t.client.graphql(LIST, {
      recipient: uniqueRecipient('other'),
      nextToken: first.data!.messagesByRecipient.nextToken,
    });
    expect(body.errors![0].errorType).toBe('ValidationError');
  });
});

/**
 * Fan-out: one sendMessage while many subscriptions are open, some to its
 * recipient and the rest to other recipients. Every subscriber of the
 * recipient must receive it exactly once and nobody else anything; the
 * latency is from sending the mutation to each data frame's arrival.
 */
import { performance } from 'node:perf_hooks';

import { SEND_MUTATION, SUBSCRIPTION } from '../lib/messages';
import { subscribe, type Subscriber } from '../lib/realtime-client';
import type { Stack } from '../lib/stack';
import { percentile, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';

const RECIPIENT = 'fan-out';
/** Connections opened at once: enough to be quick, few enough not to swamp accept(). */
const OPENING = 50;
const ARRIVAL_TIMEOUT_MS = 20_000;
/** How long the other subscribers are watched for a stray frame. */
const QUIET_MS = 1_000;

export async function fanOut(stack: Stack, scale: Scale): Promise<ScenarioResult> {
  const { subscribers: count, others: otherCount } = scale.fanOut;
  const api = await stack.startApi('fan-out');
  const open = (recipient: string) => subscribe({
    realtimeUrl: api.runtime.realtimeUrl,
    url: api.runtime.url,
    apiKey: api.runtime.apiKey,
    query: SUBSCRIPTION,
    variables: { recipient },
  });

  const connecting = performance.now();
  const targets = await openMany(count, () => open(RECIPIENT));
  const others = await openMany(otherCount, (i) => open(`fan-out-other-${i % 100}`));
  const connectSeconds = (performance.now() - connecting) / 1000;

  try {
    const sentAt = performance.now();
    const { status, body } = await api.graphql.send(SEND_MUTATION, {
      input: { recipient: RECIPIENT, body: 'To every subscriber.', emailAddress: 'fan@example.com' },
    });
    const answeredMs = performance.now() - sentAt;
    const id = body.data?.sendMessage?.id;
    if (status !== 200 || !id) throw new Error(`sendMessage: ${JSON.stringify(body)}`);

    await waitUntil(() => targets.every((s) => s.received.length > 0), ARRIVAL_TIMEOUT_MS);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));

    const receivedOnce = targets.filter((s) =>
      s.received.length === 1 && s.received[0]!.payload?.data?.onMessageSent?.id === id).length;
    const duplicates = targets.filter((s) => s.received.length > 1).length;
    const strayFrames = others.reduce((sum, s) => sum + s.received.length, 0);
    const delays = targets.flatMap((s) => s.received.slice(0, 1).map((r) => r.at - sentAt));
    const allReceived = receivedOnce === count && duplicates === 0;
    const othersQuiet = strayFrames === 0;
    return {
      id: 'fan-out',
      title: 'Fan-out',
      measured: {
        subscribers: count,
        otherSubscribers: otherCount,
        received: receivedOnce,
        duplicates,
        strayFrames,
        allReceived,
        othersQuiet,
        mutationMs: round(answeredMs, 1),
        p50DeliveryMs: round(percentile(delays, 50), 1),
        p99DeliveryMs: round(percentile(delays, 99), 1),
        maxDeliveryMs: round(Math.max(...delays), 1),
        connectSeconds: round(connectSeconds, 2),
      },
      ratio: null,
      target: `all ${count} receive it once, the ${otherCount} others nothing; p99 reported`,
      met: allReceived && othersQuiet,
      notes: [
        'One WebSocket connection per subscription; the subscribers run in the bench process, ' +
          'so the delivery latency includes their reading of every frame.',
        'Latency is from sending the mutation to each frame\'s arrival; the runtime publishes ' +
          'after it has answered the mutation.',
      ],
    };
  } finally {
    for (const s of [...targets, ...others]) s.close();
  }
}

async function openMany(count: number, open: (i: number) => Promise<Subscriber>) {
  const opened: Subscriber[] = [];
  for (let start = 0; start < count; start += OPENING) {
    const batch = Array.from({ length: Math.min(OPENING, count - start) }, (_, k) => open(start + k));
    opened.push(...(await Promise.all(batch)));
  }
  return opened;
}

async function waitUntil(done: () => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!done() && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

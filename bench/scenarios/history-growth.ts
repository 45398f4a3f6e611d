/**
 * History growth: does listing a recipient's newest messages slow down as
 * the table, and the recipient's own history, grow?
 *
 * Two tables on the same engine, each behind its own runtime. Both start
 * with the same probe recipients, 20 messages each (1,000 messages at full
 * scale). The "growing" table then receives older messages, spread evenly
 * over all recipients (probes included), up to each size in turn; the
 * other stays at its first size as a reference. Queries go to the probes,
 * whose newest 20 never change, so every answer has the same content and
 * only the history behind it grows. At each size the two tables are
 * queried in alternating rounds, one request at a time (latency, not
 * throughput), and the headline compares the growing table at its largest
 * size with the reference measured in the same rounds.
 */
import { performance } from 'node:perf_hooks';

import { LIST_QUERY, deliveredMessage, type MessageItem } from '../lib/messages';
import { alternate } from '../lib/rounds';
import { seedItems } from '../lib/seed';
import type { Api, Stack } from '../lib/stack';
import { median, percentile, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';
import { verifyReadBack } from '../lib/verify-seed';

const PAGE = 20;
const TARGET = 1.3;

export interface LatencyPoint {
  messages: number;
  recipients: number;
  p50Ms: number;
  p99Ms: number;
  referenceP50Ms: number;
  seedSeconds: number;
}

export async function historyGrowth(
  stack: Stack,
  scale: Scale,
): Promise<{ result: ScenarioResult; points: LatencyPoint[] }> {
  const { sizes, recipients, probes, queriesPerRound, rounds } = scale.history;
  if (sizes[0] !== probes * PAGE) throw new Error('The first size must be probes × 20 messages.');
  const reference = await stack.startApi('history-reference');
  const growing = await stack.startApi('history-growing');

  const base = Date.now();
  const newest = new Map<string, MessageItem>();
  const probeItems: MessageItem[] = [];
  for (let p = 0; p < probes; p += 1) {
    const recipient = probeName(p);
    for (let k = 0; k < PAGE; k += 1) {
      probeItems.push(deliveredMessage(recipient, base - k * 1000, `Probe ${p}, message ${k}.`));
    }
    newest.set(recipient, probeItems[probeItems.length - PAGE]!);
  }
  await seedItems(stack.dynamo, reference.tableName, probeItems);
  await seedItems(stack.dynamo, growing.tableName, probeItems);

  let stored = probeItems.length;
  let background = 0;
  const named = new Set(newest.keys());
  const points: LatencyPoint[] = [];
  for (const size of sizes) {
    const seeding = performance.now();
    const older: MessageItem[] = [];
    for (; stored < size; stored += 1, background += 1) {
      // Older than every probe message: the probes' newest page never changes.
      const at = base - 30 * 86_400_000 - background * 10;
      const recipient = recipientName(background % recipients, probes);
      named.add(recipient);
      older.push(deliveredMessage(recipient, at, `History message ${background}.`));
    }
    await seedItems(stack.dynamo, growing.tableName, older);
    const seedSeconds = (performance.now() - seeding) / 1000;

    const sample = (api: Api) => async () => latencies(api, probes, queriesPerRound, newest);
    await sample(growing)(); // warm the new data into the engine's caches
    const measured = await alternate(rounds, {
      reference: sample(reference),
      growing: sample(growing),
    });
    points.push({
      messages: size,
      recipients: named.size,
      p50Ms: round(median(measured.growing.map((r) => percentile(r, 50))), 3),
      p99Ms: round(percentile(measured.growing.flat(), 99), 3),
      referenceP50Ms: round(median(measured.reference.map((r) => percentile(r, 50))), 3),
      seedSeconds: round(seedSeconds, 2),
    });
  }
  await verifyReadBack(growing, newest.get(probeName(0))!);

  const first = points[0]!;
  const last = points.at(-1)!;
  const ratio = last.p50Ms / last.referenceP50Ms;
  return {
    points,
    result: {
      id: 'history-growth',
      title: 'History growth',
      measured: {
        [`p50Ms_${last.messages}`]: last.p50Ms,
        [`p99Ms_${last.messages}`]: last.p99Ms,
        [`p50Ms_${first.messages}_sameRounds`]: last.referenceP50Ms,
        [`p50Ms_${first.messages}_firstStep`]: first.p50Ms,
        ratioToFirstStep: round(last.p50Ms / first.p50Ms, 3),
        ...Object.fromEntries(points.flatMap((p) => [
          [`p50Ms@${p.messages}`, p.p50Ms],
          [`p99Ms@${p.messages}`, p.p99Ms],
          [`seedSeconds@${p.messages}`, p.seedSeconds],
        ])),
        queriesPerSizeAndTable: queriesPerRound * rounds,
      },
      ratio: round(ratio, 3),
      target: `ratio <= ${TARGET}`,
      met: ratio <= TARGET,
      notes: [
        `p50 of messagesByRecipient(limit: ${PAGE}) at ${last.messages} messages over ` +
          `${recipients} recipients, against a ${first.messages}-message table queried in the ` +
          'same alternating rounds; one request at a time.',
        `Queries go to ${probes} probe recipients whose newest ${PAGE} messages are the same at ` +
          'every size; the growth is older history, in their partitions and everyone else\'s.',
      ],
    },
  };
}

function probeName(index: number): string {
  return `probe-${String(index).padStart(3, '0')}`;
}

/** The probes first, so every probe's history grows with everyone else's. */
function recipientName(index: number, probes: number): string {
  return index < probes ? probeName(index) : `history-${String(index).padStart(4, '0')}`;
}

/** One request at a time, each to a probe in turn; milliseconds each. */
async function latencies(
  api: Api,
  probes: number,
  count: number,
  newest: Map<string, MessageItem>,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const recipient = probeName(i % probes);
    const started = performance.now();
    const { status, body } = await api.graphql.send(LIST_QUERY, { recipient, limit: PAGE });
    samples.push(performance.now() - started);
    const items = body.data?.messagesByRecipient?.items;
    if (status !== 200 || body.errors || items?.length !== PAGE) {
      throw new Error(`messagesByRecipient: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    if (items[0].id !== newest.get(recipient)!.id) throw new Error('The page changed.');
  }
  return samples;
}

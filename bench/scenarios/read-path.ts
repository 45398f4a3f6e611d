/**
 * Read path: messagesByRecipient (limit 20) over HTTP, against the same
 * Query issued raw through the SDK on the same table, at the same
 * concurrency, in alternating rounds.
 */
import { QueryCommand } from '@aws-sdk/client-dynamodb';

import { LIST_QUERY, deliveredMessage } from '../lib/messages';
import { runPool } from '../lib/pool';
import { warmThenAlternate } from '../lib/rounds';
import { seedItems } from '../lib/seed';
import type { Stack } from '../lib/stack';
import { median, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';
import { verifyReadBack, verifySeedShape } from '../lib/verify-seed';

const RECIPIENT = 'r';
const PAGE = 20;
const TARGET = 0.8;

export async function readPath(stack: Stack, scale: Scale): Promise<ScenarioResult> {
  const { seeded, opsPerRound, rounds, concurrency } = scale.read;
  const api = await stack.startApi('read');
  const now = Date.now();
  const items = Array.from({ length: seeded }, (_, i) =>
    deliveredMessage(RECIPIENT, now - i * 1000, `message ${i}`));
  await seedItems(stack.dynamo, api.tableName, items);
  await verifyReadBack(api, items[0]!);
  await verifySeedShape(stack, api);

  const rawQuery = new QueryCommand({
    TableName: api.tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
    ExpressionAttributeValues: { ':pk': { S: `RECIPIENT#${RECIPIENT}` }, ':prefix': { S: 'MESSAGE#' } },
    Limit: PAGE,
    ScanIndexForward: false,
    ConsistentRead: true,
  });
  const raw = async () => {
    const output = await stack.dynamo.send(rawQuery);
    if (output.Items?.length !== PAGE) throw new Error(`raw Query read ${output.Items?.length}`);
  };
  const viaApi = async () => {
    const { status, body } = await api.graphql.send(LIST_QUERY, { recipient: RECIPIENT, limit: PAGE });
    const page = body.data?.messagesByRecipient;
    if (status !== 200 || body.errors || page?.items.length !== PAGE) {
      throw new Error(`messagesByRecipient: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    if (page.items[0].id !== items[0]!.id) throw new Error('The newest message was not first.');
  };

  // Each round's rate, and where the CPU went per operation: the engine's
  // process, the runtime's, and this one (the load generator, and the SDK
  // client on the raw side).
  const phase = (task: () => Promise<void>) => async () => {
    const before = cpuNow(stack, api);
    const result = await runPool({
      count: opsPerRound, concurrency, maxMs: scale.phaseMaxMs, task,
    });
    if (result.failed > 0) throw result.firstError;
    return {
      rate: result.opsPerSecond,
      cpu: cpuPerOp(before, cpuNow(stack, api), result.completed),
    };
  };
  const figures = await warmThenAlternate(rounds, { raw: phase(raw), api: phase(viaApi) });
  const rates = (side: 'api' | 'raw') => figures[side].map((f) => f.rate);

  const apiRate = median(rates('api'));
  const rawRate = median(rates('raw'));
  const ratio = apiRate / rawRate;
  return {
    id: 'read-path',
    title: 'Read path',
    measured: {
      apiRequestsPerSecond: round(apiRate, 1),
      rawQueriesPerSecond: round(rawRate, 1),
      apiRounds: rates('api').map((v) => round(v, 1)),
      rawRounds: rates('raw').map((v) => round(v, 1)),
      concurrency,
      operationsPerRound: opsPerRound,
      cpuMsPerOperation: {
        api: medianCpu(figures.api.map((f) => f.cpu)),
        raw: medianCpu(figures.raw.map((f) => f.cpu)),
      },
    },
    ratio: round(ratio, 3),
    target: `ratio >= ${TARGET}`,
    met: ratio >= TARGET,
    notes: [
      `messagesByRecipient(limit: ${PAGE}) selecting every Message field, against QueryCommand ` +
        `on PK = RECIPIENT#${RECIPIENT}, begins_with(SK, 'MESSAGE#'), backwards, consistent; ` +
        `${seeded} messages in the partition, so both read a full page and a nextToken is issued.`,
      'The engine and the runtime each run in a process of their own; the load generator ' +
        'and the raw SDK calls run in the bench process. cpuMsPerOperation shows where ' +
        'each side spends CPU on the shared cores.',
    ],
  };
}

interface CpuPerOp {
  engine: number;
  runtime: number;
  bench: number;
}

function cpuNow(stack: Stack, api: { cpuMs(): number }): CpuPerOp {
  const own = process.cpuUsage();
  return {
    engine: stack.engineCpuMs(),
    runtime: api.cpuMs(),
    bench: (own.user + own.system) / 1000,
  };
}

function cpuPerOp(before: CpuPerOp, after: CpuPerOp, operations: number): CpuPerOp {
  const per = (key: keyof CpuPerOp) => (after[key] - before[key]) / operations;
  return { engine: per('engine'), runtime: per('runtime'), bench: per('bench') };
}

function medianCpu(samples: CpuPerOp[]) {
  const of = (key: keyof CpuPerOp) => round(median(samples.map((s) => s[key])), 2);
  return { engine: of('engine'), runtime: of('runtime'), bench: of('bench') };
}

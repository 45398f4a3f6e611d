/**
 * Load without loss: many sendMessage at high concurrency, a tenth of them
 * repeating an earlier request's idempotency key (some while the first is
 * still in flight), some to addresses and numbers that fail. Afterwards
 * the table and the outbox must agree with what was acknowledged:
 *
 * - one stored message per distinct idempotency key acknowledged, and every
 *   repeat answered with its original's id;
 * - one outbox entry per channel recorded SENT, and no delivery twice;
 * - no HTTP 5xx.
 */
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';

import { UNREACHABLE_NUMBER } from '../../runtime/services/index';
import { SEND_MUTATION } from '../lib/messages';
import { runPool } from '../lib/pool';
import type { Api, Stack } from '../lib/stack';
import { percentile, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';

const REJECTED_EMAIL = 'rejected@ses.test';

interface Planned {
  key: string;
  input: Record<string, unknown>;
  /** The index of the request this one repeats, if it is a repeat. */
  repeats?: number;
}

export async function loadWithoutLoss(stack: Stack, scale: Scale): Promise<ScenarioResult> {
  const { requests, concurrency } = scale.load;
  const api = await stack.startApi('load');
  const plan = planRequests(requests);

  const ids: Array<string | undefined> = new Array(requests);
  const statuses = new Map<number, number>();
  const errorTypes = new Map<string, number>();
  const result = await runPool({
    count: requests,
    concurrency,
    maxMs: 10 * 60_000,
    async task(index) {
      const { status, body } = await api.graphql.send(SEND_MUTATION, { input: plan[index]!.input });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      for (const error of body.errors ?? []) {
        const type = error.errorType ?? 'GraphQL';
        errorTypes.set(type, (errorTypes.get(type) ?? 0) + 1);
      }
      if (status === 200 && body.data?.sendMessage?.id) ids[index] = body.data.sendMessage.id;
    },
  });

  const check = await reconcile(stack, api, plan, ids);
  const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const checks = {
    storedEqualsAcknowledgedKeys: check.stored === check.acknowledgedKeys,
    repeatsAnsweredWithOriginal: check.repeatMismatches === 0,
    outboxEqualsSentDeliveries: check.outbox === check.sentDeliveries,
    noDuplicateDelivery: check.duplicateDeliveries === 0 && check.unmatchedOutbox === 0,
    noServerErrors: serverErrors === 0 && result.failed === 0,
  };
  const met = Object.values(checks).every(Boolean);
  return {
    id: 'load-without-loss',
    title: 'Load without loss',
    measured: {
      requests,
      concurrency,
      completed: result.completed,
      requestFailures: result.failed,
      requestsPerSecond: round(result.opsPerSecond, 1),
      p50Ms: round(percentile(result.latencies, 50), 1),
      p99Ms: round(percentile(result.latencies, 99), 1),
      repeats: plan.filter((p) => p.repeats !== undefined).length,
      acknowledgedKeys: check.acknowledgedKeys,
      storedMessages: check.stored,
      sentDeliveries: check.sentDeliveries,
      failedDeliveries: check.failedDeliveries,
      outboxEntries: check.outbox,
      duplicateDeliveries: check.duplicateDeliveries,
      http5xx: serverErrors,
      httpStatuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
      errorTypes: [...errorTypes].map(([t, n]) => `${t}×${n}`).join(' ') || 'none',
      ...checks,
    },
    ratio: null,
    target: 'stored = distinct keys acknowledged, outbox = SENT deliveries, no duplicate, no 5xx',
    met,
    notes: [
      `${requests} sendMessage at concurrency ${concurrency}; one in ten repeats the key and ` +
        `input of one of the 9 requests before it; one in ten has ${REJECTED_EMAIL} and one in ` +
        `ten ${UNREACHABLE_NUMBER}, which fail.`,
    ],
  };
}

function planRequests(count: number): Planned[] {
  const plan: Planned[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i % 10 === 9) {
      // 1 to 9 back: close enough that some run concurrently with their original.
      const original = i - 1 - (i % 9);
      plan.push({ ...plan[original]!, repeats: original });
      continue;
    }
    const recipient = `load-${i % 100}`;
    const input: Record<string, unknown> = {
      recipient,
      body: `Load message ${i}.`,
      idempotencyKey: `load-key-${i}`,
    };
    if (i % 10 !== 4) input.emailAddress = i % 10 === 3 ? REJECTED_EMAIL : `${recipient}@example.com`;
    if (i % 10 !== 5) input.phoneNumber = i % 10 === 6 ? UNREACHABLE_NUMBER : '+14155550100';
    plan.push({ key: `load-key-${i}`, input });
  }
  return plan;
}

async function reconcile(
  stack: Stack,
  api: Api,
  plan: Planned[],
  ids: Array<string | undefined>,
) {
  const acknowledged = new Set(plan.filter((_, i) => ids[i] !== undefined).map((p) => p.key));
  const repeatMismatches = plan.filter((p, i) =>
    p.repeats !== undefined && ids[i] !== undefined && ids[p.repeats] !== undefined &&
    ids[i] !== ids[p.repeats]).length;

  const messages = await scanMessages(stack, api.tableName);
  const sent = new Set<string>();
  let sentDeliveries = 0;
  let failedDeliveries = 0;
  for (const message of messages) {
    for (const delivery of Object.values(message.deliveries?.M ?? {})) {
      const status = delivery.M?.status?.S;
      if (status === 'SENT') {
        sentDeliveries += 1;
        sent.add(delivery.M!.providerMessageId!.S!);
      } else if (status === 'FAILED') failedDeliveries += 1;
    }
  }

  const { emails, sms } = await api.runtime.outbox.read();
  const outboxIds = [...emails, ...sms].map((entry) => entry.messageId);
  const bodies = [
    ...emails.map((e) => `EMAIL ${e.body}`),
    ...sms.map((s) => `SMS ${s.body}`),
  ];
  return {
    acknowledgedKeys: acknowledged.size,
    repeatMismatches,
    stored: messages.length,
    sentDeliveries,
    failedDeliveries,
    outbox: outboxIds.length,
    // The same message on the same channel twice: the body names the message.
    duplicateDeliveries: bodies.length - new Set(bodies).size,
    unmatchedOutbox: outboxIds.filter((id) => !sent.has(id)).length,
  };
}

async function scanMessages(stack: Stack, tableName: string) {
  const items: Array<Record<string, AttributeValue>> = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await stack.dynamo.send(new ScanCommand({
      TableName: tableName,
      FilterExpression: 'entity = :message',
      ExpressionAttributeValues: { ':message': { S: 'MESSAGE' } },
      ExclusiveStartKey: start,
      ConsistentRead: true,
    }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Write path: sendMessage on both channels over HTTP, against the sequence
 * of calls it makes issued directly: PutItem of the message with its
 * channels PENDING and a lease, the delivery handler (SES and SNS), and the
 * conditional UpdateItem that records the outcomes and drops the lease.
 */
import { randomUUID } from 'node:crypto';

import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

import { createHandler } from '../../functions/deliver/handler';
import { autoUlid } from '../../runtime/evaluator/util/ids';
import { startLocalSes, startLocalSns } from '../../runtime/services/index';
import { LEASE_MS } from '../../resolvers/lib/timing';
import { DEFAULT_SUBJECT, SEND_MUTATION } from '../lib/messages';
import { runPool } from '../lib/pool';
import { warmThenAlternate } from '../lib/rounds';
import type { Stack } from '../lib/stack';
import { median, round } from '../lib/stats';
import { toTyped, toTypedMap } from '../lib/typed';
import type { Scale, ScenarioResult } from '../lib/types';

const TARGET = 0.7;
const PHONE = '+14155550100';

export async function writePath(stack: Stack, scale: Scale): Promise<ScenarioResult> {
  const { opsPerRound, rounds, concurrency } = scale.write;
  const api = await stack.startApi('write');
  // The raw side's own local SES and SNS: the same code as the runtime's.
  const [ses, sns] = await Promise.all([startLocalSes(), startLocalSns()]);
  const deliver = createHandler({
    senderEmail: 'no-reply@example.com',
    region: 'us-east-1',
    sesEndpoint: ses.endpoint,
    snsEndpoint: sns.endpoint,
    credentials: { accessKeyId: 'offline', secretAccessKey: 'offline' },
  });

  try {
    let sequence = 0;
    const input = () => {
      sequence += 1;
      const recipient = `writer-${sequence % 50}`;
      return { recipient, body: `Write path message ${sequence}.`, emailAddress: `${recipient}@example.com`, phoneNumber: PHONE };
    };
    const raw = () => sendRaw(stack, api.tableName, deliver, input());
    const viaApi = async () => {
      const { status, body } = await api.graphql.send(SEND_MUTATION, { input: input() });
      const statuses = body.data?.sendMessage?.deliveries?.map((d: { status: string }) => d.status);
      if (status !== 200 || body.errors || statuses?.join() !== 'SENT,SENT') {
        throw new Error(`sendMessage: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    };

    const phase = (task: () => Promise<void>) => async () => {
      const result = await runPool({ count: opsPerRound, concurrency, maxMs: scale.phaseMaxMs, task });
      if (result.failed > 0) throw result.firstError;
      return result.opsPerSecond;
    };
    const figures = await warmThenAlternate(rounds, { raw: phase(raw), api: phase(viaApi) });

    const apiRate = median(figures.api);
    const rawRate = median(figures.raw);
    const ratio = apiRate / rawRate;
    return {
      id: 'write-path',
      title: 'Write path',
      measured: {
        apiRequestsPerSecond: round(apiRate, 1),
        rawSequencesPerSecond: round(rawRate, 1),
        apiRounds: figures.api.map((v) => round(v, 1)),
        rawRounds: figures.raw.map((v) => round(v, 1)),
        concurrency,
        operationsPerRound: opsPerRound,
      },
      ratio: round(ratio, 3),
      target: `ratio >= ${TARGET}`,
      met: ratio >= TARGET,
      notes: [
        'sendMessage without an idempotency key, EMAIL and SMS, against PutItem + the delivery ' +
          'handler called in-process (local SES and SNS over loopback) + UpdateItem.',
      ],
    };
  } finally {
    await Promise.all([ses.close(), sns.close()]);
  }
}

async function sendRaw(
  stack: Stack,
  tableName: string,
  deliver: ReturnType<typeof createHandler>,
  input: { recipient: string; body: string; emailAddress: string; phoneNumber: string },
) {
  const id = autoUlid();
  const now = Date.now();
  const lease = { token: randomUUID(), until: now + LEASE_MS };
  const key = { PK: `RECIPIENT#${input.recipient}`, SK: `MESSAGE#${id}` };
  const item = {
    ...key,
    entity: 'MESSAGE',
    id,
    ...input,
    subject: DEFAULT_SUBJECT,
    createdAt: new Date(now).toISOString(),
    idempotencyKey: null,
    deliveries: {
      EMAIL: { channel: 'EMAIL', status: 'PENDING', attempts: 0 },
      SMS: { channel: 'SMS', status: 'PENDING', attempts: 0 },
    },
    lease,
  };
  await stack.dynamo.send(new PutItemCommand({
    TableName: tableName,
    Item: toTypedMap(item),
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': 'PK' },
  }));

  const { outcomes } = await deliver({
    message: { id, recipient: input.recipient, body: input.body, subject: DEFAULT_SUBJECT,
      emailAddress: input.emailAddress, phoneNumber: input.phoneNumber },
    channels: ['EMAIL', 'SMS'],
  });
  if (outcomes.some((o) => o.status !== 'SENT')) throw new Error('A raw delivery failed.');

  // As recordDeliveries writes them: one attempt, and the provider's id.
  const [email, sms] = outcomes.map((o) => ({
    channel: o.channel,
    attempts: 1,
    lastAttemptAt: o.attemptedAt,
    status: o.status,
    providerMessageId: o.status === 'SENT' ? o.providerMessageId : null,
  }));
  await stack.dynamo.send(new UpdateItemCommand({
    TableName: tableName,
    Key: toTypedMap(key),
    UpdateExpression: 'SET #d.#EMAIL = :EMAIL, #d.#SMS = :SMS REMOVE #lease',
    ConditionExpression: '#lease.#token = :token',
    ExpressionAttributeNames: { '#d': 'deliveries', '#EMAIL': 'EMAIL', '#SMS': 'SMS',
      '#lease': 'lease', '#token': 'token' },
    ExpressionAttributeValues: { ':EMAIL': toTyped(email), ':SMS': toTyped(sms),
      ':token': { S: lease.token } },
    ReturnValues: 'ALL_NEW',
  }));
}

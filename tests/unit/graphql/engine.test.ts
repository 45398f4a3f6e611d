/**
 * The engine runs a query or mutation with graphql-js the first time and
 * compiled by graphql-jit from the second. Each case here runs a document
 * through the engine twice, so both ways, and through graphql-js's own
 * execute on the same schema and data, and expects the same answer.
 */
import path from 'node:path';

import { execute, parse, type GraphQLFieldResolver } from 'graphql';
import { describe, expect, it } from 'vitest';

import { createEngine, type RootFieldResult } from '../../../runtime/graphql/engine';
import { toErrorEntry } from '../../../runtime/graphql/errors';
import { loadSchema } from '../../../runtime/graphql/schema';

const root = path.resolve(__dirname, '../../..');

const delivery = (channel: string, status: string) => ({
  channel, status, attempts: 1, lastAttemptAt: '2026-12-03T10:00:00.000Z',
  providerMessageId: `${channel}-1`, errorCode: null, errorMessage: null, retryable: null,
});
const message = (id: string) => ({
  id, recipient: 'ada', body: 'Hello', subject: 'You have a new message',
  emailAddress: 'ada@example.com', phoneNumber: '+14155550100',
  createdAt: '2026-12-03T10:00:00.000Z',
  deliveries: [delivery('EMAIL', 'SENT'), delivery('SMS', 'FAILED')],
});

/** What each root field's pipeline answers, by field name. */
const answers: Record<string, unknown> = {
  messagesByRecipient: { items: [message('m1'), message('m2')], nextToken: 'next' },
  sendMessage: message('m3'),
};

/** The engine's answers the first time (graphql-js) and the second (compiled). */
async function bothWays(
  engine: ReturnType<typeof createEngine>,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const first = await engine.run({ query, variables, headers: {} });
  const second = await engine.run({ query, variables, headers: {} });
  return [first.response, second.response];
}

function engineWith(data: Record<string, unknown>) {
  return createEngine({
    schema: loadSchema(root),
    resolveRootField: async ({ fieldName }): Promise<RootFieldResult> =>
      ({ data: data[fieldName] ?? null, errors: [], failed: false }),
  });
}

/** graphql-js's answer for the same document and data, in the engine's shape. */
async function reference(query: string, variables: Record<string, unknown>,
  data: Record<string, unknown>) {
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) =>
    info.path.prev === undefined
      ? Promise.resolve(data[info.fieldName] ?? null)
      : (source as Record<string, unknown>)[info.fieldName];
  const result = await execute({
    schema: loadSchema(root), document: parse(query), variableValues: variables, fieldResolver,
  });
  const response: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors) response.errors = result.errors.map(toErrorEntry);
  return response;
}

const cases: Array<[string, string, Record<string, unknown>?]> = [
  ['every field of a page', `query($r: String!) { messagesByRecipient(recipient: $r, limit: 5) {
      items { id recipient body subject emailAddress phoneNumber createdAt
        deliveries { channel status attempts lastAttemptAt providerMessageId errorCode
          errorMessage retryable } }
      nextToken } }`, { r: 'ada' }],
  ['aliases, __typename and a named fragment', `{ page: messagesByRecipient(recipient: "ada") {
      __typename items { ...M first: id } } }
    fragment M on Message { id createdAt deliveries { ch: channel __typename } }`],
  ['inline fragments and @skip / @include from variables', `query($no: Boolean!, $yes: Boolean!) {
      messagesByRecipient(recipient: "ada") {
        items { id body @skip(if: $yes) ... on Message @include(if: $yes) { subject }
          deliveries @include(if: $no) { status } } } }`, { no: false, yes: true }],
  ['a mutation with an input object', `mutation($input: SendMessageInput!) {
      sendMessage(input: $input) { id deliveries { channel status } } }`,
    { input: { recipient: 'ada', body: 'Hello', emailAddress: 'ada@example.com' } }],
  ['introspection through fragments', `{ __schema { queryType { name } types { ...T } } }
    fragment T on __Type { kind name fields(includeDeprecated: true) { name type { name } } }`],
];

describe('the engine against graphql-js', () => {
  it.each(cases)('answers alike: %s', async (_name, query, variables = {}) => {
    const expected = await reference(query, variables, answers);
    expect(await bothWays(engineWith(answers), query, variables)).toEqual([expected, expected]);
  });

  it('bubbles a null in a non-null field up to the nearest nullable parent, with its error', async () => {
    const broken = { messagesByRecipient: { items: [{ ...message('m1'), body: null }] } };
    const query = '{ messagesByRecipient(recipient: "ada") { items { id body } nextToken } }';
    const expected = await reference(query, {}, broken);
    expect(await bothWays(engineWith(broken), query)).toEqual([expected, expected]);
    expect((expected.errors as Array<{ message: string }>)[0]!.message)
      .toBe('Cannot return null for non-nullable field Message.body.');
  });

  it('refuses a value its scalar cannot represent, as graphql-js words it', async () => {
    const broken = { messagesByRecipient: { items: [{ ...message('m1'), createdAt: 'soon' }] } };
    const query = '{ messagesByRecipient(recipient: "ada") { items { id createdAt } } }';
    const expected = await reference(query, {}, broken);
    expect(await bothWays(engineWith(broken), query)).toEqual([expected, expected]);
    expect(expected.errors).toHaveLength(1);
  });

  it('words a bad variable as graphql-js does, and runs no resolver', async () => {
    let calls = 0;
    const engine = createEngine({
      schema: loadSchema(root),
      resolveRootField: async () => {
        calls += 1;
        return { data: null, errors: [], failed: false };
      },
    });
    const query = 'query($limit: Int) { messagesByRecipient(recipient: "a", limit: $limit) { nextToken } }';
    const expected = await reference(query, { limit: 'ten' }, {});
    expect(await bothWays(engine, query, { limit: 'ten' })).toEqual([expected, expected]);
    expect((expected.errors as Array<{ message: string }>)[0]!.message)
      .toContain('Variable "$limit" got invalid value "ten"');
    expect(calls).toBe(0);
  });

  it('runs the root fields of a mutation one after another, as graphql-js does', async () => {
    const events: string[] = [];
    const engine = createEngine({
      schema: loadSchema(root),
      resolveRootField: async ({ arguments: args }) => {
        const { body } = (args as { input: { body: string } }).input;
        events.push(`start ${body}`);
        await new Promise((resolve) => setTimeout(resolve, body === 'first' ? 20 : 1));
        events.push(`end ${body}`);
        return { data: message(body), errors: [], failed: false };
      },
    });
    const send = (alias: string, body: string) =>
      `${alias}: sendMessage(input: { recipient: "ada", body: "${body}", emailAddress: "a@b.co" }) { id }`;
    const answers = await bothWays(engine, `mutation { ${send('a', 'first')} ${send('b', 'second')} }`);
    const expected = { data: { a: { id: 'first' }, b: { id: 'second' } } };
    expect(answers).toEqual([expected, expected]);
    const once = ['start first', 'end first', 'start second', 'end second'];
    expect(events).toEqual([...once, ...once]);
  });

  it('gives the root resolver its arguments, selection and headers', async () => {
    const calls: unknown[] = [];
    const engine = createEngine({
      schema: loadSchema(root),
      resolveRootField: async (call) => {
        calls.push(call);
        return { data: { items: [], nextToken: null }, errors: [], failed: false };
      },
    });
    const request = {
      query: 'query($r: String!) { messagesByRecipient(recipient: $r) { items { ...F } } } ' +
        'fragment F on Message { id deliveries { status } }',
      variables: { r: 'ada' },
      headers: { 'x-api-key': 'k' },
    };
    await engine.run(request);
    await engine.run(request);
    const expected = expect.objectContaining({
      typeName: 'Query',
      fieldName: 'messagesByRecipient',
      arguments: { recipient: 'ada' },
      headers: { 'x-api-key': 'k' },
      info: expect.objectContaining({
        variables: { r: 'ada' },
        selectionSetList: ['items', 'items/id', 'items/deliveries', 'items/deliveries/status'],
      }),
    });
    expect(calls).toEqual([expected, expected]);
  });
});

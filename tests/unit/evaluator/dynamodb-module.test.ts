import { describe, expect, it } from 'vitest';
import { dynamodbModule as ddb } from '../../../runtime/evaluator/dynamodb/index';

const { operations } = ddb;

describe('@aws-appsync/utils/dynamodb request builders', () => {
  it('get builds a GetItem with a typed key (documented get({ key: { id } }))', () => {
    expect(ddb.get({ key: { id: '1' } })).toEqual({ operation: 'GetItem', key: { id: { S: '1' } } });
  });

  it('put builds a PutItem whose attributeValues come from item', () => {
    expect(ddb.put({ key: { PK: 'M#1', SK: 'A' }, item: { body: 'hi', attempts: 0 } })).toEqual({
      operation: 'PutItem',
      key: { PK: { S: 'M#1' }, SK: { S: 'A' } },
      attributeValues: { body: { S: 'hi' }, attempts: { N: 0 } },
    });
  });

  it('put turns its condition into a condition expression', () => {
    const request = ddb.put({ key: { id: '1' }, item: {}, condition: { id: { attributeExists: false } } });
    expect(request.condition).toEqual({
      expression: 'attribute_not_exists(#id)',
      expressionNames: { '#id': 'id' },
      expressionValues: {},
    });
  });

  it('remove builds a DeleteItem with its condition', () => {
    expect(ddb.remove({ key: { id: '1' }, condition: { owner: { eq: 'me' } } })).toEqual({
      operation: 'DeleteItem',
      key: { id: { S: '1' } },
      condition: {
        expression: '#owner = :owner_eq',
        expressionNames: { '#owner': 'owner' },
        expressionValues: { ':owner_eq': { S: 'me' } },
      },
    });
  });

  it('update with decrement matches the request AppSync evaluates', () => {
    // As AppSync's evaluator returns it for { currentView: operations.decrement(1) }.
    expect(ddb.update({ key: { streamId: 'asdf' }, update: { currentView: operations.decrement(1) } })).toEqual({
      operation: 'UpdateItem',
      key: { streamId: { S: 'asdf' } },
      update: {
        expression: 'SET #expName_1 = #expName_1 - :expValue_1',
        expressionNames: { '#expName_1': 'currentView' },
        expressionValues: { ':expValue_1': { N: 1 } },
      },
    });
  });

  it('update sets plain values in order, nulls included, as AppSync evaluates them', () => {
    expect(ddb.update({ key: { id: 'u' }, update: { name: 'Toni Test', imageUrl: null } }).update).toEqual({
      expression: 'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2',
      expressionNames: { '#expName_1': 'name', '#expName_2': 'imageUrl' },
      expressionValues: { ':expValue_1': { S: 'Toni Test' }, ':expValue_2': { NULL: null } },
    });
  });

  it('update writes increment, remove, append, prepend and updateListItem', () => {
    const request = ddb.update({
      key: { id: '1' },
      update: {
        age: operations.increment(2),
        nickname: operations.remove(),
        tags: operations.append(['a']),
        history: operations.prepend(['z']),
        friends: [operations.updateListItem('102', 1)],
      },
    });
    expect(request.update).toEqual({
      expression:
        'SET #expName_1 = #expName_1 + :expValue_1, #expName_3 = list_append(#expName_3, :expValue_2), ' +
        '#expName_4 = list_append(:expValue_3, #expName_4), #expName_5[1] = :expValue_4 REMOVE #expName_2',
      expressionNames: {
        '#expName_1': 'age', '#expName_2': 'nickname', '#expName_3': 'tags', '#expName_4': 'history', '#expName_5': 'friends',
      },
      expressionValues: {
        ':expValue_1': { N: 2 }, ':expValue_2': { L: [{ S: 'a' }] }, ':expValue_3': { L: [{ S: 'z' }] }, ':expValue_4': { S: '102' },
      },
    });
  });

  it('update walks a nested object attribute by attribute, but replace sets it whole', () => {
    expect(ddb.update({ key: { id: '1' }, update: { address: { city: 'NYC' } } }).update).toMatchObject({
      expression: 'SET #expName_1.#expName_2 = :expValue_1',
    });
    expect(ddb.update({ key: { id: '1' }, update: { address: operations.replace({ city: 'NYC' }) } }).update).toEqual({
      expression: 'SET #expName_1 = :expValue_1',
      expressionNames: { '#expName_1': 'address' },
      expressionValues: { ':expValue_1': { M: { city: { S: 'NYC' } } } },
    });
  });

  it('update adds numbers with ADD', () => {
    expect(ddb.update({ key: { id: '1' }, update: { count: operations.add(1) } })).toMatchObject({
      update: { expression: 'ADD #expName_1 :expValue_1' },
    });
  });

  it('query builds a key condition plus the read options that were given', () => {
    expect(
      ddb.query({
        query: { PK: { eq: 'R#a' }, SK: { beginsWith: 'M#' } },
        index: 'byRecipient',
        limit: 10,
        nextToken: 'tok',
        scanIndexForward: false,
        filter: { channel: { eq: 'SMS' } },
      }),
    ).toEqual({
      operation: 'Query',
      query: {
        expression: '#PK = :PK_eq AND begins_with(#SK, :SK_beginsWith)',
        expressionNames: { '#PK': 'PK', '#SK': 'SK' },
        expressionValues: { ':PK_eq': { S: 'R#a' }, ':SK_beginsWith': { S: 'M#' } },
      },
      index: 'byRecipient',
      limit: 10,
      nextToken: 'tok',
      scanIndexForward: false,
      filter: {
        expression: '#channel = :channel_eq',
        expressionNames: { '#channel': 'channel' },
        expressionValues: { ':channel_eq': { S: 'SMS' } },
      },
    });
  });

  it('scan and sync build their operations with only the given options', () => {
    expect(ddb.scan({ limit: 5, segment: 0, totalSegments: 2 })).toEqual({
      operation: 'Scan', limit: 5, segment: 0, totalSegments: 2,
    });
    expect(ddb.sync({ limit: 10, lastSync: 1 })).toEqual({ operation: 'Sync', limit: 10, lastSync: 1 });
  });

  it('get writes a projection with a name per path segment', () => {
    expect(ddb.get({ key: { id: '1' }, projection: ['id', 'author.name'] }).projection).toEqual({
      expression: '#id, #author.#name',
      expressionNames: { '#id': 'id', '#author': 'author', '#name': 'name' },
    });
  });

  it('transactWrite builds TransactWriteItems with typed items', () => {
    expect(
      ddb.transactWrite({ items: [{ putItem: { table: 't', key: { id: '1' }, item: { a: 1 } } }, { deleteItem: { table: 't', key: { id: '2' } } }] }),
    ).toEqual({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: 't', key: { id: { S: '1' } }, operation: 'PutItem', attributeValues: { a: { N: 1 } } },
        { table: 't', key: { id: { S: '2' } }, operation: 'DeleteItem' },
      ],
    });
  });

  it('the module set builders follow its documentation: number sets as strings', () => {
    expect(ddb.toStringSet(['a', 'b', 'c'])).toEqual({ SS: ['a', 'b', 'c'] });
    expect(ddb.toNumberSet([1, 2, 3])).toEqual({ NS: ['1', '2', '3'] });
    expect(ddb.toBinarySet(['SGVsbG8=', 'V29ybGQ='])).toEqual({ BS: ['SGVsbG8=', 'V29ybGQ='] });
  });
});

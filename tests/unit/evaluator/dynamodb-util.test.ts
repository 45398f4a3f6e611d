import { describe, expect, it } from 'vitest';
import { dynamodbUtil as ddb } from '../../../runtime/evaluator/util/dynamodb';

describe('util.dynamodb', () => {
  it('toDynamoDB types a string: documented { "S" : "foo" }', () => {
    expect(ddb.toDynamoDB('foo')).toEqual({ S: 'foo' });
  });

  it('toDynamoDB keeps numbers as JSON numbers: documented { "N" : 12345 }', () => {
    expect(ddb.toDynamoDB(12345)).toEqual({ N: 12345 });
  });

  it('toDynamoDB types a boolean: documented { "BOOL" : true }', () => {
    expect(ddb.toDynamoDB(true)).toEqual({ BOOL: true });
  });

  it('toDynamoDB turns an array into a list, never a set (documented list example)', () => {
    expect(ddb.toDynamoDB(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
  });

  it('toDynamoDB turns an object into a map (documented map example)', () => {
    expect(ddb.toDynamoDB({ foo: 'bar', baz: 1234, beep: ['boop'] })).toEqual({
      M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } },
    });
  });

  it('toDynamoDB and toNull give { NULL: null } for null, as documented', () => {
    expect(ddb.toDynamoDB(null)).toEqual({ NULL: null });
    expect(ddb.toNull()).toEqual({ NULL: null });
  });

  it('toString, toNumber, toBoolean and toBinary wrap one value (documented examples)', () => {
    expect(ddb.toString('foo')).toEqual({ S: 'foo' });
    expect(ddb.toNumber(12345)).toEqual({ N: 12345 });
    expect(ddb.toBoolean(true)).toEqual({ BOOL: true });
    expect(ddb.toBinary('foo')).toEqual({ B: 'foo' });
  });

  it('the typed converters return null for a null input', () => {
    expect(ddb.toString(null)).toBeNull();
    expect(ddb.toNumber(undefined)).toBeNull();
  });

  it('builds sets only when asked: documented toStringSet, toNumberSet, toBinarySet', () => {
    expect(ddb.toStringSet(['foo', 'bar', 'baz'])).toEqual({ SS: ['foo', 'bar', 'baz'] });
    expect(ddb.toNumberSet([1, 23, 4.56])).toEqual({ NS: [1, 23, 4.56] });
    expect(ddb.toBinarySet(['foo', 'bar', 'baz'])).toEqual({ BS: ['foo', 'bar', 'baz'] });
  });

  it('toList and toMap convert their members (documented examples)', () => {
    expect(ddb.toList(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
    expect(ddb.toMap({ foo: 'bar', baz: 1234 })).toEqual({ M: { foo: { S: 'bar' }, baz: { N: 1234 } } });
  });

  it('toMapValues is toMap(obj).M (documented example)', () => {
    const obj = { foo: 'bar', baz: 1234, beep: ['boop'] };
    expect(ddb.toMapValues(obj)).toEqual({ foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } });
    expect(ddb.toMapValues(obj)).toEqual(ddb.toMap(obj)!.M);
  });

  it('toS3Object writes the documented S3 object string, and fromS3ObjectJson reads it back', () => {
    const s3 = ddb.toS3Object('foo', 'bar', 'baz');
    expect(s3).toEqual({ S: '{ "s3" : { "key" : "foo", "bucket" : "bar", "region" : "baz" } }' });
    expect(ddb.fromS3ObjectJson(s3.S)).toEqual({ key: 'foo', bucket: 'bar', region: 'baz' });
    expect(ddb.fromS3ObjectJson(ddb.toS3Object('foo', 'bar', 'baz', 'beep').S)).toEqual({
      key: 'foo', bucket: 'bar', region: 'baz', version: 'beep',
    });
  });
});

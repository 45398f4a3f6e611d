import { describe, expect, it } from 'vitest';

import { realtimeUrlFor } from '../../../client/index';

describe('realtimeUrlFor', () => {
  it('puts an AppSync API on its appsync-realtime-api host over wss', () => {
    expect(realtimeUrlFor('https://abc123.appsync-api.eu-west-1.amazonaws.com/graphql')).toBe(
      'wss://abc123.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
    );
  });

  it('keeps the .cn suffix of an API in a China region', () => {
    expect(realtimeUrlFor('https://abc.appsync-api.cn-north-1.amazonaws.com.cn/graphql')).toBe(
      'wss://abc.appsync-realtime-api.cn-north-1.amazonaws.com.cn/graphql',
    );
  });

  it('serves a custom domain at /graphql/realtime on the same host', () => {
    expect(realtimeUrlFor('https://api.example.com/graphql')).toBe(
      'wss://api.example.com/graphql/realtime',
    );
  });

  it('uses ws for the offline runtime on plain http', () => {
    expect(realtimeUrlFor('http://127.0.0.1:4000/graphql')).toBe(
      'ws://127.0.0.1:4000/graphql/realtime',
    );
  });
});

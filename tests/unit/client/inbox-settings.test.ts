import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { OFFLINE_URL, settingsFromEnvironment } from '../../../examples/inbox/config';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("the inbox's settings", () => {
  it('default to the offline runtime and the API key it keeps in its data directory', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'inbox-settings-'));
    dirs.push(dataDir);
    await writeFile(path.join(dataDir, 'api-key'), 'da2-fromthedatadir\n');

    expect(settingsFromEnvironment({ DATA_DIR: dataDir })).toEqual({
      url: OFFLINE_URL,
      apiKey: 'da2-fromthedatadir',
      realtimeUrl: undefined,
    });
  });

  it('take the endpoint, key and real-time URL from VITE_ variables when set', () => {
    const settings = settingsFromEnvironment({
      VITE_GRAPHQL_URL: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
      VITE_API_KEY: 'da2-deployed',
      VITE_REALTIME_URL: 'wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
      DATA_DIR: '/nonexistent',
    });

    expect(settings).toEqual({
      url: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
      apiKey: 'da2-deployed',
      realtimeUrl: 'wss://abc.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
    });
  });

  it('leave the key empty when there is neither a variable nor a key file', () => {
    expect(settingsFromEnvironment({ DATA_DIR: '/nonexistent' }).apiKey).toBe('');
  });
});

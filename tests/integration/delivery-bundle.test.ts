/**
 * The delivery function as it is deployed: the built bundle in
 * dist/functions/deliver, imported by a fresh `node` with the environment
 * Lambda gives it (region, sender, credentials in the environment), sending
 * through the local SES and SNS. The bundle loads some of the SDK lazily
 * from chunks beside it; this is where a missing or broken chunk shows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createOutbox, startLocalSes, startLocalSns } from '../../runtime/services/index';
import { refuseRequireShim } from '../../scripts/build';
import { aRequest, EMAIL_ADDRESS, PHONE_NUMBER, SENDER } from '../unit/deliver/fixtures';

const bundle = pathToFileURL(path.resolve(__dirname, '../../dist/functions/deliver/index.mjs'));

let ses: Awaited<ReturnType<typeof startLocalSes>>;
let sns: Awaited<ReturnType<typeof startLocalSns>>;

beforeAll(async () => {
  [ses, sns] = await Promise.all([startLocalSes(), startLocalSns()]);
});

afterAll(async () => {
  await Promise.all([ses.close(), sns.close()]);
});

/** Runs the bundle's handler once in a new process; resolves with its answer. */
function invokeBundle(event: unknown, env: Record<string, string>): Promise<unknown> {
  const script = `const { handler } = await import(${JSON.stringify(bundle.href)});
    process.stdout.write(JSON.stringify(await handler(JSON.parse(process.env.EVENT))));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, POWERTOOLS_LOG_LEVEL: 'SILENT', EVENT: JSON.stringify(event), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0
      ? resolve(JSON.parse(stdout))
      : reject(new Error(`the bundle exited with ${code}: ${stderr}`))));
  });
}

describe('the built delivery bundle', () => {
  it('delivers on both channels with credentials from the environment', async () => {
    const answer = await invokeBundle(aRequest(['EMAIL', 'SMS']), {
      SENDER_EMAIL: SENDER,
      AWS_REGION: 'eu-west-1',
      SES_ENDPOINT: ses.endpoint,
      SNS_ENDPOINT: sns.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDBUNDLETEST',
      AWS_SECRET_ACCESS_KEY: 'bundle-test-secret',
    });

    expect(answer).toEqual({
      outcomes: [
        expect.objectContaining({ channel: 'EMAIL', status: 'SENT' }),
        expect.objectContaining({ channel: 'SMS', status: 'SENT' }),
      ],
    });
    const outbox = createOutbox(sns, ses).read();
    expect(outbox.emails).toEqual([expect.objectContaining({ from: SENDER, to: EMAIL_ADDRESS })]);
    expect(outbox.sms).toEqual([expect.objectContaining({ phoneNumber: PHONE_NUMBER })]);
  });

  it('reads a profile from a credentials file, through the provider it loads on demand', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bundle-credentials-')), 'credentials');
    writeFileSync(file, '[bundle]\naws_access_key_id = AKIDFROMFILE\naws_secret_access_key = s\n');
    const answer = await invokeBundle(aRequest(['SMS']), {
      SENDER_EMAIL: SENDER,
      AWS_REGION: 'eu-west-1',
      SNS_ENDPOINT: sns.endpoint,
      AWS_SHARED_CREDENTIALS_FILE: file,
      AWS_CONFIG_FILE: path.join(path.dirname(file), 'none'),
      AWS_PROFILE: 'bundle',
    });
    expect(answer).toEqual({ outcomes: [expect.objectContaining({ channel: 'SMS', status: 'SENT' })] });
  });

  it('has no file calling require(), which an ES module bundle lacks', async () => {
    await expect(refuseRequireShim(path.dirname(fileURLToPath(bundle)))).resolves.toBeUndefined();
    const broken = mkdtempSync(path.join(tmpdir(), 'bundle-require-'));
    writeFileSync(path.join(broken, 'index.mjs'), 'throw Error(\'Dynamic require of "x" is not supported\')');
    await expect(refuseRequireShim(broken)).rejects.toThrow(/index\.mjs calls require\(\)/);
  });

  it('fails its cold start on a missing sender, naming the setting', async () => {
    await expect(invokeBundle(aRequest(['SMS']), { AWS_REGION: 'eu-west-1' }))
      .rejects.toThrow(/SENDER_EMAIL/);
  });
});

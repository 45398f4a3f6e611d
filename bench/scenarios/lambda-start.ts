/**
 * Lambda start: the delivery bundle's size, and how long a fresh `node`
 * takes to import it (with the configuration the deployed function reads)
 * against a bare `node -e ''`, in alternating rounds. The difference is
 * what the bundle adds to a cold start before the first invocation.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { root } from '../../scripts/build';
import { alternate } from '../lib/rounds';
import { median, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';

const TARGET = 2;
export const BUNDLE = path.join(root, 'dist/functions/deliver/index.mjs');

export async function lambdaStart(scale: Scale): Promise<ScenarioResult> {
  const bytes = statSync(BUNDLE).size;
  const gzipBytes = gzipSync(readFileSync(BUNDLE)).length;
  const env = {
    PATH: process.env.PATH,
    SENDER_EMAIL: 'no-reply@example.com',
    AWS_REGION: 'us-east-1',
  };
  const importing = `await import(${JSON.stringify(pathToFileURL(BUNDLE).href)});`;
  const time = (args: string[]) => async () => {
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
    return ms;
  };
  const bare = time(['-e', '']);
  const withBundle = time(['--input-type=module', '-e', importing]);

  await alternate(1, { bare, withBundle });
  const figures = await alternate(scale.lambda.rounds, { bare, withBundle });
  const bareMs = median(figures.bare);
  const importMs = median(figures.withBundle);
  const ratio = importMs / bareMs;
  return {
    id: 'lambda-start',
    title: 'Lambda start',
    measured: {
      bundleBytes: bytes,
      bundleKiB: round(bytes / 1024, 1),
      gzipKiB: round(gzipBytes / 1024, 1),
      bareNodeMs: round(bareMs, 1),
      nodeImportingBundleMs: round(importMs, 1),
      importCostMs: round(importMs - bareMs, 1),
      rounds: scale.lambda.rounds,
    },
    ratio: round(ratio, 3),
    target: `size and ratio reported; aim ratio < ${TARGET}`,
    met: ratio < TARGET,
    notes: [
      'Wall time of a fresh node process, spawned from this one, median over alternating rounds; ' +
        'the handler is built at import (configuration read and checked, SDK clients created).',
    ],
  };
}

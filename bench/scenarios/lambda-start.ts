/**
 * Lambda start: the delivery bundle's size, and its import time against a
 * bare node start. A fresh `node` importing the bundle (with the
 * configuration the deployed function reads) and a bare `node -e ''` run in
 * alternating rounds; the import time is the difference of their medians,
 * what the bundle adds to a cold start before the first invocation. The
 * ratio is that import time over the bare start; `startRatio`, the whole
 * start with the bundle over the bare one, is reported beside it.
 *
 * The bundle is an entry and chunks: sizes are given for every file (what
 * deploys) and for what the import loads (the entry and the chunks it
 * imports statically; the rest loads only when the SDK asks for it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { filesUnder, root } from '../../scripts/build';
import { warmThenAlternate } from '../lib/rounds';
import { median, round } from '../lib/stats';
import type { Scale, ScenarioResult } from '../lib/types';

const TARGET = 2;
const BUNDLE_DIR = path.join(root, 'dist/functions/deliver');
export const BUNDLE = path.join(BUNDLE_DIR, 'index.mjs');

/** The entry and every file it imports statically, transitively. */
function loadedAtImport(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // import{a}from"./x.mjs" and import"./x.mjs"; import("./x.mjs") is lazy.
    for (const [, target] of readFileSync(file, 'utf8')
      .matchAll(/\bimport\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(path.join(path.dirname(file), target!));
    }
  }
  return [...seen];
}

const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
const gzipSizeOf = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

export async function lambdaStart(scale: Scale): Promise<ScenarioResult> {
  const files = await filesUnder(BUNDLE_DIR);
  const loaded = loadedAtImport(BUNDLE);
  const bytes = sizeOf(files);
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

  const figures = await warmThenAlternate(scale.lambda.rounds, { bare, withBundle });
  const bareMs = median(figures.bare);
  const importMs = median(figures.withBundle);
  const ratio = (importMs - bareMs) / bareMs;
  return {
    id: 'lambda-start',
    title: 'Lambda start',
    measured: {
      bundleBytes: bytes,
      bundleKiB: round(bytes / 1024, 1),
      gzipKiB: round(gzipSizeOf(files) / 1024, 1),
      files: files.length,
      loadedAtImportKiB: round(sizeOf(loaded) / 1024, 1),
      filesLoadedAtImport: loaded.length,
      bareNodeMs: round(bareMs, 1),
      nodeImportingBundleMs: round(importMs, 1),
      importCostMs: round(importMs - bareMs, 1),
      startRatio: round(importMs / bareMs, 3),
      rounds: scale.lambda.rounds,
    },
    ratio: round(ratio, 3),
    target: `size and ratio reported; aim import time < ${TARGET}x a bare start`,
    met: ratio < TARGET,
    notes: [
      'Wall time of a fresh node process, spawned from this one, median over alternating rounds; ' +
        'the handler is built at import (configuration read and checked, SDK clients created).',
      'ratio = importCostMs / bareNodeMs (the import against a bare start); ' +
        'startRatio = nodeImportingBundleMs / bareNodeMs (the whole start against a bare one).',
    ],
  };
}

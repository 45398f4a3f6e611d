/**
 * The benchmark suite: every scenario against the offline runtime on one
 * engine, and the results as results.json records them (see README.md).
 */
import { performance } from 'node:perf_hooks';

import { buildAll } from '../scripts/build';
import { latencyChart } from './lib/chart';
import { machineInfo, type MachineInfo } from './lib/machine';
import { startStack, type EngineName } from './lib/stack';
import { round } from './lib/stats';
import { SCALES, type Scale, type ScenarioResult } from './lib/types';
import { fanOut } from './scenarios/fan-out';
import { historyGrowth } from './scenarios/history-growth';
import { lambdaStart } from './scenarios/lambda-start';
import { loadWithoutLoss } from './scenarios/load-without-loss';
import { readPath } from './scenarios/read-path';
import { writePath } from './scenarios/write-path';

export interface BenchOptions {
  /** @default 'full' */
  scale?: Scale['name'];
  /** @default 'dynalite' */
  engine?: EngineName;
  /** Bundle resolvers and the Lambda first. @default true */
  build?: boolean;
  /** Scenario ids to run. @default every scenario */
  only?: string[];
  /** Called as each scenario finishes, e.g. to print progress. */
  onScenario?(result: ScenarioResult): void;
}

export interface BenchResults {
  machine: MachineInfo;
  engine: EngineName;
  scale: Scale['name'];
  /** ISO 8601, when the run started. */
  date: string;
  durationSeconds: number;
  scenarios: ScenarioResult[];
  /** The history-growth chart, when that scenario ran. */
  latencySvg?: string;
}

/** In the order they run. */
export const SCENARIO_IDS = [
  'lambda-start', 'read-path', 'write-path', 'history-growth', 'fan-out', 'load-without-loss',
] as const;

export async function runBench(options: BenchOptions = {}): Promise<BenchResults> {
  const scale = SCALES[options.scale ?? 'full'];
  const engine = options.engine ?? 'dynalite';
  const wanted = new Set(options.only ?? SCENARIO_IDS);
  const date = new Date().toISOString();
  const started = performance.now();
  if (options.build ?? true) await buildAll();

  const scenarios: ScenarioResult[] = [];
  const done = (result: ScenarioResult) => {
    scenarios.push(result);
    options.onScenario?.(result);
  };
  let latencySvg: string | undefined;

  // First, while this process is small: spawning children from a large
  // heap would add the same fork cost to both sides and flatter the ratio.
  if (wanted.has('lambda-start')) done(await lambdaStart(scale));
  const stack = await startStack(engine);
  try {
    if (wanted.has('read-path')) done(await readPath(stack, scale));
    if (wanted.has('write-path')) done(await writePath(stack, scale));
    if (wanted.has('history-growth')) {
      const { result, points } = await historyGrowth(stack, scale);
      done(result);
      const machine = machineInfo();
      latencySvg = latencyChart(points, `${engine}, ${machine.cpuModel}, ${machine.cores} ` +
        `cores, node ${machine.node}, ${date.slice(0, 10)}`);
    }
    if (wanted.has('fan-out')) done(await fanOut(stack, scale));
    if (wanted.has('load-without-loss')) done(await loadWithoutLoss(stack, scale));
  } finally {
    await stack.close();
  }

  return {
    machine: machineInfo(),
    engine,
    scale: scale.name,
    date,
    durationSeconds: round((performance.now() - started) / 1000, 1),
    scenarios,
    latencySvg,
  };
}

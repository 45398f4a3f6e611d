/**
 * The benchmark suite at smoke scale: every scenario runs and reports its
 * figures, and the correctness checks of fan-out and load without loss
 * hold. Timing targets are not asserted here: a CI machine's speed says
 * nothing about the code.
 */
import { describe, expect, it } from 'vitest';

import { runBench, SCENARIO_IDS, type BenchResults } from '../../bench/suite';

describe('npm run bench, at smoke scale', () => {
  let results: BenchResults;

  it('runs every scenario on the embedded engine', async () => {
    results = await runBench({ scale: 'smoke', build: false });

    expect(results.scenarios.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.engine).toBe('dynalite');
  }, 60_000);

  it('reports a finite ratio for every compared scenario', () => {
    for (const id of ['read-path', 'write-path', 'history-growth', 'lambda-start']) {
      const scenario = results.scenarios.find((s) => s.id === id)!;
      expect(scenario.ratio, id).toBeGreaterThan(0);
      expect(Number.isFinite(scenario.ratio), id).toBe(true);
      expect(typeof scenario.met, id).toBe('boolean');
    }
  });

  it('delivers a fan-out to every subscriber of the recipient and to nobody else', () => {
    const fanOut = results.scenarios.find((s) => s.id === 'fan-out')!;

    expect(fanOut.measured.received).toBe(fanOut.measured.subscribers);
    expect(fanOut.measured.duplicates).toBe(0);
    expect(fanOut.measured.strayFrames).toBe(0);
    expect(fanOut.measured.p99DeliveryMs).toBeGreaterThan(0);
    expect(fanOut.met).toBe(true);
  });

  it('loses, duplicates and fails nothing under load', () => {
    const load = results.scenarios.find((s) => s.id === 'load-without-loss')!;

    expect(load.measured.completed).toBe(load.measured.requests);
    expect(load.measured.storedMessages).toBe(load.measured.acknowledgedKeys);
    expect(load.measured.outboxEntries).toBe(load.measured.sentDeliveries);
    expect(load.measured.failedDeliveries).toBeGreaterThan(0);
    expect(load.measured.duplicateDeliveries).toBe(0);
    expect(load.measured.http5xx).toBe(0);
    expect(load.met).toBe(true);
  });

  it('draws the latency chart with both percentiles', () => {
    expect(results.latencySvg).toMatch(/^<svg[\s\S]*p50[\s\S]*p99[\s\S]*<\/svg>\n$/);
  });
});

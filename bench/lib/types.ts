/** The figures one scenario produces, as results.json records them. */
export interface ScenarioResult {
  /** Stable key, e.g. `read-path`. */
  id: string;
  title: string;
  /** What was measured, by name: rates, latencies, counts, checks. */
  measured: Record<string, number | string | boolean | number[] | Record<string, unknown>>;
  /** The scenario's headline ratio, or null when it has none. */
  ratio: number | null;
  /** The target, in words, e.g. `ratio >= 0.8`. */
  target: string;
  /** Whether the target was met; null when it is only reported. */
  met: boolean | null;
  /** What a reader needs to interpret the figures. */
  notes: string[];
}

/** How much work each scenario does: `full` for figures, `smoke` for CI. */
export interface Scale {
  name: 'full' | 'smoke';
  read: { seeded: number; opsPerRound: number; rounds: number; concurrency: number };
  write: { opsPerRound: number; rounds: number; concurrency: number };
  history: {
    sizes: number[];
    recipients: number;
    probes: number;
    queriesPerRound: number;
    rounds: number;
  };
  fanOut: { subscribers: number; others: number };
  load: { requests: number; concurrency: number };
  lambda: { rounds: number };
  /** Upper bound on one measured phase. */
  phaseMaxMs: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  full: {
    name: 'full',
    read: { seeded: 100, opsPerRound: 2000, rounds: 5, concurrency: 16 },
    write: { opsPerRound: 600, rounds: 5, concurrency: 16 },
    history: {
      sizes: [1_000, 10_000, 50_000, 100_000],
      recipients: 1_000,
      probes: 50,
      queriesPerRound: 300,
      rounds: 4,
    },
    fanOut: { subscribers: 1_000, others: 1_000 },
    load: { requests: 5_000, concurrency: 32 },
    lambda: { rounds: 10 },
    phaseMaxMs: 30_000,
  },
  smoke: {
    name: 'smoke',
    read: { seeded: 30, opsPerRound: 40, rounds: 2, concurrency: 4 },
    write: { opsPerRound: 20, rounds: 2, concurrency: 4 },
    history: { sizes: [100, 400], recipients: 20, probes: 5, queriesPerRound: 20, rounds: 2 },
    fanOut: { subscribers: 20, others: 20 },
    load: { requests: 120, concurrency: 8 },
    lambda: { rounds: 2 },
    phaseMaxMs: 10_000,
  },
};

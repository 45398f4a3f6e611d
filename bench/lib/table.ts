/** The results as a plain-text table for the terminal. */
import type { BenchResults } from '../suite';

export function formatTable(results: BenchResults): string {
  const rows = results.scenarios.map((s) => [
    s.title,
    headline(s.measured),
    s.ratio === null ? '—' : String(s.ratio),
    s.target,
    s.met === null ? 'reported' : s.met ? 'met' : 'MISSED',
  ]);
  const header = ['scenario', 'measured', 'ratio', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const { machine } = results;
  return [
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}; ` +
      `engine ${results.engine}; scale ${results.scale}; ${results.date}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/** The handful of figures that say the most, for one scenario. */
function headline(measured: Record<string, unknown>): string {
  const picks = Object.entries(measured).filter(([name, value]) =>
    typeof value !== 'object' && isHeadline(name));
  return picks.map(([name, value]) => `${name}=${String(value)}`).join(', ');
}

const HEADLINE = new RegExp([
  'PerSecond$', '^p(50|99)Ms_', '^p99DeliveryMs$', '^received$', '^strayFrames$',
  '^acknowledgedKeys$', '^storedMessages$', '^sentDeliveries$', '^outboxEntries$',
  '^duplicateDeliveries$', '^http5xx$', '^bundleKiB$', '^bareNodeMs$', '^nodeImportingBundleMs$',
].join('|'));

function isHeadline(name: string): boolean {
  return HEADLINE.test(name);
}

/**
 * Captures what the delivery logger writes. Powertools writes JSON lines
 * to stdout (info) and stderr (warn, error) through its own console, so
 * the streams are what a test watches, as CloudWatch would.
 */
import { vi } from 'vitest';
import { logger, SERVICE_NAME } from '../../../functions/deliver/logger';

export interface CapturedLogs {
  /** Every JSON line the delivery logger wrote, parsed. */
  lines(): Record<string, unknown>[];
  /** Everything written, unparsed, to search for leaks. */
  raw(): string;
}

export function captureLogs(): CapturedLogs {
  // The suite silences the logger (vitest.config.ts); these tests read it.
  logger.setLogLevel('INFO');
  const chunks: string[] = [];
  const record = (chunk: unknown): boolean => {
    chunks.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(record);
  vi.spyOn(process.stderr, 'write').mockImplementation(record);

  return {
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((entry) => entry.service === SERVICE_NAME),
  };
}

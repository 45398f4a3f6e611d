/**
 * `util.time`. Timestamps are UTC unless a zone is given; ISO 8601 output
 * always carries milliseconds (`2018-02-06T19:01:35.749Z`), the form the
 * documentation shows and that AWSDateTime accepts.
 */
import { UtilArgumentError } from '../errors';
import { format } from './java-format';
import { parse } from './java-parse';
import { offsetMinutes } from './zone';

/** ISO 8601 with an optional fraction and a mandatory offset. */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export function createTime(now: () => number = Date.now) {
  return {
    nowISO8601: () => epochMilliSecondsToISO8601(now()),
    nowEpochSeconds: () => Math.floor(now() / 1000),
    nowEpochMilliSeconds: () => now(),
    nowFormatted: (pattern: string, zone?: string) =>
      epochMilliSecondsToFormatted(now(), pattern, zone),
    parseFormattedToEpochMilliSeconds: (text: string, pattern: string, zone?: string) =>
      parse(text, pattern, zone),
    parseISO8601ToEpochMilliSeconds,
    epochMilliSecondsToSeconds: (ms: number) => Math.floor(ms / 1000),
    epochMilliSecondsToISO8601,
    epochMilliSecondsToFormatted,
  };
}

export function epochMilliSecondsToISO8601(ms: number): string {
  return new Date(ms).toISOString();
}

export function epochMilliSecondsToFormatted(ms: number, pattern: string, zone?: string): string {
  return format(ms, offsetMinutes(zone, ms), pattern);
}

export function parseISO8601ToEpochMilliSeconds(text: string): number {
  const found = ISO_8601.exec(text);
  if (!found) {
    throw new UtilArgumentError(
      'util.time.parseISO8601ToEpochMilliSeconds',
      `${JSON.stringify(text)} is not an ISO 8601 timestamp with an offset, ` +
        `such as 2018-02-01T17:21:05.180+08:00`,
    );
  }
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zone] = found;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return wall - offsetMinutes(zone, wall) * 60_000;
}

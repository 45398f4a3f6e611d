/**
 * Parses a timestamp against a DateTimeFormatter pattern (see
 * java-format.ts for the supported letters) into epoch milliseconds.
 */
import { UtilArgumentError } from '../errors';
import { MONTHS, tokenize, type Token } from './java-format';
import { offsetMinutes } from './zone';

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  pm?: boolean;
  offset?: number;
}

export function parse(text: string, pattern: string, zone?: string): number {
  const tokens = tokenize(pattern);
  const found = new RegExp(`^${tokens.map(source).join('')}$`, 'i').exec(text);
  if (!found) {
    throw new UtilArgumentError(
      'util.time.parseFormattedToEpochMilliSeconds',
      `${JSON.stringify(text)} does not match the pattern ${JSON.stringify(pattern)}`,
    );
  }

  const fields: Fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  tokens
    .filter((t): t is { letter: string; width: number } => 'letter' in t)
    .forEach((token, i) => apply(fields, token, found[i + 1]!));

  const hour = fields.pm === undefined ? fields.hour : (fields.hour % 12) + (fields.pm ? 12 : 0);
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, hour, fields.minute, fields.second, fields.millisecond);
  const offset = fields.offset ?? offsetMinutes(zone, wall);
  return wall - offset * 60_000;
}

function source(token: Token): string {
  if ('literal' in token) return token.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  switch (token.letter) {
    case 'M':
      return token.width >= 3 ? '([A-Za-z]+)' : '(\\d{1,2})';
    case 'a':
      return '(AM|PM)';
    case 'E':
      return '([A-Za-z]+)';
    case 'Z':
    case 'X':
    case 'x':
      return '(Z|[+-]\\d{2}(?::?\\d{2})?)';
    default:
      return `(\\d{${token.width === 1 ? '1,9' : token.width}})`;
  }
}

function apply(fields: Fields, { letter, width }: { letter: string; width: number }, value: string): void {
  const n = Number(value);
  switch (letter) {
    case 'y':
    case 'u':
      fields.year = width === 2 ? 2000 + n : n;
      break;
    case 'M':
      fields.month = width >= 3 ? monthNumber(value) : n;
      break;
    case 'd':
      fields.day = n;
      break;
    case 'H':
    case 'h':
      fields.hour = n;
      break;
    case 'm':
      fields.minute = n;
      break;
    case 's':
      fields.second = n;
      break;
    case 'S':
      fields.millisecond = Number(value.padEnd(3, '0').slice(0, 3));
      break;
    case 'a':
      fields.pm = value.toUpperCase() === 'PM';
      break;
    case 'Z':
    case 'X':
    case 'x':
      fields.offset = offsetMinutes(value, 0);
      break;
  }
}

function monthNumber(name: string): number {
  const index = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase()));
  return index + 1;
}

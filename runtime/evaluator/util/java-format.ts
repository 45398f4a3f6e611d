/**
 * The subset of `java.time.format.DateTimeFormatter` patterns that
 * `util.time` needs: y M d H h m s S a E Z X x and quoted literals.
 * Other pattern letters are rejected with a message naming them.
 */
import { UtilArgumentError } from '../errors';

export type Token = { letter: string; width: number } | { literal: string };

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SUPPORTED = 'yuMdHhmsSaEZXx';

export function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i]!;
    if (char === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end === -1 ? undefined : end);
      tokens.push({ literal: text === '' ? "'" : text });
      i = end === -1 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(char)) {
      let width = 1;
      while (pattern[i + width] === char) width += 1;
      if (!SUPPORTED.includes(char)) {
        throw new UtilArgumentError(
          'util.time',
          `pattern letter '${char}' in ${JSON.stringify(pattern)} is not supported offline`,
        );
      }
      tokens.push({ letter: char, width });
      i += width;
    } else {
      tokens.push({ literal: char });
      i += 1;
    }
  }
  return tokens;
}

/** The wall-clock fields of an instant shifted by `offset` minutes. */
export function format(epochMs: number, offset: number, pattern: string): string {
  const wall = new Date(epochMs + offset * 60_000);
  return tokenize(pattern)
    .map((token) => ('literal' in token ? token.literal : field(wall, offset, token)))
    .join('');
}

function field(wall: Date, offset: number, { letter, width }: { letter: string; width: number }): string {
  const pad = (n: number, w = width) => String(n).padStart(w, '0');
  switch (letter) {
    case 'y':
    case 'u':
      return width === 2 ? pad(wall.getUTCFullYear() % 100, 2) : pad(wall.getUTCFullYear());
    case 'M':
      if (width >= 4) return MONTHS[wall.getUTCMonth()]!;
      if (width === 3) return MONTHS[wall.getUTCMonth()]!.slice(0, 3);
      return pad(wall.getUTCMonth() + 1);
    case 'd':
      return pad(wall.getUTCDate());
    case 'H':
      return pad(wall.getUTCHours());
    case 'h':
      return pad(wall.getUTCHours() % 12 || 12);
    case 'm':
      return pad(wall.getUTCMinutes());
    case 's':
      return pad(wall.getUTCSeconds());
    case 'S':
      return pad(wall.getUTCMilliseconds(), 3).padEnd(width, '0').slice(0, width);
    case 'a':
      return wall.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'E':
      return width >= 4 ? DAYS[wall.getUTCDay()]! : DAYS[wall.getUTCDay()]!.slice(0, 3);
    default:
      return offsetText(letter, width, offset);
  }
}

/** Z: +0800 (ZZZZZ: +08:00); X: Z for zero, else +08, +0800, +08:00; x: never Z. */
function offsetText(letter: string, width: number, offset: number): string {
  if (letter === 'X' && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  if (letter === 'Z') return width >= 5 ? `${sign}${hours}:${minutes}` : `${sign}${hours}${minutes}`;
  if (width === 1) return minutes === '00' ? `${sign}${hours}` : `${sign}${hours}${minutes}`;
  return width === 2 ? `${sign}${hours}${minutes}` : `${sign}${hours}:${minutes}`;
}

export { MONTHS };

/**
 * `util.matches(pattern, value)`: AppSync evaluates the pattern with
 * `java.util.regex.Pattern` and `Matcher.matches()`, so the whole value must
 * match, not a part of it. This file translates the Java syntax that has a
 * JavaScript equivalent and rejects the rest, rather than silently matching
 * something different.
 *
 * Translated: `\A`, `\z`, `\Z`; `\Q...\E` quoting; a leading `(?i)`, `(?s)`,
 * `(?m)`, `(?x)`-free flag group; POSIX classes such as `\p{Alpha}`.
 * Rejected: possessive quantifiers (`a*+`), atomic groups `(?>...)`, flag
 * groups anywhere but the start, class intersection `[a-z&&[^b]]`, and
 * `(?x)` comments mode. Compiled patterns are cached.
 */
import { UtilArgumentError } from '../errors';

const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

const LEADING_FLAGS = /^\(\?([imsux]+)\)/;
const cache = new Map<string, RegExp>();

export function matches(pattern: string, value: string): boolean {
  return compile(pattern).test(String(value));
}

function compile(pattern: string): RegExp {
  const cached = cache.get(pattern);
  if (cached) return cached;

  const { body, flags } = splitLeadingFlags(pattern);
  const source = translate(body, pattern);
  const unicode = /\\[pP]\{/.test(source) ? 'u' : '';
  const regex = new RegExp(`^(?:${source})$`, flags + unicode);
  cache.set(pattern, regex);
  return regex;
}

function splitLeadingFlags(pattern: string): { body: string; flags: string } {
  const found = LEADING_FLAGS.exec(pattern);
  if (!found) return { body: pattern, flags: '' };
  const letters = found[1]!;
  if (letters.includes('x')) unsupported(pattern, 'comments mode (?x)');
  // Java's UNICODE_CASE (u) has no separate switch in JavaScript.
  const flags = [...new Set(letters.replace('u', ''))].join('');
  return { body: pattern.slice(found[0].length), flags };
}

function translate(body: string, pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    const next = body[i + 1];

    if (char === '\\') {
      const { text, consumed } = translateEscape(body, i, inClass, pattern);
      out += text;
      i += consumed - 1;
      continue;
    }
    if (inClass) {
      if (char === '&' && next === '&') unsupported(pattern, 'class intersection &&');
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') inClass = true;
    if (char === '(' && next === '?') checkGroup(body.slice(i), pattern);
    if ('*+?}'.includes(char) && next === '+') {
      unsupported(pattern, 'possessive quantifiers');
    }
    out += char;
  }
  return out;
}

function checkGroup(rest: string, pattern: string): void {
  if (rest.startsWith('(?>')) unsupported(pattern, 'atomic groups (?>...)');
  if (/^\(\?[imsux-]+[):]/.test(rest)) {
    unsupported(pattern, 'inline flags other than at the start');
  }
}

function translateEscape(
  body: string,
  at: number,
  inClass: boolean,
  pattern: string,
): { text: string; consumed: number } {
  const letter = body[at + 1];
  if (letter === undefined) unsupported(pattern, 'a trailing backslash');
  if (letter === 'A') return { text: '^', consumed: 2 };
  if (letter === 'z' || letter === 'Z') return { text: '$', consumed: 2 };
  if (letter === 'Q') {
    const end = body.indexOf('\\E', at + 2);
    const literal = body.slice(at + 2, end === -1 ? undefined : end);
    const consumed = (end === -1 ? body.length : end + 2) - at;
    return { text: literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), consumed };
  }
  if (letter === 'p' || letter === 'P') {
    const close = body.indexOf('}', at);
    const name = body.slice(at + 3, close).replace(/^Is/, '');
    const posix = POSIX_CLASSES[name];
    if (posix) {
      const consumed = close - at + 1;
      if (!inClass) {
        return { text: letter === 'p' ? `[${posix}]` : `[^${posix}]`, consumed };
      }
      if (letter === 'P') unsupported(pattern, 'a negated POSIX class inside [...]');
      return { text: posix, consumed };
    }
  }
  // Java lets any non-alphanumeric character be escaped; so does JS
  // without the `u` flag, so the escape passes through unchanged.
  return { text: `\\${letter}`, consumed: 2 };
}

function unsupported(pattern: string, what: string): never {
  throw new UtilArgumentError(
    'util.matches',
    `the pattern ${JSON.stringify(pattern)} uses ${what}, which the offline ` +
      `runtime cannot translate from Java to JavaScript. Rewrite the pattern ` +
      `without it.`,
  );
}

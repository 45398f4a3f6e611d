/**
 * The encoding utils. AppSync implements them in Java, so the URL helpers
 * follow `java.net.URLEncoder` (form encoding) rather than
 * `encodeURIComponent`, and strings are UTF-8 throughout.
 */

/** Characters encodeURIComponent keeps but URLEncoder escapes. */
const URL_ENCODER_EXTRA = /[!'()~]/g;

export function urlEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(URL_ENCODER_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

export function urlDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

export function base64Encode(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64');
}

export function base64Decode(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
};

/**
 * Escapes a string for a JavaScript string literal the way Apache Commons'
 * `escapeEcmaScript` does: quotes, backslash, slash and control characters,
 * and every non-ASCII character as `\uXXXX`.
 */
export function escapeJavaScript(value: string): string {
  let out = '';
  for (const char of value) {
    const simple = SIMPLE_ESCAPES[char];
    if (simple) {
      out += simple;
      continue;
    }
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code > 0x7f) {
      for (const unit of char.split('')) {
        out += `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      }
    } else {
      out += char;
    }
  }
  return out;
}

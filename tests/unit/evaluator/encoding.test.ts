import { describe, expect, it } from 'vitest';
import {
  base64Decode,
  base64Encode,
  escapeJavaScript,
  urlDecode,
  urlEncode,
} from '../../../runtime/evaluator/util/encoding';

describe('encoding utils', () => {
  it('urlEncode form-encodes like Java URLEncoder: spaces as +, ! and ~ escaped', () => {
    expect(urlEncode('a b&c=d/é!~*')).toBe('a+b%26c%3Dd%2F%C3%A9%21%7E*');
  });

  it('urlDecode reverses urlEncode, reading + as a space', () => {
    expect(urlDecode('a+b%26c%3Dd%2F%C3%A9%21%7E*')).toBe('a b&c=d/é!~*');
  });

  it('base64Encode and base64Decode round-trip UTF-8 text', () => {
    expect(base64Encode('héllo')).toBe('aMOpbGxv');
    expect(base64Decode('aMOpbGxv')).toBe('héllo');
  });

  it('escapeJavaScript escapes quotes, backslashes, slashes, controls and non-ASCII', () => {
    expect(escapeJavaScript(`He said "it's" a\\b/c\n\té`)).toBe(
      `He said \\"it\\'s\\" a\\\\b\\/c\\n\\t\\u00E9`,
    );
  });
});

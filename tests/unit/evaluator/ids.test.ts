import { describe, expect, it } from 'vitest';
import { autoId, autoKsuid, autoUlid } from '../../../runtime/evaluator/util/ids';

describe('id generation utils', () => {
  it('autoId returns a version 4 UUID', () => {
    expect(autoId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('autoId returns a different value on every call', () => {
    expect(autoId()).not.toBe(autoId());
  });

  it('autoUlid returns 26 Crockford base32 characters', () => {
    expect(autoUlid()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('autoUlid encodes the time first, so later ids sort after earlier ones', () => {
    expect(autoUlid(1_000).slice(0, 10) < autoUlid(2_000).slice(0, 10)).toBe(true);
    expect(autoUlid(0).slice(0, 10)).toBe('0000000000');
  });

  it('autoKsuid returns 27 base62 characters', () => {
    expect(autoKsuid()).toMatch(/^[0-9A-Za-z]{27}$/);
  });

  it('autoKsuid sorts by creation second', () => {
    const earlier = autoKsuid(1_600_000_000_000);
    const later = autoKsuid(1_700_000_000_000);
    expect(earlier < later).toBe(true);
  });
});

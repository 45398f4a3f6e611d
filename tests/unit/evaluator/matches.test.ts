import { describe, expect, it } from 'vitest';
import { matches } from '../../../runtime/evaluator/util/matches';

describe('util.matches (Java regex semantics)', () => {
  it('matches the documented example util.matches("a*b", "aaaaab")', () => {
    expect(matches('a*b', 'aaaaab')).toBe(true);
  });

  it('requires the whole value to match, like Matcher.matches()', () => {
    expect(matches('a*b', 'aaaaabc')).toBe(false);
    expect(matches('b', 'ab')).toBe(false);
  });

  it('keeps alternation inside the whole-string anchor', () => {
    expect(matches('cat|dog', 'dog')).toBe(true);
    expect(matches('cat|dog', 'hotdog')).toBe(false);
  });

  it('translates a leading (?i) flag group', () => {
    expect(matches('(?i)hello', 'HeLLo')).toBe(true);
  });

  it('translates POSIX classes such as \\p{Alpha} and \\p{Digit}', () => {
    expect(matches('\\p{Alpha}+\\p{Digit}', 'abc7')).toBe(true);
    expect(matches('[\\p{Alnum}_]+', 'a_1')).toBe(true);
    expect(matches('\\p{Alpha}+', 'ab1')).toBe(false);
  });

  it('treats \\Q...\\E as literal text', () => {
    expect(matches('\\Q1+1\\E=2', '1+1=2')).toBe(true);
    expect(matches('\\Q1+1\\E=2', '11=2')).toBe(false);
  });

  it('translates \\A and \\z anchors', () => {
    expect(matches('\\Aab\\z', 'ab')).toBe(true);
  });

  it('accepts an E.164 phone pattern as a resolver would write it', () => {
    expect(matches('^\\+[1-9]\\d{1,14}$', '+14155550100')).toBe(true);
    expect(matches('^\\+[1-9]\\d{1,14}$', '14155550100')).toBe(false);
  });

  it('rejects possessive quantifiers and atomic groups instead of matching differently', () => {
    expect(() => matches('a*+b', 'ab')).toThrow(/possessive/);
    expect(() => matches('(?>a|ab)c', 'abc')).toThrow(/atomic/);
    expect(() => matches('[a-z&&[^b]]', 'a')).toThrow(/intersection/);
  });
});

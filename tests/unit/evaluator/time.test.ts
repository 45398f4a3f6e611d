import { describe, expect, it } from 'vitest';
import { createTime } from '../../../runtime/evaluator/util/time';

// The documented example instant: 2018-02-06T19:01:35.758Z.
const DOCUMENTED = 1517943695758;
const time = createTime(() => DOCUMENTED);

describe('util.time', () => {
  it('nowISO8601 looks like the documented 2018-02-06T19:01:35.749Z', () => {
    expect(time.nowISO8601()).toBe('2018-02-06T19:01:35.758Z');
    expect(createTime().nowISO8601()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('nowEpochSeconds and nowEpochMilliSeconds are numbers (documented 1517943695)', () => {
    expect(time.nowEpochSeconds()).toBe(1517943695);
    expect(time.nowEpochMilliSeconds()).toBe(DOCUMENTED);
  });

  it('nowFormatted formats in UTC: documented "2018-02-06 19:01:35+0000"', () => {
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ')).toBe('2018-02-06 19:01:35+0000');
  });

  it('nowFormatted takes an offset or a zone id: documented "2018-02-07 03:01:35+0800"', () => {
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe('2018-02-07 03:01:35+0800');
    expect(time.nowFormatted('yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth')).toBe('2018-02-07 03:01:35+0800');
  });

  it('parseFormattedToEpochMilliSeconds reads the zone from the text (documented 1517506474000)', () => {
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-01 17:34:34+0000', 'yyyy-MM-dd HH:mm:ssZ')).toBe(
      1517506474000,
    );
  });

  it('parseFormattedToEpochMilliSeconds applies a given zone (documented 1517477674000)', () => {
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-02-01 17:34:34', 'yyyy-MM-dd HH:mm:ss', '+08:00'),
    ).toBe(1517477674000);
  });

  it('parseISO8601ToEpochMilliSeconds honours the offset (documented 1517476865180)', () => {
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')).toBe(1517476865180);
  });

  it('parseISO8601ToEpochMilliSeconds rejects a timestamp without an offset', () => {
    expect(() => time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05')).toThrow(/ISO 8601/);
  });

  it('epochMilliSecondsToSeconds truncates (documented 1517943695)', () => {
    expect(time.epochMilliSecondsToSeconds(1517943695758)).toBe(1517943695);
  });

  it('epochMilliSecondsToISO8601 gives the documented 2018-02-06T19:01:35.758Z', () => {
    expect(time.epochMilliSecondsToISO8601(1517943695758)).toBe('2018-02-06T19:01:35.758Z');
  });

  it('epochMilliSecondsToFormatted formats in UTC or in the given zone (documented examples)', () => {
    expect(time.epochMilliSecondsToFormatted(1517943695758, 'yyyy-MM-dd HH:mm:ssZ')).toBe(
      '2018-02-06 19:01:35+0000',
    );
    expect(time.epochMilliSecondsToFormatted(1517943695758, 'yyyy-MM-dd HH:mm:ssZ', '+08:00')).toBe(
      '2018-02-07 03:01:35+0800',
    );
  });

  it('formats quoted literals, fractions, month names and X offsets', () => {
    expect(time.epochMilliSecondsToFormatted(DOCUMENTED, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2018-02-06T19:01:35.758Z',
    );
    expect(time.epochMilliSecondsToFormatted(DOCUMENTED, 'EEE, d MMM yyyy hh:mm a')).toBe(
      'Tue, 6 Feb 2018 07:01 PM',
    );
  });

  it('rejects pattern letters it does not support', () => {
    expect(() => time.nowFormatted('yyyy-QQ')).toThrow(/pattern letter 'Q'/);
  });
});

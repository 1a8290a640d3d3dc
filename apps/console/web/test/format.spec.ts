import { date, dateTime, dateTimeSeconds, todayInShanghai, yearMonth, yuan, yuanOrDash } from '../src/format';

describe('yuan(fen)', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [123456, '¥1,234.56'],
    [73500, '¥735.00'],
    [116562600000, '¥1,165,626,000.00'],
    [-60850, '-¥608.50'],
    [-5, '-¥0.05'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
  ])('%d fen is %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });

  it.each([1.5, Number.NaN, Infinity])('refuses %p, which is not a whole number of fen', (fen) => {
    expect(() => yuan(fen)).toThrow(RangeError);
  });

  it('shows a dash for a missing amount', () => {
    expect(yuanOrDash(null)).toBe('—');
    expect(yuanOrDash(undefined)).toBe('—');
    expect(yuanOrDash(0)).toBe('¥0.00');
  });
});

describe('dates and times in Asia/Shanghai', () => {
  it.each([
    ['2024-07-01T16:30:00Z', '2024-07-02 00:30'],
    ['2024-06-30T15:59:00Z', '2024-06-30 23:59'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01 00:00'],
    ['2024-07-01T08:00:00+08:00', '2024-07-01 08:00'],
  ])('the instant %s is %s Beijing time', (instant, text) => {
    expect(dateTime(instant)).toBe(text);
  });

  it('keeps seconds when asked', () => {
    expect(dateTimeSeconds('2024-07-01T00:00:09Z')).toBe('2024-07-01 08:00:09');
  });

  it.each([
    ['2024-07-01', '2024-07-01'],
    ['2024-06-30T16:00:00Z', '2024-07-01'],
    ['2024-06-30T15:59:59Z', '2024-06-30'],
  ])('the day of %s is %s', (value, text) => {
    expect(date(value)).toBe(text);
  });

  it('takes today from the Shanghai calendar, not the host time zone', () => {
    expect(todayInShanghai(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  });

  it('refuses what is not a point in time', () => {
    expect(() => dateTime('not a date')).toThrow(RangeError);
  });

  it.each([
    ['2024-07', '2024年7月'],
    ['2024-12', '2024年12月'],
  ])('the month %s reads %s', (value, text) => {
    expect(yearMonth(value)).toBe(text);
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => yearMonth('2024-7')).toThrow(RangeError);
  });
});

import { YearMonth } from './year-month';

const ym = (value: string): YearMonth => YearMonth.parse(value);

describe('YearMonth', () => {
  describe('parse / of / fromDate', () => {
    it.each(['2024-07', '0001-01', '9999-12'])('parses %s and prints it back', (value) => {
      expect(ym(value).toString()).toBe(value);
    });

    it.each(['2024-7', '2024-13', '2024-00', '2024-07-01', '202407', '', ' 2024-07', '0000-01'])('rejects %p', (value) => {
      expect(() => ym(value)).toThrow(RangeError);
      expect(YearMonth.isValid(value)).toBe(false);
    });

    it('builds from numbers and rejects out-of-range parts', () => {
      expect(YearMonth.of(2024, 7).toString()).toBe('2024-07');
      expect(() => YearMonth.of(2024, 0)).toThrow(RangeError);
      expect(() => YearMonth.of(2024, 1.5)).toThrow(RangeError);
    });

    it('takes the month of a date and rejects an impossible date', () => {
      expect(YearMonth.fromDate('2024-07-15').toString()).toBe('2024-07');
      expect(() => YearMonth.fromDate('2023-02-29')).toThrow(RangeError);
    });

    it('isValid rejects non-strings', () => {
      expect(YearMonth.isValid(202407)).toBe(false);
      expect(YearMonth.isValid(undefined)).toBe(false);
    });
  });

  describe('arithmetic', () => {
    it.each([
      ['2024-07', 1, '2024-08'],
      ['2024-12', 1, '2025-01'],
      ['2024-01', -1, '2023-12'],
      ['2024-07', 18, '2026-01'],
      ['2024-07', -19, '2022-12'],
      ['2024-07', 0, '2024-07'],
    ])('%s plus %i is %s', (from, n, to) => {
      expect(ym(from).plus(n).toString()).toBe(to);
    });

    it('next and previous cross year ends', () => {
      expect(ym('2024-12').next().toString()).toBe('2025-01');
      expect(ym('2025-01').previous().toString()).toBe('2024-12');
    });

    it('monthsUntil is signed', () => {
      expect(ym('2024-07').monthsUntil(ym('2024-09'))).toBe(2);
      expect(ym('2024-09').monthsUntil(ym('2024-07'))).toBe(-2);
      expect(ym('2023-11').monthsUntil(ym('2024-02'))).toBe(3);
    });

    it('range includes both ends and is empty when reversed', () => {
      expect(YearMonth.range(ym('2024-11'), ym('2025-02')).map(String)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
      expect(YearMonth.range(ym('2024-07'), ym('2024-07')).map(String)).toEqual(['2024-07']);
      expect(YearMonth.range(ym('2024-08'), ym('2024-07'))).toEqual([]);
    });

    it('refuses fractional steps', () => {
      expect(() => ym('2024-07').plus(0.5)).toThrow(RangeError);
    });
  });

  describe('comparison', () => {
    it.each([
      ['2024-06', '2024-07', -1],
      ['2024-07', '2024-07', 0],
      ['2025-01', '2024-12', 1],
    ])('%s vs %s -> %i', (a, b, expected) => {
      expect(ym(a).compare(ym(b))).toBe(expected);
      expect(ym(a).equals(ym(b))).toBe(expected === 0);
      expect(ym(a).isBefore(ym(b))).toBe(expected < 0);
      expect(ym(a).isAfter(ym(b))).toBe(expected > 0);
    });

    it('sorts with compare', () => {
      const sorted = [ym('2025-01'), ym('2023-12'), ym('2024-07')].sort((a, b) => a.compare(b));
      expect(sorted.map(String)).toEqual(['2023-12', '2024-07', '2025-01']);
    });
  });

  describe('days', () => {
    it.each([
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2023-02', '2023-02-01', '2023-02-28'],
      ['1900-02', '1900-02-01', '1900-02-28'],
      ['2000-02', '2000-02-01', '2000-02-29'],
      ['2024-04', '2024-04-01', '2024-04-30'],
      ['2024-12', '2024-12-01', '2024-12-31'],
    ])('%s runs from %s to %s', (month, first, last) => {
      expect(ym(month).firstDay()).toBe(first);
      expect(ym(month).lastDay()).toBe(last);
    });

    it('contains the dates of its month only', () => {
      expect(ym('2024-07').contains('2024-07-01')).toBe(true);
      expect(ym('2024-07').contains('2024-07-31')).toBe(true);
      expect(ym('2024-07').contains('2024-08-01')).toBe(false);
      expect(ym('2024-07').contains('2023-07-15')).toBe(false);
    });
  });

  it('is immutable and serialises as YYYY-MM', () => {
    const month = ym('2024-07');
    expect(Object.isFrozen(month)).toBe(true);
    expect(() => {
      (month as unknown as { month: number }).month = 8;
    }).toThrow(TypeError);
    expect(JSON.stringify({ month })).toBe('{"month":"2024-07"}');
  });
});

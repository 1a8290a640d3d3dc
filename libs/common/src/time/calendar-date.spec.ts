import { addDays, calendarDateParts, daysInMonth, isCalendarDate, isLeapYear } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['0000-01-01', false],
    ['2024-7-1', false],
    ['2024-07-01T00:00:00Z', false],
  ])('isCalendarDate(%s) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('gives the parts of a real date', () => {
    expect(calendarDateParts('2024-07-01')).toEqual({ year: 2024, month: 7, day: 1 });
    expect(isCalendarDate(20240701)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
  });

  it.each([
    ['2024-06-30', 1, '2024-07-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-07-01', 30, '2024-07-31'],
    ['0050-01-01', 1, '0050-01-02'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

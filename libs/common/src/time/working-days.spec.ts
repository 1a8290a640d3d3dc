import { toProblem } from '../http/problem-mapping';
import { PolicyPeriods } from '../policy/policy-periods';
import { PolicyValueError } from '../policy/value-in-force';
import { holidayCalendarSchema, isWorkingDay, lastDayOfPeriod, mergeHolidayCalendars, nthWorkingDay, onOrNextWorkingDay, type HolidayCalendar } from './working-days';

// The State Council's 2024 National Day and Mid-Autumn arrangement (part of the seeded year).
const CAL_2024: HolidayCalendar = {
  holidays: ['2024-09-15', '2024-09-16', '2024-09-17', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workdays: ['2024-09-14', '2024-09-29', '2024-10-12'],
};
const CAL_2025: HolidayCalendar = { holidays: ['2025-01-01'], workdays: ['2025-01-26'] };
const NONE: HolidayCalendar = { holidays: [], workdays: [] };

describe('isWorkingDay', () => {
  it.each([
    ['an ordinary Monday', '2024-09-09', true],
    ['an ordinary Saturday', '2024-09-07', false],
    ['an ordinary Sunday', '2024-09-08', false],
    ['a holiday on a weekday', '2024-10-01', false],
    ['a holiday on a weekend day', '2024-10-05', false],
    ['a make-up Sunday', '2024-09-29', true],
    ['a make-up Saturday', '2024-10-12', true],
  ])('%s (%s) -> %s', (_label, date, expected) => {
    expect(isWorkingDay(date, CAL_2024)).toBe(expected);
  });

  it('falls back to Monday-Friday for a year the calendar does not cover', () => {
    expect(isWorkingDay('2026-10-01', CAL_2024)).toBe(true); // a Thursday
    expect(isWorkingDay('2026-10-03', CAL_2024)).toBe(false); // a Saturday
  });
});

describe('onOrNextWorkingDay', () => {
  it.each([
    ['a working day stays', '2024-09-30', '2024-09-30'],
    ['National Day moves past the whole holiday', '2024-10-01', '2024-10-08'],
    ['the last holiday day moves to the day after', '2024-10-07', '2024-10-08'],
    ['a Saturday moves to Monday', '2024-09-07', '2024-09-09'],
    ['the day before a make-up Sunday moves to it', '2024-09-28', '2024-09-29'],
  ])('%s: %s -> %s', (_label, date, expected) => {
    expect(onOrNextWorkingDay(date, CAL_2024)).toBe(expected);
  });
});

describe('lastDayOfPeriod', () => {
  it('moves a 30-day period ending on National Day to the first working day after it', () => {
    expect(lastDayOfPeriod('2024-09-02', 30, CAL_2024)).toBe('2024-10-08');
  });

  it('keeps a last day that is a working day', () => {
    expect(lastDayOfPeriod('2024-08-01', 30, CAL_2024)).toBe('2024-08-30');
  });

  it('is the plain count without holidays, moved only off a weekend', () => {
    expect(lastDayOfPeriod('2024-09-02', 30, NONE)).toBe('2024-10-01');
    expect(lastDayOfPeriod('2024-09-01', 30, NONE)).toBe('2024-09-30');
  });

  it('crosses into a year of its own calendar', () => {
    const both = mergeHolidayCalendars([CAL_2024, CAL_2025]);
    expect(lastDayOfPeriod('2024-12-03', 30, both)).toBe('2025-01-02');
  });

  it('refuses a period of no days', () => {
    expect(() => lastDayOfPeriod('2024-09-02', 0, CAL_2024)).toThrow(RangeError);
  });
});

describe('nthWorkingDay', () => {
  it.each([
    ['7 working days from a Monday end on the next Tuesday', '2024-09-02', 7, '2024-09-10'],
    ['a weekend start counts from Monday', '2024-09-07', 1, '2024-09-09'],
    ['7 working days across National Day and its make-up days', '2024-09-26', 7, '2024-10-10'],
  ])('%s', (_label, first, count, expected) => {
    expect(nthWorkingDay(first, count, CAL_2024)).toBe(expected);
  });
});

describe('holidayCalendarSchema', () => {
  it('accepts a year and refuses an impossible date', () => {
    expect(holidayCalendarSchema.safeParse(CAL_2024).success).toBe(true);
    expect(holidayCalendarSchema.safeParse({ holidays: ['2024-02-30'], workdays: [] }).success).toBe(false);
    expect(holidayCalendarSchema.safeParse({ holidays: [] }).success).toBe(false);
  });
});

describe('public-holiday rows read through a catalogue', () => {
  const periods = (rows: Array<{ value: unknown; effectiveFrom: string }>) =>
    new PolicyPeriods('x.public-holidays', holidayCalendarSchema, rows.map((r) => ({ key: 'x.public-holidays', effectiveTo: null, ...r })));

  it('merges the years and answers 503 naming the key for a row of the wrong shape', () => {
    const merged = mergeHolidayCalendars(periods([{ value: CAL_2024, effectiveFrom: '2024-01-01' }, { value: CAL_2025, effectiveFrom: '2025-01-01' }]).all());
    expect(merged.holidays).toContain('2025-01-01');
    expect(merged.workdays).toContain('2024-10-12');
    const malformed = periods([{ value: { holidays: 'none' }, effectiveFrom: '2024-01-01' }]);
    expect(() => malformed.all()).toThrow(PolicyValueError);
    let thrown: unknown;
    try {
      malformed.all();
    } catch (err) {
      thrown = err;
    }
    expect(toProblem(thrown).body).toEqual(expect.objectContaining({ code: 'POLICY.STORED_VALUE_INVALID', status: 503, extensions: expect.objectContaining({ key: 'x.public-holidays' }) }));
  });
});

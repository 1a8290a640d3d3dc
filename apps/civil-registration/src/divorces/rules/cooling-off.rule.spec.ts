import type { HolidayCalendar } from '@app/common/time/working-days';
import { divorceDeadlines, divorcePhase, divorceState } from './cooling-off.rule';

const NO_HOLIDAYS: HolidayCalendar = { holidays: [], workdays: [] };
// Part of the State Council's 2024 calendar: National Day and Labour Day with their make-up days.
const CAL_2024: HolidayCalendar = {
  holidays: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workdays: ['2024-04-28', '2024-05-11', '2024-09-29', '2024-10-12'],
};

describe('divorceDeadlines', () => {
  it.each([
    ['mid-year, both last days working days', '2024-03-18', { coolingOffEndsOn: '2024-04-17', certificateDeadline: '2024-05-17' }],
    ['across February of a leap year', '2024-01-31', { coolingOffEndsOn: '2024-03-01', certificateDeadline: '2024-04-01' }],
    ['across the year end', '2024-12-15', { coolingOffEndsOn: '2025-01-14', certificateDeadline: '2025-02-13' }],
  ])('%s: applied %s', (_label, appliedOn, expected) => {
    expect(divorceDeadlines(appliedOn, 30, 30, CAL_2024)).toEqual(expected);
  });

  // Art. 203: a last day on a holiday or rest day moves to the next working day.
  it.each([
    ['day 60 on National Day: the deadline moves past the holiday', '2024-08-03', { coolingOffEndsOn: '2024-09-02', certificateDeadline: '2024-10-08' }],
    ['day 30 on a Sunday: cooling-off ends Monday, the window counts from there', '2024-03-01', { coolingOffEndsOn: '2024-04-01', certificateDeadline: '2024-05-06' }],
    ['day 60 on a make-up Saturday: a working day, nothing moves', '2024-03-12', { coolingOffEndsOn: '2024-04-11', certificateDeadline: '2024-05-11' }],
    ['day 30 on Labour Day: cooling-off ends after the holiday', '2024-04-01', { coolingOffEndsOn: '2024-05-06', certificateDeadline: '2024-06-05' }],
  ])('%s (applied %s)', (_label, appliedOn, expected) => {
    expect(divorceDeadlines(appliedOn, 30, 30, CAL_2024)).toEqual(expected);
  });

  it('moves only off weekends where the calendar has no holidays', () => {
    expect(divorceDeadlines('2024-08-03', 30, 30, NO_HOLIDAYS)).toEqual({ coolingOffEndsOn: '2024-09-02', certificateDeadline: '2024-10-02' });
  });

  it.each([0, -1, 1.5])('refuses a period of %s days', (days) => {
    expect(() => divorceDeadlines('2024-03-01', days, 30, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => divorceDeadlines('2024-03-01', 30, days, NO_HOLIDAYS)).toThrow(RangeError);
  });
});

describe('divorcePhase at the boundaries (applied 2024-03-18; day N = applied + N)', () => {
  const deadlines = divorceDeadlines('2024-03-18', 30, 30, CAL_2024);
  it.each([
    ['day 0 (receipt)', '2024-03-18', 'COOLING_OFF'],
    ['day 1', '2024-03-19', 'COOLING_OFF'],
    ['day 30: last day of cooling-off', '2024-04-17', 'COOLING_OFF'],
    ['day 31: first day for the certificate', '2024-04-18', 'CERTIFICATE_WINDOW'],
    ['day 60: last day for the certificate', '2024-05-17', 'CERTIFICATE_WINDOW'],
    ['day 61: too late', '2024-05-18', 'EXPIRED'],
  ])('%s (%s)', (_label, today, expected) => {
    expect(divorcePhase(deadlines, today)).toBe(expected);
  });
});

describe('divorceState', () => {
  const deadlines = divorceDeadlines('2024-03-18', 30, 30, CAL_2024);
  it.each([
    ['APPLIED', '2024-04-17', 'COOLING_OFF'],
    ['APPLIED', '2024-04-18', 'AWAITING_CERTIFICATE'],
    ['APPLIED', '2024-05-18', 'DEEMED_WITHDRAWN'],
    ['WITHDRAWN', '2024-03-20', 'WITHDRAWN'],
    ['REGISTERED', '2024-04-20', 'REGISTERED'],
    ['DEEMED_WITHDRAWN', '2024-05-19', 'DEEMED_WITHDRAWN'],
  ] as const)('%s on %s -> %s', (status, today, expected) => {
    expect(divorceState(status, deadlines, today)).toBe(expected);
  });
});

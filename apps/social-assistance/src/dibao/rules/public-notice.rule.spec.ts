import { YearMonth } from '@app/common/time/year-month';
import type { HolidayCalendar } from '@app/common/time/working-days';
import { approvalBlock, firstPaidMonth, publicNoticeEndsOn, publicNoticePeriodSchema, type PublicNoticePeriod } from './public-notice.rule';

// The State Council's 2024 calendar, the parts these rows touch: Dragon Boat Festival and National Day.
const calendar: HolidayCalendar = {
  holidays: ['2024-06-10', '2025-01-01', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'],
  workdays: ['2024-09-29', '2024-10-12'],
};
const calendarDays = (days: number): PublicNoticePeriod => ({ days, dayKind: 'CALENDAR' });
const workingDays = (days: number): PublicNoticePeriod => ({ days, dayKind: 'WORKING' });

describe('publicNoticeEndsOn (counted from the day after the notice is posted)', () => {
  it.each<[string, string, PublicNoticePeriod, string | null]>([
    ['7 calendar days from Monday 2024-06-17: the next Monday', '2024-06-17', calendarDays(7), '2024-06-24'],
    ['7 calendar days ending on the Dragon Boat holiday: the next working day', '2024-06-03', calendarDays(7), '2024-06-11'],
    ['7 calendar days ending in the National Day holiday: 2024-10-08', '2024-09-25', calendarDays(7), '2024-10-08'],
    ['7 working days from Friday 2024-06-14: the weekend is skipped', '2024-06-14', workingDays(7), '2024-06-25'],
    ['7 working days over National Day: the make-up Sunday counts, the holiday does not', '2024-09-25', workingDays(7), '2024-10-10'],
    ['7 working days from 2024-12-27: into the next year', '2024-12-27', workingDays(7), '2025-01-08'],
    ['0 days: no notice period', '2024-06-17', calendarDays(0), null],
  ])('%s', (_name, startedOn, period, expected) => {
    expect(publicNoticeEndsOn(startedOn, period, calendar)).toBe(expected);
  });
});

describe('approvalBlock', () => {
  it.each<[string, string, string | null, number, string | null]>([
    ['on the last day of the notice: not ended', '2024-06-24', '2024-06-24', 0, 'NOTICE_NOT_ENDED'],
    ['before it: not ended', '2024-06-20', '2024-06-24', 0, 'NOTICE_NOT_ENDED'],
    ['the day after: approvable', '2024-06-25', '2024-06-24', 0, null],
    ['no notice days: approvable the same day', '2024-06-17', null, 0, null],
    ['an objection not resolved: blocked', '2024-06-25', '2024-06-24', 1, 'OBJECTIONS_UNRESOLVED'],
    ['not ended comes first', '2024-06-24', '2024-06-24', 2, 'NOTICE_NOT_ENDED'],
  ])('%s', (_name, today, endsOn, unresolved, expected) => {
    expect(approvalBlock(today, endsOn, unresolved)).toBe(expected);
  });
});

describe('firstPaidMonth: eligibility and amount at approval are judged for it', () => {
  it.each<[string, string]>([
    ['2024-06-28', '2024-07'],
    ['2024-06-01', '2024-07'],
    ['2024-12-31', '2025-01'],
  ])('approved on %s: %s', (approvedOn, month) => {
    expect(firstPaidMonth(approvedOn)).toEqual(YearMonth.parse(month));
  });
});

describe('publicNoticePeriodSchema', () => {
  it.each<[unknown, boolean]>([
    [{ days: 7, dayKind: 'CALENDAR' }, true],
    [{ days: 7, dayKind: 'WORKING' }, true],
    [{ days: 0, dayKind: 'CALENDAR' }, true],
    [{ days: -1, dayKind: 'CALENDAR' }, false],
    [{ days: 7.5, dayKind: 'CALENDAR' }, false],
    [{ days: 7, dayKind: 'WEEKS' }, false],
    [{ days: 7 }, false],
  ])('%j valid: %s', (value, valid) => {
    expect(publicNoticePeriodSchema.safeParse(value).success).toBe(valid);
  });
});

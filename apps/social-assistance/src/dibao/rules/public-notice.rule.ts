// 低保 investigation and public notice (公示, DOMAIN §1): the proposed approval is posted in the
// village or community for N days, objections are recorded and resolved, and only then is the
// case approved. Eligibility and the amount at approval are judged for the first month to be paid.
// Pure: the period, the holiday calendar and today come in as parameters.
import { addDays } from '@app/common/time/calendar-date';
import { lastDayOfPeriod, nthWorkingDay, type HolidayCalendar } from '@app/common/time/working-days';
import { z } from 'zod';
import { paymentStartMonth } from '../../cases/rules/case-lifecycle.rule';

/** The value of `social-assistance.dibao.public-notice-period`: how many days, and which days count. */
export const publicNoticePeriodSchema = z.object({
  days: z.number().int().min(0),
  /** CALENDAR: every day, a last day on a holiday or rest day moving to the next working day (Civil Code art. 203); WORKING: working days only. */
  dayKind: z.enum(['CALENDAR', 'WORKING']),
});

export type PublicNoticePeriod = z.infer<typeof publicNoticePeriodSchema>;

/**
 * The last day of a notice posted on `startedOn`, counted from the next day (Civil Code art. 201),
 * or null when the period has no days.
 */
export function publicNoticeEndsOn(startedOn: string, period: PublicNoticePeriod, calendar: HolidayCalendar): string | null {
  if (period.days === 0) return null;
  const firstDay = addDays(startedOn, 1);
  return period.dayKind === 'WORKING' ? nthWorkingDay(firstDay, period.days, calendar) : lastDayOfPeriod(firstDay, period.days, calendar);
}

export type ApprovalBlock = 'NOTICE_NOT_ENDED' | 'OBJECTIONS_UNRESOLVED';

/** Why a case in public notice cannot be approved today: the notice runs through its last day, and every objection is resolved first. */
export function approvalBlock(today: string, noticeEndsOn: string | null, unresolvedObjections: number): ApprovalBlock | null {
  if (noticeEndsOn !== null && today <= noticeEndsOn) return 'NOTICE_NOT_ENDED';
  if (unresolvedObjections > 0) return 'OBJECTIONS_UNRESOLVED';
  return null;
}

/** Payment starts the month after approval [A]; eligibility and the amount are judged with that month's standard. */
export const firstPaidMonth = paymentStartMonth;

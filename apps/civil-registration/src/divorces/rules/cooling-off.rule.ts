// Divorce by agreement (Civil Code art. 1077): a cooling-off period starting the day after the
// application is received; then a window in which both parties must come for the certificate,
// else the application is deemed withdrawn. The lengths are policy values (30 and 30 days).
import { addDays } from '@app/common/time/calendar-date';
import { onOrNextWorkingDay, type HolidayCalendar } from '@app/common/time/working-days';

export interface DivorceDeadlines {
  /** Last day of the cooling-off period: either party may withdraw until then. */
  coolingOffEndsOn: string;
  /** Last day on which both parties may apply for the certificate. */
  certificateDeadline: string;
}

/**
 * Civil Code art. 1077: 30 days of cooling-off counted from the day after receipt, then 30 days
 * to apply for the certificate. Art. 203: a period whose last day is a statutory holiday or rest
 * day ends on the next working day, so both last days move; the certificate window is counted
 * from the (moved) end of cooling-off, because that is when the first period expired.
 */
export function divorceDeadlines(appliedOn: string, coolingOffDays: number, certificateWindowDays: number, calendar: HolidayCalendar): DivorceDeadlines {
  for (const [name, days] of [['coolingOffDays', coolingOffDays], ['certificateWindowDays', certificateWindowDays]] as const) {
    if (!Number.isInteger(days) || days < 1) throw new RangeError(`${name} must be a positive whole number, got ${days}`);
  }
  const coolingOffEndsOn = onOrNextWorkingDay(addDays(appliedOn, coolingOffDays), calendar);
  return { coolingOffEndsOn, certificateDeadline: onOrNextWorkingDay(addDays(coolingOffEndsOn, certificateWindowDays), calendar) };
}

export type DivorcePhase = 'COOLING_OFF' | 'CERTIFICATE_WINDOW' | 'EXPIRED';

/** Where an open application stands on `today`. */
export function divorcePhase(deadlines: DivorceDeadlines, today: string): DivorcePhase {
  if (today <= deadlines.coolingOffEndsOn) return 'COOLING_OFF';
  if (today <= deadlines.certificateDeadline) return 'CERTIFICATE_WINDOW';
  return 'EXPIRED';
}

export type DivorceStatus = 'APPLIED' | 'WITHDRAWN' | 'DEEMED_WITHDRAWN' | 'REGISTERED';
export type DivorceState = 'COOLING_OFF' | 'AWAITING_CERTIFICATE' | 'WITHDRAWN' | 'DEEMED_WITHDRAWN' | 'REGISTERED';

/**
 * The state shown to callers. An open application past its deadline is deemed withdrawn by law
 * even before the job has recorded it.
 */
export function divorceState(status: DivorceStatus, deadlines: DivorceDeadlines, today: string): DivorceState {
  if (status !== 'APPLIED') return status;
  const phase = divorcePhase(deadlines, today);
  if (phase === 'COOLING_OFF') return 'COOLING_OFF';
  return phase === 'CERTIFICATE_WINDOW' ? 'AWAITING_CERTIFICATE' : 'DEEMED_WITHDRAWN';
}

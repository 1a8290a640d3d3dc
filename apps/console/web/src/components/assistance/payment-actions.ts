// What a decider may do to a case being paid (暂停, 恢复, 终止) and the body of a stop. Pure.
import type { components } from '../../api/generated/social-assistance';

export type StopDto = components['schemas']['StopDto'];
export type StopReason = StopDto['reason'];

/**
 * The reasons a decider picks for a stop, most usual first. TRANSFERRED_TO_TEKUN and CHILD_ALLOWANCE
 * follow from other decisions (特困 approved, the child allowance granted), which stop the case themselves.
 */
export const MANUAL_STOP_REASONS: readonly StopReason[] = ['INCOME_ABOVE_STANDARD', 'ASSETS_ABOVE_LIMIT', 'MOVED_AWAY', 'REFUSED_REVIEW', 'FRAUD', 'IMPRISONED', 'VOLUNTARY', 'DECEASED'];

/** Whether the case is being paid or held: the only statuses a decider suspends, resumes or stops. */
export function paymentActionsFor(status: string): { suspend: boolean; resume: boolean; stop: boolean } {
  const paying = status === 'APPROVED' || status === 'ACTIVE';
  return { suspend: paying, resume: status === 'SUSPENDED', stop: paying || status === 'SUSPENDED' };
}

export interface StopValues {
  reason?: StopReason;
  /** The month picked (a dayjs value), or none. */
  fromMonth?: { format(pattern: string): string } | null;
}

/** The form -> the service's body: the month picked as 'YYYY-MM', or none (the service stops from next month). */
export function stopRequest(values: StopValues): StopDto {
  if (!values.reason) throw new RangeError('reason is missing');
  return values.fromMonth ? { reason: values.reason, fromMonth: values.fromMonth.format('YYYY-MM') } : { reason: values.reason };
}

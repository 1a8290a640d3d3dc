// Risk tiers and visit due dates (DOMAIN §5 risk ledger). Pure: the dates are parameters.
import { addDays } from '@app/common/time/calendar-date';
import type { RiskTier } from '@app/contracts';

export const RISK_TIERS: readonly RiskTier[] = ['RED', 'ORANGE', 'GREEN'];

/** Policy `child-welfare.visit-interval-days`: days between visits per tier (city: 7/30/90). */
export type VisitIntervals = Record<RiskTier, number>;

export const VISIT_INTERVAL_POLICY_KEY = 'child-welfare.visit-interval-days';

const SEVERITY: Record<RiskTier, number> = { GREEN: 0, ORANGE: 1, RED: 2 };

/** The higher of two tiers (RED > ORANGE > GREEN). */
export function atLeast(current: RiskTier, floor: RiskTier): RiskTier {
  return SEVERITY[current] >= SEVERITY[floor] ? current : floor;
}

/**
 * The next visit is due one interval of the current tier after the later of the last visit and
 * the last rating: a raised tier shortens the wait from the day it was raised.
 */
export function nextVisitDue(tier: RiskTier, ratedOn: string, lastVisitOn: string | null, intervals: VisitIntervals): string {
  const anchor = lastVisitOn !== null && lastVisitOn > ratedOn ? lastVisitOn : ratedOn;
  return addDays(anchor, intervals[tier]);
}

/** Overdue once the due day has passed without a visit. */
export function isOverdue(dueOn: string, today: string): boolean {
  return dueOn < today;
}

export function parseVisitIntervals(value: unknown): VisitIntervals {
  const v = value as Partial<Record<RiskTier, unknown>> | null;
  for (const tier of RISK_TIERS) {
    const days = v?.[tier];
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      throw new RangeError(`${VISIT_INTERVAL_POLICY_KEY} needs a positive whole number of days for ${tier}`);
    }
  }
  return { RED: v!.RED as number, ORANGE: v!.ORANGE as number, GREEN: v!.GREEN as number };
}

// A "物质+服务" service plan (DOMAIN §3): the services a provider brings a person, so many visits a
// month, for a period that lies within the pilot (the period of the programme budget in force).
export const CASH_PLUS_SERVICES = ['CLEANING', 'CARE', 'COMPANY', 'ERRANDS'] as const;
export type CashPlusService = (typeof CASH_PLUS_SERVICES)[number];

/** Chinese names, where people read them (the console, the audit). */
export const CASH_PLUS_SERVICE_LABELS: Record<CashPlusService, string> = { CLEANING: '清洁', CARE: '照料', COMPANY: '陪伴', ERRANDS: '代办' };

export interface Period {
  from: string;
  /** Null: open-ended. */
  to: string | null;
}

export type PlanProblem = { code: 'PERIOD_REVERSED'; field: 'toDate' } | { code: 'OUTSIDE_PILOT'; field: 'fromDate' | 'toDate' } | { code: 'SERVICE_NOT_OFFERED'; field: 'services' };

/**
 * Why a plan cannot be made: its period runs backwards or leaves the pilot, or it asks for a
 * service the provider does not offer. `pilot` is null when no pilot is in force on `from`.
 */
export function planProblem(plan: { from: string; to: string; services: readonly string[] }, pilot: Period | null, offered: readonly string[]): PlanProblem | null {
  if (plan.to < plan.from) return { code: 'PERIOD_REVERSED', field: 'toDate' };
  if (pilot === null || plan.from < pilot.from) return { code: 'OUTSIDE_PILOT', field: 'fromDate' };
  if (pilot.to !== null && plan.to > pilot.to) return { code: 'OUTSIDE_PILOT', field: 'toDate' };
  if (plan.services.some((s) => !offered.includes(s))) return { code: 'SERVICE_NOT_OFFERED', field: 'services' };
  return null;
}

/** Two periods share a day (a person has one plan at a time). */
export function periodsOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

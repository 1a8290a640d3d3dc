// Where a click on the dashboard leads: the existing list screen of what was clicked, with its
// filters in the URL (the ledger by tier and division, 工作台's list, the month's 发放名册). Pure.
import { PATHS } from '../../app/paths';

/** The ledger (儿童台账) of a tier, narrowed to the township or village the dashboard shows. */
export function ledgerPath(division: string | undefined, tier?: string): string {
  const search = new URLSearchParams();
  if (division?.length === 9) search.set('township', division);
  if (division?.length === 12) search.set('village', division);
  if (tier) search.set('tier', tier);
  const query = search.toString();
  return query ? `${PATHS.children}?${query}` : PATHS.children;
}

/** A month's bar of a programme: elderly care's 发放名册 or 助餐结算 of that month, the children's ledger; else nowhere. */
export function seriesPath(programme: string, month: string, division: string | undefined): string | null {
  if (programme === 'HIGH_AGE' || programme === 'SERVICE_SUBSIDY') return `${PATHS.payroll}?month=${month}`;
  if (programme === 'CHILD_LEDGER' || programme === 'CHILD_ALLOWANCE') return ledgerPath(division);
  if (programme === 'CANTEEN') return `${PATHS.canteenSettlements}?month=${month}`;
  return null;
}

const WORK_LISTS: Readonly<Record<string, string>> = {
  AWAITING_INVESTIGATION: 'investigation',
  AWAITING_APPROVAL: 'approval',
  REVIEWS_DUE: 'reviews',
  SCHOOL_RECHECKS_DUE: 'school',
};

/** The work list a waiting-work figure counts, due as of the day the service counted it. */
export function workPath(key: string, asOf: string): string | null {
  if (key === 'OVERDUE_VISITS') return PATHS.overdueVisits;
  if (key === 'SETTLEMENTS_OPEN') return PATHS.canteenSettlements;
  const list = WORK_LISTS[key];
  if (!list) return null;
  const search = new URLSearchParams({ list });
  if (key === 'REVIEWS_DUE' || key === 'SCHOOL_RECHECKS_DUE') search.set('asOf', asOf);
  return `${PATHS.worklists}?${search.toString()}`;
}

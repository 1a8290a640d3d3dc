// Monthly payroll of high-age allowances and service subsidies (DOMAIN §4, §8). Pure: no clock, no I/O.
import type { PolicyPeriods } from '@app/common/policy/policy-periods';
import { YearMonth } from '@app/common/time/year-month';
import type { AllowanceKind } from '@app/contracts/elderly-care/allowance';
import { tierAmountForMonth, type HighAgeTiersPolicy } from '../../allowances/rules/high-age-allowance.rule';

export interface PayableAllowance {
  id: string;
  residentId: string;
  kind: AllowanceKind;
  tier: string;
  fromMonth: string;
  /** First month no longer paid, or null while open. */
  stopFromMonth: string | null;
}

/** What the payroll already holds for one allowance and month. */
export interface PaidMonth {
  hasRegular: boolean;
  /** Regular line plus arrears lines, in fen. */
  paidFen: number;
}

export interface PayrollLine {
  allowanceId: string;
  residentId: string;
  kind: AllowanceKind;
  month: string;
  lineType: 'REGULAR' | 'ARREARS';
  amountFen: number;
  /** The month's figure an arrears line brings the month up to (null for a regular line). */
  dueFen: number | null;
}

export interface MissingFigure {
  kind: AllowanceKind;
  tier: string;
  month: string;
}

/** The figure of a month, or null when no figure is in force for it. */
export type MonthlyDue = (kind: AllowanceKind, tier: string, month: YearMonth) => number | null;

/**
 * The amount of a month is the figure in force that month (a raise reaches every recipient):
 * the tier's amount for the high-age allowance, the subsidy amount for the service subsidy.
 */
export function monthlyDueFrom(tiers: PolicyPeriods<HighAgeTiersPolicy>, subsidy: PolicyPeriods<number>): MonthlyDue {
  return (kind, tier, month) => (kind === 'SERVICE_SUBSIDY' ? subsidy.findForMonth(month) : tierAmountForMonth(tiers, tier, month));
}

/** The first month a run for `runMonth` looks at: unpaid back months and arrears reach no further. */
export function windowStart(runMonth: YearMonth, lookBackMonths: number): YearMonth {
  return runMonth.plus(-lookBackMonths);
}

/**
 * The lines a payroll run for `runMonth` adds: a regular line for every month of the window
 * (`lookBackMonths` back, up to the run month) that an allowance covers and that has none yet
 * (late grants are paid for their back months), and an arrears line (补发) for a month already
 * paid below the figure now in force for it. A month paid at or above its figure adds nothing,
 * so a rerun adds nothing.
 */
export function payrollLines(
  runMonth: YearMonth,
  lookBackMonths: number,
  allowances: ReadonlyArray<PayableAllowance>,
  paid: ReadonlyMap<string, PaidMonth>,
  due: MonthlyDue,
): { lines: PayrollLine[]; missing: MissingFigure[] } {
  const lines: PayrollLine[] = [];
  const missing: MissingFigure[] = [];
  const first = windowStart(runMonth, lookBackMonths);
  for (const a of allowances) {
    const from = YearMonth.parse(a.fromMonth);
    const start = from.isAfter(first) ? from : first;
    const stop = a.stopFromMonth ? YearMonth.parse(a.stopFromMonth) : null;
    const last = stop && !stop.isAfter(runMonth) ? stop.previous() : runMonth;
    for (const month of YearMonth.range(start, last)) {
      const fen = due(a.kind, a.tier, month);
      if (fen === null) {
        missing.push({ kind: a.kind, tier: a.tier, month: month.toString() });
        continue;
      }
      const held = paid.get(paidKey(a.id, month.toString()));
      const base = { allowanceId: a.id, residentId: a.residentId, kind: a.kind, month: month.toString() };
      if (!held?.hasRegular) lines.push({ ...base, lineType: 'REGULAR', amountFen: fen, dueFen: null });
      else if (fen > held.paidFen) lines.push({ ...base, lineType: 'ARREARS', amountFen: fen - held.paidFen, dueFen: fen });
    }
  }
  return { lines, missing };
}

export function paidKey(allowanceId: string, month: string): string {
  return `${allowanceId}|${month}`;
}

// 补发 arrears of the child allowance (DOMAIN §1, §5): a raise entered after months were paid
// (1340 -> 1350 yuan from 2024-07, entered in August after July was paid) pays, for each month
// already paid, the figure now in force for that month minus everything paid for it so far
// (the regular line and earlier arrears), so every shortfall is paid once. Pure: the figures
// are a parameter.
import type { Fen } from '@app/common/money/fen';
import { YearMonth } from '@app/common/time/year-month';
import type { CareForm } from './child-allowance.rule';

/** A month with a regular line: its care form and everything paid for it (regular + arrears). */
export interface PaidMonth {
  month: string;
  careForm: CareForm;
  paidFen: Fen;
}

export interface ArrearsLine {
  month: string;
  careForm: CareForm;
  amountFen: Fen;
}

/**
 * Shortfalls of months up to the payroll month (later months are their own run's business),
 * oldest first. Positive differences only: a lowered figure never claws back through arrears.
 */
export function allowanceArrears(paid: readonly PaidMonth[], payrollMonth: YearMonth, entitledFen: (careForm: CareForm, month: YearMonth) => Fen): ArrearsLine[] {
  return paid
    .filter((p) => !YearMonth.parse(p.month).isAfter(payrollMonth))
    .map((p) => ({ month: p.month, careForm: p.careForm, amountFen: entitledFen(p.careForm, YearMonth.parse(p.month)) - p.paidFen }))
    .filter((a) => a.amountFen > 0)
    .sort((a, b) => a.month.localeCompare(b.month));
}

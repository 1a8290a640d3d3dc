// 渐退期 gradual exit (DOMAIN §1 [P]): a household whose income rises above the standard through
// work keeps its payment for up to N months [A: 6] before it stops; any other rise above the
// standard stops payment from the next month.
import type { YearMonth } from '@app/common/time/year-month';

export type IncomeChangeDecision = 'CONTINUE' | 'GRADUAL_EXIT' | 'STOP';

export function incomeChangeDecision(f: { eligibleAfter: boolean; throughWork: boolean }): IncomeChangeDecision {
  if (f.eligibleAfter) return 'CONTINUE';
  return f.throughWork ? 'GRADUAL_EXIT' : 'STOP';
}

/** The last month paid in gradual exit: `months` months starting with `firstMonth`. */
export function gradualExitUntil(firstMonth: YearMonth, months: number): YearMonth {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  return firstMonth.plus(months - 1);
}

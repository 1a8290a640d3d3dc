// Overpayment after a death (DOMAIN §0, §8): what was paid for months from the stop month on,
// beyond what the household is still entitled to for those months, is a receivable.
import { sumFen, type Fen } from '@app/common/money/fen';
import { YearMonth } from '@app/common/time/year-month';

export interface PaidLine {
  month: string;
  amountFen: Fen;
}

export interface Overpaid {
  months: string[];
  amountFen: Fen;
}

/**
 * `entitledFen(month)` is the recomputed entitlement for that month (0 once the enrollment
 * stopped altogether). Only months paid above it count.
 */
export function overpaidLines(lines: readonly PaidLine[], stopFrom: YearMonth, entitledFen: (month: YearMonth) => Fen): Overpaid | null {
  const excess = lines
    .filter((line) => !YearMonth.parse(line.month).isBefore(stopFrom))
    .map((line) => ({ month: line.month, excess: line.amountFen - entitledFen(YearMonth.parse(line.month)) }))
    .filter((line) => line.excess > 0)
    .sort((a, b) => a.month.localeCompare(b.month));
  if (excess.length === 0) return null;
  return { months: excess.map((l) => l.month), amountFen: sumFen(excess.map((l) => l.excess)) };
}

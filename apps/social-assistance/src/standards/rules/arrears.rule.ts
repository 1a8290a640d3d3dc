// 补发 arrears after a standard is raised (DOMAIN §1): for each month already paid, what the case is
// entitled to now minus what was paid for that month (regular and earlier arrears lines).
import type { Fen } from '@app/common/money/fen';

export interface MonthAmount {
  month: string;
  amountFen: Fen;
}

/** Positive differences only; a lowered standard never claws back through arrears. */
export function arrearsFor(paid: readonly MonthAmount[], entitledFen: (month: string) => Fen): MonthAmount[] {
  return paid
    .map((p) => ({ month: p.month, amountFen: entitledFen(p.month) - p.amountFen }))
    .filter((a) => a.amountFen > 0)
    .sort((a, b) => a.month.localeCompare(b.month));
}

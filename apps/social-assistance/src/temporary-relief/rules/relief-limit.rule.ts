// 临时救助 temporary relief (DOMAIN §3): a one-off grant bounded by a multiple of the 低保 standard.
import { roundHalfUpToFen, type Fen } from '@app/common/money/fen';

/** The largest grant: months × the monthly standard, rounded half-up to the fen. */
export function maxReliefFen(monthlyStandard: number, monthsOfStandard: number): Fen {
  return roundHalfUpToFen(monthlyStandard * monthsOfStandard);
}

export function reliefProblem(amountFen: Fen, maxFen: Fen): 'AMOUNT_NOT_POSITIVE' | 'AMOUNT_ABOVE_LIMIT' | null {
  if (amountFen <= 0) return 'AMOUNT_NOT_POSITIVE';
  return amountFen > maxFen ? 'AMOUNT_ABOVE_LIMIT' : null;
}

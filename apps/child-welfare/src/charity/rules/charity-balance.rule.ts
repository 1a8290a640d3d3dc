// A charity fund's balance (慈善资金): donations in, grants to children out. It never goes below
// zero: a grant larger than the balance is refused whole, never paid in part. Pure.

export interface InsufficientBalance {
  code: 'CHARITY.INSUFFICIENT_BALANCE';
  field: 'amountFen';
  balanceFen: number;
  message: string;
}

/** The refusal of a grant of `amountFen` from a fund holding `balanceFen`, or null when it fits. */
export function grantRefusal(balanceFen: number, amountFen: number): InsufficientBalance | null {
  if (!Number.isSafeInteger(balanceFen) || !Number.isSafeInteger(amountFen) || amountFen <= 0) throw new RangeError('balance and amount must be whole fen, the amount positive');
  if (amountFen <= balanceFen) return null;
  return { code: 'CHARITY.INSUFFICIENT_BALANCE', field: 'amountFen', balanceFen, message: `the fund holds ${balanceFen} fen, less than the ${amountFen} fen asked` };
}

/** Balance on a day: every donation received and every grant made up to it. */
export function balanceOn(day: string, donations: readonly { receivedOn: string; amountFen: number }[], grants: readonly { grantedOn: string; amountFen: number }[]): number {
  const received = donations.filter((d) => d.receivedOn <= day).reduce((n, d) => n + d.amountFen, 0);
  const granted = grants.filter((g) => g.grantedOn <= day).reduce((n, g) => n + g.amountFen, 0);
  return received - granted;
}

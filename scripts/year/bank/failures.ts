// Which payments of a month the banks return FAILED: the year plans, per month, how many payees'
// accounts turn out closed, unknown, frozen or in another name, and a list of candidates in a
// seeded order; the bank fails the first of them whose account it finds in the month's files, every
// line into that account (the month's own, arrears, a line held from an earlier month alike). A
// candidate has never failed before, so none of their lines is a re-issue (a re-issue that failed
// again would not be re-issued: libs/common/src/payables/rules/reissue.rule.ts). The same files and
// candidates give the same choice, so the account corrections later in the month find the same
// payees. Pure.
import type { FileLine } from './disbursement-file';
import type { FailureReason, ReturnEntry } from './return-file';

export interface FailureCandidate {
  residentId: string;
  reason: FailureReason;
}

export interface ChosenFailure extends FailureCandidate {
  accountNumber: string;
}

/** Up to `count` candidates, in their order, whose account (`accountOf`) the month's files pay. */
export function chooseFailures(
  lines: readonly FileLine[],
  candidates: readonly FailureCandidate[],
  count: number,
  accountOf: (residentId: string) => string | null,
): ChosenFailure[] {
  const paid = new Set(lines.map((l) => l.accountNumber));
  const chosen: ChosenFailure[] = [];
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    const accountNumber = accountOf(candidate.residentId);
    if (accountNumber !== null && paid.has(accountNumber)) chosen.push({ ...candidate, accountNumber });
  }
  return chosen;
}

/** A file's lines as the bank answers them: every line paid, but those into a failed account. */
export function returnEntries(lines: readonly FileLine[], failures: readonly ChosenFailure[]): ReturnEntry[] {
  const failed = new Map(failures.map((f) => [f.accountNumber, f.reason]));
  return lines.map((l) => {
    const reason = failed.get(l.accountNumber);
    return reason ? { reference: l.reference, status: 'FAILED', amountFen: l.amountFen, reason } : { reference: l.reference, status: 'PAID', amountFen: l.amountFen };
  });
}

// Problems the programme registers (study grants, staff, volunteers, charity) answer alike.
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { canAccessDivision, type AccessMode } from './access/rules/division-access.rule';
import { dateProblem } from './help/rules/help-dates.rule';

/** The problem codes of a date check, spelled out so every code can be found in the source. */
export interface DateCodes {
  inFuture: string;
  tooEarly?: string;
}

/** 422 with the area's code for a day in the future (or before `notBefore`), on the field at fault. */
export function refuseDate(codes: DateCodes, field: string, date: string, today: string, notBefore?: { date: string; what: string }): void {
  const problem = dateProblem(field, date, today, notBefore);
  if (!problem) return;
  const code = problem.code === 'DATE_TOO_EARLY' && codes.tooEarly ? codes.tooEarly : codes.inFuture;
  throw new ProblemException({ status: 422, code, detail: problem.message, errors: [{ field: problem.field, code: problem.code, message: problem.message }] });
}

/** 403 CHILD.OUT_OF_DIVISION when the record's village or township is not the caller's. */
export function assertDivisionAccess(principal: Principal, divisionCode: string, mode: AccessMode = 'write'): void {
  if (!canAccessDivision(principal, divisionCode, mode)) {
    throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: `${divisionCode} is outside your village, township or division` });
  }
}

/** PostgreSQL unique_violation: the loser of a race on a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

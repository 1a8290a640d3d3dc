// One person, one guarantee (DOMAIN §1): the checks called where someone becomes covered or joins
// a household, and the claim itself. A person's open enrollment (stop_from_month null) is their
// coverage claim; the unique index "enrollment_one_open_per_person" lets only one exist, so of two
// concurrent approvals naming the same person the second finds the first's claim and is refused.
import { ProblemException } from '@app/common/http/problem';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import type { YearMonth } from '@app/common/time/year-month';
import type { EntityManager } from 'typeorm';
import type { Enrollment } from '../cases/assistance-case.entity';
import { firstCoverageConflict, type Coverage, type CoverageConflict } from './rules/one-guarantee.rule';

/** The coverages (open, or stopped from a later month than `month`) of the given people. */
export async function coveragesOf(manager: EntityManager, residentIds: readonly string[], month: YearMonth): Promise<Coverage[]> {
  if (residentIds.length === 0) return [];
  return manager.query(
    `SELECT resident_id AS "residentId", case_id AS "caseId", program, household_id AS "householdId", stop_from_month AS "stopFromMonth"
     FROM enrollment WHERE resident_id = ANY ($1) AND (stop_from_month IS NULL OR stop_from_month > $2) ORDER BY start_month, id`,
    [residentIds.map((id) => id.toUpperCase()), month.toString()],
  );
}

export interface CoverageRefusal {
  /** `AREA.MEMBER_ALREADY_COVERED`'s area: HOUSEHOLD, DIBAO or TEKUN. */
  area: string;
  /** The request field naming the listed person at `index`; none when the request names nobody (an approval). */
  field?: (index: number) => string;
}

export function alreadyCovered(conflict: CoverageConflict, refusal: CoverageRefusal): ProblemException {
  const { coverage } = conflict;
  return new ProblemException({
    status: 409,
    code: `${refusal.area}.MEMBER_ALREADY_COVERED`,
    detail: `A person is already covered by an open ${coverage.program === 'DIBAO' ? '低保' : '特困'} case (one person, one guarantee).`,
    ...(refusal.field ? { errors: [{ field: refusal.field(conflict.index), code: 'memberAlreadyCovered', message: `covered by case ${coverage.caseId}` }] } : {}),
    extensions: { coveringCaseId: coverage.caseId, coveringProgram: coverage.program, residentId: maskResidentId(conflict.residentId) },
  });
}

/**
 * Refuses (409) when one of `residentIds` is covered in `month` by an open case. Called before a
 * household is registered, a member joins, a 低保 application is taken or approved.
 */
export async function assertNotCovered(
  manager: EntityManager,
  residentIds: readonly string[],
  month: YearMonth,
  refusal: CoverageRefusal,
  options: { transferFromDibao?: boolean } = {},
): Promise<void> {
  const conflict = firstCoverageConflict(residentIds, await coveragesOf(manager, residentIds, month), month.toString(), options);
  if (conflict) throw alreadyCovered(conflict, refusal);
}

type NewEnrollment = Pick<Enrollment, 'caseId' | 'householdId' | 'residentId' | 'program' | 'startMonth'>;

/**
 * Inserts the enrollments as the people's coverage claims. A person already claimed (also by a
 * transaction that committed meanwhile) refuses the whole change with the covering case.
 */
export async function claimCoverage(manager: EntityManager, rows: readonly NewEnrollment[], month: YearMonth): Promise<Enrollment[]> {
  if (rows.length === 0) return [];
  const inserted: Array<Enrollment> = await manager.query(
    `INSERT INTO enrollment (case_id, household_id, resident_id, program, start_month)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::char(7)[])
     ON CONFLICT (resident_id) WHERE stop_from_month IS NULL DO NOTHING
     RETURNING id, case_id AS "caseId", household_id AS "householdId", resident_id AS "residentId", program, start_month AS "startMonth", stop_from_month AS "stopFromMonth", stop_reason AS "stopReason"`,
    [rows.map((r) => r.caseId), rows.map((r) => r.householdId), rows.map((r) => r.residentId), rows.map((r) => r.program), rows.map((r) => r.startMonth)],
  );
  if (inserted.length < rows.length) {
    const taken = rows.map((r) => r.residentId).filter((id) => !inserted.some((e) => e.residentId === id));
    const conflict = firstCoverageConflict(taken, await coveragesOf(manager, taken, month), month.toString());
    if (conflict) throw alreadyCovered(conflict, { area: rows[0].program });
    throw new ProblemException({ status: 409, code: `${rows[0].program}.MEMBER_ALREADY_COVERED`, detail: 'A person is already covered by an open case (one person, one guarantee).' });
  }
  // In the order asked for.
  return rows.map((r) => inserted.find((e) => e.residentId === r.residentId)!);
}

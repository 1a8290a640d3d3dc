// The work lists of cases falling due (低保 reviews, 特困 school re-checks): one query shape, a
// due-date column each, always within the caller's division and in due order.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import type { PageWindow } from '@app/common/http/page-query.dto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { AssistanceCase } from './assistance-case.entity';

export interface CasesDue {
  program: 'DIBAO' | 'TEKUN';
  statuses: readonly string[];
  /** The date column that makes the case due. */
  dueColumn: 'review_due_on' | 'school_recheck_due_on';
  asOf: string;
}

/** Cases still open: approved, paid or suspended. */
const OPEN = ['APPROVED', 'ACTIVE', 'SUSPENDED'] as const;
/** 低保 reviews (DOMAIN §1) and 特困 school re-checks (§2), as their services list them. */
export const REVIEWS_DUE: Omit<CasesDue, 'asOf'> = { program: 'DIBAO', statuses: OPEN, dueColumn: 'review_due_on' };
export const SCHOOL_RECHECKS_DUE: Omit<CasesDue, 'asOf'> = { program: 'TEKUN', statuses: OPEN, dueColumn: 'school_recheck_due_on' };

function dueWithinDivision(manager: EntityManager, due: CasesDue, principal: Principal): SelectQueryBuilder<AssistanceCase> {
  return manager
    .createQueryBuilder(AssistanceCase, 'c')
    .innerJoin('household', 'h', 'h.id = c.household_id')
    .where(`c.program = :program AND c.status IN (:...statuses) AND c.${due.dueColumn} <= :asOf AND h.region_code LIKE :prefix`, {
      program: due.program,
      statuses: due.statuses,
      asOf: due.asOf,
      prefix: `${divisionPrefix(principal.division)}%`,
    });
}

/** One page of the cases due, the longest overdue first, and how many are due in all. */
export async function casesDuePage(manager: EntityManager, due: CasesDue, principal: Principal, window: PageWindow): Promise<{ cases: AssistanceCase[]; total: number }> {
  const [cases, total] = await Promise.all([
    dueWithinDivision(manager, due, principal).orderBy(`c.${due.dueColumn}`).addOrderBy('c.id').offset(window.offset).limit(window.limit).getMany(),
    dueWithinDivision(manager, due, principal).getCount(),
  ]);
  return { cases, total };
}

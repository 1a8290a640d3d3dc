// The work lists of cases falling due (低保 reviews, 特困 school re-checks): one query shape, a
// due-date column each, always within the caller's division and in due order.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import type { EntityManager } from 'typeorm';
import { AssistanceCase } from './assistance-case.entity';
import { toCaseResponse } from './case-transition';
import type { CaseResponse } from './dto/case.dto';

export interface CasesDue {
  program: 'DIBAO' | 'TEKUN';
  statuses: readonly string[];
  /** The date column that makes the case due. */
  dueColumn: 'review_due_on' | 'school_recheck_due_on';
  asOf: string;
}

/** At most 1,000 cases, the longest overdue first. */
export async function casesDue(manager: EntityManager, due: CasesDue, principal: Principal): Promise<CaseResponse[]> {
  const cases = await manager
    .createQueryBuilder(AssistanceCase, 'c')
    .innerJoin('household', 'h', 'h.id = c.household_id')
    .where(`c.program = :program AND c.status IN (:...statuses) AND c.${due.dueColumn} <= :asOf AND h.region_code LIKE :prefix`, {
      program: due.program,
      statuses: due.statuses,
      asOf: due.asOf,
      prefix: `${divisionPrefix(principal.division)}%`,
    })
    .orderBy(`c.${due.dueColumn}`)
    .addOrderBy('c.id')
    .limit(1000)
    .getMany();
  return cases.map((c) => toCaseResponse(c));
}

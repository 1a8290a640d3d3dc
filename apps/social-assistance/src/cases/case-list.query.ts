// The caseworkers' case list (GET /api/v1/cases): filtered, paged, within the caller's division,
// by the household's residence like every list of the service.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AssistanceCase } from './assistance-case.entity';
import { toCaseWorkItems } from './case-work-items';
import type { CaseSearchDto, CaseWorkItem } from './dto/case-list.dto';
import type { WorkStage } from './rules/work-stage.rule';

// The SQL of rules/work-stage.ts (a notice has ended when its last day is before today, or it had
// no days); the int-spec holds them together through the item's computed `stage`.
const NOTICE_RUNNING = `c.notice_ends_on IS NOT NULL AND c.notice_ends_on >= :today`;
export const STAGE_WHERE: Record<WorkStage, string> = {
  AWAITING_INVESTIGATION: `c.program = 'DIBAO' AND c.status = 'APPLIED'`,
  IN_PUBLIC_NOTICE: `c.program = 'DIBAO' AND c.status = 'IN_PUBLIC_NOTICE' AND ${NOTICE_RUNNING}`,
  AWAITING_APPROVAL: `((c.program = 'DIBAO' AND c.status = 'IN_PUBLIC_NOTICE' AND NOT (${NOTICE_RUNNING})) OR (c.program = 'TEKUN' AND c.status = 'APPLIED'))`,
};
/** In a stage, who has waited longest comes first: since the application, the notice's end, or its posting. */
const WAITING_SINCE: Record<WorkStage, string> = {
  AWAITING_INVESTIGATION: 'c.applied_on',
  IN_PUBLIC_NOTICE: 'c.notice_ends_on',
  AWAITING_APPROVAL: 'COALESCE(c.notice_ends_on, c.notice_started_on, c.applied_on)',
};

@Injectable()
export class CaseListQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Without a stage, the newest applications first. */
  async list(query: CaseSearchDto, principal: Principal): Promise<Page<CaseWorkItem>> {
    const today = this.clock.today();
    const { offset, limit } = pageWindow(query);
    const rows = this.filtered(query, principal, today);
    if (query.stage) rows.orderBy(WAITING_SINCE[query.stage], 'ASC');
    else rows.orderBy('c.applied_on', 'DESC');
    const [cases, total] = await Promise.all([rows.addOrderBy('c.id').offset(offset).limit(limit).getMany(), this.filtered(query, principal, today).getCount()]);
    return pageOf(await toCaseWorkItems(this.dataSource.manager, cases, today), total, query);
  }

  private filtered(query: CaseSearchDto, principal: Principal, today: string): SelectQueryBuilder<AssistanceCase> {
    const qb = this.dataSource.manager
      .createQueryBuilder(AssistanceCase, 'c')
      .innerJoin('household', 'h', 'h.id = c.household_id')
      .where('h.region_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%`, today });
    if (query.program) qb.andWhere('c.program = :program', { program: query.program });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.stage) qb.andWhere(STAGE_WHERE[query.stage]);
    if (query.householdId) qb.andWhere('c.household_id = :householdId', { householdId: query.householdId });
    if (query.residentId) {
      // A household's 低保 covers its members; a 特困 or 单人户 case covers its one person.
      qb.andWhere(
        `(c.resident_id = :residentId OR (c.resident_id IS NULL AND EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = c.household_id AND m.resident_id = :residentId)))`,
        { residentId: query.residentId },
      );
    }
    return qb;
  }
}

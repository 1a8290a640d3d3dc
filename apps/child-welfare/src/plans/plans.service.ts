import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAccessibleChild, loadActiveChild } from '../access/child-access';
import { ChildPlan } from './child-plan.entity';
import type { AgreePlanDto, PlanView } from './dto/plan.dto';
import { planMeasureProblems } from './rules/plan-measures.rule';

const view = (p: ChildPlan): PlanView => ({ id: p.id, childId: p.childId, version: p.version, agreedOn: p.agreedOn, measures: p.measures, notes: p.notes, recordedBy: p.recordedBy });

/** The per-child plan (一人一策): agreed and revised as new versions, the history kept. */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async agree(principal: Principal, childId: string, dto: AgreePlanDto): Promise<PlanView> {
    if (dto.agreedOn > this.clock.today()) {
      throw new ProblemException({ status: 422, code: 'PLAN.AGREED_IN_FUTURE', detail: 'a plan cannot be agreed after today', errors: [{ field: 'agreedOn', code: 'inFuture', message: 'agreedOn must not be after today' }] });
    }
    const problems = planMeasureProblems(dto.agreedOn, dto.measures);
    if (problems.length > 0) {
      throw new ProblemException({ status: 422, code: problems[0].code, detail: problems.map((p) => p.message).join('; '), errors: problems.map(({ field, code, message }) => ({ field, code, message })) });
    }
    return this.dataSource.transaction(async (manager) => {
      // The child's row lock orders concurrent revisions, so versions never collide.
      await loadActiveChild(manager, principal, childId);
      const [{ latest }] = await manager.query<Array<{ latest: number }>>(`SELECT coalesce(max(version), 0)::int AS latest FROM child_plan WHERE child_id = $1`, [childId]);
      const measures = dto.measures.map((m) => ({ area: m.area, action: m.action.trim(), responsible: m.responsible.trim(), dueOn: m.dueOn ?? null }));
      const plan = await manager.save(manager.create(ChildPlan, { childId, version: latest + 1, agreedOn: dto.agreedOn, measures, notes: dto.notes?.trim() || null, recordedBy: principal.sub }));
      await this.audit.record(manager, { actor: principal, action: 'child.plan-agreed', entityType: 'child', entityId: childId, after: { planId: plan.id, version: plan.version, agreedOn: plan.agreedOn, measures: plan.measures.length } });
      return view(plan);
    });
  }

  /** The plan's versions, the one in force first. */
  async versions(principal: Principal, childId: string, query: PageQuery): Promise<Page<PlanView>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [plans, total] = await this.dataSource.getRepository(ChildPlan).findAndCount({ where: { childId }, order: { version: 'DESC' }, skip: offset, take: limit });
    return pageOf(plans.map(view), total, query);
  }
}

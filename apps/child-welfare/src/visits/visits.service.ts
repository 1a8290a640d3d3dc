import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import { canAccessTownship } from '../access/rules/division-access.rule';
import { Child } from '../children/child.entity';
import { RiskLedger } from '../risk/risk-ledger.service';
import type { RecordVisitDto } from './dto/record-visit.dto';
import type { OverdueQueryDto } from './dto/visit-views.dto';
import { Visit } from './visit.entity';

@Injectable()
export class VisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly risk: RiskLedger,
    private readonly audit: AuditService,
  ) {}

  async record(principal: Principal, childId: string, dto: RecordVisitDto): Promise<{ visit: Visit; child: Child }> {
    const today = this.clock.today();
    if (dto.visitedOn > today) throw new ProblemException({ status: 422, code: 'VISIT.IN_FUTURE', detail: 'a visit cannot be recorded before it happens' });
    return this.dataSource.transaction(async (manager) => {
      let child = await loadAccessibleChild(manager, principal, childId, true);
      if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
      const visit = await manager.save(
        manager.create(Visit, { childId, visitedOn: dto.visitedOn, visitor: principal.sub, notes: dto.notes, tierAfter: dto.riskTier ?? child.riskTier }),
      );
      if (child.lastVisitOn === null || dto.visitedOn > child.lastVisitOn) child.lastVisitOn = dto.visitedOn;
      if (dto.riskTier && dto.riskTier !== child.riskTier) {
        child = await this.risk.rate(manager, child, { to: dto.riskTier, reason: dto.riskReason!, on: dto.visitedOn, actor: principal });
      } else {
        if (dto.riskReason) child.riskReason = dto.riskReason;
        child.nextVisitDue = await this.risk.dueDate(child.riskTier, child.tierRatedOn, child.lastVisitOn);
        child = await manager.save(Child, child);
      }
      await this.audit.record(manager, { actor: principal, action: 'visit.recorded', entityType: 'child', entityId: childId, after: { visitId: visit.id, visitedOn: visit.visitedOn, tierAfter: visit.tierAfter, nextVisitDue: child.nextVisitDue } });
      return { visit, child };
    });
  }

  /** Active children of a township whose visit due date has passed, most overdue first, a page at a time. */
  async overdue(principal: Principal, query: OverdueQueryDto): Promise<Page<Child>> {
    if (!canAccessTownship(principal, query.township)) {
      throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'the work list is for the supervisor of the township' });
    }
    const { offset, limit } = pageWindow(query);
    const [children, total] = await this.dataSource.getRepository(Child).findAndCount({
      where: { townshipCode: query.township, status: 'ACTIVE', nextVisitDue: LessThan(this.clock.today()) },
      order: { nextVisitDue: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return pageOf(children, total, query);
  }

  /** A child's visits, the latest first (走访记录), for whoever may read the child. */
  async ofChild(principal: Principal, childId: string, query: PageQuery): Promise<Page<Visit>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [visits, total] = await this.dataSource.getRepository(Visit).findAndCount({
      where: { childId },
      order: { visitedOn: 'DESC', createdAt: 'DESC' },
      skip: offset,
      take: limit,
    });
    return pageOf(visits, total, query);
  }
}

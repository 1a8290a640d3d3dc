import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadAccessibleChild } from '../access/child-access';
import { Reassessment } from '../children/reassessment.entity';
import { dateProblem } from '../help/rules/help-dates.rule';
import type { CloseReassessmentDto } from './dto/close-reassessment.dto';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';

/** Reassessments opened by events (a parent's death) are closed by staff with their findings. */
@Injectable()
export class ReassessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Every reassessment of the child, for the person file. */
  async list(principal: Principal, childId: string): Promise<Reassessment[]> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    return this.dataSource.manager.find(Reassessment, { where: { childId }, order: { openedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  async page(principal: Principal, childId: string, query: PageQuery): Promise<Page<Reassessment>> {
    await loadAccessibleChild(this.dataSource.manager, principal, childId);
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager.findAndCount(Reassessment, { where: { childId }, order: { openedOn: 'ASC', createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return pageOf(rows, total, query);
  }

  async close(principal: Principal, childId: string, reassessmentId: string, dto: CloseReassessmentDto): Promise<Reassessment> {
    return this.dataSource.transaction(async (manager) => {
      await loadAccessibleChild(manager, principal, childId, true);
      const reassessment = await manager.findOne(Reassessment, { where: { id: reassessmentId, childId }, lock: { mode: 'pessimistic_write' } });
      if (!reassessment) throw new ProblemException({ status: 404, code: 'REASSESSMENT.NOT_FOUND', detail: `no reassessment ${reassessmentId} for this child` });
      if (reassessment.status === 'CLOSED') throw new ProblemException({ status: 409, code: 'REASSESSMENT.ALREADY_CLOSED', detail: `closed on ${reassessment.closedOn}` });
      const problem = dateProblem('closedOn', dto.closedOn, this.clock.today(), { date: reassessment.openedOn, what: 'the day it was opened' });
      if (problem) throw new ProblemException({ status: 422, code: `REASSESSMENT.${problem.code}`, detail: problem.message, errors: [{ field: problem.field, code: problem.code, message: problem.message }] });
      reassessment.status = 'CLOSED';
      reassessment.closedOn = dto.closedOn;
      reassessment.findings = dto.findings;
      reassessment.closedBy = principal.sub;
      const saved = await manager.save(Reassessment, reassessment);
      await this.audit.record(manager, { actor: principal, action: 'reassessment.closed', entityType: 'child', entityId: childId, after: { reassessmentId, closedOn: saved.closedOn } });
      return saved;
    });
  }
}

import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Overpayment } from '../deaths/overpayment.entity';
import type { OverpaymentResponse, ResolveOverpaymentDto } from './dto/overpayment.dto';
import { resolutionProblem } from './rules/resolution';

/** Roles that may approve a write-off. */
const APPROVER_ROLES = ['admin'];

function toResponse(o: Overpayment): OverpaymentResponse {
  const { id, caseId, residentId, months, amountFen, status, resolvedOn, resolvedBy, note } = o;
  return { id, caseId, residentId, months, amountFen, status, resolvedOn, resolvedBy, note };
}

@Injectable()
export class OverpaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async find(residentId: string): Promise<OverpaymentResponse[]> {
    const rows = await this.dataSource.manager.find(Overpayment, { where: { residentId: residentId.toUpperCase() }, order: { id: 'ASC' } });
    return rows.map(toResponse);
  }

  async resolve(id: string, dto: ResolveOverpaymentDto, principal: Principal): Promise<OverpaymentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const o = await manager.findOne(Overpayment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw new ProblemException({ status: 404, code: 'OVERPAYMENT.NOT_FOUND', detail: 'No overpayment with this id.' });
      const problem = resolutionProblem(o.status, dto.resolution, principal.roles, APPROVER_ROLES);
      if (problem === 'NOT_OPEN') throw new ProblemException({ status: 409, code: 'OVERPAYMENT.NOT_OPEN', detail: `The overpayment is already ${o.status}.` });
      if (problem) throw new ProblemException({ status: 403, code: 'OVERPAYMENT.APPROVAL_REQUIRED', detail: 'A write-off needs approval (admin).' });
      const before = toResponse(o);
      Object.assign(o, { status: dto.resolution, resolvedOn: this.clock.today(), resolvedBy: principal.sub, note: dto.note });
      const saved = await manager.save(o);
      await this.audit.record(manager, { actor: principal, action: `overpayment.${dto.resolution.toLowerCase()}`, entityType: 'overpayment', entityId: id, before, after: toResponse(saved), reason: dto.note });
      return toResponse(saved);
    });
  }
}

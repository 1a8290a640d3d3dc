import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Overpayment } from './overpayment.entity';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { householdWithinDivision } from '../households/households.service';
import type { OverpaymentResponse, ResolveOverpaymentDto } from './dto/overpayment.dto';
import { resolutionStep, writeOffApprovalProblem } from './rules/resolution.rule';


function toResponse(o: Overpayment): OverpaymentResponse {
  const { id, caseId, residentId, months, amountFen, status, proposedBy, proposedOn, resolvedOn, resolvedBy, note } = o;
  return { id, caseId, residentId, months, amountFen, status, proposedBy, proposedOn, resolvedOn, resolvedBy, note };
}

@Injectable()
export class OverpaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Receivables of a person in households of the caller's division. */
  async find(residentId: string, principal: Principal): Promise<OverpaymentResponse[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(Overpayment, 'o')
      .innerJoin(AssistanceCase, 'c', 'c.id = o.case_id')
      .innerJoin('household', 'h', 'h.id = c.household_id')
      .where('o.resident_id = :residentId AND h.region_code LIKE :prefix', { residentId: residentId.toUpperCase(), prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('o.id')
      .getMany();
    return rows.map(toResponse);
  }

  /** Recovered or paid by heirs: settled. Written off: proposed, for a decider other than the proposer to approve. */
  async resolve(id: string, dto: ResolveOverpaymentDto, principal: Principal): Promise<OverpaymentResponse> {
    return this.change(id, principal, (o) => {
      const step = resolutionStep(o.status, dto.resolution);
      if (step === 'NOT_OPEN') throw new ProblemException({ status: 409, code: 'OVERPAYMENT.NOT_OPEN', detail: `The overpayment is ${o.status}.` });
      if (step === 'PROPOSE_WRITE_OFF') {
        Object.assign(o, { status: 'WRITE_OFF_PROPOSED', proposedBy: principal.sub, proposedOn: this.clock.today(), note: dto.note });
        return { action: 'overpayment.write-off-proposed', reason: dto.note };
      }
      Object.assign(o, { status: dto.resolution, resolvedOn: this.clock.today(), resolvedBy: principal.sub, note: dto.note });
      return { action: `overpayment.${dto.resolution.toLowerCase()}`, reason: dto.note };
    });
  }

  /** The write-off approved by a decider other than the one who proposed it. */
  async approveWriteOff(id: string, principal: Principal): Promise<OverpaymentResponse> {
    return this.change(id, principal, (o) => {
      const problem = writeOffApprovalProblem(o, principal.sub);
      if (problem === 'NOT_PROPOSED') throw new ProblemException({ status: 409, code: 'OVERPAYMENT.WRITE_OFF_NOT_PROPOSED', detail: `The overpayment is ${o.status}; a write-off must be proposed first.` });
      if (problem) throw new ProblemException({ status: 403, code: 'OVERPAYMENT.SAME_PERSON_APPROVAL', detail: 'The person who proposed the write-off cannot approve it.' });
      Object.assign(o, { status: 'WRITTEN_OFF', resolvedOn: this.clock.today(), resolvedBy: principal.sub });
      return { action: 'overpayment.written_off', reason: o.note ?? undefined };
    });
  }

  private async change(id: string, principal: Principal, apply: (o: Overpayment) => { action: string; reason?: string }): Promise<OverpaymentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const o = await manager.findOne(Overpayment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw new ProblemException({ status: 404, code: 'OVERPAYMENT.NOT_FOUND', detail: 'No overpayment with this id.' });
      const c = await manager.findOneByOrFail(AssistanceCase, { id: o.caseId });
      await householdWithinDivision(manager, c.householdId, principal);
      const before = toResponse(o);
      const { action, reason } = apply(o);
      const saved = await manager.save(o);
      await this.audit.record(manager, { actor: principal, action, entityType: 'overpayment', entityId: id, before, after: toResponse(saved), reason });
      return toResponse(saved);
    });
  }
}

import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import type { EventOf } from '@app/contracts';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Overpayment } from './overpayment.entity';
import { recoveredLinesOf } from './overpayment-recovery-lines';
import { acceptsSettlement, recoveryApprovalProblem, recoveryRequestProblem } from './rules/recovery.rule';

const SETTLED_BY = { system: 'elderly-care:recovery-settled' };

/**
 * Recovery (冲正) of an overpayment from the 一卡通 account it was paid to (DOMAIN §8): one official
 * asks, another approves, and only then does the request go to payments, in the same transaction,
 * through the outbox. The bank's answer comes back as payments.recovery.settled.v1.
 */
@Injectable()
export class OverpaymentRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async request(id: string, principal: Principal): Promise<Overpayment> {
    return this.change(id, async (manager, o) => {
      const problem = recoveryRequestProblem(o);
      if (problem === 'NOT_OPEN') throw new ProblemException({ status: 409, code: 'OVERPAYMENT.NOT_OPEN', detail: `The overpayment is ${o.status}, its recovery ${o.recoveryStatus}.` });
      if (problem) throw new ProblemException({ status: 409, code: 'OVERPAYMENT.RECOVERY_OPEN', detail: `Recovery ${o.recoveryId} is ${o.recoveryStatus}; one attempt at a time.` });
      Object.assign(o, { recoveryId: randomUUID(), recoveryStatus: 'REQUESTED', recoveryRequestedBy: principal.sub, recoveryRequestedOn: this.clock.today() });
      Object.assign(o, { recoveryApprovedBy: null, recoveryApprovedOn: null, recoverySettledOn: null, recoveryFailureReason: null, recoveryBankMessage: null });
      await manager.save(o);
      return { actor: principal, action: 'overpayment.recovery-requested' };
    });
  }

  async approve(id: string, principal: Principal): Promise<Overpayment> {
    return this.change(id, async (manager, o) => {
      const problem = recoveryApprovalProblem(o, principal.sub);
      if (problem === 'NOT_REQUESTED') throw new ProblemException({ status: 409, code: 'OVERPAYMENT.RECOVERY_NOT_REQUESTED', detail: `The recovery is ${o.recoveryStatus ?? 'not requested'}.` });
      if (problem) throw new ProblemException({ status: 403, code: 'OVERPAYMENT.RECOVERY_SAME_PERSON_APPROVAL', detail: 'Who asked for the recovery cannot approve it.' });
      Object.assign(o, { recoveryStatus: 'APPROVED', recoveryApprovedBy: principal.sub, recoveryApprovedOn: this.clock.today() });
      await manager.save(o);
      const lines = await recoveredLinesOf(manager, o);
      const data: EventOf<'elderly-care.recovery.requested.v1'> = {
        recoveryId: o.recoveryId!,
        overpaymentId: o.id,
        residentId: o.residentId,
        amountFen: o.amountFen,
        requestedBy: o.recoveryRequestedBy!,
        approvedBy: principal.sub,
        ...lines,
      };
      await this.publisher.publish(manager, 'elderly-care.recovery.requested.v1', data);
      return { actor: principal, action: 'overpayment.recovery-approved' };
    });
  }

  /** The bank's answer: RECOVERED settles the receivable; FAILED leaves it open to be asked again. */
  async settled(manager: EntityManager, data: EventOf<'payments.recovery.settled.v1'>): Promise<number> {
    if (data.ownerService !== 'elderly-care') return 0;
    let settled = 0;
    for (const r of data.recoveries) {
      const o = await manager.findOne(Overpayment, { where: { id: r.overpaymentId }, lock: { mode: 'pessimistic_write' } });
      if (!o || !acceptsSettlement(o, r.recoveryId)) continue;
      const before = snapshot(o);
      Object.assign(o, { recoveryStatus: r.outcome, recoverySettledOn: data.settledOn, recoveryFailureReason: r.reason ?? null, recoveryBankMessage: r.bankMessage ?? null });
      if (r.outcome === 'RECOVERED') o.status = 'RECOVERED';
      await manager.save(o);
      await this.audit.record(manager, { actor: SETTLED_BY, action: `overpayment.recovery-${r.outcome.toLowerCase()}`, entityType: 'overpayment', entityId: o.id, before, after: snapshot(o) });
      settled++;
    }
    return settled;
  }

  private async change(id: string, apply: (manager: EntityManager, o: Overpayment) => Promise<{ actor: Principal; action: string }>): Promise<Overpayment> {
    return this.dataSource.transaction(async (manager) => {
      const o = await manager.findOne(Overpayment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!o) throw new ProblemException({ status: 404, code: 'OVERPAYMENT.NOT_FOUND', detail: 'No overpayment with this id.' });
      const before = snapshot(o);
      const { actor, action } = await apply(manager, o);
      await this.audit.record(manager, { actor, action, entityType: 'overpayment', entityId: id, before, after: snapshot(o) });
      return o;
    });
  }
}

function snapshot(o: Overpayment) {
  const { status, recoveryId, recoveryStatus, recoveryRequestedBy, recoveryApprovedBy, recoveryFailureReason } = o;
  return { status, recoveryId, recoveryStatus, recoveryRequestedBy, recoveryApprovedBy, recoveryFailureReason };
}

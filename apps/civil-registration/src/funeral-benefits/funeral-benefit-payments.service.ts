import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import type { PaymentLinesFailedV1 } from '@app/contracts/payments/line-outcome';
import type { PayablesApprovedV1 } from '@app/contracts/shared/payables';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClaimantDto } from './dto/funeral-benefit-claim.dto';
import { payApprovedBenefit, PAYMENT_LINES, reissueFailed } from './funeral-benefit-payables';
import { benefitDivision } from './funeral-benefit-ledger';
import { FuneralBenefit } from './funeral-benefit.entity';

function notFound(id: string): ProblemException {
  return new ProblemException({ status: 404, code: 'FUNERAL_BENEFIT.NOT_FOUND', detail: `No funeral benefit ${id}.` });
}

/**
 * Paying a granted funeral benefit (惠民殡葬) through 一卡通. The death record names nobody to pay,
 * so a clerk records the claimant (the next of kin handling the funeral, identified by resident
 * ID) and another official approves; the approval publishes the payment in its transaction.
 */
@Injectable()
export class FuneralBenefitPaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Records (or corrects, before approval) who receives the benefit; the clerk becomes its maker. */
  async recordClaimant(id: string, claimant: ClaimantDto, clerk: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const benefit = await this.locked(manager, id, clerk);
      if (benefit.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'FUNERAL_BENEFIT.ALREADY_APPROVED', detail: 'An approved benefit keeps its claimant.' });
      if (claimant.residentId === benefit.residentId) {
        throw new ProblemException({ status: 422, code: 'FUNERAL_BENEFIT.CLAIMANT_IS_DECEASED', detail: 'The claimant is the deceased.', errors: [{ field: 'residentId', code: 'isDeceased', message: 'must not be the deceased' }] });
      }
      const before = { status: benefit.status, claimantResidentId: benefit.claimantResidentId, claimRecordedBy: benefit.claimRecordedBy };
      const after = { status: 'CLAIMED' as const, claimantResidentId: claimant.residentId, claimantName: claimant.name, claimantRelation: claimant.relation, claimRecordedBy: clerk.sub };
      await manager.update(FuneralBenefit, { id }, after);
      await this.audit.record(manager, { actor: clerk, action: 'funeral-benefit.claimed', entityType: 'funeral-benefit', entityId: id, before, after });
    });
  }

  /** Approves a claimed benefit for payment: civil-registration.payables.approved.v1 in the same transaction. */
  async approve(id: string, approver: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const benefit = await this.locked(manager, id, approver);
      if (benefit.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'FUNERAL_BENEFIT.ALREADY_APPROVED', detail: `Approved by ${benefit.approvedBy}.` });
      if (benefit.status !== 'CLAIMED') throw new ProblemException({ status: 409, code: 'FUNERAL_BENEFIT.NO_CLAIMANT', detail: 'Record who receives the benefit first.' });
      if (benefit.claimRecordedBy === approver.sub) throw new ProblemException({ status: 403, code: 'FUNERAL_BENEFIT.SAME_PERSON_APPROVAL', detail: 'Who recorded the claimant cannot approve the payment.' });
      const after = { status: 'APPROVED' as const, approvedBy: approver.sub, approvedOn: this.clock.today() };
      await manager.update(FuneralBenefit, { id }, after);
      await payApprovedBenefit(manager, benefit, this.clock.currentMonth().toString(), (chunk) => this.publish(manager, chunk));
      await this.audit.record(manager, { actor: approver, action: 'funeral-benefit.approved', entityType: 'funeral-benefit', entityId: id, before: { status: benefit.status }, after });
    });
  }

  /** The bank returned lines FAILED: they are marked, and each is re-issued once, at once. */
  async onLinesFailed(manager: EntityManager, event: PaymentLinesFailedV1): Promise<void> {
    if (event.ownerService !== PAYMENT_LINES.ownerService) return;
    const ids = event.lines.map((l) => l.lineId);
    await reissueFailed(manager, ids, this.clock.currentMonth().toString(), (chunk) => this.publish(manager, chunk));
  }

  private async publish(manager: EntityManager, chunk: PayablesApprovedV1): Promise<void> {
    await this.publisher.publish(manager, 'civil-registration.payables.approved.v1', chunk);
  }

  /** The benefit, locked; 403 when its death was recorded outside the official's division. */
  private async locked(manager: EntityManager, id: string, official: Principal): Promise<FuneralBenefit> {
    const benefit = await manager.findOne(FuneralBenefit, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!benefit) throw notFound(id);
    assertWithinDivision(official, await benefitDivision(manager, id));
    return benefit;
  }
}

import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { publishPayablesInChunks } from '@app/common/payables/payables-chunks';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { payableLineCount, payablesReader } from './payroll-payables';
import { assertCoversEveryPaidElder } from './payroll-scope';
import { Payroll } from './payroll.entity';

/**
 * Maker and checker (DOMAIN §8): a month's payroll is released for payment by an approver who never
 * ran it. In the same transaction its lines go to payments as elderly-care.payables.approved.v1
 * chunks through the outbox; a second approval is refused, so nothing is published twice.
 */
@Injectable()
export class PayrollApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async approve(month: string, approver: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const payroll = await manager.findOne(Payroll, { where: { month }, lock: { mode: 'pessimistic_write' } });
      if (!payroll) throw new ProblemException({ status: 404, code: 'PAYROLL.NOT_FOUND', detail: `No payroll was run for ${month}.` });
      if (payroll.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'PAYROLL.ALREADY_APPROVED', detail: `The payroll of ${month} was approved by ${payroll.approvedBy}.` });
      if (payroll.runBy.includes(approver.sub)) throw new ProblemException({ status: 403, code: 'PAYROLL.SAME_PERSON_APPROVAL', detail: 'Who ran the payroll cannot approve it.' });
      await assertCoversEveryPaidElder(manager, approver);
      const before = { status: payroll.status, approvedBy: payroll.approvedBy, approvedOn: payroll.approvedOn };
      const after = { status: 'APPROVED' as const, approvedBy: approver.sub, approvedOn: this.clock.today() };
      await manager.update(Payroll, { id: payroll.id }, after);
      const lineCount = await payableLineCount(manager, month);
      await publishPayablesInChunks({ approvalId: payroll.id, month, approvedBy: approver.sub }, lineCount, payablesReader(manager, month), async (chunk) => {
        await this.publisher.publish(manager, 'elderly-care.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, { actor: approver, action: 'payroll.approved', entityType: 'payroll', entityId: payroll.id, before, after: { month, ...after, lineCount } });
    });
  }
}

import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { releaseLines } from './allowance-payables';
import { payrollLinesPage, type PayrollLineView } from './allowance-payroll-standing';
import { AllowancePayroll } from './allowance-payroll.entity';

/**
 * The division's payroll of a month as a whole: its lines, and its approval. Maker and checker (DOMAIN §8): the payroll a division ran for a month is released for payment by
 * an approver of that division who never ran it. In the same transaction its lines go to payments
 * as child-welfare.payables.approved.v1 chunks through the outbox; a second approval is refused.
 */
@Injectable()
export class AllowancePayrollService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async approve(month: string, scope: string, approver: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const payroll = await manager.findOne(AllowancePayroll, { where: { month, scope }, lock: { mode: 'pessimistic_write' } });
      if (!payroll) throw new ProblemException({ status: 404, code: 'PAYROLL.NOT_FOUND', detail: `No payroll of ${month} was run for division ${scope}.` });
      if (payroll.status === 'APPROVED') throw new ProblemException({ status: 409, code: 'PAYROLL.ALREADY_APPROVED', detail: `The payroll of ${month} was approved by ${payroll.approvedBy}.` });
      if (payroll.runBy.includes(approver.sub)) throw new ProblemException({ status: 403, code: 'PAYROLL.SAME_PERSON_APPROVAL', detail: 'Who ran the payroll cannot approve it.' });
      const after = { status: 'APPROVED' as const, approvedBy: approver.sub, approvedOn: this.clock.today() };
      await manager.update(AllowancePayroll, { id: payroll.id }, after);
      const lineCount = await releaseLines(manager, { approvalId: payroll.id, month, approvedBy: approver.sub, scope }, async (chunk) => {
        await this.publisher.publish(manager, 'child-welfare.payables.approved.v1', chunk);
      });
      await this.audit.record(manager, {
        actor: approver,
        action: 'allowance.payroll-approved',
        entityType: 'payroll',
        entityId: payroll.id,
        before: { status: payroll.status },
        after: { month, scope, ...after, lineCount },
      });
    });
  }

  /** The lines paid with a month in a division, with the bank's outcome of each. */
  async lines(month: string, scope: string, query: { page: number; pageSize: number }): Promise<Page<PayrollLineView>> {
    const { items, total } = await payrollLinesPage(this.dataSource.manager, month, scope, pageWindow(query));
    return pageOf(items, total, query);
  }
}

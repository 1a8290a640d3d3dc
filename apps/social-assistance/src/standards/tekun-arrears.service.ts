import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { PolicyService } from '@app/common/policy/policy.service';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import type { CareForm, CareLevel } from '../tekun/rules/tekun.rule';
import { tekunEntitlementFen } from '../tekun/rules/tekun.rule';
import { TekunPolicy } from '../tekun/tekun-policy';
import { insertArrearsLine, lockRecomputation, paidByCaseAndMonth } from './arrears-lines';
import type { ArrearsLineResponse, TekunRecomputeResponse } from './dto/recompute.dto';
import { arrearsFor } from './rules/arrears.rule';
import type { SocialAssistancePolicies } from '../policy-catalogue';

/**
 * After a new 特困 figure is added (basic standard of a care form, care standard): arrears lines
 * for months already paid from its month on, by the same mechanism as 低保 — each case's
 * entitlement now minus everything paid or pending for the month, so a rerun adds nothing.
 */
@Injectable()
export class TekunArrearsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly audit: AuditService,
  ) {}

  async recompute(fromMonthText: string, principal: Principal): Promise<TekunRecomputeResponse> {
    const fromMonth = YearMonth.parse(fromMonthText).toString();
    return this.dataSource.transaction(async (manager) => {
      await lockRecomputation(manager, 'TEKUN');
      const policy = await TekunPolicy.load(this.policy, manager);
      const paid = await paidByCaseAndMonth(manager, 'TEKUN', fromMonth);
      const cases = paid.size === 0 ? [] : await manager.find(AssistanceCase, { where: { id: In([...paid.keys()]) }, order: { id: 'ASC' } });
      const arrears: ArrearsLineResponse[] = [];
      for (const c of cases) {
        const monthly = (month: string) => policy.monthlyFen(c.careForm as CareForm, c.careLevel as CareLevel, YearMonth.parse(month));
        for (const line of arrearsFor(paid.get(c.id)!, (month) => tekunEntitlementFen(c, month, monthly))) {
          arrears.push(await insertArrearsLine(manager, { caseId: c.id, program: 'TEKUN', members: 1, payeeInstitution: c.payeeInstitution, ...line }));
        }
      }
      await this.audit.record(manager, {
        actor: principal,
        action: 'tekun.standards-recomputed',
        entityType: 'tekun-standard',
        entityId: fromMonth,
        after: { arrearsLines: arrears.length, arrearsFen: arrears.reduce((s, a) => s + a.amountFen, 0) },
      });
      return { fromMonth, arrears };
    });
  }
}

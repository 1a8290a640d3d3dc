import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { PolicyService } from '@app/common/policy/policy.service';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { DibaoPolicy } from '../dibao/dibao-policy';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { dibaoIneligibility } from '../dibao/rules/dibao-benefit.rule';
import { Household, HouseholdMember } from '../households/household.entity';
import type { ArrearsLineResponse, RecomputeResponse } from './dto/recompute.dto';
import { insertArrearsLine, lockRecomputation, paidByCaseAndMonth } from './arrears-lines';
import { arrearsFor } from './rules/arrears.rule';
import type { SocialAssistancePolicies } from '../policy-catalogue';

/**
 * After a new 低保 standard is added (policy parameters): arrears lines for months already paid
 * from its month on, and the households it newly makes eligible. Rerunning adds nothing, as the
 * arrears are computed against everything already paid or pending for each month.
 */
@Injectable()
export class StandardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly audit: AuditService,
  ) {}

  async recompute(fromMonthText: string, principal: Principal): Promise<RecomputeResponse> {
    const fromMonth = YearMonth.parse(fromMonthText);
    return this.dataSource.transaction(async (manager) => {
      await lockRecomputation(manager, 'DIBAO');
      const policy = await DibaoPolicy.load(this.policy, manager);
      const arrears = await this.arrears(manager, policy, fromMonth);
      const newlyEligibleHouseholds = await this.newlyEligible(manager, policy, fromMonth);
      await this.audit.record(manager, {
        actor: principal,
        action: 'dibao.standards-recomputed',
        entityType: 'dibao-standard',
        entityId: fromMonthText,
        after: { arrearsLines: arrears.length, arrearsFen: arrears.reduce((s, a) => s + a.amountFen, 0), newlyEligibleHouseholds },
      });
      return { fromMonth: fromMonthText, arrears, newlyEligibleHouseholds };
    });
  }

  private async arrears(manager: EntityManager, policy: DibaoPolicy, fromMonth: YearMonth): Promise<ArrearsLineResponse[]> {
    const paid = await paidByCaseAndMonth(manager, 'DIBAO', fromMonth.toString());
    if (paid.size === 0) return [];
    const cases = await manager.find(AssistanceCase, { where: { id: In([...paid.keys()]) }, order: { id: 'ASC' } });
    const households = new Map((await manager.findBy(Household, { id: In(cases.map((c) => c.householdId)) })).map((h) => [h.id, h]));
    const members = await manager.findBy(HouseholdMember, { householdId: In([...households.keys()]) });
    const created: ArrearsLineResponse[] = [];
    for (const c of cases) {
      const covered = members.filter((m) => m.householdId === c.householdId && (c.residentId === null || m.residentId === c.residentId));
      const area = households.get(c.householdId)!.area;
      const owed = arrearsFor(paid.get(c.id)!, (month) => (c.stopFromMonth && month >= c.stopFromMonth ? 0 : policy.benefitFen(area, covered, YearMonth.parse(month))));
      for (const line of owed) {
        created.push(await insertArrearsLine(manager, { caseId: c.id, program: 'DIBAO', members: covered.length, payeeInstitution: null, ...line }));
      }
    }
    return created;
  }

  /** Households with no open 低保 case, eligible under the standard of fromMonth but not of the month before. */
  private async newlyEligible(manager: EntityManager, policy: DibaoPolicy, fromMonth: YearMonth): Promise<string[]> {
    const households: Household[] = await manager
      .createQueryBuilder(Household, 'h')
      .where(`NOT EXISTS (SELECT 1 FROM assistance_case c WHERE c.household_id = h.id AND c.program = 'DIBAO' AND c.status IN ('APPLIED', 'IN_PUBLIC_NOTICE', 'APPROVED', 'ACTIVE', 'SUSPENDED'))`)
      .orderBy('h.id')
      .getMany();
    if (households.length === 0) return [];
    const members = await manager.findBy(HouseholdMember, { householdId: In(households.map((h) => h.id)) });
    const before = fromMonth.previous();
    return households
      .filter((h) => {
        const mine = members.filter((m) => m.householdId === h.id);
        const check = (month: YearMonth) =>
          dibaoIneligibility({ members: livingDibaoMembers(mine, month), financialAssetsFen: h.financialAssetsFen, standard: policy.standard(h.area, month), assetLimitMonths: policy.assetLimitMonths(month) });
        return check(fromMonth) === null && check(before) !== null;
      })
      .map((h) => h.id);
  }
}

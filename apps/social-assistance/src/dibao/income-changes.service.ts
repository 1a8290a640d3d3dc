import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { stopEnrollments } from '../cases/enrollment-events';
import { HouseholdMember } from '../households/household.entity';
import { householdWithinDivision } from '../households/households.service';
import { AssistanceCase } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { DibaoPolicy } from './dibao-policy';
import type { IncomeChangeDto, IncomeChangeOutcome } from './dto/income-change.dto';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { dibaoIneligibility } from './rules/dibao-benefit.rule';
import { gradualExitUntil, incomeChangeDecision } from './rules/gradual-exit.rule';
import type { SocialAssistancePolicies } from '../policy-catalogue';

/**
 * A member's income changes: the open 低保 cases of the household are reassessed for next month;
 * still eligible → paid at the new amount; above the standard through work → 渐退期 (the current
 * amount kept for N months, then stop); otherwise stop from next month.
 */
@Injectable()
export class IncomeChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async change(householdId: string, dto: IncomeChangeDto, principal: Principal): Promise<IncomeChangeOutcome[]> {
    return this.dataSource.transaction((manager) => this.changeWithin(manager, householdId, dto, principal));
  }

  /** The same change inside the caller's transaction, e.g. a confirmed finding review (核对). */
  async changeWithin(manager: EntityManager, householdId: string, dto: IncomeChangeDto, principal: Principal): Promise<IncomeChangeOutcome[]> {
    const current = this.clock.currentMonth();
    const effective = current.next();
    const residentId = dto.residentId.toUpperCase();
    const household = await householdWithinDivision(manager, householdId, principal, true);
    const all = await manager.findBy(HouseholdMember, { householdId });
    const members = livingDibaoMembers(all, current);
    const member = members.find((m) => m.residentId === residentId);
    if (!member) throw new ProblemException({ status: 422, code: 'HOUSEHOLD.NOT_A_MEMBER', detail: 'The person is not a living member of the household.' });
    const policy = await DibaoPolicy.load(this.policy, manager);
    const amountBefore = policy.benefitFen(household.area, members, current);

    const before = { residentId, incomes: member.incomes, monthlyIncomeFen: member.monthlyIncomeFen };
    member.incomes = dto.incomes.map((l) => ({ source: l.source, monthlyFen: l.monthlyFen }));
    member.monthlyIncomeFen = dto.incomes.reduce((sum, l) => sum + l.monthlyFen, 0);
    await manager.save(member);
    await this.audit.record(manager, { actor: principal, action: 'household-member.income-changed', entityType: 'household', entityId: householdId, before, after: { residentId, incomes: member.incomes, monthlyIncomeFen: member.monthlyIncomeFen } });

    const cases = await manager.find(AssistanceCase, { where: { householdId, program: 'DIBAO', status: In(['APPROVED', 'ACTIVE', 'SUSPENDED']) }, lock: { mode: 'pessimistic_write' } });
    const outcomes: IncomeChangeOutcome[] = [];
    for (const c of cases.filter((x) => x.residentId === null && x.gradualExitUntil === null)) {
      const eligibleAfter =
        dibaoIneligibility({ members: livingDibaoMembers(all, effective), financialAssetsFen: household.financialAssetsFen, standard: policy.standard(household.area, effective), assetLimitMonths: policy.assetLimitMonths(effective) }) === null;
      const decision = incomeChangeDecision({ eligibleAfter, throughWork: dto.throughWork });
      if (decision === 'CONTINUE') {
        outcomes.push({ caseId: c.id, effectiveMonth: effective.toString(), decision, stopFromMonth: null, gradualExitUntil: null, benefitFen: policy.benefitFen(household.area, livingDibaoMembers(all, effective), effective) });
        continue;
      }
      const caseBefore = toCaseResponse(c);
      const until = decision === 'GRADUAL_EXIT' ? gradualExitUntil(effective, policy.gradualExitMonths(effective)) : null;
      const stopFrom = until ? until.next() : effective;
      Object.assign(c, { status: 'STOPPED', reason: 'INCOME_ABOVE_STANDARD', stopFromMonth: stopFrom.toString(), gradualExitUntil: until?.toString() ?? null, gradualExitAmountFen: until ? amountBefore : null });
      await manager.save(c);
      await stopEnrollments(manager, this.publisher, c, stopFrom, 'INCOME_ABOVE_STANDARD');
      await this.audit.record(manager, { actor: principal, action: decision === 'STOP' ? 'dibao.stop' : 'dibao.gradual-exit', entityType: 'assistance-case', entityId: c.id, before: caseBefore, after: { ...toCaseResponse(c), gradualExitUntil: c.gradualExitUntil, gradualExitAmountFen: c.gradualExitAmountFen } });
      outcomes.push({ caseId: c.id, effectiveMonth: effective.toString(), decision, stopFromMonth: stopFrom.toString(), gradualExitUntil: c.gradualExitUntil, benefitFen: until ? amountBefore : 0 });
    }
    return outcomes;
  }
}

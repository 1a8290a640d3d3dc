import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import type { YearMonth } from '@app/common/time/year-month';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AssistanceCase, Enrollment } from '../cases/assistance-case.entity';
import { toCaseResponse } from '../cases/case-transition';
import { DibaoPolicy } from '../dibao/dibao-policy';
import { livingDibaoMembers } from '../cases/rules/case-lifecycle.rule';
import { dibaoIneligibility } from '../dibao/rules/dibao-benefit.rule';
import { enrollmentChanges, singlePersonAssetsProblem, stopReasonFor } from '../dibao/rules/reassessment.rule';
import { assertNotCovered } from '../one-guarantee/one-guarantee';
import { startEnrollments, stopEnrollments } from '../cases/enrollment-events';
import type { AssetChangeDto, CaseOutcome, CompositionChangeResponse, DepartureDto } from './dto/composition.dto';
import type { MemberDto } from './dto/household.dto';
import { Household, HouseholdMember } from './household.entity';
import { householdWithinDivision, toHouseholdResponse } from './households.service';
import type { SocialAssistancePolicies } from '../policy-catalogue';

/**
 * Changes of a household's composition and assets (DOMAIN §1): a member joins or leaves, or the
 * assets change, from next month. The household's open 低保 cases are reassessed for that month:
 * still eligible → paid at the recomputed amount, enrollments following the members; otherwise the
 * case stops from that month. Past months keep the members they had.
 */
@Injectable()
export class CompositionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async join(householdId: string, dto: MemberDto, principal: Principal): Promise<CompositionChangeResponse> {
    const residentId = dto.residentId.toUpperCase();
    return this.change(householdId, principal, async (manager, household, effective) => {
      if (await manager.existsBy(HouseholdMember, { householdId, residentId })) {
        throw new ProblemException({ status: 422, code: 'HOUSEHOLD.DUPLICATE_MEMBER', detail: 'The person is or was already a member of this household.' });
      }
      if ((await manager.query(`SELECT 1 FROM death_notice WHERE resident_id = $1`, [residentId])).length > 0) {
        throw new ProblemException({ status: 422, code: 'HOUSEHOLD.MEMBER_DECEASED', detail: 'A death is recorded for this person.' });
      }
      await assertNotCovered(manager, [residentId], effective, { area: 'HOUSEHOLD', field: () => 'residentId' });
      const member = await manager.save(
        manager.create(HouseholdMember, {
          householdId,
          residentId,
          name: dto.name.trim(),
          relation: dto.relation,
          incomes: dto.incomes.map((l) => ({ source: l.source, monthlyFen: l.monthlyFen })),
          monthlyIncomeFen: dto.incomes.reduce((sum, l) => sum + l.monthlyFen, 0),
          categories: [...new Set(dto.categories)],
          deceasedOn: null,
          joinedMonth: effective.toString(),
          leftMonth: null,
          leftReason: null,
          dibaoExcludedFrom: null,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'household-member.joined', entityType: 'household', entityId: householdId, after: { residentId, joinedMonth: member.joinedMonth } });
    });
  }

  async depart(householdId: string, dto: DepartureDto, principal: Principal): Promise<CompositionChangeResponse> {
    const residentId = dto.residentId.toUpperCase();
    return this.change(householdId, principal, async (manager, _household, effective) => {
      const member = await manager.findOneBy(HouseholdMember, { householdId, residentId, leftMonth: IsNull(), deceasedOn: IsNull() });
      if (!member) throw new ProblemException({ status: 422, code: 'HOUSEHOLD.NOT_A_MEMBER', detail: 'The person is not a living member of the household.' });
      await manager.update(HouseholdMember, { id: member.id }, { leftMonth: effective.toString(), leftReason: dto.reason });
      await this.audit.record(manager, {
        actor: principal,
        action: 'household-member.left',
        entityType: 'household',
        entityId: householdId,
        before: { residentId, leftMonth: null },
        after: { residentId, leftMonth: effective.toString(), leftReason: dto.reason },
      });
    });
  }

  async changeAssets(householdId: string, dto: AssetChangeDto, principal: Principal): Promise<CompositionChangeResponse> {
    return this.change(householdId, principal, async (manager, household) => {
      const before = { financialAssetsFen: household.financialAssetsFen };
      household.financialAssetsFen = dto.financialAssetsFen;
      await manager.update(Household, { id: householdId }, { financialAssetsFen: dto.financialAssetsFen });
      await this.audit.record(manager, { actor: principal, action: 'household.assets-changed', entityType: 'household', entityId: householdId, before, after: { financialAssetsFen: dto.financialAssetsFen } });
    });
  }

  /**
   * A confirmed finding (核对): the household's assets grow by `addedFen` (a car, a property, a
   * business counted at the value confirmed), in the caller's transaction, reassessed as any asset change.
   */
  async addAssetsWithin(manager: EntityManager, householdId: string, addedFen: number, principal: Principal): Promise<CompositionChangeResponse> {
    return this.changeWithin(manager, householdId, principal, async (m, household) => {
      const before = { financialAssetsFen: household.financialAssetsFen };
      household.financialAssetsFen += addedFen;
      await m.update(Household, { id: householdId }, { financialAssetsFen: household.financialAssetsFen });
      await this.audit.record(m, { actor: principal, action: 'household.assets-changed', entityType: 'household', entityId: householdId, before, after: { financialAssetsFen: household.financialAssetsFen } });
    });
  }

  /**
   * A confirmed move out of the city (户籍迁出): the member leaves from `fromMonth` (the month after
   * the move) in the caller's transaction; the open 低保 cases are reassessed for that month.
   */
  async moveOutWithin(manager: EntityManager, householdId: string, residentId: string, fromMonth: YearMonth, principal: Principal): Promise<CompositionChangeResponse> {
    return this.changeWithin(
      manager,
      householdId,
      principal,
      async (m) => {
        const member = await m.findOneBy(HouseholdMember, { householdId, residentId, leftMonth: IsNull(), deceasedOn: IsNull() });
        if (!member) throw new ProblemException({ status: 422, code: 'HOUSEHOLD.NOT_A_MEMBER', detail: 'The person is not a living member of the household.' });
        await m.update(HouseholdMember, { id: member.id }, { leftMonth: fromMonth.toString(), leftReason: 'MOVED_OUT' });
        await this.audit.record(m, { actor: principal, action: 'household-member.left', entityType: 'household', entityId: householdId, before: { residentId, leftMonth: null }, after: { residentId, leftMonth: fromMonth.toString(), leftReason: 'MOVED_OUT' } });
      },
      fromMonth,
    );
  }

  /** Locks the household (within the caller's division), applies the change, reassesses the open 低保 cases from next month. */
  private async change(
    householdId: string,
    principal: Principal,
    apply: (manager: EntityManager, household: Household, effective: YearMonth) => Promise<void>,
  ): Promise<CompositionChangeResponse> {
    return this.dataSource.transaction((manager) => this.changeWithin(manager, householdId, principal, apply));
  }

  private async changeWithin(
    manager: EntityManager,
    householdId: string,
    principal: Principal,
    apply: (manager: EntityManager, household: Household, effective: YearMonth) => Promise<void>,
    effective: YearMonth = this.clock.currentMonth().next(),
  ): Promise<CompositionChangeResponse> {
    const household = await householdWithinDivision(manager, householdId, principal, true);
    await apply(manager, household, effective);
    const outcomes = await this.reassess(manager, household, effective, principal);
    const members = await manager.find(HouseholdMember, { where: { householdId }, order: { residentId: 'ASC' } });
    return { effectiveMonth: effective.toString(), household: toHouseholdResponse(household, members), outcomes };
  }

  private async reassess(manager: EntityManager, household: Household, effective: YearMonth, principal: Principal): Promise<CaseOutcome[]> {
    // Cases in 渐退期 already have their last month; income changes handle them (income-changes.service.ts).
    const cases = await manager.find(AssistanceCase, {
      where: { householdId: household.id, program: 'DIBAO', status: In(['APPROVED', 'ACTIVE', 'SUSPENDED']), gradualExitUntil: IsNull() },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    if (cases.length === 0) return [];
    const policy = await DibaoPolicy.load(this.policy, manager);
    const living = livingDibaoMembers(await manager.findBy(HouseholdMember, { householdId: household.id }), effective);
    const standard = policy.standard(household.area, effective);
    const assetLimitMonths = policy.assetLimitMonths(effective);
    const outcomes: CaseOutcome[] = [];
    for (const c of cases) {
      const covered = c.residentId === null ? living : living.filter((m) => m.residentId === c.residentId);
      // A 单人户 case is checked for its person's presence and the household's assets; its income rule is the application's.
      const ineligibility =
        c.residentId === null
          ? dibaoIneligibility({ members: covered, financialAssetsFen: household.financialAssetsFen, standard, assetLimitMonths })
          : covered.length === 0
            ? 'NO_MEMBERS'
            : singlePersonAssetsProblem({ financialAssetsFen: household.financialAssetsFen, livingMembers: living.length, standard, assetLimitMonths });
      const enrolled = (await manager.find(Enrollment, { where: { caseId: c.id, stopFromMonth: IsNull() } })).map((e) => e.residentId);
      if (ineligibility === null) {
        const { start, stop } = enrollmentChanges(
          covered.map((m) => m.residentId),
          enrolled,
        );
        if (start.length > 0) await startEnrollments(manager, this.publisher, c, start, effective, this.clock.today());
        if (stop.length > 0) await stopEnrollments(manager, this.publisher, c, effective, 'MOVED_AWAY', { residentIds: stop });
        outcomes.push({ caseId: c.id, decision: 'CONTINUE', stopFromMonth: null, reason: null, benefitFen: policy.benefitFen(household.area, covered, effective) });
        continue;
      }
      const reason = stopReasonFor(ineligibility);
      const before = toCaseResponse(c);
      Object.assign(c, { status: 'STOPPED', reason, stopFromMonth: effective.toString() });
      await manager.save(c);
      await stopEnrollments(manager, this.publisher, c, effective, reason);
      await this.audit.record(manager, { actor: principal, action: 'dibao.stop', entityType: 'assistance-case', entityId: c.id, before, after: toCaseResponse(c), reason });
      outcomes.push({ caseId: c.id, decision: 'STOP', stopFromMonth: effective.toString(), reason, benefitFen: 0 });
    }
    return outcomes;
  }
}

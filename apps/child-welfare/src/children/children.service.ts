import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertCurrentVersion, type ExpectedVersions } from '@app/common/http/if-match';
import { ProblemException } from '@app/common/http/problem';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertVillageAccess, loadAccessibleChild } from '../access/child-access';
import { AllowanceAnnouncer } from '../allowances/allowance-announcer.service';
import { townshipOf } from '../access/rules/division-access.rule';
import { CategoryDeriver } from '../categories/category-deriver.service';
import type { ChildCategory } from '../categories/rules/child-category.rule';
import { RiskLedger } from '../risk/risk-ledger.service';
import { Child } from './child.entity';
import type { RegisterChildDto, UpdateGuardiansDto, UpdateSituationsDto } from './dto/register-child.dto';
import { guardiansFrom } from './guardians';

@Injectable()
export class ChildrenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly categories: CategoryDeriver,
    private readonly risk: RiskLedger,
    private readonly audit: AuditService,
    private readonly allowances: AllowanceAnnouncer,
  ) {}

  async register(principal: Principal, dto: RegisterChildDto): Promise<Child> {
    assertVillageAccess(principal, dto.villageCode);
    const today = this.clock.today();
    const check = checkResidentId(dto.residentId, today);
    if (!check.ok) throw new ProblemException({ status: 422, code: 'CHILD.INVALID_RESIDENT_ID', detail: `resident ID refused: ${check.code}` });
    const guardians = guardiansFrom(dto.guardians, check.info.id);
    const tier = dto.riskTier ?? 'GREEN';
    const reason = dto.riskReason ?? 'initial rating';
    const child = new Child();
    Object.assign(child, {
      residentId: check.info.id,
      name: dto.name,
      birthDate: check.info.birthDate,
      villageCode: dto.villageCode,
      townshipCode: townshipOf(dto.villageCode),
      carerName: dto.carerName,
      carerRelation: dto.carerRelation,
      guardians,
      situations: [...new Set(dto.situations ?? [])].sort(),
      status: 'ACTIVE',
      closedOn: null,
      closedReason: null,
      riskTier: tier,
      riskReason: reason,
      tierRatedOn: today,
      lastVisitOn: null,
      registeredOn: today,
      adoptedOn: null,
      guardiansBeforeAdoption: null,
      careForm: dto.careForm ?? 'DISPERSED',
    });
    child.categories = await this.categories.derive(child, today);
    child.categoriesDerivedOn = today;
    child.nextVisitDue = await this.risk.dueDate(tier, today, null);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Child, { residentId: child.residentId })) {
        throw new ProblemException({ status: 409, code: 'CHILD.ALREADY_REGISTERED', detail: 'a child with this resident ID is already registered' });
      }
      const saved = await manager.save(Child, child);
      await this.audit.record(manager, { actor: principal, action: 'child.registered', entityType: 'child', entityId: saved.id, after: { villageCode: saved.villageCode, categories: saved.categories } });
      const rated = await this.risk.rate(manager, saved, { to: tier, reason, on: today, actor: principal, first: true });
      return this.allowances.announce(manager, rated, today);
    });
  }

  async get(principal: Principal, id: string): Promise<{ child: Child; categoriesToday: ChildCategory[] }> {
    const child = await loadAccessibleChild(this.dataSource.manager, principal, id);
    // Age and the 6-month thresholds move with the calendar: categories are read as of today.
    const categoriesToday = child.status === 'ACTIVE' ? await this.categories.derive(child, this.clock.today()) : [];
    return { child, categoriesToday };
  }

  /** Replaces the parents/guardians and their situation; the categories are re-derived. */
  async updateGuardians(principal: Principal, id: string, dto: UpdateGuardiansDto, expected?: ExpectedVersions): Promise<Child> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, id, true);
      assertCurrentVersion(expected, child.version, 'child');
      if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
      const before = { guardians: child.guardians, categories: child.categories };
      child.guardians = guardiansFrom(dto.guardians, child.residentId);
      child.categories = await this.categories.derive(child, today);
      child.categoriesDerivedOn = today;
      const saved = await manager.save(Child, child);
      await this.audit.record(manager, { actor: principal, action: 'child.guardians-updated', entityType: 'child', entityId: id, before, after: { guardians: saved.guardians, categories: saved.categories } });
      // A parent regaining capacity (or a new incapacity) starts or stops the allowance.
      return this.allowances.announce(manager, saved, today);
    });
  }

  /** Replaces the child's and the household's situation; the categories are re-derived (特殊困难儿童). */
  async updateSituations(principal: Principal, id: string, dto: UpdateSituationsDto, expected?: ExpectedVersions): Promise<Child> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const child = await loadAccessibleChild(manager, principal, id, true);
      assertCurrentVersion(expected, child.version, 'child');
      if (child.status !== 'ACTIVE') throw new ProblemException({ status: 409, code: 'CHILD.CASE_CLOSED', detail: 'the case is closed' });
      const before = { situations: child.situations, categories: child.categories };
      child.situations = [...new Set(dto.situations)].sort();
      child.categories = await this.categories.derive(child, today);
      child.categoriesDerivedOn = today;
      const saved = await manager.save(Child, child);
      await this.audit.record(manager, { actor: principal, action: 'child.situations-updated', entityType: 'child', entityId: id, before, after: { situations: saved.situations, categories: saved.categories } });
      return saved;
    });
  }
}

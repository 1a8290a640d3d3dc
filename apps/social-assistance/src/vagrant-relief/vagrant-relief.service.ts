import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { ageOn, parseResidentId } from '@app/common/resident-id/resident-id';
import { addDays } from '@app/common/time/calendar-date';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import type { CloseDto, ExtensionDto, FamilySearchDto, IntakeDto, VagrantCaseResponse } from './dto/vagrant.dto';
import { guardianFound, isOverdue, outcomeProblem, stayUntil } from './rules/vagrant-stay.rule';
import { VagrantCase } from './vagrant-case.entity';

export const VAGRANT_KEYS = {
  stayLimitDays: 'social-assistance.vagrant.stay-limit-days',
  adultAge: 'social-assistance.vagrant.adult-age',
} as const;

@Injectable()
export class VagrantReliefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private response(c: VagrantCase): VagrantCaseResponse {
    const { id, regionCode, residentId, name, minor, admittedOn, extensions, familySearch, status, outcome, closedOn } = c;
    return { id, regionCode, residentId, name, minor, admittedOn, stayUntil: c.stayUntil, extensions, familySearch, status, outcome, closedOn, overdue: status === 'IN_CARE' && isOverdue(c.stayUntil, this.clock.today()) };
  }

  /** The figure in force this month (503 POLICY.NOT_IN_FORCE without one). */
  private figure(manager: EntityManager, key: (typeof VAGRANT_KEYS)[keyof typeof VAGRANT_KEYS], today: string): Promise<number> {
    return this.policy.valueForMonth(key, YearMonth.fromDate(today), manager);
  }

  /** 24-hour intake: the stay runs from today for the stay limit. */
  async intake(dto: IntakeDto, principal: Principal): Promise<VagrantCaseResponse> {
    assertWithinDivision(principal, dto.regionCode, 'regionCode');
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const residentId = dto.residentId?.toUpperCase() ?? null;
      const minor = residentId ? ageOn(parseResidentId(residentId, today).birthDate, today) < (await this.figure(manager, VAGRANT_KEYS.adultAge, today)) : (dto.apparentMinor ?? false);
      const days = await this.figure(manager, VAGRANT_KEYS.stayLimitDays, today);
      const saved = await manager.save(
        manager.create(VagrantCase, { regionCode: dto.regionCode, residentId, name: dto.name.trim(), minor, admittedOn: today, stayUntil: stayUntil(today, days), extensions: [], familySearch: [], status: 'IN_CARE', outcome: null, closedOn: null, admittedBy: principal.sub }),
      );
      await this.audit.record(manager, { actor: principal, action: 'vagrant-case.admitted', entityType: 'vagrant-case', entityId: saved.id, after: this.response(saved) });
      return this.response(saved);
    });
  }

  async get(id: string, principal: Principal): Promise<VagrantCaseResponse> {
    const c = await this.find(this.dataSource.manager, id, false);
    assertWithinDivision(principal, c.regionCode ?? '', 'regionCode');
    return this.response(c);
  }

  async extend(id: string, dto: ExtensionDto, principal: Principal): Promise<VagrantCaseResponse> {
    return this.change(id, principal, 'vagrant-case.extended', (c) => {
      const until = addDays(c.stayUntil, dto.days);
      c.extensions = [...c.extensions, { from: c.stayUntil, until, reason: dto.reason, by: principal.sub }];
      c.stayUntil = until;
    });
  }

  async familySearch(id: string, dto: FamilySearchDto, principal: Principal): Promise<VagrantCaseResponse> {
    const today = this.clock.today();
    if (dto.guardian && !dto.found) {
      throw new ProblemException({ status: 400, code: 'VALIDATION.FAILED', detail: 'A guardian is recorded only with a search that found the family.', errors: [{ field: 'guardian', code: 'guardianOnlyWhenFound', message: 'guardian needs found: true' }] });
    }
    const guardian = dto.guardian ? { guardian: { name: dto.guardian.name.trim(), relation: dto.guardian.relation } } : {};
    return this.change(id, principal, 'vagrant-case.family-search', (c) => {
      c.familySearch = [...c.familySearch, { on: today, found: dto.found, note: dto.note, by: principal.sub, ...guardian }];
    });
  }

  async close(id: string, dto: CloseDto, principal: Principal): Promise<VagrantCaseResponse> {
    const today = this.clock.today();
    return this.change(id, principal, 'vagrant-case.closed', (c) => {
      const problem = outcomeProblem(c.minor, dto.outcome, guardianFound(c.familySearch));
      if (problem) {
        throw new ProblemException({ status: 422, code: `VAGRANT.${problem}`, detail: 'Minors go to the minor-protection centre (HANDED_OVER), or home (RETURNED_HOME) with a parent or guardian found by family search; adults return home or leave.', errors: [{ field: 'outcome', code: problem, message: 'outcome not allowed for this person' }] });
      }
      Object.assign(c, { status: 'CLOSED', outcome: dto.outcome, closedOn: today });
    });
  }

  /** The response of a case as every route answers it (for the work lists' pages). */
  view(c: VagrantCase): VagrantCaseResponse {
    return this.response(c);
  }

  private async find(manager: EntityManager, id: string, lock: boolean): Promise<VagrantCase> {
    const c = await manager.findOne(VagrantCase, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!c) throw new ProblemException({ status: 404, code: 'VAGRANT.NOT_FOUND', detail: 'No vagrant relief case with this id.' });
    return c;
  }

  private async change(id: string, principal: Principal, action: string, apply: (c: VagrantCase) => void): Promise<VagrantCaseResponse> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.find(manager, id, true);
      assertWithinDivision(principal, c.regionCode ?? '', 'regionCode');
      if (c.status !== 'IN_CARE') throw new ProblemException({ status: 409, code: 'VAGRANT.CLOSED', detail: 'The case is closed.' });
      const before = this.response(c);
      apply(c);
      const saved = await manager.save(c);
      await this.audit.record(manager, { actor: principal, action, entityType: 'vagrant-case', entityId: id, before, after: this.response(saved) });
      return this.response(saved);
    });
  }
}

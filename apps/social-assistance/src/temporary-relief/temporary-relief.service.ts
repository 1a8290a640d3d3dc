import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DibaoPolicy } from '../dibao/dibao-policy';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import type { DocumentReliefDto, GrantReliefDto, ReliefResponse } from './dto/temporary-relief.dto';
import { maxReliefFen, reliefProblem } from './rules/relief-limit.rule';
import { documentationProblem, paidFirstProblem } from './rules/relief-type.rule';
import { TemporaryRelief } from './temporary-relief.entity';

export const RELIEF_MONTHS_KEY = 'social-assistance.temporary-relief.max-months-of-standard';

function toResponse(r: TemporaryRelief): ReliefResponse {
  const { id, residentId, area, regionCode, reliefType, amountFen, reason, grantedOn, grantedBy, paidFirst, documentedOn, documentedBy, documentationNote } = r;
  return { id, residentId, area, regionCode, reliefType, amountFen, reason, grantedOn, grantedBy, paidFirst, documentedOn, documentedBy, documentationNote };
}

@Injectable()
export class TemporaryReliefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async grant(dto: GrantReliefDto, principal: Principal): Promise<ReliefResponse> {
    assertWithinDivision(principal, dto.regionCode, 'regionCode');
    const paidFirst = dto.paidFirst ?? false;
    const typeProblem = paidFirstProblem(dto.reliefType, paidFirst);
    if (typeProblem) {
      throw new ProblemException({ status: 422, code: `RELIEF.${typeProblem}`, detail: 'Only an emergency grant may be paid before it is documented.', errors: [{ field: 'paidFirst', code: 'paidFirstOnlyForEmergency', message: 'only for reliefType EMERGENCY' }] });
    }
    const today = this.clock.today();
    const month = YearMonth.fromDate(today);
    const residentId = dto.residentId.toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const dead = await manager.query(`SELECT 1 FROM death_notice WHERE resident_id = $1`, [residentId]);
      if (dead.length > 0) throw new ProblemException({ status: 422, code: 'RELIEF.PERSON_DECEASED', detail: 'A death is recorded for this person.' });
      const standard = (await DibaoPolicy.load(this.policy, manager)).standard(dto.area, month);
      const months = await this.policy.valueForMonth(RELIEF_MONTHS_KEY, month, manager);
      const max = maxReliefFen(standard, months);
      const problem = reliefProblem(dto.amountFen, max);
      if (problem) throw new ProblemException({ status: 422, code: `RELIEF.${problem}`, detail: `A grant may be at most ${max} fen (${months} months of the standard).` });
      const saved = await manager.save(
        manager.create(TemporaryRelief, {
          residentId,
          area: dto.area,
          regionCode: dto.regionCode,
          reliefType: dto.reliefType,
          amountFen: dto.amountFen,
          reason: dto.reason.trim(),
          grantedOn: today,
          grantedBy: principal.sub,
          paidFirst,
          documentedOn: paidFirst ? null : today,
          documentedBy: paidFirst ? null : principal.sub,
          documentationNote: null,
        }),
      );
      await this.audit.record(manager, { actor: principal, action: 'temporary-relief.granted', entityType: 'temporary-relief', entityId: saved.id, after: toResponse(saved) });
      return toResponse(saved);
    });
  }

  /** 先行救助: the documents of a grant paid first arrive. */
  /** One grant, by the id its creation answered (its Location). */
  async get(id: string, principal: Principal): Promise<ReliefResponse> {
    const grant = await this.dataSource.getRepository(TemporaryRelief).findOne({ where: { id } });
    if (!grant) throw new ProblemException({ status: 404, code: 'RELIEF.NOT_FOUND', detail: 'No temporary relief grant with this id.' });
    assertWithinDivision(principal, grant.regionCode ?? '', 'regionCode');
    return toResponse(grant);
  }

  async document(id: string, dto: DocumentReliefDto, principal: Principal): Promise<ReliefResponse> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOne(TemporaryRelief, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw new ProblemException({ status: 404, code: 'RELIEF.NOT_FOUND', detail: 'No temporary relief grant with this id.' });
      assertWithinDivision(principal, grant.regionCode ?? '', 'regionCode');
      const problem = documentationProblem(grant);
      if (problem) throw new ProblemException({ status: 409, code: `RELIEF.${problem}`, detail: problem === 'NOT_PAID_FIRST' ? 'The grant was documented when granted.' : 'The grant is already documented.' });
      const before = toResponse(grant);
      Object.assign(grant, { documentedOn: today, documentedBy: principal.sub, documentationNote: dto.note.trim() });
      const saved = await manager.save(grant);
      await this.audit.record(manager, { actor: principal, action: 'temporary-relief.documented', entityType: 'temporary-relief', entityId: id, before, after: toResponse(saved) });
      return toResponse(saved);
    });
  }

  /** Grants of a person handled within the caller's division. */
  async find(residentId: string, principal: Principal): Promise<ReliefResponse[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(TemporaryRelief, 'r')
      .where('r.resident_id = :residentId AND r.region_code LIKE :prefix', { residentId: residentId.toUpperCase(), prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('r.granted_on')
      .addOrderBy('r.id')
      .getMany();
    return rows.map(toResponse);
  }
}

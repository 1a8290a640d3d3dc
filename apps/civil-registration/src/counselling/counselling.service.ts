import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Divorce } from '../divorces/divorce.entity';
import { requireOpenOffice } from '../registration-offices/office-check';
import { CounsellingSession, MediationSession } from './counselling-session.entity';
import type { CounsellingSessionDto, MediationListQuery, MediationSessionDto, RecordCounsellingDto, RecordMediationDto } from './dto/counselling.dto';
import { counsellingCoupleProblem, MEDIATION_OUTCOME_LABELS, mediationProblem } from './rules/mediation-eligibility.rule';

function toCounsellingDto(s: CounsellingSession): CounsellingSessionDto {
  return { id: s.id, partyResidentIds: [s.partyAResidentId, s.partyBResidentId], heldOn: s.heldOn, officeId: s.officeId, counsellor: s.counsellor, divisionCode: s.divisionCode };
}

function toMediationDto(s: MediationSession): MediationSessionDto {
  return { id: s.id, divorceId: s.divorceId, heldOn: s.heldOn, officeId: s.officeId, counsellor: s.counsellor, outcome: s.outcome, outcomeLabel: MEDIATION_OUTCOME_LABELS[s.outcome], divisionCode: s.divisionCode };
}

function refuse(code: string, field: string, detail: string): ProblemException {
  return new ProblemException({ status: 422, code, detail, errors: [{ field, code, message: detail }] });
}

/** Premarital counselling (婚前辅导) and divorce mediation (离婚调解) sessions, held today at an open office. */
@Injectable()
export class CounsellingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async recordCounselling(dto: RecordCounsellingDto, principal: Principal): Promise<CounsellingSessionDto> {
    const parties = dto.partyResidentIds.map((id) => id.toUpperCase()).sort();
    if (counsellingCoupleProblem(parties)) throw refuse('COUNSELLING.SAME_PERSON', 'partyResidentIds', 'A couple is two different people.');
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      await requireOpenOffice(manager, dto.officeId, today);
      const session = await manager.save(
        manager.create(CounsellingSession, {
          partyAResidentId: parties[0],
          partyBResidentId: parties[1],
          heldOn: today,
          officeId: dto.officeId,
          counsellor: dto.counsellor.trim(),
          divisionCode: principal.division,
          recordedBy: principal.sub,
        }),
      );
      const recorded = toCounsellingDto(session);
      await this.audit.record(manager, { actor: principal, action: 'counselling.recorded', entityType: 'counselling-session', entityId: session.id, after: recorded });
      return recorded;
    });
  }

  /** A mediation on an application still open today: the application is read with a share lock, so it cannot close meanwhile. */
  async recordMediation(dto: RecordMediationDto, principal: Principal): Promise<MediationSessionDto> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const divorce = await manager.findOne(Divorce, { where: { id: dto.divorceId }, lock: { mode: 'pessimistic_read' } });
      const problem = mediationProblem(divorce, today);
      if (problem === 'MEDIATION.UNKNOWN_DIVORCE') throw refuse(problem, 'divorceId', 'No divorce application with this id.');
      if (problem || !divorce) throw refuse('MEDIATION.DIVORCE_NOT_OPEN', 'divorceId', 'Mediation is for an application in cooling-off or awaiting the certificate.');
      assertWithinDivision(principal, divorce.divisionCode, 'divorceId');
      await requireOpenOffice(manager, dto.officeId, today);
      const session = await manager.save(
        manager.create(MediationSession, {
          divorceId: divorce.id,
          heldOn: today,
          officeId: dto.officeId,
          counsellor: dto.counsellor.trim(),
          outcome: dto.outcome,
          divisionCode: principal.division,
          recordedBy: principal.sub,
        }),
      );
      const recorded = toMediationDto(session);
      await this.audit.record(manager, { actor: principal, action: 'mediation.recorded', entityType: 'mediation-session', entityId: session.id, after: recorded });
      return recorded;
    });
  }

  /** Counselling sessions recorded in the caller's division, the latest first. */
  async listCounselling(query: PageQuery, principal: Principal): Promise<Page<CounsellingSessionDto>> {
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await this.dataSource.manager
      .createQueryBuilder(CounsellingSession, 's')
      .where('s.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('s.held_on', 'DESC')
      .addOrderBy('s.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(rows.map(toCounsellingDto), total, query);
  }

  /** Mediation sessions recorded in the caller's division (of one application if asked), the latest first. */
  async listMediations(query: MediationListQuery, principal: Principal): Promise<Page<MediationSessionDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(MediationSession, 's').where('s.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.divorceId) qb.andWhere('s.divorce_id = :divorceId', { divorceId: query.divorceId });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('s.held_on', 'DESC').addOrderBy('s.id').offset(offset).limit(limit).getManyAndCount();
    return pageOf(rows.map(toMediationDto), total, query);
  }
}

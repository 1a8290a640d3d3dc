import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { addDays } from '@app/common/time/calendar-date';
import { mergeHolidayCalendars } from '@app/common/time/working-days';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Marriage } from '../marriages/marriage.entity';
import { isDeceased, lockPersons } from '../marriages/person-facts';
import type { CivilRegistrationPolicies } from '../policy-catalogue';
import { requireOpenOffice } from '../registration-offices/office-check';
import { Divorce } from './divorce.entity';
import type { ApplyForDivorceDto, DivorceDto, RegisterDivorceDto, WithdrawDivorceDto } from './dto/divorce.dto';
import { divorceDeadlines, divorcePhase, divorceState } from './rules/cooling-off.rule';

export const COOLING_OFF_DAYS_KEY = 'civil-registration.divorce.cooling-off-days';
export const CERTIFICATE_WINDOW_DAYS_KEY = 'civil-registration.divorce.certificate-window-days';
export const PUBLIC_HOLIDAYS_KEY = 'civil-registration.public-holidays';

function refuse(status: number, code: string, detail: string): ProblemException {
  return new ProblemException({ status, code, detail });
}

function sameParties(divorce: { partyAResidentId: string; partyBResidentId: string }, ids: string[]): boolean {
  const expected = [divorce.partyAResidentId, divorce.partyBResidentId].sort();
  const given = [...ids].sort();
  return expected[0] === given[0] && expected[1] === given[1];
}

@Injectable()
export class DivorcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<CivilRegistrationPolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  toDto(d: Divorce, today = this.clock.today()): DivorceDto {
    return {
      id: d.id,
      marriageId: d.marriageId,
      partyResidentIds: [d.partyAResidentId, d.partyBResidentId],
      state: divorceState(d.status, d, today),
      status: d.status,
      appliedOn: d.appliedOn,
      coolingOffEndsOn: d.coolingOffEndsOn,
      certificateDeadline: d.certificateDeadline,
      withdrawnOn: d.withdrawnOn,
      withdrawnByResidentId: d.withdrawnByResidentId,
      registeredOn: d.registeredOn,
      officeId: d.officeId,
      registrationOfficeId: d.registrationOfficeId,
    };
  }

  async apply(dto: ApplyForDivorceDto, principal: Principal): Promise<DivorceDto> {
    const today = this.clock.today();
    const coolingOffDays = await this.policy.require(COOLING_OFF_DAYS_KEY, today);
    const windowDays = await this.policy.require(CERTIFICATE_WINDOW_DAYS_KEY, today);
    // Every year's calendar as one: a deadline counted from December ends in the next year.
    const calendar = mergeHolidayCalendars((await this.policy.periods(PUBLIC_HOLIDAYS_KEY)).all());
    return this.dataSource.transaction(async (manager) => {
      await requireOpenOffice(manager, dto.officeId, today);
      const marriage = await manager.findOne(Marriage, { where: { id: dto.marriageId }, lock: { mode: 'pessimistic_write' } });
      if (!marriage) throw refuse(404, 'DIVORCE.MARRIAGE_NOT_FOUND', 'No marriage with this id.');
      if (marriage.status !== 'ACTIVE') throw refuse(422, 'DIVORCE.MARRIAGE_NOT_ACTIVE', 'The marriage has already been dissolved.');
      if (!sameParties(marriage, dto.partyResidentIds)) throw refuse(422, 'DIVORCE.NOT_THE_PARTIES', 'The applicants are not the two parties of this marriage.');
      if (!dto.bothPartiesPresent) throw refuse(422, 'DIVORCE.PARTIES_NOT_PRESENT', 'A divorce by agreement is applied for jointly, both parties present.');
      await this.refuseIfDeceased(manager, dto.partyResidentIds);
      const open = await manager.findOneBy(Divorce, { marriageId: marriage.id, status: 'APPLIED' });
      if (open && divorcePhase(open, today) !== 'EXPIRED') {
        throw refuse(409, 'DIVORCE.ALREADY_APPLIED', `An application for this marriage is open (${open.id}).`);
      }
      if (open) await this.deemWithdrawn(manager, open, { system: 'divorce-expiry' });

      const deadlines = divorceDeadlines(today, coolingOffDays, windowDays, calendar);
      const divorce = await manager.save(
        manager.create(Divorce, {
          marriageId: marriage.id,
          partyAResidentId: marriage.partyAResidentId,
          partyBResidentId: marriage.partyBResidentId,
          appliedOn: today,
          ...deadlines,
          status: 'APPLIED',
          withdrawnOn: null,
          withdrawnByResidentId: null,
          registeredOn: null,
          divisionCode: principal.division,
          officeId: dto.officeId,
          registrationOfficeId: null,
          recordedBy: principal.sub,
        }),
      );
      await this.publisher.publish(
        manager,
        'civil-registration.divorce.applied.v1',
        { divorceId: divorce.id, marriageId: marriage.id, partyResidentIds: [divorce.partyAResidentId, divorce.partyBResidentId], appliedOn: today, ...deadlines },
      );
      await this.audit.record(manager, { actor: principal, action: 'divorce.applied', entityType: 'divorce', entityId: divorce.id, after: this.toDto(divorce, today) });
      return this.toDto(divorce, today);
    });
  }

  /** Either party, during cooling-off only. */
  async withdraw(id: string, dto: WithdrawDivorceDto, principal: Principal): Promise<DivorceDto> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const divorce = await this.lockOpen(manager, id);
      if (![divorce.partyAResidentId, divorce.partyBResidentId].includes(dto.residentId)) {
        throw refuse(422, 'DIVORCE.NOT_A_PARTY', 'Only a party to the application may withdraw it.');
      }
      if (divorcePhase(divorce, today) !== 'COOLING_OFF') {
        throw refuse(422, 'DIVORCE.NOT_IN_COOLING_OFF', `Withdrawal is possible until the end of cooling-off on ${divorce.coolingOffEndsOn}.`);
      }
      Object.assign(divorce, { status: 'WITHDRAWN', withdrawnOn: today, withdrawnByResidentId: dto.residentId });
      await manager.save(divorce);
      await this.publisher.publish(
        manager,
        'civil-registration.divorce.withdrawn.v1',
        {
          divorceId: divorce.id,
          marriageId: divorce.marriageId,
          partyResidentIds: [divorce.partyAResidentId, divorce.partyBResidentId],
          reason: 'WITHDRAWN_BY_PARTY',
          withdrawnOn: today,
          withdrawnByResidentId: dto.residentId,
        },
      );
      await this.audit.record(manager, { actor: principal, action: 'divorce.withdrawn', entityType: 'divorce', entityId: divorce.id, after: this.toDto(divorce, today) });
      return this.toDto(divorce, today);
    });
  }

  /** Both parties, in the window after cooling-off: the marriage ends. */
  async register(id: string, dto: RegisterDivorceDto, principal: Principal): Promise<DivorceDto> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const divorce = await this.lockOpen(manager, id);
      if (!sameParties(divorce, dto.partyResidentIds)) throw refuse(422, 'DIVORCE.NOT_THE_PARTIES', 'Both parties of the application must come for the certificate.');
      if (!dto.bothPartiesPresent) throw refuse(422, 'DIVORCE.PARTIES_NOT_PRESENT', 'Both parties must be present for the certificate.');
      const phase = divorcePhase(divorce, today);
      if (phase === 'COOLING_OFF') throw refuse(422, 'DIVORCE.COOLING_OFF_NOT_OVER', `The cooling-off period ends on ${divorce.coolingOffEndsOn}.`);
      if (phase === 'EXPIRED') throw refuse(422, 'DIVORCE.CERTIFICATE_DEADLINE_PASSED', `The certificate had to be applied for by ${divorce.certificateDeadline}; the application is deemed withdrawn.`);
      await this.refuseIfDeceased(manager, dto.partyResidentIds);
      const office = await this.registrationOffice(manager, divorce, dto.officeId, today);
      Object.assign(divorce, { status: 'REGISTERED', registeredOn: today, registrationOfficeId: office });
      await manager.save(divorce);
      await manager.update(Marriage, { id: divorce.marriageId }, { status: 'DISSOLVED', dissolvedOn: today });
      await this.publisher.publish(
        manager,
        'civil-registration.divorce.registered.v1',
        { divorceId: divorce.id, marriageId: divorce.marriageId, partyResidentIds: [divorce.partyAResidentId, divorce.partyBResidentId], registeredOn: today },
      );
      await this.audit.record(manager, { actor: principal, action: 'divorce.registered', entityType: 'divorce', entityId: divorce.id, after: this.toDto(divorce, today) });
      return this.toDto(divorce, today);
    });
  }

  /**
   * Marks every open application past its certificate deadline DEEMED_WITHDRAWN, each once:
   * rows are claimed FOR UPDATE SKIP LOCKED and re-checked, so a concurrent run or registration
   * cannot double it. Returns how many were marked.
   */
  async expireOverdue(): Promise<number> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const overdue = await manager
        .createQueryBuilder(Divorce, 'd')
        .where(`d.status = 'APPLIED'`)
        .andWhere('d.certificate_deadline < :today', { today })
        .orderBy('d.certificate_deadline', 'ASC')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const divorce of overdue) await this.deemWithdrawn(manager, divorce, { system: 'divorce-expiry' });
      return overdue.length;
    });
  }

  async get(id: string): Promise<DivorceDto> {
    const divorce = await this.dataSource.manager.findOneBy(Divorce, { id });
    if (!divorce) throw refuse(404, 'DIVORCE.NOT_FOUND', 'No divorce application with this id.');
    return this.toDto(divorce);
  }

  private async deemWithdrawn(manager: EntityManager, divorce: Divorce, actor: AuditActor): Promise<void> {
    // The day after the deadline, whenever the job gets to it.
    const withdrawnOn = addDays(divorce.certificateDeadline, 1);
    Object.assign(divorce, { status: 'DEEMED_WITHDRAWN', withdrawnOn });
    await manager.save(divorce);
    await this.publisher.publish(
      manager,
      'civil-registration.divorce.withdrawn.v1',
      { divorceId: divorce.id, marriageId: divorce.marriageId, partyResidentIds: [divorce.partyAResidentId, divorce.partyBResidentId], reason: 'DEEMED_WITHDRAWN', withdrawnOn },
    );
    await this.audit.record(manager, { actor, action: 'divorce.deemed-withdrawn', entityType: 'divorce', entityId: divorce.id, after: { status: divorce.status, withdrawnOn } });
  }

  private async lockOpen(manager: EntityManager, id: string): Promise<Divorce> {
    const divorce = await manager.findOne(Divorce, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!divorce) throw refuse(404, 'DIVORCE.NOT_FOUND', 'No divorce application with this id.');
    if (divorce.status !== 'APPLIED') throw refuse(422, 'DIVORCE.NOT_OPEN', `The application is already ${divorce.status}.`);
    await lockPersons(manager, [divorce.partyAResidentId, divorce.partyBResidentId]);
    return divorce;
  }

  /** The office named, else the one that received the application (none on record: it must be named). */
  private async registrationOffice(manager: EntityManager, divorce: Divorce, officeId: string | undefined, today: string): Promise<string> {
    const id = officeId ?? divorce.officeId;
    if (!id) {
      const detail = 'The application has no office on record: name the office issuing the certificate.';
      throw new ProblemException({ status: 422, code: 'DIVORCE.OFFICE_REQUIRED', detail, errors: [{ field: 'officeId', code: 'isDefined', message: detail }] });
    }
    return (await requireOpenOffice(manager, id, today)).id;
  }

  private async refuseIfDeceased(manager: EntityManager, residentIds: string[]): Promise<void> {
    for (const id of residentIds) {
      if (await isDeceased(manager, id)) throw refuse(422, 'DIVORCE.PARTY_DECEASED', 'A party is recorded as deceased: the marriage ended with the death.');
    }
  }
}

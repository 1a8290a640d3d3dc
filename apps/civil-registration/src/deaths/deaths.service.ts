import type { Principal } from '@app/common/auth/claims';
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { AuditService } from '@app/common/audit/audit.service';
import { EventPublisher } from '@app/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CivilRegistrationPolicies } from '../policy-catalogue';
import { DeathRecord, DeathReportConflict } from './death-record.entity';
import type { DeathResponse, RegisterDeathDto } from './dto/register-death.dto';
import { compareWithRecorded, deathDateProblem, disposalAllowed } from './rules/death-report.rule';

export const BURIAL_EXEMPT_KEY = 'civil-registration.burial-exempt-ethnicities';

export type RegisterDeathResult = { created: boolean; death: DeathResponse };

type DeathSource = RegisterDeathDto['source'];
type NewDeathRecord = Omit<DeathRecord, 'id' | 'source'> & { source: DeathSource };
type InsertedDeath = DeathRecord & { source: DeathSource };

export function toDeathResponse(d: DeathRecord): DeathResponse {
  return {
    id: d.id,
    residentId: d.residentId,
    name: d.name,
    sex: d.sex,
    ethnicity: d.ethnicity,
    dateOfDeath: d.dateOfDeath,
    placeOfDeath: d.placeOfDeath,
    disposal: d.disposal,
    source: d.source,
    divisionCode: d.divisionCode,
    receivedAt: d.receivedAt.toISOString(),
  };
}

@Injectable()
export class DeathsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly policy: PolicyService<CivilRegistrationPolicies>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records a death once per person. The same death again returns the record (created: false,
   * no event); a different date is kept for review and answered 409. Concurrent identical
   * reports meet at the unique resident_id: one insert wins, the others read its row.
   */
  async register(dto: RegisterDeathDto, principal: Principal): Promise<RegisterDeathResult> {
    const record = await this.checkedRecord(dto, principal);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.insertOnce(manager, record);
      if (inserted) {
        await this.announce(manager, inserted, principal);
        return { kind: 'CREATED' as const, death: inserted };
      }
      const existing = await manager.findOneByOrFail(DeathRecord, { residentId: record.residentId });
      if (compareWithRecorded(existing.dateOfDeath, dto.dateOfDeath) === 'SAME_DEATH') return { kind: 'SAME' as const, death: existing };
      const conflictId = await this.keepConflictingReport(manager, existing, dto, record);
      return { kind: 'CONFLICT' as const, death: existing, conflictId };
    });

    if (outcome.kind === 'CONFLICT') {
      throw new ProblemException({
        status: 409,
        code: 'DEATH.CONFLICTING_DATE',
        detail: `A death is already recorded for this person on ${outcome.death.dateOfDeath}; the report was kept for review (${outcome.conflictId}).`,
      });
    }
    return { created: outcome.kind === 'CREATED', death: toDeathResponse(outcome.death) };
  }

  /** The row to insert, or the problem with the report: resident ID, date of death, disposal. */
  private async checkedRecord(dto: RegisterDeathDto, principal: Principal): Promise<NewDeathRecord> {
    const today = this.clock.today();
    const checked = checkResidentId(dto.residentId, today);
    if (!checked.ok) {
      throw new ProblemException({ status: 400, code: 'DEATH.INVALID_RESIDENT_ID', detail: `The resident ID is not valid (${checked.code}).` });
    }
    const dateProblem = deathDateProblem(dto.dateOfDeath, checked.info.birthDate, today);
    if (dateProblem) {
      throw new ProblemException({
        status: 422,
        code: dateProblem,
        detail: dateProblem === 'DEATH.DATE_IN_FUTURE' ? 'The date of death is in the future.' : 'The date of death is before the birth date in the resident ID.',
      });
    }
    const ethnicity = dto.ethnicity.toUpperCase();
    if (dto.disposal === 'BURIAL') await this.refuseBurialUnlessExempt(ethnicity, dto.dateOfDeath);
    return {
      residentId: checked.info.id,
      name: dto.name.trim(),
      sex: checked.info.sex,
      ethnicity,
      dateOfDeath: dto.dateOfDeath,
      placeOfDeath: dto.placeOfDeath.trim(),
      disposal: dto.disposal,
      source: dto.source,
      divisionCode: principal.division,
      receivedAt: this.clock.now(),
      recordedBy: principal.sub,
    };
  }

  private async refuseBurialUnlessExempt(ethnicity: string, dateOfDeath: string): Promise<void> {
    const exempt = await this.policy.require(BURIAL_EXEMPT_KEY, dateOfDeath);
    if (disposalAllowed('BURIAL', ethnicity, exempt)) return;
    throw new ProblemException({
      status: 422,
      code: 'DEATH.BURIAL_NOT_EXEMPT',
      detail: `Cremation is compulsory; burial is allowed only for the exempt ethnic groups (${exempt.join(', ')}).`,
    });
  }

  /** The new record, or null when the person's death is already recorded. */
  private async insertOnce(manager: EntityManager, record: NewDeathRecord): Promise<InsertedDeath | null> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO death_record (resident_id, name, sex, ethnicity, date_of_death, place_of_death, disposal, source, division_code, received_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (resident_id) DO NOTHING
       RETURNING id`,
      [record.residentId, record.name, record.sex, record.ethnicity, record.dateOfDeath, record.placeOfDeath, record.disposal, record.source, record.divisionCode, record.receivedAt, record.recordedBy],
    );
    // The row holds exactly what was inserted: no need to read it back.
    return inserted.length === 1 ? { ...manager.create(DeathRecord, { id: inserted[0].id, ...record }), source: record.source } : null;
  }

  /** The event the whole platform reacts to, and the audit entry, in the insert's transaction. */
  private async announce(manager: EntityManager, death: InsertedDeath, principal: Principal): Promise<void> {
    await this.publisher.publish(
      manager,
      'civil-registration.death.registered.v1',
      {
        deathId: death.id,
        residentId: death.residentId,
        name: death.name,
        sex: death.sex,
        ethnicity: death.ethnicity,
        dateOfDeath: death.dateOfDeath,
        placeOfDeath: death.placeOfDeath,
        disposal: death.disposal,
        source: death.source,
        receivedAt: death.receivedAt.toISOString(),
        divisionCode: death.divisionCode,
      },
      { subject: death.residentId },
    );
    await this.audit.record(manager, { actor: principal, action: 'death.registered', entityType: 'death', entityId: death.id, after: toDeathResponse(death) });
  }

  private async keepConflictingReport(manager: EntityManager, existing: DeathRecord, dto: RegisterDeathDto, record: NewDeathRecord): Promise<string> {
    const conflict = await manager.save(
      manager.create(DeathReportConflict, {
        deathId: existing.id,
        residentId: existing.residentId,
        reportedDateOfDeath: dto.dateOfDeath,
        report: { ...dto, residentId: record.residentId },
        receivedAt: record.receivedAt,
        reportedBy: record.recordedBy,
      }),
    );
    return conflict.id;
  }

  async get(id: string): Promise<DeathResponse> {
    const death = await this.dataSource.manager.findOneBy(DeathRecord, { id });
    if (!death) throw new ProblemException({ status: 404, code: 'DEATH.NOT_FOUND', detail: 'No death with this id.' });
    return toDeathResponse(death);
  }

  async findByResident(residentId: string): Promise<DeathResponse[]> {
    const deaths = await this.dataSource.manager.findBy(DeathRecord, { residentId });
    return deaths.map(toDeathResponse);
  }
}

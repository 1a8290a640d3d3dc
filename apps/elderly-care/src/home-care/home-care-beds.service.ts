import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { isCalendarDate } from '@app/common/time/calendar-date';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { livingElderInScope } from '../elders/elder-scope';
import { Institution } from '../institutions/institution.entity';
import type { CreateHomeCareBedDto } from './dto/home-care.dto';
import { HomeCareBed } from './home-care-bed.entity';

/** 家庭养老床位: one open contract per elder, with the institution that visits. */
@Injectable()
export class HomeCareBedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateHomeCareBedDto, actor: Principal): Promise<HomeCareBed> {
    if (!isCalendarDate(dto.contractedOn) || dto.contractedOn > this.clock.today()) {
      throw new ProblemException({ status: 422, code: 'HOME_CARE.DATE_INVALID', detail: 'contractedOn must be a real date, not in the future', errors: [{ field: 'contractedOn', code: 'invalidDate', message: 'not in the future' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const elder = await livingElderInScope(manager, dto.residentId, actor);
      if (!(await manager.existsBy(Institution, { id: dto.institutionId }))) {
        throw new ProblemException({ status: 404, code: 'INSTITUTION.NOT_FOUND', detail: `no institution ${dto.institutionId}`, errors: [{ field: 'institutionId', code: 'notFound', message: 'no such institution' }] });
      }
      // Serialise contracts of the same elder; the partial unique index is the last word.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`home_care_bed:${elder.residentId}`]);
      if (await manager.existsBy(HomeCareBed, { residentId: elder.residentId, endedOn: IsNull() })) {
        throw new ProblemException({ status: 409, code: 'HOME_CARE.BED_EXISTS', detail: 'the elder already has a home care bed', errors: [{ field: 'residentId', code: 'bedExists', message: 'already has a home care bed' }] });
      }
      const latest = await manager.findOne(Assessment, { where: { residentId: elder.residentId }, order: { assessedOn: 'DESC', createdAt: 'DESC' } });
      const bed = await manager.save(
        manager.create(HomeCareBed, {
          residentId: elder.residentId,
          divisionCode: elder.region,
          institutionId: dto.institutionId,
          assessmentId: latest?.id ?? null,
          visitsPerMonth: dto.visitsPerMonth,
          contractedOn: dto.contractedOn,
          endedOn: null,
          endReason: null,
        }),
      );
      await this.audit.record(manager, { actor, action: 'home-care.bed.contracted', entityType: 'home-care-bed', entityId: bed.id, after: { institutionId: dto.institutionId, visitsPerMonth: dto.visitsPerMonth, contractedOn: dto.contractedOn, assessmentId: bed.assessmentId } });
      return bed;
    });
  }

  /** One contract, by the id its creation answered (its Location), within the caller's division. */
  async get(id: string, principal: Principal): Promise<HomeCareBed> {
    const bed = await this.dataSource.getRepository(HomeCareBed).findOne({ where: { id } });
    if (!bed) throw new ProblemException({ status: 404, code: 'HOME_CARE.BED_NOT_FOUND', detail: `no home-care bed ${id}` });
    assertWithinDivision(principal, bed.divisionCode, 'divisionCode');
    return bed;
  }

  async listOf(residentId: string): Promise<HomeCareBed[]> {
    return this.dataSource.getRepository(HomeCareBed).find({ where: { residentId: residentId.toUpperCase() }, order: { contractedOn: 'ASC' } });
  }

  /** A death ends the contract on the day of death. */
  async endOnDeath(manager: EntityManager, residentId: string, dateOfDeath: string, actor: AuditActor): Promise<number> {
    const rows: { id: string; ended_on: string }[] = await manager.query(
      `WITH changed AS (UPDATE home_care_bed SET ended_on = GREATEST(contracted_on, $2::date), end_reason = 'DECEASED'
                         WHERE resident_id = $1 AND ended_on IS NULL RETURNING id, ended_on)
       SELECT id, ended_on::text AS ended_on FROM changed`,
      [residentId, dateOfDeath],
    );
    for (const row of rows) {
      await this.audit.record(manager, { actor, action: 'home-care.bed.ended', entityType: 'home-care-bed', entityId: row.id, before: { endedOn: null }, after: { endedOn: row.ended_on, endReason: 'DECEASED' } });
    }
    return rows.length;
  }
}

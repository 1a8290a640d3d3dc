import { AuditService, type AuditActor } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { isCalendarDate } from '@app/common/time/calendar-date';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import { livingElderInScope } from '../elders/elder-scope';
import { BedStay } from './bed-stay.entity';
import type { AddBedsDto, AdmitDto, ChangeOperatingModelDto, CreateInstitutionDto, DischargeDto, StaysQuery } from './dto/institution.dto';
import { Institution } from './institution.entity';
import { occupancy, type Occupancy } from './rules/occupancy.rule';
import { DEFAULT_OPERATING_MODEL, OPERATING_MODEL_LABELS } from './rules/operating-model.rule';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';

export type InstitutionView = Institution & Occupancy & { operatingModelLabel: string };

const notFound = (id: string) => new ProblemException({ status: 404, code: 'INSTITUTION.NOT_FOUND', detail: `no institution ${id}` });

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateInstitutionDto, actor: Principal): Promise<InstitutionView> {
    assertWithinDivision(actor, dto.divisionCode, 'divisionCode');
    const id = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO institution (code, institution_name, division_code, operating_model) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.institutionName, dto.divisionCode, dto.operatingModel ?? DEFAULT_OPERATING_MODEL],
      );
      if (rows.length === 0) {
        throw new ProblemException({ status: 409, code: 'INSTITUTION.CODE_TAKEN', detail: `institution ${dto.code} exists`, errors: [{ field: 'code', code: 'taken', message: 'already used' }] });
      }
      await insertBeds(manager, rows[0].id, 0, dto.bedCount);
      await this.audit.record(manager, { actor, action: 'institution.created', entityType: 'institution', entityId: rows[0].id, after: dto });
      return rows[0].id;
    });
    return this.get(id);
  }

  async addBeds(id: string, dto: AddBedsDto, actor: Principal): Promise<InstitutionView> {
    await this.dataSource.transaction(async (manager) => {
      const institution = await this.lockInScope(manager, id, actor);
      const [{ n }]: { n: string }[] = await manager.query(`SELECT count(*) AS n FROM bed WHERE institution_id = $1`, [institution.id]);
      await insertBeds(manager, institution.id, Number(n), dto.count);
      await this.audit.record(manager, { actor, action: 'institution.beds-added', entityType: 'institution', entityId: id, after: { count: dto.count } });
    });
    return this.get(id);
  }

  async changeOperatingModel(id: string, dto: ChangeOperatingModelDto, actor: Principal): Promise<InstitutionView> {
    await this.dataSource.transaction(async (manager) => {
      const institution = await this.lockInScope(manager, id, actor);
      await manager.update(Institution, { id }, { operatingModel: dto.operatingModel });
      await this.audit.record(manager, { actor, action: 'institution.operating-model-changed', entityType: 'institution', entityId: id, before: { operatingModel: institution.operatingModel }, after: dto });
    });
    return this.get(id);
  }

  /** Admits an elder to a free bed: one bed per elder, one elder per bed. */
  async admit(institutionId: string, dto: AdmitDto, actor: Principal): Promise<BedStay> {
    if (!isCalendarDate(dto.admittedOn) || dto.admittedOn > this.clock.today()) {
      throw new ProblemException({ status: 422, code: 'BED.DATE_INVALID', detail: 'admittedOn must be a real date, not in the future', errors: [{ field: 'admittedOn', code: 'invalidDate', message: 'not in the future' }] });
    }
    try {
      return await this.admitInTransaction(institutionId, dto, actor);
    } catch (err) {
      // Two institutions admitting the same elder at once: the partial unique index decides.
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        throw new ProblemException({ status: 409, code: 'BED.ELDER_ALREADY_ADMITTED', detail: 'the elder already has a bed', errors: [{ field: 'residentId', code: 'alreadyAdmitted', message: 'already has a bed' }] });
      }
      throw err;
    }
  }

  private async admitInTransaction(institutionId: string, dto: AdmitDto, actor: Principal): Promise<BedStay> {
    return this.dataSource.transaction(async (manager) => {
      // The institution's row serialises admissions to its beds.
      const institution = await this.lockInScope(manager, institutionId, actor);
      const elder = await livingElderInScope(manager, dto.residentId, actor);
      if (await manager.findOneBy(BedStay, { residentId: elder.residentId, dischargedOn: IsNull() })) {
        throw new ProblemException({ status: 409, code: 'BED.ELDER_ALREADY_ADMITTED', detail: 'the elder already has a bed', errors: [{ field: 'residentId', code: 'alreadyAdmitted', message: 'already has a bed' }] });
      }
      const bedId = await this.freeBed(manager, institution.id, dto.bedCode);
      const stay = await manager.save(manager.create(BedStay, { bedId, institutionId: institution.id, residentId: elder.residentId, admittedOn: dto.admittedOn, dischargedOn: null, dischargeReason: null }));
      await this.audit.record(manager, { actor, action: 'bed.admitted', entityType: 'bed-stay', entityId: stay.id, after: { institutionId, bedId, admittedOn: dto.admittedOn } });
      return stay;
    });
  }

  async discharge(stayId: string, dto: DischargeDto, actor: Principal): Promise<BedStay> {
    return this.dataSource.transaction(async (manager) => {
      const stay = await manager.findOne(BedStay, { where: { id: stayId }, lock: { mode: 'pessimistic_write' } });
      if (!stay) throw new ProblemException({ status: 404, code: 'BED.STAY_NOT_FOUND', detail: `no admission ${stayId}` });
      await this.lockInScope(manager, stay.institutionId, actor);
      if (stay.dischargedOn !== null) throw new ProblemException({ status: 409, code: 'BED.ALREADY_DISCHARGED', detail: `discharged on ${stay.dischargedOn}` });
      if (!isCalendarDate(dto.dischargedOn) || dto.dischargedOn < stay.admittedOn || dto.dischargedOn > this.clock.today()) {
        throw new ProblemException({ status: 422, code: 'BED.DATE_INVALID', detail: 'dischargedOn must lie between the admission and today', errors: [{ field: 'dischargedOn', code: 'invalidDate', message: 'between admission and today' }] });
      }
      await manager.update(BedStay, { id: stay.id }, { dischargedOn: dto.dischargedOn, dischargeReason: dto.reason });
      await this.audit.record(manager, { actor, action: 'bed.discharged', entityType: 'bed-stay', entityId: stay.id, before: { dischargedOn: null }, after: dto });
      return { ...stay, dischargedOn: dto.dischargedOn, dischargeReason: dto.reason };
    });
  }

  /** A death discharges from the bed on the day of death (DOMAIN §4, §0). Returns the stays closed. */
  async dischargeOnDeath(manager: EntityManager, residentId: string, dateOfDeath: string, actor: AuditActor): Promise<number> {
    const rows: { id: string; discharged_on: string }[] = await manager.query(
      `WITH changed AS (UPDATE bed_stay SET discharged_on = GREATEST(admitted_on, $2::date), discharge_reason = 'DECEASED'
                         WHERE resident_id = $1 AND discharged_on IS NULL RETURNING id, discharged_on)
       SELECT id, discharged_on::text AS discharged_on FROM changed`,
      [residentId, dateOfDeath],
    );
    for (const row of rows) {
      await this.audit.record(manager, { actor, action: 'bed.discharged', entityType: 'bed-stay', entityId: row.id, before: { dischargedOn: null }, after: { dischargedOn: row.discharged_on, reason: 'DECEASED' } });
    }
    return rows.length;
  }

  async get(id: string): Promise<InstitutionView> {
    const [view] = await this.views('WHERE i.id = $1', [id]);
    if (!view) throw notFound(id);
    return view;
  }

  async stays(institutionId: string, query: StaysQuery): Promise<Page<BedStay>> {
    await this.get(institutionId);
    const { offset, limit } = pageWindow(query);
    const [stays, total] = await this.dataSource.getRepository(BedStay).findAndCount({
      where: { institutionId, ...(query.open && { dischargedOn: IsNull() }) },
      order: { admittedOn: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return pageOf(stays, total, query);
  }

  private async views(where: string, params: unknown[]): Promise<InstitutionView[]> {
    const rows: { id: string; code: string; institution_name: string; division_code: string; operating_model: Institution['operatingModel']; created_at: Date; beds: string; occupied: string }[] = await this.dataSource.query(
      `SELECT i.id, i.code, i.institution_name, i.division_code, i.operating_model, i.created_at,
              (SELECT count(*) FROM bed b WHERE b.institution_id = i.id) AS beds,
              (SELECT count(*) FROM bed_stay s WHERE s.institution_id = i.id AND s.discharged_on IS NULL) AS occupied
         FROM institution i ${where} ORDER BY i.code`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      institutionName: r.institution_name,
      divisionCode: r.division_code,
      operatingModel: r.operating_model,
      operatingModelLabel: OPERATING_MODEL_LABELS[r.operating_model],
      createdAt: r.created_at,
      ...occupancy(Number(r.beds), Number(r.occupied)),
    }));
  }

  private async lockInScope(manager: EntityManager, id: string, actor: Principal): Promise<Institution> {
    const institution = await manager.findOne(Institution, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!institution) throw notFound(id);
    assertWithinDivision(actor, institution.divisionCode, 'institutionId');
    return institution;
  }

  private async freeBed(manager: EntityManager, institutionId: string, bedCode: string | undefined): Promise<string> {
    const rows: { id: string; bed_code: string; occupied: boolean }[] = await manager.query(
      `SELECT b.id, b.bed_code, EXISTS (SELECT 1 FROM bed_stay s WHERE s.bed_id = b.id AND s.discharged_on IS NULL) AS occupied
         FROM bed b WHERE b.institution_id = $1 AND ($2::varchar IS NULL OR b.bed_code = $2) ORDER BY b.bed_code`,
      [institutionId, bedCode ?? null],
    );
    if (bedCode !== undefined) {
      if (rows.length === 0) throw new ProblemException({ status: 404, code: 'BED.NOT_FOUND', detail: `no bed ${bedCode} in this institution`, errors: [{ field: 'bedCode', code: 'notFound', message: 'no such bed' }] });
      if (rows[0].occupied) throw new ProblemException({ status: 409, code: 'BED.OCCUPIED', detail: `bed ${bedCode} is occupied`, errors: [{ field: 'bedCode', code: 'occupied', message: 'occupied' }] });
      return rows[0].id;
    }
    const free = rows.find((r) => !r.occupied);
    if (!free) throw new ProblemException({ status: 409, code: 'BED.NONE_FREE', detail: 'every bed of the institution is occupied' });
    return free.id;
  }
}

/** Beds numbered after the existing ones: 001, 002, ... */
async function insertBeds(manager: EntityManager, institutionId: string, existing: number, count: number): Promise<void> {
  if (count === 0) return;
  await manager.query(
    `INSERT INTO bed (institution_id, bed_code) SELECT $1, lpad(n::text, 3, '0') FROM generate_series($2::int + 1, $2::int + $3::int) AS n`,
    [institutionId, existing, count],
  );
}

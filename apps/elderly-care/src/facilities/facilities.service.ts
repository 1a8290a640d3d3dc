import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChangeFacilityStatusDto, CreateFacilityDto, FacilityDto, FacilityListQuery } from './dto/facility.dto';
import { Facility } from './facility.entity';
import { FACILITY_STATUS_LABELS, FACILITY_TYPE_LABELS, facilityRefusal } from './rules/facility.rule';

const notFound = (id: string) => new ProblemException({ status: 404, code: 'FACILITY.NOT_FOUND', detail: `no facility ${id}` });

export function facilityView(f: Facility): FacilityDto {
  return {
    id: f.id,
    code: f.code,
    facilityName: f.facilityName,
    facilityType: f.facilityType,
    facilityTypeLabel: FACILITY_TYPE_LABELS[f.facilityType],
    divisionCode: f.divisionCode,
    address: f.address,
    openedOn: f.openedOn,
    status: f.status,
    statusLabel: FACILITY_STATUS_LABELS[f.status],
  };
}

@Injectable()
export class FacilitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async register(dto: CreateFacilityDto, actor: Principal): Promise<FacilityDto> {
    assertWithinDivision(actor, dto.divisionCode, 'divisionCode');
    const refusal = facilityRefusal({ type: dto.facilityType, divisionCode: dto.divisionCode, openedOn: dto.openedOn }, this.clock.today());
    if (refusal) throw new ProblemException({ status: 422, code: refusal.code, detail: refusal.detail, errors: [{ field: refusal.field, code: refusal.code, message: refusal.detail }] });
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO facility (code, facility_name, facility_type, division_code, address, opened_on, status) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.facilityName, dto.facilityType, dto.divisionCode, dto.address, dto.openedOn, dto.status ?? 'OPEN'],
      );
      if (rows.length === 0) {
        throw new ProblemException({ status: 409, code: 'FACILITY.CODE_TAKEN', detail: `facility ${dto.code} exists`, errors: [{ field: 'code', code: 'taken', message: 'already used' }] });
      }
      await this.audit.record(manager, { actor, action: 'facility.registered', entityType: 'facility', entityId: rows[0].id, after: dto });
      return facilityView(await manager.findOneByOrFail(Facility, { id: rows[0].id }));
    });
  }

  async changeStatus(id: string, dto: ChangeFacilityStatusDto, actor: Principal): Promise<FacilityDto> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await manager.findOne(Facility, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!facility) throw notFound(id);
      assertWithinDivision(actor, facility.divisionCode, 'id');
      await manager.update(Facility, { id }, { status: dto.status });
      await this.audit.record(manager, { actor, action: 'facility.status-changed', entityType: 'facility', entityId: id, before: { status: facility.status }, after: dto });
      return facilityView({ ...facility, status: dto.status });
    });
  }

  async get(id: string, reader: Principal): Promise<FacilityDto> {
    const facility = await this.dataSource.getRepository(Facility).findOneBy({ id });
    if (!facility) throw notFound(id);
    assertWithinDivision(reader, facility.divisionCode, 'id');
    return facilityView(facility);
  }

  /** The facilities of the caller's division, by division and code, filtered. */
  async list(query: FacilityListQuery, reader: Principal): Promise<Page<FacilityDto>> {
    const { offset, limit } = pageWindow(query);
    const qb = this.dataSource.getRepository(Facility).createQueryBuilder('f').where('f.division_code LIKE :scope', { scope: `${divisionPrefix(reader.division)}%` });
    if (query.divisionCode) qb.andWhere('f.division_code LIKE :division', { division: `${divisionPrefix(query.divisionCode)}%` });
    if (query.type) qb.andWhere('f.facility_type = :type', { type: query.type });
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    const [items, total] = await qb.orderBy('f.division_code').addOrderBy('f.code').offset(offset).limit(limit).getManyAndCount();
    return pageOf(items.map(facilityView), total, query);
  }
}

import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Cemetery, CemeteryPlace } from './cemetery.entity';
import type { AddPlacesDto, CemeteryDto, CemeteryListQuery, PlaceDto, PlaceListQuery, PlacesAddedDto, RecordCemeteryDto } from './dto/cemetery.dto';
import { CEMETERY_KIND_LABELS, newPlacesProblem, offersPlaceKind, PLACE_KIND_LABELS, PLACE_STATUS_LABELS } from './rules/cemetery-places.rule';

interface PlaceCounts {
  plots: number;
  niches: number;
  allocated: number;
}

const NO_PLACES: PlaceCounts = { plots: 0, niches: 0, allocated: 0 };

function toCemeteryDto(c: Cemetery, counts: PlaceCounts): CemeteryDto {
  const { id, code, name, kind, divisionCode, address, plotCapacity, nicheCapacity } = c;
  return { id, code, name, kind, kindLabel: CEMETERY_KIND_LABELS[kind], divisionCode, address, plotCapacity, nicheCapacity, ...counts };
}

export function toPlaceDto(p: CemeteryPlace): PlaceDto {
  return { id: p.id, cemeteryId: p.cemeteryId, kind: p.kind, kindLabel: PLACE_KIND_LABELS[p.kind], code: p.code, status: p.status, statusLabel: PLACE_STATUS_LABELS[p.status] };
}

function refuse(status: number, code: string, field: string, detail: string): ProblemException {
  return new ProblemException({ status, code, detail, errors: [{ field, code, message: detail }] });
}

/** Cemeteries and ash halls with their plots and niches: reference data an admin keeps, within their division. */
@Injectable()
export class CemeteriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(dto: RecordCemeteryDto, principal: Principal): Promise<CemeteryDto> {
    assertWithinDivision(principal, dto.divisionCode);
    if (dto.plotCapacity > 0 && !offersPlaceKind(dto.kind, 'PLOT')) {
      throw refuse(422, 'CEMETERY.PLACE_KIND_NOT_OFFERED', 'plotCapacity', 'An ash hall keeps niches only: its plot capacity is 0.');
    }
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO cemetery (code, name, kind, division_code, address, plot_capacity, niche_capacity, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [dto.code, dto.name.trim(), dto.kind, dto.divisionCode, dto.address.trim(), dto.plotCapacity, dto.nicheCapacity, principal.sub],
      );
      if (inserted.length === 0) throw refuse(409, 'CEMETERY.CODE_TAKEN', 'code', `A cemetery with code ${dto.code} is already recorded.`);
      const cemetery = toCemeteryDto(await manager.findOneByOrFail(Cemetery, { id: inserted[0].id }), NO_PLACES);
      await this.audit.record(manager, { actor: principal, action: 'cemetery.recorded', entityType: 'cemetery', entityId: cemetery.id, after: cemetery });
      return cemetery;
    });
  }

  /** New plots or niches, within the capacity of their kind; the cemetery row is locked so two batches cannot both fit. */
  async addPlaces(cemeteryId: string, dto: AddPlacesDto, principal: Principal): Promise<PlacesAddedDto> {
    return this.dataSource.transaction(async (manager) => {
      const cemetery = await manager.findOne(Cemetery, { where: { id: cemeteryId }, lock: { mode: 'pessimistic_write' } });
      if (!cemetery) throw notFound();
      assertWithinDivision(principal, cemetery.divisionCode);
      const recorded = await manager.countBy(CemeteryPlace, { cemeteryId, kind: dto.kind });
      const capacity = dto.kind === 'PLOT' ? cemetery.plotCapacity : cemetery.nicheCapacity;
      const problem = newPlacesProblem(cemetery.kind, dto.kind, { capacity, recorded }, dto.codes.length);
      if (problem === 'CEMETERY.PLACE_KIND_NOT_OFFERED') throw refuse(422, problem, 'kind', `A ${CEMETERY_KIND_LABELS[cemetery.kind]} has no ${PLACE_KIND_LABELS[dto.kind]}.`);
      if (problem) throw refuse(422, problem, 'codes', `${recorded} of ${capacity} places of this kind are recorded; ${dto.codes.length} more do not fit.`);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO cemetery_place (cemetery_id, kind, code) SELECT $1, $2, unnest($3::varchar[]) ON CONFLICT (cemetery_id, code) DO NOTHING RETURNING id`,
        [cemeteryId, dto.kind, dto.codes],
      );
      if (inserted.length < dto.codes.length) throw refuse(409, 'CEMETERY.PLACE_CODE_TAKEN', 'codes', 'Some of these places are already recorded in the cemetery.');
      const places = await manager.find(CemeteryPlace, { where: { id: In(inserted.map((r) => r.id)) }, order: { code: 'ASC' } });
      await this.audit.record(manager, { actor: principal, action: 'cemetery.places-added', entityType: 'cemetery', entityId: cemeteryId, after: { kind: dto.kind, codes: dto.codes } });
      return { places: places.map(toPlaceDto) };
    });
  }

  async get(id: string): Promise<CemeteryDto> {
    const cemetery = await this.dataSource.manager.findOneBy(Cemetery, { id });
    if (!cemetery) throw notFound();
    const counts = await this.countPlaces(this.dataSource.manager, [id]);
    return toCemeteryDto(cemetery, counts.get(id) ?? NO_PLACES);
  }

  /** The cemeteries of the caller's division and below, by code, with their places counted. */
  async list(query: CemeteryListQuery, principal: Principal): Promise<Page<CemeteryDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(Cemetery, 'c').where('c.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('c.code', 'ASC').offset(offset).limit(limit).getManyAndCount();
    const counts = await this.countPlaces(this.dataSource.manager, rows.map((c) => c.id));
    return pageOf(rows.map((c) => toCemeteryDto(c, counts.get(c.id) ?? NO_PLACES)), total, query);
  }

  async listPlaces(cemeteryId: string, query: PlaceListQuery): Promise<Page<PlaceDto>> {
    if (!(await this.dataSource.manager.existsBy(Cemetery, { id: cemeteryId }))) throw notFound();
    const qb = this.dataSource.manager.createQueryBuilder(CemeteryPlace, 'p').where('p.cemetery_id = :cemeteryId', { cemeteryId });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('p.code', 'ASC').offset(offset).limit(limit).getManyAndCount();
    return pageOf(rows.map(toPlaceDto), total, query);
  }

  private async countPlaces(manager: EntityManager, ids: string[]): Promise<Map<string, PlaceCounts>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ cemetery_id: string; plots: string; niches: string; allocated: string }> = await manager.query(
      `SELECT cemetery_id, count(*) FILTER (WHERE kind = 'PLOT') AS plots, count(*) FILTER (WHERE kind = 'NICHE') AS niches, count(*) FILTER (WHERE status = 'ALLOCATED') AS allocated
         FROM cemetery_place WHERE cemetery_id = ANY($1::uuid[]) GROUP BY cemetery_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.cemetery_id, { plots: Number(r.plots), niches: Number(r.niches), allocated: Number(r.allocated) }]));
  }
}

function notFound(): ProblemException {
  return new ProblemException({ status: 404, code: 'CEMETERY.NOT_FOUND', detail: 'No cemetery with this id.' });
}

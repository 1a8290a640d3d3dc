import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DeathRecord } from '../deaths/death-record.entity';
import { lockPersons } from '../marriages/person-facts';
import { Cemetery, CemeteryAllocation, CemeteryPlace } from './cemetery.entity';
import type { AllocatePlaceDto, AllocationDto, AllocationListQuery, ReleaseAllocationDto } from './dto/allocation.dto';
import { allocationRefusal, releaseRefusal } from './rules/allocation.rule';

const STATUS_LABELS = { ACTIVE: '已安葬', RELEASED: '已撤销' } as const;

function toDto(a: CemeteryAllocation, place: CemeteryPlace): AllocationDto {
  return {
    id: a.id,
    placeId: a.placeId,
    placeCode: place.code,
    placeKind: place.kind,
    cemeteryId: place.cemeteryId,
    deathId: a.deathId,
    residentId: a.residentId,
    allocatedOn: a.allocatedOn,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    releasedOn: a.releasedOn,
    releaseReason: a.releaseReason,
  };
}

function refuse(status: number, code: string, field: string, detail: string): ProblemException {
  return new ProblemException({ status, code, detail, errors: [{ field, code, message: detail }] });
}

const notFound = (): ProblemException => new ProblemException({ status: 404, code: 'CEMETERY_ALLOCATION.NOT_FOUND', detail: 'No allocation with this id.' });

/** A plot or niche given to a deceased person: once per place and per deceased; an error is undone by a second person. */
@Injectable()
export class CemeteryAllocationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async allocate(dto: AllocatePlaceDto, principal: Principal): Promise<AllocationDto> {
    return this.dataSource.transaction(async (manager) => {
      const place = await this.lockPlace(manager, dto.placeId, principal);
      const death = await manager.findOneBy(DeathRecord, { id: dto.deathId });
      if (!death) throw refuse(422, 'CEMETERY_ALLOCATION.UNKNOWN_DEATH', 'deathId', 'No death record with this id.');
      // Two clerks giving the same deceased two places at once: the second waits and sees the first.
      await lockPersons(manager, [death.residentId]);
      const deceasedHasPlace = await manager.existsBy(CemeteryAllocation, { deathId: death.id, status: 'ACTIVE' });
      const refusal = allocationRefusal({ place, deceased: { disposal: death.disposal }, deceasedHasPlace });
      if (refusal) throw refuse(refusal.status, refusal.code, refusal.field, refusal.detail);
      const allocation = await manager.save(
        manager.create(CemeteryAllocation, {
          placeId: place.id,
          deathId: death.id,
          residentId: death.residentId,
          allocatedOn: this.clock.today(),
          allocatedBy: principal.sub,
          status: 'ACTIVE',
          releasedOn: null,
          releasedBy: null,
          releaseReason: null,
        }),
      );
      place.status = 'ALLOCATED';
      await manager.save(place);
      const result = toDto(allocation, place);
      await this.audit.record(manager, { actor: principal, action: 'cemetery.place-allocated', entityType: 'cemetery-allocation', entityId: allocation.id, after: result });
      return result;
    });
  }

  /** Undoes an allocation made in error; the place is free again. */
  async release(id: string, dto: ReleaseAllocationDto, principal: Principal): Promise<AllocationDto> {
    return this.dataSource.transaction(async (manager) => {
      const allocation = await manager.findOne(CemeteryAllocation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!allocation) throw notFound();
      const place = await this.lockPlace(manager, allocation.placeId, principal);
      const refusal = releaseRefusal(allocation, principal.sub);
      if (refusal?.code === 'CEMETERY_ALLOCATION.SAME_PERSON_RELEASE') {
        throw new ProblemException({ status: refusal.status, code: refusal.code, detail: 'An allocation is released by someone other than who made it.' });
      }
      if (refusal) throw new ProblemException({ status: refusal.status, code: refusal.code, detail: `The allocation was released on ${allocation.releasedOn}.` });
      const before = toDto(allocation, place);
      Object.assign(allocation, { status: 'RELEASED', releasedOn: this.clock.today(), releasedBy: principal.sub, releaseReason: dto.reason.trim() });
      await manager.save(allocation);
      place.status = 'AVAILABLE';
      await manager.save(place);
      const after = toDto(allocation, place);
      await this.audit.record(manager, { actor: principal, action: 'cemetery.allocation-released', entityType: 'cemetery-allocation', entityId: id, before, after, reason: allocation.releaseReason ?? undefined });
      return after;
    });
  }

  async get(id: string, principal: Principal): Promise<AllocationDto> {
    const allocation = await this.dataSource.manager.findOneBy(CemeteryAllocation, { id });
    if (!allocation) throw notFound();
    const [dto] = await this.toDtos(this.dataSource.manager, [allocation], principal);
    return dto;
  }

  /** Allocations in cemeteries of the caller's division, newest first. */
  async list(query: AllocationListQuery, principal: Principal): Promise<Page<AllocationDto>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(CemeteryAllocation, 'a')
      .innerJoin(CemeteryPlace, 'p', 'p.id = a.place_id')
      .innerJoin(Cemetery, 'c', 'c.id = p.cemetery_id')
      .where('c.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    if (query.cemeteryId) qb.andWhere('c.id = :cemeteryId', { cemeteryId: query.cemeteryId });
    if (query.deathId) qb.andWhere('a.death_id = :deathId', { deathId: query.deathId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('a.allocated_on', 'DESC').addOrderBy('a.id').offset(offset).limit(limit).getManyAndCount();
    return pageOf(await this.toDtos(this.dataSource.manager, rows, principal), total, query);
  }

  /** The place, locked, in a cemetery of the caller's division; 422 on placeId when there is none. */
  private async lockPlace(manager: EntityManager, placeId: string, principal: Principal): Promise<CemeteryPlace> {
    const place = await manager.findOne(CemeteryPlace, { where: { id: placeId }, lock: { mode: 'pessimistic_write' } });
    if (!place) throw refuse(422, 'CEMETERY_ALLOCATION.UNKNOWN_PLACE', 'placeId', 'No plot or niche with this id.');
    const cemetery = await manager.findOneByOrFail(Cemetery, { id: place.cemeteryId });
    assertWithinDivision(principal, cemetery.divisionCode, 'placeId');
    return place;
  }

  private async toDtos(manager: EntityManager, allocations: CemeteryAllocation[], principal: Principal): Promise<AllocationDto[]> {
    const places = await manager.findBy(CemeteryPlace, { id: In(allocations.map((a) => a.placeId)) });
    const cemeteries = await manager.findBy(Cemetery, { id: In([...new Set(places.map((p) => p.cemeteryId))]) });
    for (const c of cemeteries) assertWithinDivision(principal, c.divisionCode);
    const byId = new Map(places.map((p) => [p.id, p]));
    return allocations.map((a) => toDto(a, byId.get(a.placeId)!));
  }
}

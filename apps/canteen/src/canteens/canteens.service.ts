import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Canteen } from './canteen.entity';
import { CanteenCache } from './canteen-cache';
import type { ChangeOperatingModeDto, CreateCanteenDto } from './dto/create-canteen.dto';
import { DEFAULT_OPERATING_MODE } from './rules/operating-mode.rule';

@Injectable()
export class CanteensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cache: CanteenCache,
    private readonly clock: Clock,
  ) {}

  async create(dto: CreateCanteenDto, actor: Principal): Promise<Canteen> {
    assertWithinDivision(actor, dto.region, 'region');
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Canteen)
        .values({
          code: dto.code ?? null,
          name: dto.name,
          operator: dto.operator,
          address: dto.address,
          region: dto.region,
          slots: dto.slots,
          operatingMode: dto.operatingMode ?? DEFAULT_OPERATING_MODE,
          // Without its opening day a canteen opens the day it is registered.
          openedOn: dto.openedOn ?? this.clock.today(),
        })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (inserted.raw as Array<{ id: string }>)[0];
      if (!row) throw new ProblemException({ status: 409, code: 'CANTEEN.CODE_TAKEN', detail: `a canteen with code ${dto.code} exists` });
      const canteen = await manager.findOneByOrFail(Canteen, { id: row.id });
      await this.audit.record(manager, { actor, action: 'canteen.created', entityType: 'canteen', entityId: canteen.id, after: canteen });
      return canteen;
    });
  }

  async changeOperatingMode(id: string, dto: ChangeOperatingModeDto, actor: Principal): Promise<Canteen> {
    const changed = await this.dataSource.transaction(async (manager) => {
      const canteen = await manager.findOne(Canteen, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${id}` });
      assertWithinDivision(actor, canteen.region, 'id');
      await manager.update(Canteen, { id }, { operatingMode: dto.operatingMode });
      await this.audit.record(manager, { actor, action: 'canteen.operating-mode-changed', entityType: 'canteen', entityId: id, before: { operatingMode: canteen.operatingMode }, after: dto });
      return { ...canteen, operatingMode: dto.operatingMode };
    });
    // The cache keeps canteens for the life of the process: drop the old row once the change is committed.
    this.cache.forget(id);
    return changed;
  }

  /** One page of the canteens within the caller's division, by name. */
  async list(query: PageQuery, principal: Principal): Promise<Page<Canteen>> {
    const { offset, limit } = pageWindow(query);
    const [items, total] = await this.dataSource
      .getRepository(Canteen)
      .createQueryBuilder('c')
      .where('c.region LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` })
      .orderBy('c.name')
      .addOrderBy('c.id')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return pageOf(items, total, query);
  }

  /** A canteen for a caller: 403 AUTH.OUTSIDE_DIVISION when it lies outside their division. */
  async getFor(id: string, principal: Principal): Promise<Canteen> {
    const canteen = await this.get(id);
    assertWithinDivision(principal, canteen.region, 'id');
    return canteen;
  }

  async get(id: string): Promise<Canteen> {
    const canteen = await this.dataSource.getRepository(Canteen).findOneBy({ id });
    if (!canteen) throw new ProblemException({ status: 404, code: 'CANTEEN.NOT_FOUND', detail: `no canteen ${id}` });
    return canteen;
  }
}

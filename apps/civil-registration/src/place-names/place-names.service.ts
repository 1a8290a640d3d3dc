import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlaceNameDto, PlaceNameSearchQuery, RecordPlaceNameDto } from './dto/place-name.dto';
import { PlaceName } from './place-name.entity';
import { placeNameRegionProblem } from './rules/place-name-region.rule';

function toDto(p: PlaceName): PlaceNameDto {
  return { id: p.id, kind: p.kind, name: p.name, category: p.category, regionCode: p.regionCode, origin: p.origin, recordedOn: p.recordedOn };
}

@Injectable()
export class PlaceNamesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async record(dto: RecordPlaceNameDto, principal: Principal): Promise<PlaceNameDto> {
    const problem = placeNameRegionProblem(dto.kind, dto.regionCode);
    if (problem) {
      throw new ProblemException({
        status: 422,
        code: problem,
        detail: problem === 'PLACE_NAME.INVALID_REGION' ? 'regionCode must be a division code of 6, 9 or 12 digits.' : 'A rural place name is collected with a township (9) or village (12) code.',
      });
    }
    assertWithinDivision(principal, dto.regionCode, 'regionCode');
    const name = dto.name.trim();
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO place_name (kind, name, category, region_code, origin, recorded_on, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (region_code, category, name) DO NOTHING RETURNING id`,
        [dto.kind, name, dto.category, dto.regionCode, dto.origin?.trim() || null, this.clock.today(), principal.sub],
      );
      if (inserted.length === 0) {
        throw new ProblemException({ status: 409, code: 'PLACE_NAME.DUPLICATE', detail: `"${name}" is already recorded as a ${dto.category} in ${dto.regionCode}.` });
      }
      const recorded = toDto(await manager.findOneByOrFail(PlaceName, { id: inserted[0].id }));
      await this.audit.record(manager, { actor: principal, action: 'place-name.recorded', entityType: 'place-name', entityId: recorded.id, after: recorded });
      return recorded;
    });
  }

  async search(query: PlaceNameSearchQuery): Promise<Page<PlaceNameDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(PlaceName, 'p');
    if (query.q) qb.andWhere(`p.name ILIKE :q`, { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (query.regionCode) qb.andWhere(`p.region_code LIKE :region`, { region: `${query.regionCode}%` });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    const { offset, limit } = pageWindow(query);
    const [rows, total] = await qb.orderBy('p.region_code', 'ASC').addOrderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return pageOf(rows.map(toDto), total, query);
  }
}

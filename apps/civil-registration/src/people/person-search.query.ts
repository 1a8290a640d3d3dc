// The name search of the 一人一档 page over what civil registration stores names for: death
// records (marriages and divorces record resident IDs only), those recorded in the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern, type NameSearchQuery } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeathRecord } from '../deaths/death-record.entity';
import type { PersonSearchItem } from './dto/person.dto';

@Injectable()
export class PersonSearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: NameSearchQuery, principal: Principal): Promise<Page<PersonSearchItem>> {
    const { offset, limit } = pageWindow(query);
    const matching = () =>
      this.dataSource.manager
        .createQueryBuilder(DeathRecord, 'd')
        .where('d.division_code LIKE :prefix AND d.name ILIKE :pattern', { prefix: `${divisionPrefix(principal.division)}%`, pattern: containsPattern(query.name) });
    const [rows, total] = await Promise.all([matching().orderBy('d.name').addOrderBy('d.resident_id').offset(offset).limit(limit).getMany(), matching().getCount()]);
    const items = rows.map((d) => ({ residentId: d.residentId, name: d.name, record: 'DEATH' as const, recordId: d.id, divisionCode: d.divisionCode }));
    return pageOf(items, total, query);
  }
}

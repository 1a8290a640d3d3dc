// The name search of the 一人一档 page over the children's ledger, within what the caller
// oversees (a director's village, a supervisor's township, a platform role's division).
import type { Principal } from '@app/common/auth/claims';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern, type NameSearchQuery } from '@app/common/http/person-lookup';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { overviewScope } from '../access/rules/division-access.rule';
import { Child } from '../children/child.entity';
import type { PersonSearchItem } from './dto/person.dto';

@Injectable()
export class PersonSearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: NameSearchQuery, principal: Principal): Promise<Page<PersonSearchItem>> {
    const scope = overviewScope(principal);
    if (scope === null) throw new ProblemException({ status: 403, code: 'CHILD.OUT_OF_DIVISION', detail: 'no division to search in' });
    const { offset, limit } = pageWindow(query);
    const matching = () =>
      this.dataSource.manager.createQueryBuilder(Child, 'c').where('c.village_code LIKE :prefix AND c.name ILIKE :pattern', { prefix: `${scope}%`, pattern: containsPattern(query.name) });
    const [rows, total] = await Promise.all([matching().orderBy('c.name').addOrderBy('c.resident_id').offset(offset).limit(limit).getMany(), matching().getCount()]);
    const items = rows.map((c) => ({ residentId: c.residentId, name: c.name, record: 'CHILD' as const, recordId: c.id, villageCode: c.villageCode, status: c.status }));
    return pageOf(items, total, query);
  }
}

// The name search of the 一人一档 page over the diners registered at canteens of the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern, type NameSearchQuery } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonSearchItem } from './dto/person.dto';

@Injectable()
export class PersonSearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: NameSearchQuery, principal: Principal): Promise<Page<PersonSearchItem>> {
    const params = [`${divisionPrefix(principal.division)}%`, containsPattern(query.name)];
    const from = `FROM diner d JOIN canteen c ON c.id = d.registered_at_canteen_id WHERE c.region LIKE $1 AND d.name ILIKE $2`;
    const { offset, limit } = pageWindow(query);
    const [items, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT d.resident_id AS "residentId", d.name, 'DINER' AS record, d.id AS "recordId", c.name AS "canteenName", c.region AS "canteenRegion", d.active
         ${from} ORDER BY d.name, d.resident_id OFFSET $3 LIMIT $4`,
        [...params, offset, limit],
      ) as Promise<PersonSearchItem[]>,
      this.dataSource.query(`SELECT count(*) AS n ${from}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(items, Number(counted[0].n), query);
  }
}

// The name search of the 一人一档 page over the elder registry, within the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern, type NameSearchQuery } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonSearchItem } from './dto/person.dto';

interface Row {
  resident_id: string;
  name: string;
  region: string;
  local: boolean;
  deceased_on: string | null;
}

@Injectable()
export class PersonSearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Elders of the caller's division whose name contains the text, by name then resident ID. */
  async search(query: NameSearchQuery, principal: Principal): Promise<Page<PersonSearchItem>> {
    const params = [`${divisionPrefix(principal.division)}%`, containsPattern(query.name)];
    const where = `FROM elder e WHERE e.region LIKE $1 AND e.name ILIKE $2`;
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT e.resident_id, e.name, e.region, e.local, (SELECT d.date_of_death::text FROM deceased_resident d WHERE d.resident_id = e.resident_id) AS deceased_on
         ${where} ORDER BY e.name, e.resident_id OFFSET $3 LIMIT $4`,
        [...params, offset, limit],
      ) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*) AS n ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map((r) => ({ residentId: r.resident_id, name: r.name, record: 'ELDER' as const, region: r.region, local: r.local, deceasedOn: r.deceased_on }));
    return pageOf(items, Number(counted[0].n), query);
  }
}

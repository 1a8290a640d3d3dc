// The name search of the 一人一档 page: household members and vagrant intakes whose name contains
// the text, within the caller's division (the household's residence, the rescue station's).
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern, type NameSearchQuery } from '@app/common/http/person-lookup';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PersonSearchItem } from './dto/person.dto';

const MATCHES = `
  SELECT m.resident_id, m.name, 'HOUSEHOLD' AS record, m.household_id::text AS record_id, h.region_code
    FROM household_member m JOIN household h ON h.id = m.household_id
   WHERE h.region_code LIKE $1 AND m.name ILIKE $2
  UNION ALL
  SELECT v.resident_id, v.name, 'VAGRANT_CASE', v.id::text, v.region_code
    FROM vagrant_case v
   WHERE v.region_code LIKE $1 AND v.name ILIKE $2`;

interface Row {
  resident_id: string | null;
  name: string;
  record: PersonSearchItem['record'];
  record_id: string;
  region_code: string;
}

@Injectable()
export class PersonSearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** By name, then resident ID: one item per record naming the person. */
  async search(query: NameSearchQuery, principal: Principal): Promise<Page<PersonSearchItem>> {
    const params = [`${divisionPrefix(principal.division)}%`, containsPattern(query.name)];
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(`SELECT * FROM (${MATCHES}) p ORDER BY p.name, p.resident_id NULLS LAST, p.record, p.record_id OFFSET $3 LIMIT $4`, [...params, offset, limit]) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM (${MATCHES}) p`, params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map((r) => ({ residentId: r.resident_id, name: r.name, record: r.record, recordId: r.record_id, regionCode: r.region_code }));
    return pageOf(items, Number(counted[0].n), query);
  }
}

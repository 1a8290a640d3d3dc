// The division's institutions with their occupancy, and one institution's beds with the elder in
// each (masked on the way out), paged on the server for the console.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BedItem, InstitutionListItem } from './dto/institution-lists.dto';
import { Institution } from './institution.entity';
import { occupancy } from './rules/occupancy.rule';

interface InstitutionRow {
  id: string;
  code: string;
  institutionName: string;
  divisionCode: string;
  operatingModel: string;
  beds: string;
  occupied: string;
}

@Injectable()
export class InstitutionListQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** By code, within the caller's division. */
  async institutions(query: PageQuery, principal: Principal): Promise<Page<InstitutionListItem>> {
    const params = [`${divisionPrefix(principal.division)}%`];
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT i.id, i.code, i.institution_name AS "institutionName", i.division_code AS "divisionCode", i.operating_model AS "operatingModel",
                (SELECT count(*) FROM bed b WHERE b.institution_id = i.id) AS beds,
                (SELECT count(*) FROM bed_stay s WHERE s.institution_id = i.id AND s.discharged_on IS NULL) AS occupied
           FROM institution i WHERE i.division_code LIKE $1 ORDER BY i.code OFFSET $2 LIMIT $3`,
        [...params, offset, limit],
      ) as Promise<InstitutionRow[]>,
      this.dataSource.query('SELECT count(*) AS n FROM institution i WHERE i.division_code LIKE $1', params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map(({ beds, occupied, ...r }) => ({ ...r, ...occupancy(Number(beds), Number(occupied)) }));
    return pageOf(items, Number(counted[0].n), query);
  }

  /** The beds by code, each with its open stay and occupant: 404 INSTITUTION.NOT_FOUND, 403 outside the division. */
  async beds(institutionId: string, query: PageQuery, principal: Principal): Promise<Page<BedItem>> {
    const institution = await this.dataSource.getRepository(Institution).findOneBy({ id: institutionId });
    if (!institution) throw new ProblemException({ status: 404, code: 'INSTITUTION.NOT_FOUND', detail: `no institution ${institutionId}` });
    assertWithinDivision(principal, institution.divisionCode, 'institutionId');
    const { offset, limit } = pageWindow(query);
    const [items, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT b.id, b.bed_code AS "bedCode", s.id AS "stayId", e.id AS "elderId", s.resident_id AS "residentId", e.name, s.admitted_on::text AS "admittedOn"
           FROM bed b LEFT JOIN bed_stay s ON s.bed_id = b.id AND s.discharged_on IS NULL
           LEFT JOIN elder e ON e.resident_id = s.resident_id
          WHERE b.institution_id = $1 ORDER BY b.bed_code OFFSET $2 LIMIT $3`,
        [institutionId, offset, limit],
      ) as Promise<BedItem[]>,
      this.dataSource.query('SELECT count(*) AS n FROM bed WHERE institution_id = $1', [institutionId]) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(items, Number(counted[0].n), query);
  }
}

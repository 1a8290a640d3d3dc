// The elder registry as the console reads it: a page of the caller's division (filters by
// township, village, age band and name), and one elder's page by the opaque id.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { containsPattern } from '@app/common/http/person-lookup';
import { ProblemException } from '@app/common/http/problem';
import { ageOn } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonFileQueries } from '../people/person-file.query';
import type { ElderFile, ElderListItem, ElderListQuery } from './dto/elder-registry.dto';
import { Elder } from './elder.entity';
import { birthDateRange } from './rules/age-band.rule';

interface Row {
  id: string;
  resident_id: string;
  name: string;
  region: string;
  local: boolean;
  birth_date: string;
  deceased_on: string | null;
  moved_away_on: string | null;
}

/** A filter's division must lie within the caller's: 403 AUTH.OUTSIDE_DIVISION naming the filter. */
function scopeOf(query: ElderListQuery, principal: Principal): string {
  if (query.village) assertWithinDivision(principal, query.village, 'village');
  if (query.township) assertWithinDivision(principal, query.township, 'township');
  if (query.village && query.township && !query.village.startsWith(query.township)) {
    throw new ProblemException({ status: 400, code: 'VALIDATION.FAILED', detail: 'the village lies outside the township', errors: [{ field: 'village', code: 'notInTownship', message: 'must lie within the township' }] });
  }
  return query.village ?? query.township ?? divisionPrefix(principal.division);
}

@Injectable()
export class ElderRegistryQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly files: PersonFileQueries,
  ) {}

  /** By name then resident ID; the age and bands on the clock's today. */
  async list(query: ElderListQuery, principal: Principal): Promise<Page<ElderListItem>> {
    const today = this.clock.today();
    const params: unknown[] = [`${scopeOf(query, principal)}%`];
    const conditions = ['e.region LIKE $1'];
    if (query.ageBand) {
      const { bornOnOrBefore, bornAfter } = birthDateRange(query.ageBand, today);
      params.push(bornOnOrBefore);
      conditions.push(`e.birth_date <= $${params.length}::date`);
      if (bornAfter) {
        params.push(bornAfter);
        conditions.push(`e.birth_date > $${params.length}::date`);
      }
    }
    if (query.name) {
      params.push(containsPattern(query.name));
      conditions.push(`e.name ILIKE $${params.length}`);
    }
    const where = `FROM elder e WHERE ${conditions.join(' AND ')}`;
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id, e.resident_id, e.name, e.region, e.local, e.birth_date::text AS birth_date,
                (SELECT d.date_of_death::text FROM deceased_resident d WHERE d.resident_id = e.resident_id) AS deceased_on,
                (SELECT max(m.moved_on)::text FROM residence_change m WHERE m.resident_id = e.resident_id) AS moved_away_on
         ${where} ORDER BY e.name, e.resident_id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, offset, limit],
      ) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*) AS n ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    const items = rows.map((r) => ({
      id: r.id,
      residentId: r.resident_id,
      name: r.name,
      region: r.region,
      local: r.local,
      birthDate: r.birth_date,
      age: ageOn(r.birth_date, today),
      deceasedOn: r.deceased_on,
      movedAwayOn: r.moved_away_on,
    }));
    return pageOf(items, Number(counted[0].n), query);
  }

  /** The registered elder of an opaque id, within the caller's division: 404 ELDER.NOT_FOUND, 403 AUTH.OUTSIDE_DIVISION. */
  async elder(id: string, principal: Principal): Promise<Elder> {
    const elder = await this.dataSource.getRepository(Elder).findOneBy({ id });
    if (!elder) throw new ProblemException({ status: 404, code: 'ELDER.NOT_FOUND', detail: `no elder ${id}` });
    assertWithinDivision(principal, elder.region, 'id');
    return elder;
  }

  /** The person view (一人一档 of this service) of the elder, with the id and today's age. */
  async file(id: string, principal: Principal): Promise<ElderFile> {
    const elder = await this.elder(id, principal);
    const person = await this.files.file(elder.residentId, principal);
    return { ...person, id: elder.id, age: ageOn(elder.birthDate, this.clock.today()) };
  }
}

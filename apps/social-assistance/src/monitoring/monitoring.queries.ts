// The monitored register as the caseworkers read it: households within the caller's division with
// their members' spells and their risk (early warnings not yet followed up), newest first.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MonitoredHouseholdResponse, MonitoringListQuery } from './dto/monitoring.dto';

const SELECT = `
  SELECT mh.id, mh.household_id, h.region_code, mh.category, mh.from_month, mh.stop_from_month, mh.end_reason, mh.per_capita_income_fen::float8 AS per_capita_income_fen, mh.standard_fen::float8 AS standard_fen,
    (SELECT count(*)::int FROM early_warning w WHERE w.monitored_household_id = mh.id AND w.outcome IS NULL) AS open_warnings,
    (SELECT coalesce(json_agg(json_build_object('monitoringId', p.id, 'residentId', p.resident_id,
        'name', (SELECT m.name FROM household_member m WHERE m.household_id = p.household_id AND m.resident_id = p.resident_id LIMIT 1),
        'fromMonth', p.from_month, 'stopFromMonth', p.stop_from_month, 'endReason', p.end_reason) ORDER BY p.resident_id), '[]')
     FROM monitored_person p WHERE p.monitored_household_id = mh.id) AS members
  FROM monitored_household mh JOIN household h ON h.id = mh.household_id`;

interface Row {
  id: string;
  household_id: string;
  region_code: string;
  category: string;
  from_month: string;
  stop_from_month: string | null;
  end_reason: string | null;
  per_capita_income_fen: number;
  standard_fen: number;
  open_warnings: number;
  members: MonitoredHouseholdResponse['members'];
}

function toResponse(r: Row): MonitoredHouseholdResponse {
  return {
    id: r.id,
    householdId: r.household_id,
    regionCode: r.region_code,
    category: r.category,
    fromMonth: r.from_month,
    stopFromMonth: r.stop_from_month,
    endReason: r.end_reason,
    perCapitaIncomeFen: r.per_capita_income_fen,
    standardFen: r.standard_fen,
    openWarnings: r.open_warnings,
    members: r.members,
  };
}

@Injectable()
export class MonitoringQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Households monitored now (monitoring not ended), the newest first. */
  async list(query: MonitoringListQuery, principal: Principal): Promise<Page<MonitoredHouseholdResponse>> {
    if (query.divisionCode) assertWithinDivision(principal, query.divisionCode, 'divisionCode');
    const where = `WHERE mh.stop_from_month IS NULL AND h.region_code LIKE $1 AND ($2::varchar IS NULL OR mh.category = $2)`;
    const params = [`${divisionPrefix(query.divisionCode ?? principal.division)}%`, query.category ?? null];
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(`${SELECT} ${where} ORDER BY mh.from_month DESC, mh.id OFFSET $3 LIMIT $4`, [...params, offset, limit]) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM monitored_household mh JOIN household h ON h.id = mh.household_id ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(rows.map(toResponse), Number(counted[0].n), query);
  }

  async one(id: string, principal?: Principal): Promise<MonitoredHouseholdResponse> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE mh.id = $1`, [id]);
    if (rows.length === 0) throw new ProblemException({ status: 404, code: 'MONITORING.NOT_FOUND', detail: 'No monitored household with this id.' });
    if (principal) assertWithinDivision(principal, rows[0].region_code, 'regionCode');
    return toResponse(rows[0]);
  }
}

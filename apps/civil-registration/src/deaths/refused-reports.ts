// Deaths matched in another department's file that failed the checks: kept with the reason, one
// row per file line, and listed for the reviewers of the caller's division.
import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page, type PageQuery } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DeathReportRefusal } from './death-record.entity';
import type { RefusedDeathReportDto } from './dto/refused-death-report.dto';
import type { DeathRefusal } from './rules/death-report.rule';

export interface NewRefusedReport {
  matchId: string;
  importId: string;
  residentId: string;
  name: string;
  dateOfDeath: string;
  divisionCode: string;
  refusal: DeathRefusal;
  report: unknown;
  receivedAt: Date;
  recordedBy: string;
}

@Injectable()
export class RefusedReports {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement for the chunk; a line already kept (the same chunk again) is left as it is. */
  async keep(manager: EntityManager, reports: NewRefusedReport[]): Promise<void> {
    if (reports.length === 0) return;
    await manager.query(
      `INSERT INTO death_report_refusal (match_id, import_id, resident_id, name, date_of_death, division_code, code, field, detail, report, received_at, recorded_by)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::text[], $5::date[], $6::varchar[], $7::varchar[], $8::varchar[], $9::text[], $10::jsonb[], $11::timestamptz[], $12::text[])
       ON CONFLICT (match_id) DO NOTHING`,
      [
        reports.map((r) => r.matchId),
        reports.map((r) => r.importId),
        reports.map((r) => r.residentId),
        reports.map((r) => r.name),
        reports.map((r) => r.dateOfDeath),
        reports.map((r) => r.divisionCode),
        reports.map((r) => r.refusal.code),
        reports.map((r) => r.refusal.field),
        reports.map((r) => r.refusal.detail),
        reports.map((r) => JSON.stringify(r.report)),
        reports.map((r) => r.receivedAt.toISOString()),
        reports.map((r) => r.recordedBy),
      ],
    );
  }

  /** Newest first, within the caller's division. */
  async list(query: PageQuery, principal: Principal): Promise<Page<RefusedDeathReportDto>> {
    const { offset, limit } = pageWindow(query);
    const within = () =>
      this.dataSource.manager.createQueryBuilder(DeathReportRefusal, 'r').where('r.division_code LIKE :prefix', { prefix: `${divisionPrefix(principal.division)}%` });
    const [rows, total] = await Promise.all([within().orderBy('r.received_at', 'DESC').addOrderBy('r.id').offset(offset).limit(limit).getMany(), within().getCount()]);
    return pageOf(rows.map(toRefusedDeathReportDto), total, query);
  }
}

function toRefusedDeathReportDto(r: DeathReportRefusal): RefusedDeathReportDto {
  return {
    id: r.id,
    matchId: r.matchId,
    importId: r.importId,
    residentId: r.residentId,
    name: r.name,
    dateOfDeath: r.dateOfDeath,
    divisionCode: r.divisionCode,
    code: r.code,
    field: r.field,
    detail: r.detail,
    receivedAt: r.receivedAt.toISOString(),
    recordedBy: r.recordedBy,
  };
}

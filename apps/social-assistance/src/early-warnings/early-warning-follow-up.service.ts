import { AuditService } from '@app/common/audit/audit.service';
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { ProblemException } from '@app/common/http/problem';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EarlyWarningResponse, FollowUpDto, WarningListQuery } from './dto/early-warning.dto';
import { toWarningResponse, WARNING_SELECT, type WarningRow } from './early-warning.rows';

function warningNotFound(): ProblemException {
  return new ProblemException({ status: 404, code: 'EARLY_WARNING.NOT_FOUND', detail: 'No early warning with this id.' });
}

/** The follow-up work list of early warnings and the outcome a caseworker records for each, once. */
@Injectable()
export class EarlyWarningFollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Warnings of households in the caller's division, the oldest first. */
  async list(query: WarningListQuery, principal: Principal): Promise<Page<EarlyWarningResponse>> {
    if (query.divisionCode) assertWithinDivision(principal, query.divisionCode, 'divisionCode');
    const where = `WHERE h.region_code LIKE $1 AND (w.outcome IS NULL) = $2 AND ($3::varchar IS NULL OR w.trigger = $3)`;
    const params = [`${divisionPrefix(query.divisionCode ?? principal.division)}%`, (query.status ?? 'OPEN') === 'OPEN', query.trigger ?? null];
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(`${WARNING_SELECT} ${where} ORDER BY w.raised_at, w.id OFFSET $4 LIMIT $5`, [...params, offset, limit]) as Promise<WarningRow[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM early_warning w JOIN household h ON h.id = w.household_id ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(rows.map(toWarningResponse), Number(counted[0].n), query);
  }

  async get(id: string, principal: Principal): Promise<EarlyWarningResponse> {
    const w = await this.load(this.dataSource.manager, id);
    assertWithinDivision(principal, w.region_code, 'regionCode');
    return toWarningResponse(w);
  }

  async followUp(id: string, dto: FollowUpDto, principal: Principal): Promise<EarlyWarningResponse> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.query(`SELECT id FROM early_warning WHERE id = $1 FOR UPDATE`, [id])).length === 0) throw warningNotFound();
      const before = await this.load(manager, id);
      assertWithinDivision(principal, before.region_code, 'regionCode');
      if (before.outcome !== null) {
        throw new ProblemException({ status: 409, code: 'EARLY_WARNING.ALREADY_FOLLOWED_UP', detail: `The warning was followed up on ${before.followed_up_on}: ${before.outcome}.` });
      }
      await this.assertLinks(manager, before.household_id, dto);
      await manager.query(
        `UPDATE early_warning SET outcome = $2, relief_id = $3, dibao_case_id = $4, outcome_note = $5, followed_up_on = $6, followed_up_by = $7 WHERE id = $1`,
        [id, dto.outcome, dto.outcome === 'TEMPORARY_RELIEF' ? (dto.reliefId ?? null) : null, dto.outcome === 'ENROLLED' ? dto.dibaoCaseId : null, dto.note?.trim() ?? null, this.clock.today(), principal.sub],
      );
      const after = await this.load(manager, id);
      await this.audit.record(manager, { actor: principal, action: 'early-warning.followed-up', entityType: 'early-warning', entityId: id, before: toWarningResponse(before), after: toWarningResponse(after), reason: dto.note?.trim() });
      return toWarningResponse(after);
    });
  }

  /** A linked relief must be one granted to a member of the household; a linked 低保 case must be the household's. */
  private async assertLinks(manager: EntityManager, householdId: string, dto: FollowUpDto): Promise<void> {
    if (dto.outcome === 'TEMPORARY_RELIEF' && dto.reliefId) {
      const found: unknown[] = await manager.query(
        `SELECT 1 FROM temporary_relief t WHERE t.id = $1 AND EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = $2 AND m.resident_id = t.resident_id)`,
        [dto.reliefId, householdId],
      );
      if (found.length === 0) throw linkProblem('EARLY_WARNING.RELIEF_NOT_OF_HOUSEHOLD', 'reliefId', 'No temporary relief granted to a member of this household has this id.');
    }
    if (dto.outcome === 'ENROLLED') {
      const found: unknown[] = await manager.query(`SELECT 1 FROM assistance_case WHERE id = $1 AND program = 'DIBAO' AND household_id = $2`, [dto.dibaoCaseId, householdId]);
      if (found.length === 0) throw linkProblem('EARLY_WARNING.CASE_NOT_OF_HOUSEHOLD', 'dibaoCaseId', 'No 低保 case of this household has this id.');
    }
  }

  private async load(manager: EntityManager, id: string): Promise<WarningRow> {
    const rows: WarningRow[] = await manager.query(`${WARNING_SELECT} WHERE w.id = $1`, [id]);
    if (rows.length === 0) throw warningNotFound();
    return rows[0];
  }
}

function linkProblem(code: string, field: string, detail: string): ProblemException {
  return new ProblemException({ status: 422, code, detail, errors: [{ field, code: 'notOfHousehold', message: detail }] });
}

import type { Principal } from '@app/common/auth/claims';
import { divisionPrefix } from '@app/common/auth/division-scope';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { PolicyService } from '@app/common/policy/policy.service';
import { Clock } from '@app/common/time/clock';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { VagrantCase } from '../vagrant-relief/vagrant-case.entity';
import type { ReturnFollowUpListQuery, ReturnFollowUpResponse } from './dto/return-follow-up.dto';
import { ReturnAssessment } from './return-assessment.entity';
import { dueDaysFor, followUpView, RETURN_DUE_DAYS_KEY } from './return-follow-up.view';
import { tallyReturnAssessments, type AssessmentOfYear, type ReturnFollowUpTally } from './rules/return-tally.rule';

/**
 * Returns home of the division with an assessment owed and its due day: the first one N days
 * after the return (N by the month of the return, from the periods passed in; none: due at once),
 * then the follow-up day the latest assessment set. Closed follow-ups are left out.
 */
const OWED = `
  WITH due_days AS (SELECT * FROM unnest($2::date[], $3::date[], $4::int[]) AS d(from_day, to_day, days)),
  owed AS (
    SELECT v.id,
      CASE WHEN last.sequence IS NULL
        THEN v.closed_on + coalesce((SELECT days FROM due_days WHERE date_trunc('month', v.closed_on)::date BETWEEN from_day AND to_day), 0)
        ELSE last.follow_up_on END AS due_on
    FROM vagrant_case v
    LEFT JOIN LATERAL (SELECT a.sequence, a.follow_up_on FROM return_assessment a WHERE a.vagrant_case_id = v.id ORDER BY a.sequence DESC LIMIT 1) last ON true
    WHERE v.outcome = 'RETURNED_HOME' AND v.region_code LIKE $1
      AND NOT EXISTS (SELECT 1 FROM return_follow_up_closure c WHERE c.vagrant_case_id = v.id)
  )
  SELECT id, count(*) OVER ()::int AS total FROM owed
  WHERE due_on IS NOT NULL AND ($5::boolean IS NULL OR (due_on < $6::date) = $5)
  ORDER BY due_on, id OFFSET $7 LIMIT $8`;

/** The 回归稳固 work list and the year's figures. */
@Injectable()
export class ReturnFollowUpsQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
  ) {}

  /** Returnees of the caller's division whose assessment or follow-up is owed, the earliest due first. */
  async due(query: ReturnFollowUpListQuery, principal: Principal): Promise<Page<ReturnFollowUpResponse>> {
    const today = this.clock.today();
    const periods = await this.policy.periods(RETURN_DUE_DAYS_KEY);
    if (periods.isEmpty) periods.require(today); // 503 POLICY.NOT_IN_FORCE: the key was never set
    const { offset, limit } = pageWindow(query);
    const rows: Array<{ id: string; total: number }> = await this.dataSource.query(OWED, [
      `${divisionPrefix(principal.division)}%`,
      periods.rows.map((r) => r.effectiveFrom),
      periods.rows.map((r) => r.effectiveTo ?? '9999-12-31'),
      periods.rows.map((r) => periods.find(r.effectiveFrom)),
      query.overdue ?? null,
      today,
      offset,
      limit,
    ]);
    const ids = rows.map((r) => r.id);
    const cases = new Map((await this.dataSource.manager.findBy(VagrantCase, { id: In(ids) })).map((c) => [c.id, c]));
    const assessments = await this.dataSource.manager.find(ReturnAssessment, { where: { vagrantCaseId: In(ids) }, order: { sequence: 'ASC' } });
    const items = ids.map((id) => {
      const vagrantCase = cases.get(id) as VagrantCase;
      const record = { vagrantCase, assessments: assessments.filter((a) => a.vagrantCaseId === id), closure: null };
      return followUpView(record, dueDaysFor(periods, vagrantCase.closedOn ?? today), today);
    });
    // The total is counted beside each row; a page past the end has no row to carry it.
    const total = rows[0]?.total ?? (offset > 0 ? await this.countOwed(query, principal) : 0);
    return pageOf(items, total, query);
  }

  private async countOwed(query: ReturnFollowUpListQuery, principal: Principal): Promise<number> {
    return (await this.due({ ...query, page: 1, pageSize: 1 }, principal)).total;
  }
}

/** 回归稳固 figures of the assessments dated in the year, of returnees whose case is in the division (`prefix` ends in %), for the annual report. */
export async function returnFollowUpFigures(dataSource: DataSource, year: number, prefix: string): Promise<ReturnFollowUpTally> {
  const rows: AssessmentOfYear[] = await dataSource.query(
    `SELECT a.vagrant_case_id AS "vagrantCaseId", a.sequence, a.situation FROM return_assessment a JOIN vagrant_case v ON v.id = a.vagrant_case_id
      WHERE a.assessed_on BETWEEN $1 AND $2 AND coalesce(v.region_code, '') LIKE $3`,
    [`${year}-01-01`, `${year}-12-31`, prefix],
  );
  return tallyReturnAssessments(rows);
}

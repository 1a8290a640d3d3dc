// The 核对 work list (GET /api/v1/finding-reviews) and one review, within the caller's division
// by the household's residence like every list of the service; the oldest finding first.
import type { Principal } from '@app/common/auth/claims';
import { assertWithinDivision, divisionPrefix } from '@app/common/auth/division-scope';
import { ProblemException } from '@app/common/http/problem';
import { pageOf, pageWindow, type Page } from '@app/common/http/page-query.dto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { FindingReviewListQuery, FindingReviewResponse } from './dto/finding-review.dto';
import { REVIEW_SELECT, toFindingReviewResponse, type FindingReviewRow } from './finding-review.rows';

export function findingReviewNotFound(): ProblemException {
  return new ProblemException({ status: 404, code: 'FINDING_REVIEW.NOT_FOUND', detail: 'No finding review with this id.' });
}

@Injectable()
export class FindingReviewsQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: FindingReviewListQuery, principal: Principal): Promise<Page<FindingReviewResponse>> {
    if (query.divisionCode) assertWithinDivision(principal, query.divisionCode, 'divisionCode');
    const prefix = divisionPrefix(query.divisionCode ?? principal.division);
    const statuses = query.status ? [query.status] : ['OPEN', 'ESCALATED'];
    const where = `WHERE h.region_code LIKE $1 AND r.status = ANY($2) AND ($3::varchar IS NULL OR r.kind = $3)`;
    const params = [`${prefix}%`, statuses, query.kind ?? null];
    const { offset, limit } = pageWindow(query);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(`${REVIEW_SELECT} ${where} ORDER BY r.raised_at, r.id OFFSET $4 LIMIT $5`, [...params, offset, limit]) as Promise<FindingReviewRow[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM finding_review r JOIN household h ON h.id = r.household_id ${where}`, params) as Promise<Array<{ n: string }>>,
    ]);
    return pageOf(rows.map(toFindingReviewResponse), Number(counted[0].n), query);
  }

  async get(id: string, principal: Principal): Promise<FindingReviewResponse> {
    const rows: FindingReviewRow[] = await this.dataSource.query(`${REVIEW_SELECT} WHERE r.id = $1`, [id]);
    if (rows.length === 0) throw findingReviewNotFound();
    assertWithinDivision(principal, rows[0].region_code, 'regionCode');
    return toFindingReviewResponse(rows[0]);
  }
}

// The facts social-assistance holds about a person in a month, judged by the eligibility rule:
// 特困 enrollments with their care form, 低保 enrollments, dynamic monitoring spells, the death
// notice, and the household they live in (its division decides who may plan for them).
import { ProblemException } from '@app/common/http/problem';
import { PolicyService } from '@app/common/policy/policy.service';
import { checkResidentId } from '@app/common/resident-id/resident-id';
import { Clock } from '@app/common/time/clock';
import { YearMonth } from '@app/common/time/year-month';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SocialAssistancePolicies } from '../policy-catalogue';
import { CASH_PLUS_KEYS } from './cash-plus-policy';
import { cashPlusEligibility, type CashPlusEligibility, type CashPlusFacts } from './rules/eligibility.rule';

export interface PersonJudged {
  residentId: string;
  month: string;
  eligibility: CashPlusEligibility;
  facts: CashPlusFacts;
  /** The household the person lives in (null: no household records them). */
  regionCode: string | null;
  name: string | null;
}

const OPEN_IN_MONTH = `e.start_month <= $2 AND (e.stop_from_month IS NULL OR e.stop_from_month > $2)`;
const FACTS = `SELECT
  EXISTS (SELECT 1 FROM enrollment e JOIN assistance_case c ON c.id = e.case_id WHERE e.resident_id = $1 AND e.program = 'TEKUN' AND ${OPEN_IN_MONTH} AND c.care_form = 'DISPERSED') AS "dispersedTekun",
  EXISTS (SELECT 1 FROM enrollment e JOIN assistance_case c ON c.id = e.case_id WHERE e.resident_id = $1 AND e.program = 'TEKUN' AND ${OPEN_IN_MONTH} AND c.care_form = 'CENTRAL') AS "centralTekun",
  EXISTS (SELECT 1 FROM enrollment e WHERE e.resident_id = $1 AND e.program = 'DIBAO' AND ${OPEN_IN_MONTH}) AS dibao,
  EXISTS (SELECT 1 FROM monitored_person e WHERE e.resident_id = $1 AND e.from_month <= $2 AND (e.stop_from_month IS NULL OR e.stop_from_month > $2)) AS monitored,
  (SELECT date_of_death::text FROM death_notice WHERE resident_id = $1 LIMIT 1) AS "deceasedOn",
  h.region_code AS "regionCode", h.name
FROM (SELECT 1) one LEFT JOIN LATERAL (
  SELECT hh.region_code, m.name FROM household_member m JOIN household hh ON hh.id = m.household_id
  WHERE m.resident_id = $1 ORDER BY (m.left_month IS NULL) DESC, hh.created_at DESC LIMIT 1
) h ON true`;

@Injectable()
export class CashPlusEligibilityService {
  constructor(
    private readonly policy: PolicyService<SocialAssistancePolicies>,
    private readonly clock: Clock,
  ) {}

  /** The person judged for `month` with the elders' age in force then (503 POLICY.NOT_IN_FORCE without one). */
  async judge(manager: EntityManager, residentIdRaw: string, month: string): Promise<PersonJudged> {
    const residentId = residentIdRaw.toUpperCase();
    const [row]: Array<Omit<CashPlusFacts, 'birthDate'> & { regionCode: string | null; name: string | null }> = await manager.query(FACTS, [residentId, month]);
    const { regionCode, name, ...known } = row;
    const checked = checkResidentId(residentId, this.clock.today());
    if (!checked.ok) {
      // The format is checked by the request's validation; a birth date after today is only known here.
      throw new ProblemException({ status: 400, code: 'VALIDATION.FAILED', detail: `The resident ID is not valid (${checked.code}).`, errors: [{ field: 'residentId', code: 'isResidentId', message: 'not a valid resident ID' }] });
    }
    const facts: CashPlusFacts = { ...known, birthDate: checked.info.birthDate };
    const elderFromAge = await this.policy.valueForMonth(CASH_PLUS_KEYS.elderFromAge, YearMonth.parse(month), manager);
    return { residentId, month, facts, eligibility: cashPlusEligibility(facts, month, { elderFromAge }), regionCode, name };
  }
}

/** 422 CASH_PLUS.NOT_ELIGIBLE with the rule's reason, about `field`. */
export function notEligible(judged: PersonJudged, field: string): ProblemException {
  const reason = judged.eligibility.eligible ? 'ELIGIBLE' : judged.eligibility.reason;
  return new ProblemException({
    status: 422,
    code: 'CASH_PLUS.NOT_ELIGIBLE',
    detail: `Not served by "物质+服务" in ${judged.month}: ${reason} (dispersed 特困, or 低保/低保边缘 aged 80+, living).`,
    errors: [{ field, code: reason, message: `not eligible in ${judged.month}` }],
    extensions: { reason, month: judged.month },
  });
}

// The elderly-care service in-process on the shared test harness (test/support/service-under-test.ts),
// with the city's policy values in force, its staff's tokens and helpers for elders and the
// allowance job.
import request from 'supertest';
import { bearerToken, ServiceTestKit } from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { REASSESSMENT_MONTHS_POLICY_KEY } from '../src/assessments/rules/ability-level.rule';
import { HIGH_AGE_TIERS_POLICY_KEY, LOOK_BACK_MONTHS_POLICY_KEY } from '../src/allowances/rules/high-age-allowance.rule';
import { MIN_VISIT_MINUTES_POLICY_KEY } from '../src/home-care/rules/order-lifecycle.rule';
import { SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY } from '../src/service-subsidy/rules/service-subsidy.rule';
import { SERVICE } from '../src/service.definition';

/** The city's values (DOMAIN §4), in fen. */
export const CITY_HIGH_AGE_TIERS = {
  tiers: [
    { tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: 5000 },
    { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
  ],
};

/** The 26 item scores of an assessment totalling 75 (preliminary level 1). */
export const ASSESSED_75 = {
  selfCare: { eating: 2, grooming: 4, bathing: 4, dressingUpper: 4, dressingLower: 4, urinaryControl: 4, bowelControl: 4, toileting: 4 },
  basicMobility: { bedPositioning: 4, bedChairTransfer: 4, walking: 3, stairs: 2 },
  mentalState: { timeOrientation: 4, placeOrientation: 4, personOrientation: 4, memory: 3, comprehension: 3, expression: 2, aggression: 1, depression: 1, consciousness: 2 },
  perceptionSocial: { vision: 2, hearing: 1, dailyAffairs: 2, transport: 1, socialContact: 2 },
};

export function bearer(roles: string[], sub = 'tester', division = '110105'): string {
  return bearerToken(roles, sub, division);
}

export const OPERATOR = bearer(['operator'], 'operator-1');
export const APPROVER = bearer(['approver'], 'approver-1');
export const AUDITOR = bearer(['auditor'], 'auditor-1');
export const ADMIN = bearer(['admin'], 'admin-1');

export class ElderlyCareTestKit extends ServiceTestKit {
  /**
   * `lookBackMonths`: how far back late grants and the payroll reach (the city's 12 unless told);
   * `highAgeTiers`: the tiers in force from 2020 (the city's unless told).
   */
  constructor(purpose: string, options: { lookBackMonths?: number; highAgeTiers?: typeof CITY_HIGH_AGE_TIERS } = {}) {
    super({
      appModule: AppModule,
      definition: SERVICE,
      purpose,
      policies: [
        { key: HIGH_AGE_TIERS_POLICY_KEY, value: options.highAgeTiers ?? CITY_HIGH_AGE_TIERS, effectiveFrom: '2020-01-01' },
        { key: LOOK_BACK_MONTHS_POLICY_KEY, value: options.lookBackMonths ?? 12, effectiveFrom: '2020-01-01' },
        { key: SERVICE_SUBSIDY_AMOUNT_POLICY_KEY, value: 5000, effectiveFrom: '2020-01-01' },
        { key: SERVICE_SUBSIDY_MIN_AGE_POLICY_KEY, value: 80, effectiveFrom: '2020-01-01' },
        { key: REASSESSMENT_MONTHS_POLICY_KEY, value: 12, effectiveFrom: '2020-01-01' },
        { key: MIN_VISIT_MINUTES_POLICY_KEY, value: 30, effectiveFrom: '2020-01-01' },
      ],
    });
  }

  /** Imports elders as JSON lines; returns the report. */
  async importElders(rows: { residentId: string; name?: string; region?: string; local?: boolean }[]) {
    const body = rows.map((r) => JSON.stringify({ name: '张秀英', region: '110105', local: true, ...r })).join('\n');
    const res = await this.http().post('/api/v1/elders/import').set('Authorization', OPERATOR).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
    return res.body as { accepted: number; refused: number; lines: { line: number; status: string; reason?: string }[] };
  }

  async runAllowanceJob(month: string, server = this.running) {
    const res = await request(server.app.getHttpServer()).post('/api/v1/allowances/high-age/run').set('Authorization', ADMIN).send({ month }).expect(200);
    return res.body as { ran: boolean; started?: number; tierChanged?: number };
  }
}

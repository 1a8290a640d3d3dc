// The child-welfare service in-process on the shared test harness (test/support/service-under-test.ts)
// on a fixed clock, with the city's policy values in force and tokens for its staff.
import { randomUUID } from 'node:crypto';
import type { EventOf } from '@app/contracts';
import { sampleEvents } from '@app/contracts/testing/event-samples';
import { bearerToken, ServiceTestKit } from '../../../test/support/service-under-test';
import { ALLOWANCE_CENTRAL_POLICY_KEY, ALLOWANCE_DISPERSED_POLICY_KEY } from '../src/allowances/rules/child-allowance.rule';
import { AppModule } from '../src/app.module';
import { CATEGORY_THRESHOLDS_POLICY_KEY, CUSTODIAL_SENTENCE_POLICY_KEY } from '../src/categories/rules/child-category.rule';
import { SPECIAL_DIFFICULTY_POLICY_KEY, type SpecialDifficultyCriteria } from '../src/categories/rules/special-difficulty.rule';
import { VISIT_INTERVAL_POLICY_KEY } from '../src/risk/rules/visit-schedule.rule';
import { SERVICE } from '../src/service.definition';
import { STUDY_GRANT_POLICY_KEY } from '../src/study-grants/rules/study-grant.rule';

export const VILLAGE = '110105001001';
export const OTHER_VILLAGE = '110105001002';
export const TOWNSHIP = '110105001';
export const OTHER_TOWNSHIP = '110105002';

export function bearer(roles: string[], division: string, sub = 'tester'): string {
  return bearerToken(roles, sub, division);
}

export const DIRECTOR = bearer(['child-director'], VILLAGE, 'director-1');
export const OTHER_DIRECTOR = bearer(['child-director'], OTHER_VILLAGE, 'director-2');
export const SUPERVISOR = bearer(['child-supervisor'], TOWNSHIP, 'supervisor-1');
export const OTHER_SUPERVISOR = bearer(['child-supervisor'], OTHER_TOWNSHIP, 'supervisor-2');
export const COUNTY = '110105';
export const OTHER_COUNTY = '110106';
/** County bureau staff in the shared role vocabulary (libs/common/src/auth/roles.ts). */
export const APPROVER = bearer(['approver'], COUNTY, 'approver-1');
export const OPERATOR = bearer(['operator'], COUNTY, 'operator-1');
export const AUDITOR = bearer(['auditor'], COUNTY, 'auditor-1');
export const OTHER_APPROVER = bearer(['approver'], OTHER_COUNTY, 'approver-2');

/** City figures (DOMAIN §5): dispersed 1340 -> 1350 yuan/month from 2024-07; central per parameter. */
export const DISPERSED_FEN_BEFORE = 134000;
export const DISPERSED_FEN = 135000;
export const CENTRAL_FEN = 160000;
/** Study grants per child and term as seeded [A]. */
export const STUDY_GRANT_FEN = { FUCAI_YUANMENG: 500000, DE_FACTO_STUDY: 200000 };

/** The city's 特殊困难儿童 criteria as seeded [A]. */
export const SPECIAL_DIFFICULTY_CRITERIA: SpecialDifficultyCriteria = {
  criteria: [
    { code: 'SEVERE_DISABILITY', label: '重度残疾儿童', allOf: [['SEVERELY_DISABLED']] },
    { code: 'SERIOUS_ILLNESS', label: '重病儿童', allOf: [['SERIOUSLY_ILL']] },
    { code: 'ASSISTED_HOUSEHOLD_DISABLED', label: '低保/特困家庭的残疾儿童', allOf: [['DIBAO_HOUSEHOLD', 'TEKUN_HOUSEHOLD'], ['DISABLED']] },
    { code: 'ASSISTED_HOUSEHOLD_PARENT_DISABLED_OR_ILL', label: '低保/特困家庭中父母重残或重病的儿童', allOf: [['DIBAO_HOUSEHOLD', 'TEKUN_HOUSEHOLD'], ['PARENT_SEVERELY_DISABLED', 'PARENT_SERIOUSLY_ILL']] },
  ],
};

export function death(residentId: string, dateOfDeath: string): EventOf<'civil-registration.death.registered.v1'> {
  return { ...sampleEvents['civil-registration.death.registered.v1'], deathId: randomUUID(), residentId, dateOfDeath, receivedAt: `${dateOfDeath}T10:00:00.000Z` };
}

const FROM_2020 = '2020-01-01';

export class ChildWelfareTestKit extends ServiceTestKit {
  /** `dispersedRaise: false` seeds 1340 open-ended, so a test can enter the July 2024 raise itself. */
  constructor(purpose: string, today: string, options: { dispersedRaise?: boolean } = {}) {
    const dispersed =
      options.dispersedRaise === false
        ? [{ key: ALLOWANCE_DISPERSED_POLICY_KEY, value: DISPERSED_FEN_BEFORE, effectiveFrom: FROM_2020 }]
        : [
            { key: ALLOWANCE_DISPERSED_POLICY_KEY, value: DISPERSED_FEN_BEFORE, effectiveFrom: FROM_2020, effectiveTo: '2024-06-30' },
            { key: ALLOWANCE_DISPERSED_POLICY_KEY, value: DISPERSED_FEN, effectiveFrom: '2024-07-01' },
          ];
    super({
      appModule: AppModule,
      definition: SERVICE,
      purpose,
      today,
      policies: [
        { key: VISIT_INTERVAL_POLICY_KEY, value: { RED: 7, ORANGE: 30, GREEN: 90 }, effectiveFrom: FROM_2020 },
        { key: CATEGORY_THRESHOLDS_POLICY_KEY, value: { missingMonths: 6, jailedMonths: 6 }, effectiveFrom: FROM_2020 },
        { key: CUSTODIAL_SENTENCE_POLICY_KEY, value: 6, effectiveFrom: FROM_2020 },
        { key: SPECIAL_DIFFICULTY_POLICY_KEY, value: SPECIAL_DIFFICULTY_CRITERIA, effectiveFrom: FROM_2020 },
        ...dispersed,
        { key: ALLOWANCE_CENTRAL_POLICY_KEY, value: CENTRAL_FEN, effectiveFrom: FROM_2020 },
        { key: STUDY_GRANT_POLICY_KEY, value: STUDY_GRANT_FEN, effectiveFrom: FROM_2020 },
      ],
    });
  }
}

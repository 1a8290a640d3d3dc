// The canteen service in-process on the shared test harness (test/support/service-under-test.ts),
// with the city's meal subsidy in force, its staff's tokens and helpers for canteens and diners.
import { bearerToken, ServiceTestKit } from '../../../test/support/service-under-test';
import { AppModule } from '../src/app.module';
import { MEAL_SUBSIDY_POLICY_KEY } from '../src/meals/rules/meal-tier.rule';
import { SERVICE } from '../src/service.definition';

/** The city's values (DOMAIN §7), in fen. */
export const CITY_MEAL_SUBSIDY = {
  ageBands: [
    { tier: 'AGE_60', minAge: 60, amountFen: 200 },
    { tier: 'AGE_80', minAge: 80, amountFen: 300 },
    { tier: 'AGE_90', minAge: 90, amountFen: 500 },
  ],
  assistanceAmountFen: 500,
};

export function bearer(roles: string[], sub = 'tester', division = '110105'): string {
  return bearerToken(roles, sub, division);
}

/** The bureau's clerk of the county (经办人): canteens, diners, opening settlements. */
export const CLERK = bearer(['operator'], 'clerk-1');
/** The county approver (县级审批): resolves disputes and approves settlements. */
export const APPROVER = bearer(['approver'], 'approver-1');
export const AUDITOR = bearer(['auditor'], 'auditor-1');
/** A canteen's cashier terminal. */
export const OPERATOR = bearer(['canteen-operator'], 'terminal-1');

export class CanteenTestKit extends ServiceTestKit {
  constructor(purpose: string) {
    super({ appModule: AppModule, definition: SERVICE, purpose, policies: [{ key: MEAL_SUBSIDY_POLICY_KEY, value: CITY_MEAL_SUBSIDY, effectiveFrom: '2024-01-01' }] });
  }

  async createCanteen(name: string, slots = ['BREAKFAST', 'LUNCH', 'DINNER'], region = '110105', as = CLERK): Promise<string> {
    const res = await this.http()
      .post('/api/v1/canteens')
      .set('Authorization', as)
      .send({ name, operator: `${name} 运营公司`, address: '朝阳区八里庄北里12号', region, slots })
      .expect(201);
    return res.body.id as string;
  }

  async registerDiner(residentId: string, cardNumber: string, canteenId: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.http()
      .post('/api/v1/diners')
      .set('Authorization', OPERATOR)
      .send({ residentId, cardNumber, name: '张秀英', canteenId, localRegistration: true, ...extra })
      .expect(201);
    return res.body.id as string;
  }
}

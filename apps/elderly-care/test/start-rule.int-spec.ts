import { PolicyService } from '@app/common/policy/policy.service';
import { residentId } from '../../../test/support/resident-ids';
import { HIGH_AGE_START_RULE_POLICY_KEY } from '../src/allowances/rules/high-age-allowance.rule';
import { APPROVER, ElderlyCareTestKit } from './elderly-care-test-kit';

describe('high-age allowance under MONTH_AFTER_APPROVAL (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_start_rule');
  const turns80 = residentId('110105', '19440715', 51); // 80 on 2024-07-15

  beforeAll(async () => {
    await kit.start();
    await kit.running.app.get(PolicyService).add({ key: HIGH_AGE_START_RULE_POLICY_KEY, value: 'MONTH_AFTER_APPROVAL', effectiveFrom: '2020-01-01' });
    expect((await kit.importElders([{ residentId: turns80 }])).accepted).toBe(1);
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('approves in the birthday month and pays from the month after, once', async () => {
    expect(await kit.runAllowanceJob('2024-06')).toMatchObject({ started: 0 });
    expect(await kit.runAllowanceJob('2024-07')).toMatchObject({ started: 1 });
    expect(await kit.runAllowanceJob('2024-08')).toMatchObject({ started: 0 });
    const { rows } = await kit.db.query('SELECT tier, from_month FROM allowance WHERE resident_id = $1', [turns80]);
    expect(rows).toEqual([{ tier: 'AGE_80_99', from_month: '2024-08' }]);
    const july = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-07' }).expect(200);
    expect(july.body).toMatchObject({ lines: 0, totalFen: 0 });
    const august = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
    expect(august.body).toMatchObject({ lines: 1, totalFen: 5000 });
  });
});

import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, ElderlyCareTestKit } from './elderly-care-test-kit';

describe('high-age tiers are data: any number, any names (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_tiers', {
    lookBackMonths: 0,
    highAgeTiers: {
      tiers: [
        { tier: 'AGE_80_89', minAge: 80, monthlyAmountFen: 5000 },
        { tier: 'AGE_90_99', minAge: 90, monthlyAmountFen: 10000 },
        { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 100000 },
      ],
    },
  });
  const eighties = residentId('110105', '19400310', 81);
  const nineties = residentId('110105', '19320310', 82);
  const turns90 = residentId('110105', '19340610', 83); // 90 on 2024-06-10: next tier from 2024-07

  beforeAll(async () => {
    await kit.start();
    expect((await kit.importElders([{ residentId: eighties }, { residentId: nineties }, { residentId: turns90 }])).accepted).toBe(3);
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('grants each person the tier of their age by name, moves up through a middle tier, and pays its amount', async () => {
    expect(await kit.runAllowanceJob('2024-06')).toMatchObject({ started: 3 });
    expect(await kit.runAllowanceJob('2024-07')).toMatchObject({ started: 1, tierChanged: 1 });
    const { rows } = await kit.db.query(`SELECT resident_id, tier, from_month, stop_from_month FROM allowance ORDER BY resident_id, from_month`);
    expect(rows).toEqual(
      [
        { resident_id: eighties, tier: 'AGE_80_89', from_month: '2024-06', stop_from_month: null },
        { resident_id: nineties, tier: 'AGE_90_99', from_month: '2024-06', stop_from_month: null },
        { resident_id: turns90, tier: 'AGE_80_89', from_month: '2024-06', stop_from_month: '2024-07' },
        { resident_id: turns90, tier: 'AGE_90_99', from_month: '2024-07', stop_from_month: null },
      ].sort((a, b) => (a.resident_id === b.resident_id ? a.from_month.localeCompare(b.from_month) : a.resident_id.localeCompare(b.resident_id))),
    );
    const july = await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-07' }).expect(200);
    expect(july.body).toMatchObject({ lines: 3, totalFen: 5000 + 10000 + 10000 });
  });
});

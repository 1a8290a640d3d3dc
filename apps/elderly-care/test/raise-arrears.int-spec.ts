import { sampleEvents } from '@app/contracts/testing/event-samples';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { ADMIN, APPROVER, ElderlyCareTestKit } from './elderly-care-test-kit';

describe('a raise entered after the month was paid (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_raise_arrears');
  // Both turn 80 in June 2024, so July is their first month; a is also on 低保 (allowance and subsidy).
  const a = residentId('110105', '19440610', 61);
  const b = residentId('110105', '19440620', 62);
  const payroll = (month: string) => kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
  const policy = (path: string, body: object) => kit.http().post(`/api/v1/policy-parameters${path}`).set('Authorization', ADMIN).send(body);

  beforeAll(async () => {
    await kit.start();
    expect((await kit.importElders([{ residentId: a }, { residentId: b }])).accepted).toBe(2);
    const enrolled = await kit.publish(
      'social-assistance.enrollment.started.v1',
      { ...sampleEvents['social-assistance.enrollment.started.v1'], enrollmentId: randomUUID(), residentId: a, effectiveMonth: '2024-07', birthDate: '1944-06-10' },
      a,
    );
    await kit.consumed(enrolled);
  });

  afterAll(async () => {
    await kit.stop();
  });

  const lines = async (type: string) =>
    (
      await kit.db.query<{ resident_id: string; kind: string; month: string; amount_fen: number }>(
        `SELECT resident_id, kind, month, amount_fen FROM allowance_payment WHERE line_type = $1 ORDER BY resident_id, kind, month`,
        [type],
      )
    ).rows;

  it('pays July once at the old figure, then August at the new one with one arrears line per person for July, once', async () => {
    expect(await kit.runAllowanceJob('2024-07')).toMatchObject({ started: 2 });
    const july = await payroll('2024-07');
    expect(july.body).toMatchObject({ month: '2024-07', lines: 3, totalFen: 15000 });

    // Entered in August: the old figures end on 2024-06-30, the raised ones apply from 2024-07-01.
    await policy('/end-open-period', { key: 'elderly-care.high-age-allowance.tiers', lastDay: '2024-06-30' }).expect(200);
    await policy('', {
      key: 'elderly-care.high-age-allowance.tiers',
      effectiveFrom: '2024-07-01',
      value: { tiers: [{ tier: 'AGE_80_99', minAge: 80, monthlyAmountFen: 6000 }, { tier: 'AGE_100_PLUS', minAge: 100, monthlyAmountFen: 110000 }] },
    }).expect(201);
    await policy('/end-open-period', { key: 'elderly-care.service-subsidy.monthly-fen', lastDay: '2024-06-30' }).expect(200);
    await policy('', { key: 'elderly-care.service-subsidy.monthly-fen', effectiveFrom: '2024-07-01', value: 5500 }).expect(201);

    const august = await payroll('2024-08');
    expect(august.body).toMatchObject({ month: '2024-08', created: 6, lines: 6, totalFen: 6000 + 6000 + 5500 + 1000 + 1000 + 500 });
    expect(august.body.arrears).toEqual({ lines: 3, totalFen: 2500 });
    const arrears = [
      { resident_id: a, kind: 'HIGH_AGE', month: '2024-07', amount_fen: 1000 },
      { resident_id: a, kind: 'SERVICE_SUBSIDY', month: '2024-07', amount_fen: 500 },
      { resident_id: b, kind: 'HIGH_AGE', month: '2024-07', amount_fen: 1000 },
    ].sort((x, y) => (x.resident_id + x.kind < y.resident_id + y.kind ? -1 : 1));
    expect(await lines('ARREARS')).toEqual(arrears);
    expect((await lines('REGULAR')).filter((l) => l.month === '2024-08').map((l) => l.amount_fen).sort()).toEqual([5500, 6000, 6000]);

    // Run again, in parallel and the month after: still one arrears line per person and month.
    const again = await Promise.all([payroll('2024-08'), payroll('2024-08')]);
    expect(again.map((r) => r.body.created)).toEqual([0, 0]);
    await payroll('2024-09');
    expect(await lines('ARREARS')).toEqual(arrears);
  });
});

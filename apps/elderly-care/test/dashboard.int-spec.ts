// The director's dashboard of elderly care (GET /api/v1/dashboard): the elders drawing the
// high-age allowance per month, who started, and the payroll's money, for the county and for a
// township of it; another township refused, the range checked.
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

type Series = { programme: string; measure: string; points: Array<{ month: string; value: number }> };
type Dashboard = { division: string; series: Series[]; figures: unknown[] };

describe('dashboard of elderly care', () => {
  const kit = new ElderlyCareTestKit('elderly_dashboard');
  const inA = residentId('110105', '19440715', 21); // 80 on 2024-07-15: paid from 2024-08
  const inB = residentId('110105', '19440610', 22); // 80 on 2024-06-10: paid from 2024-07
  const townA = bearer(['auditor'], 'auditor-a', '110105001');
  const townB = bearer(['approver'], 'approver-b', '110105002');
  const paid = async (id: string) => Number((await kit.db.query<{ fen: string }>(`SELECT sum(amount_fen) AS fen FROM allowance_payment WHERE resident_id = $1 AND paid_in_month = '2024-08'`, [id])).rows[0].fen);

  const get = async (query: string, token = APPROVER, status = 200) => (await kit.http().get(`/api/v1/dashboard?${query}`).set('Authorization', token).expect(status)).body;
  const values = (d: Dashboard, programme: string, measure: string) => d.series.find((s) => s.programme === programme && s.measure === measure)?.points.map((p) => p.value);

  beforeAll(async () => {
    await kit.start();
    expect((await kit.importElders([{ residentId: inA, region: '110105001001' }, { residentId: inB, region: '110105002' }])).accepted).toBe(2);
    await kit.runAllowanceJob('2024-07');
    await kit.runAllowanceJob('2024-08');
    // The August payroll pays the elder of township B July's arrears with August.
    await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('counts the county’s elders drawing the allowance, those who started, and the payroll money per month', async () => {
    const d: Dashboard = await get('from=2024-06&to=2024-09');
    expect(values(d, 'HIGH_AGE', 'CASELOAD')).toEqual([0, 1, 2, 2]);
    expect(values(d, 'HIGH_AGE', 'STARTED')).toEqual([0, 1, 1, 0]);
    expect(values(d, 'HIGH_AGE', 'STOPPED')).toEqual([0, 0, 0, 0]);
    expect(values(d, 'SERVICE_SUBSIDY', 'CASELOAD')).toEqual([0, 0, 0, 0]);
    const [a, b] = [await paid(inA), await paid(inB)];
    expect(b).toBeGreaterThan(a);
    expect(values(d, 'HIGH_AGE', 'PAID')).toEqual([0, 0, a + b, 0]);
    expect(d.figures).toEqual([]);
  });

  it('narrows to a township and refuses another township’s figures', async () => {
    const d: Dashboard = await get('from=2024-06&to=2024-09&division=110105001', townA);
    expect(values(d, 'HIGH_AGE', 'CASELOAD')).toEqual([0, 0, 1, 1]);
    expect(values(d, 'HIGH_AGE', 'PAID')).toEqual([0, 0, await paid(inA), 0]);
    expect(await get('from=2024-06&to=2024-09&division=110105001', townB, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'division' }] });
    expect((await get('from=2024-06&to=2024-09', OPERATOR, 403)).code).toBe('AUTH.FORBIDDEN');
    expect((await get('from=2024-09&to=2024-06', APPROVER, 400)).code).toBe('DASHBOARD.BAD_RANGE');
  });
});

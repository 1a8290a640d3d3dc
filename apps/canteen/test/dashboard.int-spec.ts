// The director's dashboard of 助餐 (GET /api/v1/dashboard): the diners who ate at the division's
// canteens per month, the subsidy of the approved settlements, the settlements still open; another
// district's canteen left out, another district refused.
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

type Series = { programme: string; measure: string; points: Array<{ month: string; value: number }> };
type Dashboard = { series: Series[]; figures: Array<{ key: string; value: number }> };

describe('dashboard of 助餐', () => {
  const kit = new CanteenTestKit('canteen_dashboard');
  const nextDistrict = bearer(['approver'], 'approver-2', '110106');
  // The next district's canteen, its diner and meal are recorded by the city's staff.
  const cityClerk = bearer(['operator'], 'clerk-city', '110100');
  const cityTerminal = bearer(['canteen-operator'], 'terminal-city', '110100');
  let approvedFen = 0;

  const get = async (query: string, token = APPROVER, status = 200) => (await kit.http().get(`/api/v1/dashboard?${query}`).set('Authorization', token).expect(status)).body;
  const values = (d: Dashboard, measure: string) => d.series.find((s) => s.programme === 'CANTEEN' && s.measure === measure)?.points.map((p) => p.value);
  const meal = (canteenId: string, cardNumber: string, servedAt: string, token = OPERATOR) => kit.http().post('/api/v1/meals').set('Authorization', token).send({ canteenId, cardNumber, slot: 'LUNCH', servedAt }).expect(201);

  beforeAll(async () => {
    await kit.start();
    const here = await kit.createCanteen('八里庄幸福食堂', undefined, '110105001');
    const there = await kit.createCanteen('海淀幸福食堂', undefined, '110106001', cityClerk);
    await kit.registerDiner(residentId('110105', '19440101', 1), 'D-1', here);
    await kit.registerDiner(residentId('110105', '19450101', 2), 'D-2', here);
    const diner = { residentId: residentId('110106', '19440101', 3), cardNumber: 'D-3', name: '张秀英', canteenId: there, localRegistration: true };
    await kit.http().post('/api/v1/diners').set('Authorization', cityTerminal).send(diner).expect(201);
    await meal(here, 'D-1', '2024-06-03T12:00:00+08:00');
    await meal(here, 'D-1', '2024-06-04T12:00:00+08:00');
    await meal(here, 'D-2', '2024-06-04T12:00:00+08:00');
    await meal(here, 'D-1', '2024-07-01T12:00:00+08:00');
    await meal(there, 'D-3', '2024-06-05T12:00:00+08:00', cityTerminal);
    const june = await kit.http().post('/api/v1/settlements').set('Authorization', CLERK).send({ canteenId: here, month: '2024-06' }).expect(201);
    approvedFen = june.body.totals.subsidyFen;
    await kit.http().post(`/api/v1/settlements/${june.body.id}/approve`).set('Authorization', APPROVER).expect(200);
    await kit.http().post('/api/v1/settlements').set('Authorization', CLERK).send({ canteenId: here, month: '2024-07' }).expect(201);
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('counts the district’s diners per month, the approved subsidy and the settlements still open', async () => {
    const d: Dashboard = await get('from=2024-05&to=2024-08');
    expect(values(d, 'CASELOAD')).toEqual([0, 2, 1, 0]);
    expect(approvedFen).toBeGreaterThan(0);
    expect(values(d, 'PAID')).toEqual([0, approvedFen, 0, 0]);
    expect(d.figures).toEqual([{ key: 'SETTLEMENTS_OPEN', value: 1 }]);
  });

  it('shows the next district its own canteen only and refuses it this district', async () => {
    const d: Dashboard = await get('from=2024-05&to=2024-08', nextDistrict);
    expect(values(d, 'CASELOAD')).toEqual([0, 1, 0, 0]);
    expect(values(d, 'PAID')).toEqual([0, 0, 0, 0]);
    expect(await get('from=2024-05&to=2024-08&division=110105', nextDistrict, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'division' }] });
    expect((await get('from=2024-05&to=2024-08', CLERK, 403)).code).toBe('AUTH.FORBIDDEN');
    expect((await get('from=2024-05&to=2027-08', APPROVER, 400)).code).toBe('DASHBOARD.BAD_RANGE');
  });
});

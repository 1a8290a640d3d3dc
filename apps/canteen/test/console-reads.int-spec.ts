// The paged reads the console's 助餐 screens use: canteens of the caller's division, a canteen's
// meals of one day, a settlement's lines, and the month's settlements — each within the caller's
// division, refused (or empty) outside it.
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

describe('the console’s paged reads of canteens, meals and settlements (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_console_reads');
  /** A clerk of another district (海淀): sees none of Chaoyang's canteens. */
  const HAIDIAN = bearer(['operator'], 'clerk-haidian', '110108');
  const get = (path: string, token: string, query: Record<string, string | number> = {}) => kit.http().get(path).query(query).set('Authorization', token);
  let east: string;
  let west: string;
  let guilan: string;

  beforeAll(async () => {
    await kit.start();
    // Created out of name order, so the list's order is the service's doing.
    west = await kit.createCanteen('西坝河幸福食堂', ['LUNCH', 'DINNER'], '110105002');
    east = await kit.createCanteen('东坝幸福食堂', ['LUNCH', 'DINNER'], '110105001');
    await kit.createCanteen('中关村幸福食堂', ['LUNCH'], '110108001', bearer(['operator'], 'clerk-haidian', '110108'));
    guilan = await kit.registerDiner(residentId('110105', '19400101', 11), 'R-1', east, { name: '李桂兰' });
    await kit.registerDiner(residentId('110105', '19500101', 12), 'R-2', east, { name: '赵德明' });
    for (const [card, servedAt, slot] of [
      ['R-1', '2024-07-02T12:05:00+08:00', 'LUNCH'],
      ['R-2', '2024-07-02T11:50:00+08:00', 'LUNCH'],
      ['R-1', '2024-07-02T17:30:00+08:00', 'DINNER'],
      ['R-1', '2024-07-03T12:00:00+08:00', 'LUNCH'],
      ['R-2', '2024-07-02T12:30:00+08:00', 'LUNCH'], // a second lunch: full price
    ]) {
      await kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId: east, cardNumber: card, slot, servedAt }).expect(201);
    }
  });

  afterAll(async () => {
    await kit.stop();
  });

  it('pages the canteens of the caller’s division by name, with the total', async () => {
    const first = await get('/api/v1/canteens', AUDITOR, { page: 1, pageSize: 1 }).expect(200);
    expect(first.body).toEqual({ items: [expect.objectContaining({ id: east, name: '东坝幸福食堂', region: '110105001', operatingMode: 'ENTRUSTED' })], total: 2, page: 1, pageSize: 1 });
    const second = await get('/api/v1/canteens', AUDITOR, { page: 2, pageSize: 1 }).expect(200);
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual([west]);
    const haidian = await get('/api/v1/canteens', HAIDIAN).expect(200);
    expect(haidian.body.items.map((c: { name: string }) => c.name)).toEqual(['中关村幸福食堂']);
    const city = await get('/api/v1/canteens', bearer(['auditor'], 'auditor-city', '110000')).expect(200);
    expect(city.body.total).toBe(3);
    expect((await get('/api/v1/canteens', AUDITOR, { pageSize: 101 }).expect(400)).body.code).toBe('VALIDATION.FAILED');
  });

  it('reads one canteen and one diner within the caller’s division and refuses them outside', async () => {
    expect((await get(`/api/v1/canteens/${east}`, AUDITOR).expect(200)).body).toEqual(expect.objectContaining({ id: east, name: '东坝幸福食堂' }));
    expect((await get(`/api/v1/diners/${guilan}`, AUDITOR).expect(200)).body.name).toBe('李*兰');
    expect((await get(`/api/v1/diners/${guilan}`, HAIDIAN).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const outside = await get(`/api/v1/canteens/${east}`, HAIDIAN).expect(403);
    expect(outside.body).toEqual(expect.objectContaining({ code: 'AUTH.OUTSIDE_DIVISION', errors: [expect.objectContaining({ field: 'id' })] }));
  });

  it('lists a canteen’s meals of one day in the order served, masked, paged, with the subsidy', async () => {
    const day = await get('/api/v1/meals', CLERK, { canteenId: east, date: '2024-07-02', pageSize: 3 }).expect(200);
    expect(day.body.total).toBe(4);
    expect(day.body.items.map((m: { servedAt: string }) => m.servedAt)).toEqual(['2024-07-02T03:50:00.000Z', '2024-07-02T04:05:00.000Z', '2024-07-02T04:30:00.000Z']);
    const [first, , third] = day.body.items as Array<Record<string, unknown>>;
    expect(first).toEqual(expect.objectContaining({ residentId: expect.stringMatching(/^110\*{11}\d{3}[\dX]$/), dinerName: '赵*明', slot: 'LUNCH', subsidised: true, subsidyFen: 200, tier: 'AGE_60' }));
    expect(third).toEqual(expect.objectContaining({ subsidised: false, subsidyFen: 0, fullPriceReason: 'ALREADY_SUBSIDISED_IN_SLOT' }));
    const rest = await get('/api/v1/meals', OPERATOR, { canteenId: east, date: '2024-07-02', page: 2, pageSize: 3 }).expect(200);
    expect(rest.body.items).toEqual([expect.objectContaining({ slot: 'DINNER', dinerName: '李*兰', subsidyFen: 300, tier: 'AGE_80' })]);
    expect((await get('/api/v1/meals', CLERK, { canteenId: west, date: '2024-07-02' }).expect(200)).body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('refuses the day’s meals outside the caller’s division, for an unknown canteen and for a bad date', async () => {
    const outside = await get('/api/v1/meals', HAIDIAN, { canteenId: east, date: '2024-07-02' }).expect(403);
    expect([outside.body.code, outside.body.errors[0].field]).toEqual(['AUTH.OUTSIDE_DIVISION', 'canteenId']);
    expect((await get('/api/v1/meals', CLERK, { canteenId: '00000000-0000-4000-8000-000000000000', date: '2024-07-02' }).expect(404)).body.code).toBe('CANTEEN.NOT_FOUND');
    const bad = await get('/api/v1/meals', CLERK, { canteenId: east, date: '2024-02-30' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['date']);
  });

  it('pages a settlement’s lines with their meals, and the month’s settlements of the caller’s division with the sums of the whole month', async () => {
    const opened = await kit.http().post('/api/v1/settlements').set('Authorization', CLERK).send({ canteenId: east, month: '2024-07' }).expect(201);
    const id = opened.body.id as string;
    const page1 = await get(`/api/v1/settlements/${id}/lines`, APPROVER, { pageSize: 2 }).expect(200);
    expect([page1.body.total, page1.body.items.length]).toEqual([4, 2]);
    expect(page1.body.items[0]).toEqual(expect.objectContaining({ settlementId: id, mealDate: '2024-07-02', slot: 'LUNCH', dinerName: '赵*明', subsidyFen: 200, status: 'CLAIMED', kind: 'CLAIM' }));
    expect(page1.body.items[0].residentId).toMatch(/^110\*{11}/);
    const page2 = await get(`/api/v1/settlements/${id}/lines`, APPROVER, { page: 2, pageSize: 2 }).expect(200);
    expect(page2.body.items.map((l: { mealDate: string }) => l.mealDate)).toEqual(['2024-07-02', '2024-07-03']);
    expect((await get(`/api/v1/settlements/${id}/lines`, HAIDIAN).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await get(`/api/v1/settlements/${id}`, HAIDIAN).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await get(`/api/v1/settlements/${id}`, APPROVER).expect(200)).body.id).toBe(id);

    // A second settlement of the month, with no meals: the list is paged, the sums cover the whole month.
    const empty = await kit.http().post('/api/v1/settlements').set('Authorization', CLERK).send({ canteenId: west, month: '2024-07' }).expect(201);
    const first = await get('/api/v1/settlements', AUDITOR, { month: '2024-07', pageSize: 1 }).expect(200);
    expect(first.body).toEqual(expect.objectContaining({ month: '2024-07', total: 2, page: 1, pageSize: 1 }));
    expect(first.body.items.map((s: { id: string; canteenName: string }) => [s.id, s.canteenName])).toEqual([[id, '东坝幸福食堂']]);
    expect(first.body.byOperator).toEqual([
      { operator: '东坝幸福食堂 运营公司', mealCount: 4, subsidyFen: 1100 },
      { operator: '西坝河幸福食堂 运营公司', mealCount: 0, subsidyFen: 0 },
    ]);
    const second = await get('/api/v1/settlements', AUDITOR, { month: '2024-07', page: 2, pageSize: 1 }).expect(200);
    expect(second.body.items.map((s: { id: string; canteenName: string; totals: object }) => [s.id, s.canteenName, s.totals])).toEqual([[empty.body.id, '西坝河幸福食堂', { mealCount: 0, subsidyFen: 0, openDisputes: 0 }]]);
    expect((await get('/api/v1/settlements', HAIDIAN, { month: '2024-07' }).expect(200)).body).toEqual({ month: '2024-07', items: [], total: 0, page: 1, pageSize: 20, byOperator: [] });
  });
});

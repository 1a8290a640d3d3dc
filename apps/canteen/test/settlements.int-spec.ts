import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { CanteenTestKit, OFFICIAL, OPERATOR } from './canteen-test-kit';

describe('canteen monthly settlement (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new CanteenTestKit('canteen_settlements');
  let north: string;
  let south: string;

  beforeAll(async () => {
    await kit.start();
    north = await kit.createCanteen('北区幸福食堂');
    south = await kit.createCanteen('南区幸福食堂');
  });

  afterAll(async () => {
    await kit.stop();
  });

  const meal = (canteenId: string, cardNumber: string, servedAt: string, slot = 'LUNCH') =>
    kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId, cardNumber, slot, servedAt });
  const official = {
    post: (path: string, body: object = {}) => kit.http().post(path).set('Authorization', OFFICIAL).send(body),
    get: (path: string) => kit.http().get(path).set('Authorization', OFFICIAL),
  };

  it('settles a month: disputes block approval until resolved, approval closes the month and emits the event', async () => {
    await kit.registerDiner(residentId('110105', '19440101', 1), 'S-80', north); // 300 fen
    await kit.registerDiner(residentId('110105', '19600101', 2), 'S-64', north); // 200 fen
    await kit.registerDiner(residentId('110105', '19900101', 3), 'S-34', north); // not eligible
    await meal(north, 'S-80', '2024-06-03T12:00:00+08:00').expect(201);
    await meal(north, 'S-80', '2024-06-03T12:10:00+08:00').expect(201); // second claim: full price
    await meal(north, 'S-64', '2024-06-04T12:00:00+08:00').expect(201);
    const disputed = await meal(north, 'S-64', '2024-06-30T18:00:00+08:00', 'DINNER').expect(201);
    await meal(north, 'S-34', '2024-06-05T12:00:00+08:00').expect(201);
    await meal(north, 'S-80', '2024-07-01T12:00:00+08:00').expect(201); // next month
    await meal(south, 'S-80', '2024-06-10T12:00:00+08:00').expect(201);

    const notEnded = await official.post('/api/v1/settlements', { canteenId: north, month: '2099-01' }).expect(409);
    expect(notEnded.body.code).toBe('SETTLEMENT.MONTH_NOT_ENDED');

    const opened = await official.post('/api/v1/settlements', { canteenId: north, month: '2024-06' }).expect(201);
    expect(opened.body.totals).toEqual({ mealCount: 3, subsidyFen: 700, openDisputes: 0 });
    expect((await official.post('/api/v1/settlements', { canteenId: north, month: '2024-06' }).expect(409)).body.code).toBe('SETTLEMENT.ALREADY_OPEN');
    const id = opened.body.id as string;
    const line = (opened.body.lines as Array<{ id: string; mealId: string }>).find((l) => l.mealId === disputed.body.id)!;

    await official.post(`/api/v1/settlements/${id}/lines/${line.id}/dispute`, { reason: '签到表无此人' }).expect(200);
    const blocked = await official.post(`/api/v1/settlements/${id}/approve`).expect(409);
    expect(blocked.body.code).toBe('SETTLEMENT.OPEN_DISPUTES');
    const resolved = await official.post(`/api/v1/settlements/${id}/lines/${line.id}/resolve`, { outcome: 'REJECT' }).expect(200);
    expect(resolved.body.totals).toEqual({ mealCount: 2, subsidyFen: 500, openDisputes: 0 });

    const events = await kit.listen('canteen.settlement.approved.v1');
    const approved = await official.post(`/api/v1/settlements/${id}/approve`).expect(200);
    expect([approved.body.status, approved.body.mealCount, approved.body.subsidyFen, approved.body.approvedBy]).toEqual(['APPROVED', 2, 500, 'official-1']);
    await waitFor('settlement event', () => events.received().length > 0);
    await events.close();
    expect(events.received()).toHaveLength(1);
    expect((events.received()[0] as { data: unknown }).data).toEqual({ settlementId: id, canteenId: north, month: '2024-06', mealCount: 2, subsidyFen: 500, approvedBy: 'official-1' });

    // The month is closed for that canteen only.
    const closed = await meal(north, 'S-64', '2024-06-20T12:00:00+08:00');
    expect([closed.status, closed.body.code]).toEqual([409, 'MEAL.MONTH_CLOSED']);
    await meal(south, 'S-64', '2024-06-20T12:00:00+08:00').expect(201);
    expect((await official.post(`/api/v1/settlements/${id}/approve`).expect(409)).body.code).toBe('SETTLEMENT.ALREADY_APPROVED');
    expect((await official.post(`/api/v1/settlements/${id}/lines/${line.id}/resolve`, { outcome: 'ACCEPT' }).expect(409)).body.code).toBe(
      'SETTLEMENT.ALREADY_APPROVED',
    );

    // Both canteens belong to different operators here: one sum each.
    await official.post('/api/v1/settlements', { canteenId: south, month: '2024-06' }).expect(201);
    const month = await official.get('/api/v1/settlements?month=2024-06').expect(200);
    expect(month.body.byOperator).toEqual([
      { operator: '北区幸福食堂 运营公司', mealCount: 2, subsidyFen: 500 },
      { operator: '南区幸福食堂 运营公司', mealCount: 2, subsidyFen: 500 },
    ]);
  });

  it('re-prices meals after a late 低保 enrolment only in months that are still open', async () => {
    const person = residentId('110105', '19600101', 2); // S-64, AGE_60
    const month = await official.get('/api/v1/settlements?month=2024-06').expect(200);
    const [north, south] = ['北区幸福食堂 运营公司', '南区幸福食堂 运营公司'].map(
      (operator) => (month.body.settlements as Array<{ id: string; operator: string }>).find((x) => x.operator === operator)!.id,
    );
    await kit.consumed(
      await kit.publish(
        'social-assistance.enrollment.started.v1',
        { enrollmentId: randomUUID(), householdId: randomUUID(), residentId: person, program: 'DIBAO', effectiveMonth: '2024-06' },
        person,
      ),
    );
    const closed = await official.get(`/api/v1/settlements/${north}`).expect(200);
    expect([closed.body.subsidyFen, closed.body.totals.subsidyFen]).toEqual([500, 500]);
    const open = await official.get(`/api/v1/settlements/${south}`).expect(200);
    expect(open.body.totals).toEqual({ mealCount: 2, subsidyFen: 800, openDisputes: 0 });
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1 AND tier = 'ASSISTANCE'`, [person])).toBe(1);
  });

  it('refuses bad settlement input with a code, and operators cannot approve', async () => {
    const bad = await official.post('/api/v1/settlements', { canteenId: 'x', month: '2024-13' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['canteenId', 'month']);
    const before = await kit.count('SELECT count(*) AS n FROM settlement');
    await kit.http().post('/api/v1/settlements').set('Authorization', OPERATOR).send({ canteenId: north, month: '2024-05' }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM settlement')).toBe(before);
  });
});

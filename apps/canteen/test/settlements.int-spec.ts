import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { openDatabase } from '../../../test/support/service-under-test';
import { waitFor } from '../../../test/support/wait-for';
import { APPROVER, bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

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
  const as = (token: string) => ({
    post: (path: string, body: object = {}) => kit.http().post(path).set('Authorization', token).send(body),
    get: (path: string) => kit.http().get(path).set('Authorization', token),
  });
  const clerk = as(CLERK);
  const approver = as(APPROVER);

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

    const notEnded = await clerk.post('/api/v1/settlements', { canteenId: north, month: '2099-01' }).expect(409);
    expect(notEnded.body.code).toBe('SETTLEMENT.MONTH_NOT_ENDED');

    const opened = await clerk.post('/api/v1/settlements', { canteenId: north, month: '2024-06' }).expect(201);
    expect(opened.body.totals).toEqual({ mealCount: 3, subsidyFen: 700, openDisputes: 0 });
    expect((await clerk.post('/api/v1/settlements', { canteenId: north, month: '2024-06' }).expect(409)).body.code).toBe('SETTLEMENT.ALREADY_OPEN');
    const id = opened.body.id as string;
    const line = (opened.body.lines as Array<{ id: string; mealId: string }>).find((l) => l.mealId === disputed.body.id)!;

    await clerk.post(`/api/v1/settlements/${id}/lines/${line.id}/dispute`, { reason: '签到表无此人' }).expect(200);
    // Maker and checker: the clerk who opened it cannot approve it, even holding the approver role.
    const sameSettlementsBefore = await kit.count(`SELECT count(*) AS n FROM settlement WHERE status = 'APPROVED'`);
    const byMaker = await as(bearer(['operator', 'approver'], 'clerk-1')).post(`/api/v1/settlements/${id}/approve`).expect(403);
    expect([byMaker.body.code, byMaker.headers['content-type']]).toEqual(['SETTLEMENT.SAME_PERSON_APPROVAL', expect.stringContaining('application/problem+json')]);
    expect(await kit.count(`SELECT count(*) AS n FROM settlement WHERE status = 'APPROVED'`)).toBe(sameSettlementsBefore);
    const blocked = await approver.post(`/api/v1/settlements/${id}/approve`).expect(409);
    expect(blocked.body.code).toBe('SETTLEMENT.OPEN_DISPUTES');
    const resolved = await approver.post(`/api/v1/settlements/${id}/lines/${line.id}/resolve`, { outcome: 'REJECT' }).expect(200);
    expect(resolved.body.totals).toEqual({ mealCount: 2, subsidyFen: 500, openDisputes: 0 });

    const events = await kit.listen('canteen.settlement.approved.v1');
    const approved = await approver.post(`/api/v1/settlements/${id}/approve`).expect(200);
    expect([approved.body.status, approved.body.mealCount, approved.body.subsidyFen, approved.body.approvedBy]).toEqual(['APPROVED', 2, 500, 'approver-1']);
    await waitFor('settlement event', () => events.received().length > 0);
    await events.close();
    expect(events.received()).toHaveLength(1);
    expect((events.received()[0] as { data: unknown }).data).toEqual({ settlementId: id, canteenId: north, month: '2024-06', mealCount: 2, subsidyFen: 500, approvedBy: 'approver-1' });

    // The month is closed for that canteen only.
    const closed = await meal(north, 'S-64', '2024-06-20T12:00:00+08:00');
    expect([closed.status, closed.body.code]).toEqual([409, 'MEAL.MONTH_CLOSED']);
    await meal(south, 'S-64', '2024-06-20T12:00:00+08:00').expect(201);
    expect((await approver.post(`/api/v1/settlements/${id}/approve`).expect(409)).body.code).toBe('SETTLEMENT.ALREADY_APPROVED');
    expect((await approver.post(`/api/v1/settlements/${id}/lines/${line.id}/resolve`, { outcome: 'ACCEPT' }).expect(409)).body.code).toBe(
      'SETTLEMENT.ALREADY_APPROVED',
    );

    // Both canteens belong to different operators here: one sum each.
    await clerk.post('/api/v1/settlements', { canteenId: south, month: '2024-06' }).expect(201);
    const month = await clerk.get('/api/v1/settlements?month=2024-06').expect(200);
    expect(month.body.byOperator).toEqual([
      { operator: '北区幸福食堂 运营公司', mealCount: 2, subsidyFen: 500 },
      { operator: '南区幸福食堂 运营公司', mealCount: 2, subsidyFen: 500 },
    ]);
  });

  it('re-prices meals after a late 低保 enrollment only in months that are still open', async () => {
    const person = residentId('110105', '19600101', 2); // S-64, AGE_60
    const month = await clerk.get('/api/v1/settlements?month=2024-06').expect(200);
    const [north, south] = ['北区幸福食堂 运营公司', '南区幸福食堂 运营公司'].map(
      (operator) => (month.body.items as Array<{ id: string; operator: string }>).find((x) => x.operator === operator)!.id,
    );
    await kit.consumed(
      await kit.publish(
        'social-assistance.enrollment.started.v1',
        { enrollmentId: randomUUID(), householdId: randomUUID(), residentId: person, program: 'DIBAO', effectiveMonth: '2024-06' },
        person,
      ),
    );
    const closed = await clerk.get(`/api/v1/settlements/${north}`).expect(200);
    expect([closed.body.subsidyFen, closed.body.totals.subsidyFen]).toEqual([500, 500]);
    const open = await clerk.get(`/api/v1/settlements/${south}`).expect(200);
    expect(open.body.totals).toEqual({ mealCount: 2, subsidyFen: 800, openDisputes: 0 });
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE resident_id = $1 AND tier = 'ASSISTANCE'`, [person])).toBe(1);
  });

  it('refuses bad settlement input with a code, and operators cannot approve', async () => {
    const bad = await clerk.post('/api/v1/settlements', { canteenId: 'x', month: '2024-13' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['canteenId', 'month']);
    const before = await kit.count('SELECT count(*) AS n FROM settlement');
    await kit.http().post('/api/v1/settlements').set('Authorization', OPERATOR).send({ canteenId: north, month: '2024-05' }).expect(403);
    expect(await kit.count('SELECT count(*) AS n FROM settlement')).toBe(before);
  });

  it('takes back a meal voided after its month was approved with a correction line in the next settlement', async () => {
    const east = await kit.createCanteen('东区幸福食堂');
    const dies = residentId('110105', '19440301', 7); // 80+: 300 fen
    await kit.registerDiner(dies, 'C-DIES', east);
    await kit.registerDiner(residentId('110105', '19300301', 8), 'C-90', east); // 90+: 500 fen
    const paid = await meal(east, 'C-DIES', '2024-05-10T12:00:00+08:00').expect(201);
    await meal(east, 'C-90', '2024-06-05T12:00:00+08:00').expect(201);
    const may = await clerk.post('/api/v1/settlements', { canteenId: east, month: '2024-05' }).expect(201);
    await approver.post(`/api/v1/settlements/${may.body.id}/approve`).expect(200);
    const auditBefore = await kit.count(`SELECT count(*) AS n FROM audit_log WHERE action = 'settlement.approved' AND entity_id = $1`, [may.body.id]);
    expect(auditBefore).toBe(1);

    // The death is registered late: the meal of 10 May is void, but May is approved and stays as it was.
    await kit.consumed(
      await kit.publish(
        'civil-registration.death.registered.v1',
        {
          deathId: randomUUID(),
          residentId: dies,
          name: '赵大爷',
          sex: 'M',
          ethnicity: 'HAN',
          dateOfDeath: '2024-05-01',
          placeOfDeath: '家中',
          disposal: 'CREMATION',
          source: 'VILLAGE',
          receivedAt: '2024-06-20T02:00:00.000Z',
          divisionCode: '110105',
        },
        dies,
      ),
    );
    expect(await kit.count(`SELECT count(*) AS n FROM meal WHERE id = $1 AND status = 'VOID'`, [paid.body.id])).toBe(1);
    const mayAfter = await clerk.get(`/api/v1/settlements/${may.body.id}`).expect(200);
    expect([mayAfter.body.status, mayAfter.body.mealCount, mayAfter.body.subsidyFen, mayAfter.body.totals]).toEqual([
      'APPROVED',
      1,
      300,
      { mealCount: 1, subsidyFen: 300, openDisputes: 0 },
    ]);

    const june = await clerk.post('/api/v1/settlements', { canteenId: east, month: '2024-06' }).expect(201);
    const correction = (june.body.lines as Array<{ mealId: string; kind: string; subsidyFen: number; correctsSettlementId: string | null }>).filter(
      (l) => l.kind === 'CORRECTION',
    );
    expect(correction).toEqual([expect.objectContaining({ mealId: paid.body.id, subsidyFen: -300, correctsSettlementId: may.body.id })]);
    expect(june.body.totals).toEqual({ mealCount: 1, subsidyFen: 200, openDisputes: 0 });
    const approvedJune = await approver.post(`/api/v1/settlements/${june.body.id}/approve`).expect(200);
    expect([approvedJune.body.mealCount, approvedJune.body.subsidyFen]).toEqual([1, 200]);
    // Taken back once: a later settlement does not repeat the correction.
    const july = await clerk.post('/api/v1/settlements', { canteenId: east, month: '2024-07' }).expect(201);
    expect(july.body.lines).toEqual([]);
  });

  it('refuses settlement writes on a canteen outside the caller’s division and changes nothing', async () => {
    const city = bearer(['operator'], 'city-clerk', '110100');
    const elsewhere = await kit.createCanteen('海淀幸福食堂', ['LUNCH'], '110108', city);
    const settlements = await kit.count('SELECT count(*) AS n FROM settlement');
    const refused = await clerk.post('/api/v1/settlements', { canteenId: elsewhere, month: '2024-05' }).expect(403);
    expect([refused.body.code, refused.body.errors[0].field]).toEqual(['AUTH.OUTSIDE_DIVISION', 'canteenId']);
    expect(await kit.count('SELECT count(*) AS n FROM settlement')).toBe(settlements);
    // Opened by the city, it still cannot be approved by the county.
    const opened = await as(city).post('/api/v1/settlements', { canteenId: elsewhere, month: '2024-05' }).expect(201);
    const approve = await approver.post(`/api/v1/settlements/${opened.body.id}/approve`).expect(403);
    expect(approve.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect(await kit.count(`SELECT count(*) AS n FROM settlement WHERE id = $1 AND status = 'OPEN'`, [opened.body.id])).toBe(1);
  });

  it('refuses meals for a month another replica approved, and still replays a retry stored before', async () => {
    const west = await kit.createCanteen('西区幸福食堂');
    await kit.registerDiner(residentId('110105', '19450404', 9), 'R-APR', west);
    const key = `terminal-9:${randomUUID()}`;
    const body = { canteenId: west, cardNumber: 'R-APR', slot: 'LUNCH', servedAt: '2024-04-10T12:00:00+08:00' };
    const stored = await kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).set('Idempotency-Key', key).send(body).expect(201);
    const opened = await clerk.post('/api/v1/settlements', { canteenId: west, month: '2024-04' }).expect(201);
    // Approved through another instance: this one has not seen the approval, only the database has.
    await kit.db.query(`UPDATE settlement SET status = 'APPROVED', approved_by = 'approver-2', approved_at = now() WHERE id = $1`, [opened.body.id]);
    const before = await kit.count('SELECT count(*) AS n FROM meal WHERE canteen_id = $1', [west]);
    const refused = await meal(west, 'R-APR', '2024-04-11T12:00:00+08:00').expect(409);
    expect(refused.body.code).toBe('MEAL.MONTH_CLOSED');
    const retry = await kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).set('Idempotency-Key', key).send(body).expect(201);
    expect(retry.body.id).toBe(stored.body.id);
    expect(await kit.count('SELECT count(*) AS n FROM meal WHERE canteen_id = $1', [west])).toBe(before);
    // May is still open.
    await meal(west, 'R-APR', '2024-05-11T12:00:00+08:00').expect(201);
  });

  it('keeps recording meals at other canteens while one waits for an approval in progress', async () => {
    const east = await kit.createCanteen('东区幸福食堂');
    const west = await kit.createCanteen('西区幸福食堂');
    await kit.registerDiner(residentId('110105', '19460606', 13), 'R-WAIT-1', east);
    await kit.registerDiner(residentId('110105', '19460607', 14), 'R-WAIT-2', west);
    const opened = await clerk.post('/api/v1/settlements', { canteenId: east, month: '2024-06' }).expect(201);
    // An approval in progress holds its settlement row; meals of that canteen and month wait for its outcome.
    const approval = await openDatabase(kit.database);
    try {
      await approval.query('BEGIN');
      await approval.query('SELECT id FROM settlement WHERE id = $1 FOR UPDATE', [opened.body.id]);
      let waitingDone = false;
      const waiting = meal(east, 'R-WAIT-1', '2024-06-10T12:00:00+08:00').then((res) => {
        waitingDone = true;
        return res;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The blocked batch must not hold up the next one: another batch starts beside it.
      const other = await meal(west, 'R-WAIT-2', '2024-06-10T12:00:00+08:00').expect(201);
      expect(other.body.subsidised).toBe(true);
      expect(waitingDone).toBe(false);
      await approval.query('ROLLBACK');
      expect((await waiting).status).toBe(201);
    } finally {
      await approval.end();
    }
  });
});

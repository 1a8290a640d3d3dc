import { randomUUID } from 'node:crypto';
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { ADMIN, APPROVER, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('home care "10+N": catalogue, orders, settlement (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_home_care');
  const elder = residentId('110105', '19400310', 31);
  const other = residentId('110105', '19410311', 32);
  let providerId: string;

  // The service runs as of 2024-06-15: May is over and can be settled, June cannot.
  beforeAll(async () => {
    process.env.CLOCK_FIXED_DATE = '2024-06-15';
    await kit.start();
    expect((await kit.importElders([{ residentId: elder }, { residentId: other }])).accepted).toBe(2);
    await kit
      .http()
      .post('/api/v1/home-care/catalogue')
      .set('Authorization', ADMIN)
      .send({
        items: [
          { code: 'MEAL-01', itemName: '助餐 送餐上门', category: 'MEAL', basic: true, unit: '餐', priceFen: 3000, subsidyFen: 2000, effectiveFrom: '2024-01-01' },
          { code: 'CLEAN-01', itemName: '助洁 居室清洁', category: 'CLEANING', basic: true, unit: '次', priceFen: 6050, subsidyFen: 4000, effectiveFrom: '2024-01-01', effectiveTo: null },
        ],
      })
      .expect(201);
    const provider = await kit.http().post('/api/v1/home-care/providers').set('Authorization', OPERATOR).send({ code: 'HC-001', providerName: '康乐居家养老服务中心', divisionCode: '110105' }).expect(201);
    providerId = provider.body.id;
  });

  afterAll(async () => {
    await kit.stop();
    delete process.env.CLOCK_FIXED_DATE;
  });

  const post = (path: string, body: object = {}, token = OPERATOR) => kit.http().post(`/api/v1/home-care${path}`).set('Authorization', token).send(body);
  const statusOf = async (id: string) => (await kit.db.query<{ status: string }>('SELECT status FROM home_care_order WHERE id = $1', [id])).rows[0]?.status;

  /** Orders an item and takes it to CONFIRMED with a visit on the given day (Shanghai time). */
  async function visit(who: string, itemCode: string, day: string): Promise<string> {
    const order = await post('/orders', { residentId: who, itemCode }).expect(201);
    await post(`/orders/${order.body.id}/assign`, { providerId }).expect(200);
    await post(`/orders/${order.body.id}/check-in`, { at: `${day}T09:00:00+08:00` }).expect(200);
    await post(`/orders/${order.body.id}/check-out`, { at: `${day}T10:00:00+08:00` }).expect(200);
    await post(`/orders/${order.body.id}/confirm`).expect(200);
    return order.body.id;
  }

  it('takes an order through the flow and refuses a check-out before the minimum duration', async () => {
    const created = await post('/orders', { residentId: elder, itemCode: 'MEAL-01' }).expect(201);
    expect(created.body).toMatchObject({ status: 'ORDERED', residentId: maskResidentId(elder), itemCode: 'MEAL-01', priceFen: 3000, subsidyFen: 2000, orderedOn: '2024-06-15' });
    const id = created.body.id as string;

    const early = await post(`/orders/${id}/check-in`, { at: '2024-05-20T09:00:00+08:00' }).expect(409);
    expect(early.body.code).toBe('HOME_CARE.ORDER_WRONG_STATUS');
    await post(`/orders/${id}/assign`, { providerId }).expect(200);
    await post(`/orders/${id}/check-in`, { at: '2024-05-20T09:00:00+08:00' }).expect(200);

    const short = await post(`/orders/${id}/check-out`, { at: '2024-05-20T09:29:59+08:00' }).expect(422);
    expect(short.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(short.body).toMatchObject({ code: 'HOME_CARE.VISIT_TOO_SHORT', errors: [{ field: 'at' }] });
    expect(await statusOf(id)).toBe('CHECKED_IN');

    const future = await post(`/orders/${id}/check-out`, { at: '2024-06-15T09:00:00+08:00' }).expect(422);
    expect(future.body.code).toBe('HOME_CARE.TIME_INVALID');

    const out = await post(`/orders/${id}/check-out`, { at: '2024-05-20T09:30:00+08:00' }).expect(200);
    expect(out.body).toMatchObject({ status: 'CHECKED_OUT', serviceMonth: '2024-05' });
    await post(`/orders/${id}/confirm`).expect(200);
    expect(await statusOf(id)).toBe('CONFIRMED');
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'home-care-order' AND entity_id = $1`, [id])).toBe(5);
  });

  it('settles a provider month once, with totals in fen; the maker cannot approve', async () => {
    await visit(other, 'CLEAN-01', '2024-05-31');
    await visit(other, 'MEAL-01', '2024-06-01'); // June: not in May's settlement
    const open = await post('/orders', { residentId: other, itemCode: 'MEAL-01' }).expect(201);

    const first = await post('/settlements', { providerId, month: '2024-05' }, APPROVER).expect(200);
    expect(first.body).toMatchObject({ created: true, settlement: { month: '2024-05', orders: 2, priceFen: 9050, subsidyFen: 6000, copayFen: 3050, status: 'DRAFT', createdBy: 'approver-1' } });
    const again = await post('/settlements', { providerId, month: '2024-05' }, APPROVER).expect(200);
    expect(again.body).toMatchObject({ created: false, settlement: { id: first.body.settlement.id, orders: 2 } });
    expect(await kit.count(`SELECT count(*) AS n FROM home_care_settlement WHERE provider_id = $1`, [providerId])).toBe(1);
    expect(await kit.count(`SELECT count(*) AS n FROM home_care_order WHERE settlement_id = $1 AND status = 'SETTLED'`, [first.body.settlement.id])).toBe(2);
    expect(await statusOf(open.body.id)).toBe('ORDERED');

    const june = await post('/settlements', { providerId, month: '2024-06' }, APPROVER).expect(422);
    expect(june.body.code).toBe('HOME_CARE.SETTLEMENT_MONTH_OPEN');

    const id = first.body.settlement.id as string;
    const self = await post(`/settlements/${id}/approve`, {}, APPROVER).expect(403);
    expect(self.body.code).toBe('HOME_CARE.SETTLEMENT_SAME_PERSON');
    await post(`/settlements/${id}/approve`, {}, OPERATOR).expect(403);
    expect(await kit.count(`SELECT count(*) AS n FROM home_care_settlement WHERE id = $1 AND status = 'DRAFT'`, [id])).toBe(1);
    const tap = await kit.listen('elderly-care.payables.approved.v1');
    try {
      const approved = await post(`/settlements/${id}/approve`, {}, bearer(['approver'], 'approver-2')).expect(200);
      expect(approved.body).toMatchObject({ status: 'APPROVED', approvedBy: 'approver-2' });
      // The subsidy goes to the provider's corporate account through 一卡通, in the approval.
      await waitFor('the settlement payable', async () => tap.received().length === 1);
      const [chunk] = tap.received();
      expect(chunk.subject).toBe(id);
      expect(chunk.data).toMatchObject({ approvalId: id, month: '2024-05', approvedBy: 'approver-2', chunk: { index: 0, count: 1 } });
      const lines = chunk.data.lines as Array<Record<string, unknown>>;
      expect(lines).toEqual([
        expect.objectContaining({ programme: 'HOME_CARE_SETTLEMENT', period: '2024-05', amountFen: 6000, payee: { kind: 'ORGANISATION', organisationId: providerId, name: '康乐居家养老服务中心' } }),
      ]);
      // The bank returns it FAILED: the line shows it, and the provider's next approved settlement pays it again, once.
      const lineId = lines[0].lineId as string;
      const returned = { batchId: randomUUID(), returnFileId: randomUUID(), ownerService: 'elderly-care' as const, returnedOn: '2024-06-12' };
      const failed = { ...returned, lines: [{ lineId, programme: 'HOME_CARE_SETTLEMENT' as const, period: '2024-05', amountFen: 6000, reason: 'ACCOUNT_CLOSED' as const }] };
      await kit.consumed(await kit.publish('payments.line.failed.v1', failed, id));
      const payments = await kit.http().get(`/api/v1/home-care/settlements/${id}/payments`).set('Authorization', OPERATOR).expect(200);
      expect(payments.body).toMatchObject({ total: 1, page: 1 });
      expect(payments.body.items).toEqual([expect.objectContaining({ id: lineId, kind: 'SETTLEMENT', amountFen: 6000, paymentStatus: 'FAILED', paymentFailureReason: 'ACCOUNT_CLOSED' })]);
      const april = await post('/settlements', { providerId, month: '2024-04' }, APPROVER).expect(200);
      await post(`/settlements/${april.body.settlement.id}/approve`, {}, bearer(['approver'], 'approver-2')).expect(200);
      await waitFor('the re-issue', async () => tap.received().length === 2);
      expect(tap.received()[1].data.lines).toEqual([expect.objectContaining({ programme: 'HOME_CARE_SETTLEMENT', period: '2024-05', amountFen: 6000, reissueOf: lineId })]);
      expect(await kit.count(`SELECT count(*) AS n FROM home_care_settlement_payment WHERE reissue_of = $1`, [lineId])).toBe(1);
    } finally {
      await tap.close();
    }
  });

  it('two settlements of the same provider and month at the same moment make one', async () => {
    const second = await post('/providers', { code: 'HC-003', providerName: '邻里居家服务社', divisionCode: '110105' }).expect(201);
    const order = await post('/orders', { residentId: elder, itemCode: 'MEAL-01' }).expect(201);
    await post(`/orders/${order.body.id}/assign`, { providerId: second.body.id }).expect(200);
    await post(`/orders/${order.body.id}/check-in`, { at: '2024-04-02T09:00:00+08:00' }).expect(200);
    await post(`/orders/${order.body.id}/check-out`, { at: '2024-04-02T09:45:00+08:00' }).expect(200);
    await post(`/orders/${order.body.id}/confirm`).expect(200);
    const results = await Promise.all([1, 2, 3].map(() => post('/settlements', { providerId: second.body.id, month: '2024-04' }).expect(200)));
    expect(results.filter((r) => r.body.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.settlement.id)).size).toBe(1);
    expect(results.every((r) => r.body.settlement.orders === 1 && r.body.settlement.subsidyFen === 2000)).toBe(true);
    expect(await kit.count(`SELECT count(*) AS n FROM home_care_settlement WHERE provider_id = $1`, [second.body.id])).toBe(1);
  });

  it('refuses bad input, unknown items and another division, storing nothing', async () => {
    const orders = await kit.count('SELECT count(*) AS n FROM home_care_order');
    const bad = await post('/orders', { residentId: '110105194003100310', itemCode: 'MEAL-01' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [{ field: 'residentId' }] });
    const unknown = await post('/orders', { residentId: elder, itemCode: 'BATH-99' }).expect(422);
    expect(unknown.body).toMatchObject({ code: 'HOME_CARE.ITEM_NOT_AVAILABLE', errors: [{ field: 'itemCode' }] });
    const outside = await post('/orders', { residentId: elder, itemCode: 'MEAL-01' }, bearer(['operator'], 'operator-9', '110106')).expect(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'residentId' }] });
    expect(await kit.count('SELECT count(*) AS n FROM home_care_order')).toBe(orders);

    const providers = await kit.count('SELECT count(*) AS n FROM home_care_provider');
    const foreign = await post('/providers', { code: 'HC-002', providerName: '外区服务商', divisionCode: '110106' }).expect(403);
    expect(foreign.body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect(await kit.count('SELECT count(*) AS n FROM home_care_provider')).toBe(providers);

    const items = await kit.count('SELECT count(*) AS n FROM home_care_item');
    const overlap = await post('/catalogue', { items: [{ code: 'MEAL-01', itemName: '助餐', category: 'MEAL', basic: true, unit: '餐', priceFen: 3500, subsidyFen: 2000, effectiveFrom: '2024-07-01' }] }, ADMIN).expect(422);
    expect(overlap.body).toMatchObject({ code: 'HOME_CARE.CATALOGUE_INVALID', errors: [{ field: 'items.0.effectiveFrom', code: 'periodOverlap' }] });
    await post('/catalogue', { items: [{ code: 'X-1', itemName: 'x', category: 'OTHER', basic: false, unit: '次', priceFen: 1, subsidyFen: 0, effectiveFrom: '2024-07-01' }] }, OPERATOR).expect(403);
    const fractional = await post('/catalogue', { items: [{ code: 'X-1', itemName: 'x', category: 'OTHER', basic: false, unit: '次', priceFen: 10.5, subsidyFen: 0, effectiveFrom: '2024-07-01' }] }, ADMIN).expect(400);
    expect(fractional.body.errors[0].field).toBe('items.0.priceFen');
    expect(await kit.count('SELECT count(*) AS n FROM home_care_item')).toBe(items);
  });

  it('lists the catalogue in force and reports the year', async () => {
    const catalogue = await kit.http().get('/api/v1/home-care/catalogue?on=2024-05-01').set('Authorization', OPERATOR).expect(200);
    expect(catalogue.body.total).toBe(2);
    expect(catalogue.body.items.map((i: { code: string }) => i.code)).toEqual(['CLEAN-01', 'MEAL-01']);
    const second = await kit.http().get('/api/v1/home-care/catalogue?on=2024-05-01&page=2&pageSize=1').set('Authorization', OPERATOR).expect(200);
    expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ code: 'MEAL-01' }] });
    const report = await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-1')).expect(200);
    expect(report.body).toMatchObject({ year: 2024, asOf: '2024-06-15' });
    // Visits: April meal (3000), May meal (3000), May cleaning (6050), June meal (3000); one order still open.
    expect(report.body.homeCare).toMatchObject({ orders: 5, visits: 4, eldersServed: 2, visitsPriceFen: 15050, visitsSubsidyFen: 10000 });
    expect(report.body.homeCare.ordersByStatus).toEqual([
      { status: 'CONFIRMED', orders: 1 },
      { status: 'ORDERED', orders: 1 },
      { status: 'SETTLED', orders: 3 },
    ]);
    // The orders and beds are the county's (110105): the neighbouring county counts none.
    const neighbour = await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-6', '110106')).expect(200);
    expect(neighbour.body.homeCare).toEqual({ orders: 0, ordersByStatus: [], visits: 0, eldersServed: 0, visitsPriceFen: 0, visitsSubsidyFen: 0, homeCareBeds: { activeAsOf: 0, contractedInYear: 0 } });
    const future = await kit.http().get('/api/v1/reports/annual?year=2025').set('Authorization', OPERATOR).expect(422);
    expect(future.body.code).toBe('REPORT.YEAR_IN_FUTURE');
    const bad = await kit.http().get('/api/v1/reports/annual?year=abc').set('Authorization', OPERATOR).expect(400);
    expect(bad.body.errors[0].field).toBe('year');
  });
});

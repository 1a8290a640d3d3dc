// The registry and home care as the console reads them (issue 19): the elder list of the caller's
// division with its filters, one elder by the opaque id with an assessment and an order recorded
// through it, and the division's orders and settlements — paged, scoped, refusing bad input.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { ADMIN, APPROVER, ASSESSED_75, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('elder registry and home care lists (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_registry_lists');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const haidian = bearer(['operator', 'approver'], 'clerk-hd', '110108');
  const assessor = bearer(['assessor'], 'assessor-1');
  const wang = residentId('110105', '19400101', 1); // 84 on 2024-08-15
  const zhou = residentId('110105', '19550101', 2); // 69
  const li = residentId('110105', '19350101', 3); // 89
  const chen = residentId('110105', '19230101', 4); // 101
  const get = async (path: string, token = OPERATOR, status = 200) => (await kit.http().get(path).set('Authorization', token).expect(status)).body;
  const post = (path: string, body: object, token = OPERATOR) => kit.http().post(path).set('Authorization', token).send(body);
  const names = (page: { items: Array<{ name: string }> }) => page.items.map((i) => i.name);

  beforeAll(async () => {
    process.env.CLOCK_FIXED_DATE = '2024-08-15';
    await kit.start();
    await kit.importElders([
      { residentId: wang, name: '王秀英', region: '110105001001' },
      { residentId: zhou, name: '周建国', region: '110105001002' },
      { residentId: li, name: '李桂兰', region: '110105002001' },
      { residentId: chen, name: '陈老寿', region: '110105002001' },
    ]);
    await post('/api/v1/home-care/catalogue', { items: [{ code: 'MEAL-01', itemName: '助餐 送餐上门', category: 'MEAL', basic: true, unit: '餐', priceFen: 3000, subsidyFen: 2000, effectiveFrom: '2024-01-01' }] }, ADMIN).expect(201);
  });

  afterAll(async () => {
    await kit.stop();
    delete process.env.CLOCK_FIXED_DATE;
  });

  describe('GET /api/v1/elders', () => {
    it('pages the division’s elders by name, masked, with their age on the clock’s today', async () => {
      const first = await get('/api/v1/elders?page=1&pageSize=3');
      expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(names(first)).toEqual(['周*国', '李*兰', '王*英']);
      expect(first.items[2]).toEqual({ id: expect.any(String), residentId: maskResidentId(wang), name: '王*英', region: '110105001001', local: true, birthDate: '1940-01-01', age: 84, deceasedOn: null, movedAwayOn: null });
      expect(names(await get('/api/v1/elders?page=2&pageSize=3'))).toEqual(['陈*寿']);
    });

    it('filters by township, village, age band and name', async () => {
      expect(names(await get('/api/v1/elders?township=110105002'))).toEqual(['李*兰', '陈*寿']);
      expect(names(await get('/api/v1/elders?village=110105001002'))).toEqual(['周*国']);
      expect(names(await get('/api/v1/elders?ageBand=AGE_80_89'))).toEqual(['李*兰', '王*英']);
      expect(names(await get('/api/v1/elders?ageBand=AGE_100_PLUS'))).toEqual(['陈*寿']);
      expect(names(await get('/api/v1/elders?name=秀'))).toEqual(['王*英']);
    });

    it('keeps to the caller’s division: a township clerk sees their township, another district nothing', async () => {
      expect(names(await get('/api/v1/elders', townA))).toEqual(['周*国', '王*英']);
      expect(await get('/api/v1/elders', haidian)).toMatchObject({ total: 0, items: [] });
      expect(await get('/api/v1/elders?township=110105002', townA, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'township' }] });
    });

    it('refuses bad filters with the field named', async () => {
      expect(await get('/api/v1/elders?ageBand=OLD', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'ageBand' })] });
      expect(await get('/api/v1/elders?township=1101', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'township' })] });
      expect(await get('/api/v1/elders?township=110105001&village=110105002001', OPERATOR, 400)).toMatchObject({ errors: [{ field: 'village' }] });
      expect(await get('/api/v1/elders?pageSize=1000', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
    });
  });

  describe('one elder by the opaque id', () => {
    let wangId: string;
    beforeAll(async () => {
      wangId = (await get('/api/v1/elders?name=王秀英')).items[0].id;
    });

    it('answers the person view with the id and age; 404 for an unknown id, 403 outside the division', async () => {
      const file = await get(`/api/v1/elders/records/${wangId}`);
      expect(file).toMatchObject({ id: wangId, age: 84, residentId: maskResidentId(wang), name: '王*英', elder: { region: '110105001001' }, allowances: [], assessments: [] });
      expect(JSON.stringify(file)).not.toContain(wang);
      expect(await get(`/api/v1/elders/records/${randomUUID()}`, OPERATOR, 404)).toMatchObject({ code: 'ELDER.NOT_FOUND' });
      expect(await get(`/api/v1/elders/records/${wangId}`, haidian, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION' });
    });

    it('records an assessment of the 26 items for the elder, refusing a bad sheet and storing nothing', async () => {
      const bad = await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: { ...ASSESSED_75, basicMobility: { ...ASSESSED_75.basicMobility, stairs: 4 } }, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }, assessor).expect(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'items.basicMobility.stairs' })] });
      expect((await get(`/api/v1/elders/records/${wangId}`)).assessments).toEqual([]);
      const ok = await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: ASSESSED_75, conditions: { dementia: true, mentalIllness: false, careRiskEvents: 0 } }, assessor).expect(201);
      expect(ok.body).toMatchObject({ totalScore: 75, preliminaryLevel: 1, level: 2 });
      await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: ASSESSED_75, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }, haidian).expect(403);
      expect((await get(`/api/v1/elders/records/${wangId}`)).assessments).toEqual([expect.objectContaining({ totalScore: 75, level: 2 })]);
    });

    it('orders home care for the elder, listed in the division’s orders and not in another’s', async () => {
      const order = await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'MEAL-01' }).expect(201);
      expect(order.body).toMatchObject({ status: 'ORDERED', residentId: maskResidentId(wang), priceFen: 3000 });
      await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'NOPE' }).expect(422);
      await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'MEAL-01' }, haidian).expect(403);
      const list = await get('/api/v1/home-care/orders?status=ORDERED');
      expect(list).toMatchObject({ total: 1, items: [{ id: order.body.id, elderId: wangId, residentId: maskResidentId(wang), name: '王*英', itemName: '助餐 送餐上门', status: 'ORDERED', priceFen: 3000, providerName: null }] });
      expect(await get('/api/v1/home-care/orders?status=SETTLED')).toMatchObject({ total: 0 });
      expect(await get('/api/v1/home-care/orders', haidian)).toMatchObject({ total: 0, items: [] });
      expect(await get('/api/v1/home-care/orders?status=DONE', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
    });
  });

  it('lists a month’s settlements and the providers of the division, paged', async () => {
    const provider = await post('/api/v1/home-care/providers', { code: 'HC-L-1', providerName: '康乐居家养老服务中心', divisionCode: '110105' }).expect(201);
    const order = await post('/api/v1/home-care/orders', { residentId: zhou, itemCode: 'MEAL-01' }).expect(201);
    const step = (action: string, body: object = {}) => post(`/api/v1/home-care/orders/${order.body.id}/${action}`, body).expect(200);
    await step('assign', { providerId: provider.body.id });
    await step('check-in', { at: '2024-07-20T09:00:00+08:00' });
    await step('check-out', { at: '2024-07-20T10:00:00+08:00' });
    await step('confirm');
    await post('/api/v1/home-care/settlements', { providerId: provider.body.id, month: '2024-07' }, APPROVER).expect(200);
    const page = await get('/api/v1/home-care/settlements?month=2024-07');
    expect(page).toMatchObject({ total: 1, items: [{ providerName: '康乐居家养老服务中心', month: '2024-07', orders: 1, priceFen: 3000, subsidyFen: 2000, copayFen: 1000, status: 'DRAFT', createdBy: 'approver-1', approvedBy: null }] });
    expect(await get('/api/v1/home-care/settlements?month=2024-07', haidian)).toMatchObject({ total: 0 });
    expect(await get('/api/v1/home-care/settlements', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
    await post('/api/v1/home-care/providers', { code: 'HC-HD-1', providerName: '海淀居家养老服务中心', divisionCode: '110108' }, haidian).expect(201);
    expect(await get('/api/v1/home-care/providers')).toMatchObject({ total: 1, items: [{ code: 'HC-L-1', providerName: '康乐居家养老服务中心', divisionCode: '110105' }] });
    expect(await get('/api/v1/home-care/providers', haidian)).toMatchObject({ total: 1, items: [{ code: 'HC-HD-1' }] });
    expect(await get('/api/v1/home-care/providers?page=0', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
  });

  describe('institutions and beds for the console', () => {
    let institutionId: string;
    const idOf = async (name: string) => (await get(`/api/v1/elders?name=${encodeURIComponent(name)}`)).items[0].id as string;

    beforeAll(async () => {
      const created = await post('/api/v1/institutions', { code: 'LIST-1', institutionName: '朝阳区第一养老院', divisionCode: '110105001', bedCount: 2 }).expect(201);
      institutionId = created.body.id;
    });

    it('admits the elder of a page to the first free bed, shown on the beds page and in the occupancy', async () => {
      const wangId = await idOf('王秀英');
      const stay = await post(`/api/v1/elders/records/${wangId}/admissions`, { institutionId, admittedOn: '2024-08-01' }).expect(201);
      expect(stay.body).toMatchObject({ residentId: maskResidentId(wang), admittedOn: '2024-08-01', dischargedOn: null });
      await post(`/api/v1/elders/records/${wangId}/admissions`, { institutionId, admittedOn: '2024-08-01' }).expect(409);
      await post(`/api/v1/elders/records/${wangId}/admissions`, { institutionId: 'x', admittedOn: '2024-08-01' }).expect(400);
      expect(await get('/api/v1/institutions')).toMatchObject({ total: 1, items: [{ id: institutionId, institutionName: '朝阳区第一养老院', beds: 2, occupied: 1, free: 1, occupancyPercent: 50 }] });
      const beds = await get(`/api/v1/institutions/${institutionId}/beds?pageSize=1`);
      expect(beds).toMatchObject({ total: 2, pageSize: 1, items: [{ bedCode: '001', stayId: stay.body.id, elderId: wangId, residentId: maskResidentId(wang), name: '王*英', admittedOn: '2024-08-01' }] });
      expect((await get(`/api/v1/institutions/${institutionId}/beds?page=2&pageSize=1`)).items).toEqual([expect.objectContaining({ bedCode: '002', stayId: null, name: null })]);
    });

    it('keeps institutions and their beds to the caller’s division', async () => {
      expect(await get('/api/v1/institutions', haidian)).toMatchObject({ total: 0, items: [] });
      expect(await get(`/api/v1/institutions/${institutionId}/beds`, haidian, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION' });
      expect(await get(`/api/v1/institutions/${randomUUID()}/beds`, OPERATOR, 404)).toMatchObject({ code: 'INSTITUTION.NOT_FOUND' });
    });

    it('contracts a home care bed for the elder of a page, once, refusing bad input', async () => {
      const zhouId = await idOf('周建国');
      const bad = await post(`/api/v1/elders/records/${zhouId}/home-care-beds`, { institutionId, visitsPerMonth: 0, contractedOn: '2024-08-01' }).expect(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'visitsPerMonth' })] });
      const bed = await post(`/api/v1/elders/records/${zhouId}/home-care-beds`, { institutionId, visitsPerMonth: 4, contractedOn: '2024-08-01' }).expect(201);
      expect(bed.body).toMatchObject({ visitsPerMonth: 4, contractedOn: '2024-08-01', endedOn: null });
      expect((await post(`/api/v1/elders/records/${zhouId}/home-care-beds`, { institutionId, visitsPerMonth: 4, contractedOn: '2024-08-01' }).expect(409)).body).toMatchObject({ code: 'HOME_CARE.BED_EXISTS' });
      expect((await get(`/api/v1/elders/records/${zhouId}`)).homeCareBeds).toEqual([expect.objectContaining({ institutionId, visitsPerMonth: 4 })]);
    });
  });
});

// The registry and home care as the console reads them (issue 19): the elder list of the caller's
// division with its filters, one elder by the opaque id with an assessment and an order recorded
// through it, and the division's orders and settlements — paged, scoped, refusing bad input.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { ADMIN, APPROVER, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('elder registry and home care lists (real PostgreSQL, Redis, RabbitMQ)', () => {
  const kit = new ElderlyCareTestKit('elderly_registry_lists');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const haidian = bearer(['operator', 'approver'], 'clerk-hd', '110108');
  const assessor = bearer(['assessor'], 'assessor-1');
  const wang = residentId('110105', '19400101', 1); // 84 on 2024-08-15
  const zhou = residentId('110105', '19550101', 2); // 69
  const li = residentId('110105', '19350101', 3); // 89
  const chen = residentId('110105', '19230101', 4); // 101
  const ITEMS = {
    selfCare: { eating: 2, grooming: 4, bathing: 4, dressingUpper: 4, dressingLower: 4, urinaryControl: 4, bowelControl: 4, toileting: 4 },
    basicMobility: { bedPositioning: 4, bedChairTransfer: 4, walking: 3, stairs: 2 },
    mentalState: { timeOrientation: 4, placeOrientation: 4, personOrientation: 4, memory: 3, comprehension: 3, expression: 2, aggression: 1, depression: 1, consciousness: 2 },
    perceptionSocial: { vision: 2, hearing: 1, dailyAffairs: 2, transport: 1, socialContact: 2 },
  };
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
      const bad = await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: { ...ITEMS, basicMobility: { ...ITEMS.basicMobility, stairs: 4 } }, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }, assessor).expect(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION.FAILED', errors: [expect.objectContaining({ field: 'items.basicMobility.stairs' })] });
      expect((await get(`/api/v1/elders/records/${wangId}`)).assessments).toEqual([]);
      const ok = await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: ITEMS, conditions: { dementia: true, mentalIllness: false, careRiskEvents: 0 } }, assessor).expect(201);
      expect(ok.body).toMatchObject({ totalScore: 75, preliminaryLevel: 1, level: 2 });
      await post(`/api/v1/elders/records/${wangId}/assessments`, { assessedOn: '2024-08-10', purpose: 'HOME_SERVICE', items: ITEMS, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }, haidian).expect(403);
      expect((await get(`/api/v1/elders/records/${wangId}`)).assessments).toEqual([expect.objectContaining({ totalScore: 75, level: 2 })]);
    });

    it('orders home care for the elder, listed in the division’s orders and not in another’s', async () => {
      const order = await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'MEAL-01' }).expect(201);
      expect(order.body).toMatchObject({ status: 'ORDERED', residentId: maskResidentId(wang), priceFen: 3000 });
      await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'NOPE' }).expect(422);
      await post(`/api/v1/elders/records/${wangId}/home-care-orders`, { itemCode: 'MEAL-01' }, haidian).expect(403);
      const list = await get('/api/v1/home-care/order-list?status=ORDERED');
      expect(list).toMatchObject({ total: 1, items: [{ id: order.body.id, elderId: wangId, residentId: maskResidentId(wang), name: '王*英', itemName: '助餐 送餐上门', status: 'ORDERED', priceFen: 3000, providerName: null }] });
      expect(await get('/api/v1/home-care/order-list?status=SETTLED')).toMatchObject({ total: 0 });
      expect(await get('/api/v1/home-care/order-list', haidian)).toMatchObject({ total: 0, items: [] });
      expect(await get('/api/v1/home-care/order-list?status=DONE', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
    });
  });

  it('lists a month’s settlements of the division’s providers, paged', async () => {
    const provider = await post('/api/v1/home-care/providers', { code: 'HC-L-1', providerName: '康乐居家养老服务中心', divisionCode: '110105' }).expect(201);
    const order = await post('/api/v1/home-care/orders', { residentId: zhou, itemCode: 'MEAL-01' }).expect(201);
    const step = (action: string, body: object = {}) => post(`/api/v1/home-care/orders/${order.body.id}/${action}`, body).expect(200);
    await step('assign', { providerId: provider.body.id });
    await step('check-in', { at: '2024-07-20T09:00:00+08:00' });
    await step('check-out', { at: '2024-07-20T10:00:00+08:00' });
    await step('confirm');
    await post('/api/v1/home-care/settlements', { providerId: provider.body.id, month: '2024-07' }, APPROVER).expect(200);
    const page = await get('/api/v1/home-care/settlement-list?month=2024-07');
    expect(page).toMatchObject({ total: 1, items: [{ providerName: '康乐居家养老服务中心', month: '2024-07', orders: 1, priceFen: 3000, subsidyFen: 2000, copayFen: 1000, status: 'DRAFT', createdBy: 'approver-1', approvedBy: null }] });
    expect(await get('/api/v1/home-care/settlement-list?month=2024-07', haidian)).toMatchObject({ total: 0 });
    expect(await get('/api/v1/home-care/settlement-list', OPERATOR, 400)).toMatchObject({ code: 'VALIDATION.FAILED' });
  });
});

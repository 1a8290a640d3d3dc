// 一人一档 at the canteens (issue 16): the diner with their meals and totals, within the division
// of the canteen they registered at, and the name search over the diners.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, bearer, CanteenTestKit, CLERK, OPERATOR } from './canteen-test-kit';

describe('people at the canteens (GET /api/v1/people)', () => {
  const kit = new CanteenTestKit('canteen_people');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const townB = bearer(['auditor'], 'auditor-b', '110105002');
  const wang = residentId('110105', '19400101', 1);
  const li = residentId('110105', '19500101', 2);
  let east = '';
  let west = '';
  let wangDiner = '';
  const get = async (path: string, token = CLERK, status = 200) => (await kit.http().get(path).set('Authorization', token).expect(status)).body;
  /** 一人一档 of a person: the resident ID travels in the body, never in the URL. */
  const file = async (residentId: string, token = CLERK, status = 200) => (await kit.http().post('/api/v1/people/file').set('Authorization', token).send({ residentId }).expect(status)).body;

  beforeAll(async () => {
    await kit.start();
    east = await kit.createCanteen('八里庄街道幸福食堂', ['LUNCH'], '110105001');
    west = await kit.createCanteen('六里屯街道幸福食堂', ['LUNCH'], '110105002');
    wangDiner = await kit.registerDiner(wang, 'CARD-1', east, { name: '王秀英' });
    await kit.registerDiner(li, 'CARD-2', west, { name: '李王氏' });
    const meal = (canteenId: string, servedAt: string) => kit.http().post('/api/v1/meals').set('Authorization', OPERATOR).send({ canteenId, residentId: wang, slot: 'LUNCH', servedAt }).expect(201);
    await meal(east, '2024-07-15T11:45:00+08:00');
    await meal(west, '2024-07-15T12:15:00+08:00');
    await meal(east, '2024-07-16T11:45:00+08:00');
  });

  afterAll(async () => {
    await kit.stop();
  });

  describe('POST /api/v1/people/file', () => {
    it('answers the diner, the newest meals and the totals in one response, masked', async () => {
      const person = await file(wang);
      expect(person).toMatchObject({ residentId: maskResidentId(wang), name: '王*英', mealCount: 3, subsidisedMealCount: 2, subsidyFen: 600, assistanceCoverage: [] });
      expect(person.diner).toMatchObject({ id: wangDiner, canteenName: '八里庄街道幸福食堂', canteenRegion: '110105001', localRegistration: true, active: true, deceasedOn: null });
      expect(person.diner.cardNumber).not.toBe('CARD-1');
      expect(person.meals.map((m: { mealDate: string; canteenName: string; subsidised: boolean }) => [m.mealDate, m.canteenName, m.subsidised])).toEqual([
        ['2024-07-16', '八里庄街道幸福食堂', true],
        ['2024-07-15', '六里屯街道幸福食堂', false],
        ['2024-07-15', '八里庄街道幸福食堂', true],
      ]);
      expect(person.meals[1]).toMatchObject({ fullPriceReason: 'ALREADY_SUBSIDISED_IN_SLOT', tier: 'AGE_80', status: 'VALID' });
      expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);
    });

    it('is read within the division of the diner’s canteen, by the readers and the cashier', async () => {
      await file(wang, townA);
      await file(wang, OPERATOR);
      await file(wang, AUDITOR);
      expect(await file(wang, townB, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'residentId' }] });
      await file(li, townB);
    });

    it('answers 404 PERSON.NOT_FOUND for a person who is not a diner, 400 for a bad ID', async () => {
      expect((await file(residentId('110105', '19450101', 9), CLERK, 404)).code).toBe('PERSON.NOT_FOUND');
      expect((await file('CARD-1', CLERK, 400)).errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
    });
  });

  describe('GET /api/v1/people?name=', () => {
    const search = (name: string, token = CLERK, extra = '') => get(`/api/v1/people?name=${encodeURIComponent(name)}${extra}`, token);

    it('finds the diners of the caller’s division by part of the name, masked', async () => {
      expect(await search('秀', townA)).toEqual({
        total: 1,
        page: 1,
        pageSize: 20,
        items: [{ residentId: maskResidentId(wang), name: '王*英', record: 'DINER', recordId: wangDiner, canteenName: '八里庄街道幸福食堂', canteenRegion: '110105001', active: true }],
      });
      expect((await search('王', townB)).items).toEqual([expect.objectContaining({ name: '李*氏', canteenRegion: '110105002' })]);
      expect((await search('王')).total).toBe(2);
    });

    it('pages with the total and refuses bad input naming the field', async () => {
      const one = await search('王', CLERK, '&pageSize=1');
      const two = await search('王', CLERK, '&pageSize=1&page=2');
      expect([one.total, two.total, one.items.length, two.items.length]).toEqual([2, 2, 1, 1]);
      expect(one.items[0].recordId).not.toBe(two.items[0].recordId);
      expect((await get('/api/v1/people?name=', CLERK, 400)).errors[0].field).toBe('name');
      expect((await get('/api/v1/people?name=x&page=-1', CLERK, 400)).errors[0].field).toBe('page');
    });
  });
});

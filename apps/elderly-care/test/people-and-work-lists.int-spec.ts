// 一人一档 in elderly care (issue 16): the person view by resident ID and the name search over the
// elder registry, and the paginated overpayments work list, within the caller's division.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { ASSESSED_75, bearer, ElderlyCareTestKit, OPERATOR } from './elderly-care-test-kit';

describe('people of elderly care (GET /api/v1/people)', () => {
  const kit = new ElderlyCareTestKit('elderly_people');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const townB = bearer(['auditor'], 'auditor-b', '110105002');
  const assessor = bearer(['assessor'], 'assessor-1');
  const wang = residentId('110105', '19400101', 1);
  const wangSister = residentId('110105', '19420101', 2);
  const li = residentId('110105', '19350101', 3);
  const unregistered = residentId('110105', '19390510', 4);
  const get = async (path: string, token = OPERATOR, status = 200) => (await kit.http().get(path).set('Authorization', token).expect(status)).body;
  /** 一人一档 of a person: the resident ID travels in the body, never in the URL. */
  const file = async (residentId: string, token = OPERATOR, status = 200) => (await kit.http().post('/api/v1/people/file').set('Authorization', token).send({ residentId }).expect(status)).body;

  beforeAll(async () => {
    await kit.start();
    await kit.importElders([
      { residentId: wang, name: '王秀英', region: '110105001' },
      { residentId: wangSister, name: '王秀兰', region: '110105001' },
      { residentId: li, name: '李王氏', region: '110105002' },
    ]);
    await kit.runAllowanceJob('2024-08');
    const assess = (id: string) => kit.http().post('/api/v1/assessments').set('Authorization', assessor).send({ residentId: id, assessedOn: '2024-05-20', purpose: 'HOME_SERVICE', items: ASSESSED_75, conditions: { dementia: false, mentalIllness: false, careRiskEvents: 0 } }).expect(201);
    await assess(wang);
    await assess(unregistered);
    const home = await kit.http().post('/api/v1/institutions').set('Authorization', OPERATOR).send({ code: 'PEOPLE-1', institutionName: '朝阳区第一养老院', divisionCode: '110105001', bedCount: 2 }).expect(201);
    await kit.http().post(`/api/v1/institutions/${home.body.id}/admissions`).set('Authorization', OPERATOR).send({ residentId: wang, admittedOn: '2024-06-01' }).expect(201);
    await kit.http().post('/api/v1/elders/residence-changes').set('Authorization', OPERATOR).send({ residentId: li, movedOn: '2024-09-10', source: 'PUBLIC_SECURITY' }).expect(201);
  });

  afterAll(async () => {
    await kit.stop();
  });

  describe('POST /api/v1/people/file', () => {
    it('answers the registry entry, allowances and assessments of an elder in one response, masked', async () => {
      const person = await file(wang);
      expect(person).toMatchObject({ residentId: maskResidentId(wang), name: '王*英', deceasedOn: null, residenceChanges: [], overpayments: [], homeCareOrders: [], homeCareOrderCount: 0, homeCareBeds: [] });
      expect(person.institutionStays).toEqual([{ id: expect.any(String), institutionId: expect.any(String), institutionName: '朝阳区第一养老院', bedCode: '001', admittedOn: '2024-06-01', dischargedOn: null, dischargeReason: null }]);
      expect(person.elder).toMatchObject({ region: '110105001', local: true, birthDate: '1940-01-01' });
      expect(person.allowances).toEqual([expect.objectContaining({ kind: 'HIGH_AGE', stopFromMonth: null })]);
      expect(person.assessments).toEqual([expect.objectContaining({ assessedOn: '2024-05-20', totalScore: 75 })]);
      expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);
    });

    it('shows a move away and the allowance it stopped', async () => {
      const person = await file(li);
      expect(person.residenceChanges).toEqual([expect.objectContaining({ movedOn: '2024-09-10', source: 'PUBLIC_SECURITY' })]);
      expect(person.allowances).toEqual([expect.objectContaining({ stopFromMonth: '2024-10', stopReason: 'MOVED_AWAY' })]);
    });

    it('keeps a registered elder to the caller’s division', async () => {
      await file(wang, townA);
      expect(await file(wang, townB, 403)).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'residentId' }] });
      await file(li, townB);
    });

    it('reads a person known only from an assessment by role, like the by-resident lists', async () => {
      const person = await file(unregistered, townB);
      expect(person).toMatchObject({ name: null, elder: null, allowances: [], assessments: [{ totalScore: 75 }] });
    });

    it('answers 404 PERSON.NOT_FOUND without a record, 400 for a bad ID, 403 for other roles', async () => {
      // A death alone is not a record of the service (it receives every death of the city).
      const dead = residentId('110105', '19300101', 9);
      await kit.db.query(`INSERT INTO deceased_resident (resident_id, death_id, date_of_death) VALUES ($1, $2, '2024-09-01')`, [dead, randomUUID()]);
      expect((await file(dead, OPERATOR, 404)).code).toBe('PERSON.NOT_FOUND');
      expect((await file('11010519400101001', OPERATOR, 400)).errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
      expect((await file(wang, assessor, 403)).code).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('GET /api/v1/work-lists/overpayments', () => {
    it('pages the overpayments of the caller’s division, the oldest debt first, with whose they are', async () => {
      const allowanceOf = async (id: string) => ((await kit.db.query(`SELECT id FROM allowance WHERE resident_id = $1 LIMIT 1`, [id])).rows[0] as { id: string }).id;
      const owe = (id: string, allowanceId: string, fromMonth: string) => kit.db.query(`INSERT INTO overpayment (allowance_id, resident_id, from_month, amount_fen) VALUES ($1, $2, $3, 5000)`, [allowanceId, id, fromMonth]);
      await owe(wang, await allowanceOf(wang), '2024-11');
      await owe(wangSister, await allowanceOf(wangSister), '2024-10');
      await owe(li, await allowanceOf(li), '2024-10');
      const a = await get('/api/v1/work-lists/overpayments', townA);
      expect(a).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(a.items).toEqual([
        expect.objectContaining({ residentId: maskResidentId(wangSister), name: '王*兰', region: '110105001', fromMonth: '2024-10', amountFen: 5000, status: 'OPEN', allowanceKind: 'HIGH_AGE' }),
        expect.objectContaining({ residentId: maskResidentId(wang), fromMonth: '2024-11' }),
      ]);
      expect((await get('/api/v1/work-lists/overpayments', townB)).items).toEqual([expect.objectContaining({ name: '李*氏' })]);
      expect(await get('/api/v1/work-lists/overpayments?pageSize=2&page=2')).toMatchObject({ total: 3, items: [{ fromMonth: '2024-11' }] });
      expect((await kit.http().post('/api/v1/work-lists/overpayments/search').set('Authorization', OPERATOR).send({ residentId: li, status: 'OPEN' }).expect(200)).body.total).toBe(1);
      expect((await get('/api/v1/work-lists/overpayments?status=RECOVERED', OPERATOR, 400)).errors[0].field).toBe('status');
    });
  });

  describe('GET /api/v1/people?name=', () => {
    it('finds elders of the caller’s division by part of the name, masked, with a death', async () => {
      await kit.db.query(`INSERT INTO deceased_resident (resident_id, death_id, date_of_death) VALUES ($1, $2, '2024-10-02')`, [wangSister, randomUUID()]);
      const found = await get(`/api/v1/people?name=${encodeURIComponent('秀')}`, townA);
      expect(found).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(found.items).toEqual(
        expect.arrayContaining([
          { residentId: maskResidentId(wang), name: '王*英', record: 'ELDER', region: '110105001', local: true, deceasedOn: null },
          { residentId: maskResidentId(wangSister), name: '王*兰', record: 'ELDER', region: '110105001', local: true, deceasedOn: '2024-10-02' },
        ]),
      );
      expect((await get(`/api/v1/people?name=${encodeURIComponent('王')}`, townB)).items).toEqual([expect.objectContaining({ name: '李*氏', region: '110105002' })]);
      expect((await get(`/api/v1/people?name=${encodeURIComponent('王')}`)).total).toBe(3);
    });

    it('pages with the total and refuses bad input naming the field', async () => {
      const first = await get(`/api/v1/people?name=${encodeURIComponent('王')}&pageSize=2`);
      const second = await get(`/api/v1/people?name=${encodeURIComponent('王')}&pageSize=2&page=2`);
      expect([first.total, first.items.length, second.total, second.items.length]).toEqual([3, 2, 3, 1]);
      expect(new Set([...first.items, ...second.items].map((i: { residentId: string }) => i.residentId)).size).toBe(3);
      expect((await get('/api/v1/people?name=', OPERATOR, 400)).errors[0].field).toBe('name');
      expect((await get(`/api/v1/people?name=x&page=abc`, OPERATOR, 400)).errors[0].field).toBe('page');
    });
  });
});

// 一人一档 in social-assistance (issue 16): what the service knows of one person, within the
// caller's division, and the name search that leads to it.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

describe('people of social-assistance (GET /api/v1/people)', () => {
  let h: Harness;
  const county = bearer(['operator'], 'clerk-1', '110105');
  const approver = bearer(['approver'], 'approver-1', '110105');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const townB = bearer(['auditor'], 'auditor-b', '110105002');
  const wang = residentId('110105', '19580101', 21);
  const wangSon = residentId('110105', '19850101', 23);
  const li = residentId('110105', '19600101', 22);
  let householdId = '';
  let caseId = '';

  const get = async (path: string, token = county, status = 200) => (await h.http().get(path).set('Authorization', token).expect(status)).body;
  /** 一人一档 of a person: the resident ID travels in the body, never in the URL. */
  const file = async (residentId: string, token = county, status = 200) => (await h.http().post('/api/v1/people/file').set('Authorization', token).send({ residentId }).expect(status)).body;

  beforeAll(async () => {
    h = await startHarness('sa_people', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.temporary-relief.max-months-of-standard', value: 3, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.stay-limit-days', value: 10, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.adult-age', value: 18, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);

    const member = (id: string, name: string, relation: string) => ({ residentId: id, name, relation, incomes: [], categories: [] });
    const household = { area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member(wang, '王秀英', 'APPLICANT'), member(wangSon, '王建军', 'CHILD')] };
    householdId = (await h.http().post('/api/v1/households').set('Authorization', county).send(household).expect(201)).body.id;
    caseId = (await h.http().post('/api/v1/dibao/applications').set('Authorization', county).send({ householdId }).expect(201)).body.id;
    await startPublicNotice(h, caseId, county);
    await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', approver).expect(200);
    const relief = (regionCode: string, amountFen: number) => ({ residentId: wang, area: 'URBAN', regionCode, reliefType: 'EMERGENCY', amountFen, reason: '火灾' });
    await h.http().post('/api/v1/temporary-relief').set('Authorization', county).send(relief('110105001', 50000)).expect(201);
    await h.http().post('/api/v1/temporary-relief').set('Authorization', county).send(relief('110105002', 30000)).expect(201);
    await h.http().post('/api/v1/vagrant-cases').set('Authorization', county).send({ regionCode: '110105001', name: '王秀英', residentId: wang }).expect(201);
    await h.http().post('/api/v1/vagrant-cases').set('Authorization', county).send({ regionCode: '110105002', name: '无名氏' }).expect(201);
    await h.http().post('/api/v1/households').set('Authorization', county).send({ ...household, members: [member(li, '李王氏', 'APPLICANT')] }).expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('POST /api/v1/people/file', () => {
    it('answers the household, case, enrollment, relief and vagrant case of the person in one response, masked', async () => {
      const person = await file(wang);
      expect(person).toMatchObject({ residentId: maskResidentId(wang), name: '王*英', deceasedOn: null });
      expect(person.households).toEqual([expect.objectContaining({ householdId, regionCode: '110105001', area: 'URBAN', relation: 'APPLICANT', name: '王*英', leftMonth: null })]);
      expect(person.cases).toEqual([expect.objectContaining({ id: caseId, program: 'DIBAO', status: 'APPROVED', regionCode: '110105001', stage: null })]);
      expect(person.enrollments).toEqual([expect.objectContaining({ caseId, program: 'DIBAO', startMonth: '2024-08', stopFromMonth: null })]);
      expect(person.temporaryRelief.map((r: { amountFen: number }) => r.amountFen).sort()).toEqual([30000, 50000]);
      expect(person.vagrantCases).toEqual([expect.objectContaining({ regionCode: '110105001', name: '王*英', residentId: maskResidentId(wang) })]);
      expect(person.overpayments).toEqual([]);
      expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);
    });

    it('shows each caller only what lies in their division', async () => {
      const a = await file(wang, townA);
      expect([a.households.length, a.cases.length, a.temporaryRelief.length, a.vagrantCases.length]).toEqual([1, 1, 1, 1]);
      const b = await file(wang, townB);
      expect(b).toMatchObject({ name: null, households: [], cases: [], enrollments: [], vagrantCases: [] });
      expect(b.temporaryRelief).toEqual([expect.objectContaining({ regionCode: '110105002', amountFen: 30000 })]);
    });

    it('refuses a person known only outside the caller’s division with 403, an unknown one with 404', async () => {
      const outside = await file(wangSon, townB, 403);
      expect(outside).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'residentId' }] });
      expect(JSON.stringify(outside)).not.toContain(wangSon);
      const unknown = await file(residentId('110105', '19900101', 99), county, 404);
      expect(unknown.code).toBe('PERSON.NOT_FOUND');
      expect(unknown.instance).not.toMatch(/\d{17}[\dX]/);
      expect((await file('110105195801010212', county, 400)).errors).toEqual([expect.objectContaining({ field: 'residentId' })]);
    });

    it('follows the household member through the death notice and the overpayment it opened', async () => {
      await h.dataSource.query(`INSERT INTO death_notice (resident_id, death_id, date_of_death, received_at) VALUES ($1, $2, '2024-09-03', now())`, [wangSon, randomUUID()]);
      await h.dataSource.query(`INSERT INTO overpayment (case_id, resident_id, months, amount_fen, cause_event_id) VALUES ($1, $2, '{2024-10}', 36750, $3)`, [caseId, wangSon, randomUUID()]);
      const son = await file(wangSon.toLowerCase(), townA);
      expect(son).toMatchObject({ name: '王*军', deceasedOn: '2024-09-03', households: [{ relation: 'CHILD' }], cases: [{ id: caseId }], overpayments: [{ caseId, amountFen: 36750, status: 'OPEN' }] });
      expect(son.temporaryRelief).toEqual([]);
    });

    it('is read by every platform role and by no one else', async () => {
      await file(wang, bearer(['auditor'], 'auditor-1', '110105'));
      await h.http().get(`/api/v1/people/${wang}`).set('Authorization', county).expect(404); // never by a URL that names the person
      expect((await file(wang, bearer(['canteen-operator'], 'cashier', '110105'), 403)).code).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('GET /api/v1/people?name=', () => {
    type SearchItem = { residentId: string | null; name: string; record: string; recordId: string; regionCode: string };
    const search = async (query: string, token = county): Promise<{ items: SearchItem[]; total: number; page: number; pageSize: number }> => get(`/api/v1/people?${query}`, token);

    it('finds household members and vagrant intakes by part of the name, by name, masked', async () => {
      const found = await search(`name=${encodeURIComponent('王')}`);
      expect(found.total).toBe(4);
      // By name (in the database's collation), then ID, then record: 王秀英's two records side by side.
      expect(found.items.map((i) => `${i.name} ${i.record}`).sort()).toEqual(['李*氏 HOUSEHOLD', '王*军 HOUSEHOLD', '王*英 HOUSEHOLD', '王*英 VAGRANT_CASE']);
      const at = found.items.findIndex((i) => i.record === 'HOUSEHOLD' && i.name === '王*英');
      expect(found.items[at]).toEqual({ residentId: maskResidentId(wang), name: '王*英', record: 'HOUSEHOLD', recordId: householdId, regionCode: '110105001' });
      expect(found.items[at + 1]).toMatchObject({ residentId: maskResidentId(wang), record: 'VAGRANT_CASE' });
      expect((await search(`name=${encodeURIComponent('无名')}`)).items).toEqual([expect.objectContaining({ residentId: null, record: 'VAGRANT_CASE', regionCode: '110105002' })]);
    });

    it('pages, and keeps to the caller’s division', async () => {
      const second = await search(`name=${encodeURIComponent('王')}&pageSize=3&page=2`);
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3, items: [{ record: 'VAGRANT_CASE' }] });
      expect((await search(`name=${encodeURIComponent('王')}`, townB)).total).toBe(0);
      expect((await search(`name=${encodeURIComponent('秀英')}`, townA)).total).toBe(2);
    });

    it('takes the text literally and refuses an empty or missing name', async () => {
      expect((await search('name=%25')).total).toBe(0);
      expect((await get('/api/v1/people?name=%20', county, 400)).errors).toEqual([expect.objectContaining({ field: 'name' })]);
      expect((await get('/api/v1/people', county, 400)).errors.map((e: { field: string }) => e.field)).toContain('name');
      expect((await get(`/api/v1/people?name=${encodeURIComponent('王')}&pageSize=0`, county, 400)).errors[0].field).toBe('pageSize');
    });
  });
});

// The console's work lists: the case list by stage and the paginated siblings of the
// older lists, each a Page within the caller's division; the stage judged by the service clock.
import { maskResidentId } from '@app/common/resident-id/resident-id';
import { randomUUID } from 'node:crypto';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, startHarness, type Harness } from './harness';

type Item = { id: string; [key: string]: unknown };
type PageBody = { items: Item[]; total: number; page: number; pageSize: number };

describe('work lists of social-assistance', () => {
  let h: Harness;
  const county = bearer(['operator'], 'clerk-1', '110105');
  const townA = bearer(['operator'], 'clerk-a', '110105001');
  const townB = bearer(['operator'], 'clerk-b', '110105002');
  const auditor = bearer(['auditor'], 'auditor-1', '110105');
  const people = {
    a1: residentId('110105', '19700101', 1),
    a2: residentId('110105', '19700101', 2),
    a2child: residentId('110105', '20100101', 3),
    a3: residentId('110105', '19490101', 4),
    a4: residentId('110105', '19700101', 5),
    b1: residentId('110105', '19700101', 6),
  };
  const ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1', string> = { a1: '', a2: '', a3: '', a4: '', b1: '' };

  const get = async (path: string, token = county, status = 200) => (await h.http().get(path).set('Authorization', token).expect(status)).body;
  const list = async (query: string, token = county): Promise<PageBody> => get(`/api/v1/cases?${query}`, token);
  /** A list narrowed to one person: a POST search, the resident ID in the body. */
  const search = async (path: string, body: object, token = county, status = 200) => (await h.http().post(path).set('Authorization', token).send(body).expect(status)).body;
  const idsOf = (page: PageBody) => page.items.map((i) => i.id);

  async function household(regionCode: string, members: Array<[string, string, string]>): Promise<string> {
    const body = { area: 'URBAN', regionCode, financialAssetsFen: 0, members: members.map(([id, name, relation]) => ({ residentId: id, name, relation, incomes: [], categories: [] })) };
    return (await h.http().post('/api/v1/households').set('Authorization', county).send(body).expect(201)).body.id;
  }
  const applyDibao = async (householdId: string) => (await h.http().post('/api/v1/dibao/applications').set('Authorization', county).send({ householdId }).expect(201)).body.id as string;

  beforeAll(async () => {
    h = await startHarness('sa_work_lists', '2024-06-03');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.public-notice-period', value: { days: 7, dayKind: 'CALENDAR' }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.age-limits', value: { elderlyFrom: 60, minorUnder: 16 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.stay-limit-days', value: 10, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.adult-age', value: 18, effectiveFrom: '2024-01-01' });

    // Monday 2024-06-03: four applications in township A (one in a village of it), one in township B.
    ids.a1 = await applyDibao(await household('110105001', [[people.a1, '李建国', 'APPLICANT']]));
    ids.a2 = await applyDibao(await household('110105001', [[people.a2, '王秀英', 'APPLICANT'], [people.a2child, '王小明', 'CHILD']]));
    await h.http().post(`/api/v1/dibao/applications/${ids.a2}/public-notice`).set('Authorization', county).send({ investigation: '入户调查属实' }).expect(200);
    const tekunHousehold = await household('110105001001', [[people.a3, '赵德福', 'APPLICANT']]);
    ids.a3 = (await h.http().post('/api/v1/tekun/applications').set('Authorization', county).send({ householdId: tekunHousehold, residentId: people.a3, careForm: 'DISPERSED', unableActivities: 2, hasAbleSupporter: false }).expect(201)).body.id;
    ids.b1 = await applyDibao(await household('110105002', [[people.b1, '孙丽华', 'APPLICANT']]));
    h.clock.set('2024-06-05');
    ids.a4 = await applyDibao(await household('110105001', [[people.a4, '周志强', 'APPLICANT']]));
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('GET /api/v1/cases', () => {
    it('lists the caller’s division newest first, with the household’s region and masked names', async () => {
      h.clock.set('2024-06-05');
      const all = await list('');
      expect(all).toMatchObject({ total: 5, page: 1, pageSize: 20 });
      expect(idsOf(all)[0]).toBe(ids.a4);
      expect(idsOf(all).sort()).toEqual(Object.values(ids).sort());
      const a2 = all.items.find((i) => i.id === ids.a2)!;
      expect(a2).toMatchObject({ program: 'DIBAO', status: 'IN_PUBLIC_NOTICE', regionCode: '110105001', area: 'URBAN', stage: 'IN_PUBLIC_NOTICE', noticeEndsOn: '2024-06-10', unresolvedObjections: 0 });
      expect(a2.applicant).toEqual({ residentId: maskResidentId(people.a2), name: '王*英', relation: 'APPLICANT' });
      expect(a2.members).toEqual([
        { residentId: maskResidentId(people.a2), name: '王*英', relation: 'APPLICANT' },
        { residentId: maskResidentId(people.a2child), name: '王*明', relation: 'CHILD' },
      ]);
      expect(all.items.find((i) => i.id === ids.a3)).toMatchObject({ program: 'TEKUN', residentId: maskResidentId(people.a3), regionCode: '110105001001', applicant: { name: '赵*福' } });
      expect(JSON.stringify(all)).not.toMatch(/\d{17}[\dX]/);
    });

    it('shows a township only its own cases (a village of it included)', async () => {
      expect(idsOf(await list('', townA)).sort()).toEqual([ids.a1, ids.a2, ids.a3, ids.a4].sort());
      expect(await list('', townB)).toMatchObject({ total: 1, items: [{ id: ids.b1, regionCode: '110105002' }] });
      expect((await search('/api/v1/cases/search', { residentId: people.b1 }, townA)).total).toBe(0);
    });

    it('filters by program, status and person', async () => {
      expect(idsOf(await list('program=TEKUN'))).toEqual([ids.a3]);
      expect(idsOf(await list('status=IN_PUBLIC_NOTICE'))).toEqual([ids.a2]);
      expect(idsOf(await list('program=DIBAO&status=APPLIED', townA)).sort()).toEqual([ids.a1, ids.a4].sort());
      // A child of the household is covered by its 低保; the 特困 person only by their own case.
      expect(idsOf(await search('/api/v1/cases/search', { residentId: people.a2child }))).toEqual([ids.a2]);
      expect(idsOf(await search('/api/v1/cases/search', { residentId: people.a3.toLowerCase() }))).toEqual([ids.a3]);
      expect(idsOf(await search('/api/v1/cases/search', { residentId: people.a3, program: 'DIBAO' }))).toEqual([]);
      expect((await search('/api/v1/cases/search', { residentId: people.a3 }, auditor)).total).toBe(1);
    });

    it('pages with the total, and the pages add up to the list', async () => {
      const first = await list('pageSize=2');
      const second = await list('pageSize=2&page=2');
      const third = await list('pageSize=2&page=3');
      expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
      expect([first.items.length, second.items.length, third.items.length]).toEqual([2, 2, 1]);
      expect(second).toMatchObject({ page: 2, pageSize: 2 });
      expect([...idsOf(first), ...idsOf(second), ...idsOf(third)]).toEqual(idsOf(await list('')));
      expect(await list('page=4&pageSize=2')).toMatchObject({ items: [], total: 5, page: 4 });
    });

    it('judges the stage by the service clock: AWAITING_APPROVAL from the day after the notice’s last day', async () => {
      h.clock.set('2024-06-10'); // the notice's last day
      expect(idsOf(await list('stage=IN_PUBLIC_NOTICE', townA))).toEqual([ids.a2]);
      expect(idsOf(await list('stage=AWAITING_APPROVAL', townA))).toEqual([ids.a3]);
      h.clock.set('2024-06-11');
      expect((await list('stage=IN_PUBLIC_NOTICE', townA)).total).toBe(0);
      // The longest waiting first: the 特困 application of 06-03, then the notice that ended on 06-10.
      const awaiting = await list('stage=AWAITING_APPROVAL', townA);
      expect(idsOf(awaiting)).toEqual([ids.a3, ids.a2]);
      expect(awaiting.items.map((i) => i.stage)).toEqual(['AWAITING_APPROVAL', 'AWAITING_APPROVAL']);
      expect(idsOf(await list('stage=AWAITING_INVESTIGATION', townA))).toEqual([ids.a1, ids.a4]);
      expect(idsOf(await list('stage=AWAITING_INVESTIGATION', townB))).toEqual([ids.b1]);
    });

    it('counts the objections still open on a notice', async () => {
      h.clock.set('2024-06-07');
      await h.http().post(`/api/v1/dibao/applications/${ids.a2}/objections`).set('Authorization', county).send({ objection: '邻居反映另有收入' }).expect(201);
      expect((await list('stage=IN_PUBLIC_NOTICE')).items[0]).toMatchObject({ id: ids.a2, unresolvedObjections: 1 });
    });

    it.each([
      ['stage=DONE', 'stage'],
      ['status=OPEN', 'status'],
      ['program=WUBAO', 'program'],
      ['residentId=11010519700101005X', 'residentId'],
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['pageSize=ten', 'pageSize'],
      ['sort=name', 'sort'],
    ])('refuses %s with 400 VALIDATION.FAILED naming %s', async (query, field) => {
      const res = await h.http().get(`/api/v1/cases?${query}`).set('Authorization', county).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('VALIDATION.FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it.each([
      [{ residentId: '12345' }, 'residentId'],
      [{ residentId: people.a1, stage: 'DONE' }, 'stage'],
      [{ residentId: people.a1, pageSize: 101 }, 'pageSize'],
    ])('refuses the search %j with 400 VALIDATION.FAILED naming %s', async (body, field) => {
      const res = await h.http().post('/api/v1/cases/search').set('Authorization', county).send(body).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('is read by every platform role, the auditor included, and by no one else', async () => {
      expect((await list('', auditor)).total).toBe(5);
      expect((await get('/api/v1/cases', bearer(['canteen-operator'], 'cashier', '110105'), 403)).code).toBe('AUTH.FORBIDDEN');
      await h.http().get('/api/v1/cases').expect(401);
    });

    it('lists one household’s cases, 低保 and its members’ 特困, whatever their status (the console’s 家庭详情)', async () => {
      h.clock.set('2024-06-12');
      const elder = residentId('110105', '19440202', 7);
      const householdId = await household('110105003', [[elder, '钱德明', 'APPLICANT'], [residentId('110105', '19800303', 8), '钱小红', 'CHILD']]);
      const dibao = await applyDibao(householdId);
      await h.http().post(`/api/v1/dibao/applications/${dibao}/reject`).set('Authorization', bearer(['approver'], 'approver-1', '110105')).send({ reason: '家庭收入超标' }).expect(200);
      const tekun = (await h.http().post('/api/v1/tekun/applications').set('Authorization', county).send({ householdId, residentId: elder, careForm: 'DISPERSED', unableActivities: 0, hasAbleSupporter: false }).expect(201)).body.id as string;

      const mine = await list(`householdId=${householdId}`);
      expect(mine.total).toBe(2);
      expect(mine.items.map((i) => [i.id, i.program, i.status, i.householdId]).sort()).toEqual(
        [
          [dibao, 'DIBAO', 'REJECTED', householdId],
          [tekun, 'TEKUN', 'APPLIED', householdId],
        ].sort(),
      );
      expect(idsOf(await list(`householdId=${householdId}&program=TEKUN`))).toEqual([tekun]);
      // Within the caller's division only, like every list: township A does not see township C's household.
      expect((await list(`householdId=${householdId}`, townA)).total).toBe(0);
      expect((await list(`householdId=${randomUUID()}`)).total).toBe(0);
      expect((await get('/api/v1/cases?householdId=42', county, 400)).errors.map((e: { field: string }) => e.field)).toEqual(['householdId']);
    });
  });

  describe('GET /api/v1/work-lists/…', () => {
    const setCase = (id: string, set: string) => h.dataSource.query(`UPDATE assistance_case SET ${set} WHERE id = $1`, [id]);

    it('reviews due: open 低保 cases due on or before asOf, a page at a time, in the caller’s division', async () => {
      h.clock.set('2024-12-20');
      await setCase(ids.a1, `status = 'ACTIVE', review_due_on = '2024-12-01'`);
      await setCase(ids.a4, `status = 'SUSPENDED', review_due_on = '2024-11-15'`);
      await setCase(ids.b1, `status = 'ACTIVE', review_due_on = '2024-12-10'`);
      await setCase(ids.a2, `status = 'ACTIVE', review_due_on = '2025-01-10'`);
      const page = await get('/api/v1/work-lists/reviews-due');
      expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(idsOf(page)).toEqual([ids.a4, ids.a1, ids.b1]);
      expect(await get('/api/v1/dibao/reviews-due', county, 404)).toMatchObject({ status: 404 });
      expect(page.items[0]).toMatchObject({ regionCode: '110105001', reviewDueOn: '2024-11-15', applicant: { name: '周*强' } });
      expect(await get('/api/v1/work-lists/reviews-due?pageSize=2&page=2')).toMatchObject({ total: 3, items: [{ id: ids.b1 }] });
      expect(idsOf(await get('/api/v1/work-lists/reviews-due', townA))).toEqual([ids.a4, ids.a1]);
      expect(idsOf(await get('/api/v1/work-lists/reviews-due?asOf=2025-01-31', townA))).toEqual([ids.a4, ids.a1, ids.a2]);
      expect((await get('/api/v1/work-lists/reviews-due?asOf=2024-02-30', county, 400)).errors[0].field).toBe('asOf');
    });

    it('school re-checks due, in the caller’s division', async () => {
      await setCase(ids.a3, `status = 'ACTIVE', school_recheck_due_on = '2024-12-01'`);
      expect(await get('/api/v1/work-lists/school-rechecks-due', townA)).toMatchObject({ total: 1, items: [{ id: ids.a3, schoolRecheckDueOn: '2024-12-01' }] });
      expect((await get('/api/v1/work-lists/school-rechecks-due', townB)).total).toBe(0);
      expect((await get('/api/v1/work-lists/school-rechecks-due?asOf=2024-11-30', townA)).total).toBe(0);
    });

    it('overdue vagrant stays, the longest overdue first, in the caller’s division', async () => {
      h.clock.set('2024-07-01');
      const intake = async (regionCode: string, name: string) => (await h.http().post('/api/v1/vagrant-cases').set('Authorization', county).send({ regionCode, name }).expect(201)).body.id as string;
      const first = await intake('110105001', '无名氏甲');
      const other = await intake('110105002', '无名氏乙');
      h.clock.set('2024-07-03');
      const later = await intake('110105001', '无名氏丙');
      h.clock.set('2024-07-12'); // the first two stayed until 07-10, the third until 07-12
      expect(await get('/api/v1/work-lists/overdue-vagrant-stays')).toMatchObject({ total: 2, items: [{ overdue: true }, { overdue: true }] });
      h.clock.set('2024-07-20');
      const page = await get('/api/v1/work-lists/overdue-vagrant-stays?pageSize=2');
      expect(page.total).toBe(3);
      expect(idsOf(page)).toEqual(expect.arrayContaining([first, other]));
      expect(idsOf(await get('/api/v1/work-lists/overdue-vagrant-stays?pageSize=2&page=2'))).toEqual([later]);
      expect(idsOf(await get('/api/v1/work-lists/overdue-vagrant-stays', townA))).toEqual([first, later]);
      expect((await get('/api/v1/work-lists/overdue-vagrant-stays', townA)).items[0]).toMatchObject({ name: '无**甲', regionCode: '110105001' });
    });

    it('overpayments: proposed write-offs first, then the oldest debt, with whose and where', async () => {
      const owe = (caseId: string, resident: string, months: string[], status = 'OPEN') =>
        h.dataSource.query(`INSERT INTO overpayment (case_id, resident_id, months, amount_fen, status, cause_event_id) VALUES ($1, $2, $3, 73500, $4, $5) RETURNING id`, [caseId, resident, months, status, randomUUID()]).then((rows: Array<{ id: string }>) => rows[0].id);
      const recent = await owe(ids.a1, people.a1, ['2024-10']);
      const old = await owe(ids.a2, people.a2, ['2024-08', '2024-09']);
      const proposed = await owe(ids.a4, people.a4, ['2024-11'], 'WRITE_OFF_PROPOSED');
      await owe(ids.b1, people.b1, ['2024-07']);
      await owe(ids.a2, people.a2child, ['2024-06'], 'RECOVERED');
      const open = await get('/api/v1/work-lists/overpayments', townA);
      expect(idsOf(open)).toEqual([proposed, old, recent]);
      expect(open.items[1]).toMatchObject({ residentId: maskResidentId(people.a2), name: '王*英', program: 'DIBAO', householdId: expect.any(String), regionCode: '110105001', months: ['2024-08', '2024-09'], amountFen: 73500, status: 'OPEN' });
      expect((await get('/api/v1/work-lists/overpayments')).total).toBe(4);
      expect((await get('/api/v1/work-lists/overpayments', townB)).total).toBe(1);
      expect((await get('/api/v1/work-lists/overpayments?status=RECOVERED')).items).toEqual([expect.objectContaining({ name: '王*明' })]);
      expect(idsOf(await search('/api/v1/work-lists/overpayments/search', { residentId: people.a1 }))).toEqual([recent]);
      expect((await search('/api/v1/work-lists/overpayments/search', { residentId: people.a1, status: 'PAID' }, county, 400)).errors[0].field).toBe('status');
      expect(await get('/api/v1/work-lists/overpayments?pageSize=1&page=2', townA)).toMatchObject({ total: 3, items: [{ id: old }] });
      expect((await get('/api/v1/work-lists/overpayments?status=PAID', county, 400)).errors[0].field).toBe('status');
    });

    it('documents every list as a typed page in OpenAPI', async () => {
      const doc = await get('/api/docs-json');
      const schemaOf = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema.$ref;
      expect(schemaOf('/api/v1/cases')).toBe('#/components/schemas/CaseWorkItemPage');
      expect(schemaOf('/api/v1/work-lists/reviews-due')).toBe('#/components/schemas/CaseWorkItemPage');
      expect(schemaOf('/api/v1/work-lists/overdue-vagrant-stays')).toBe('#/components/schemas/VagrantCaseResponsePage');
      expect(schemaOf('/api/v1/work-lists/overpayments')).toBe('#/components/schemas/OverpaymentWorkItemPage');
      expect(doc.components.schemas.CaseWorkItemPage.properties.items.items.$ref).toBe('#/components/schemas/CaseWorkItem');
      expect(doc.paths['/api/v1/cases'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['program', 'status', 'stage', 'householdId', 'page', 'pageSize']));
      expect(doc.paths['/api/v1/cases/search'].post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/CaseWorkItemPage');
      expect(doc.paths['/api/v1/work-lists/overpayments/search'].post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/OverpaymentWorkItemPage');
    });
  });
});

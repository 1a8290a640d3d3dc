import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';

// DOMAIN §2: a minor's 特困 continues past 18 only while in full-time school, checked at 18 and
// each school year, to the in-school age limit; not decided at admission. One timeline, 2024–2027.
describe('特困 of a minor: the school re-check at 18', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');
  // 15 at admission, 18 on 10 September 2026.
  const child = residentId('110105', '20080910', 401);
  const elder = residentId('110105', '19450101', 402);
  let caseId = '';
  let elderCase = '';

  beforeAll(async () => {
    h = await startHarness('sa_tekun_school', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.rural-fen-per-year', value: 643100, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.age-limits', value: { elderlyFrom: 60, minorUnder: 16 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.minor-coverage', value: { untilAge: 18, inSchoolUntilAge: 22 }, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  const household = async (id: string) =>
    (await h.http().post('/api/v1/households').set('Authorization', clerk1).send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [{ residentId: id, name: '孙某', relation: 'APPLICANT', incomes: [], categories: [] }] }).expect(201)).body.id as string;
  const application = (householdId: string, id: string) => ({ householdId, residentId: id, careForm: 'DISPERSED', unableActivities: 0, hasAbleSupporter: false });
  const dueList = async (asOf?: string) => (await h.http().get(`/api/v1/work-lists/school-rechecks-due${asOf ? `?asOf=${asOf}` : ''}`).set('Authorization', clerk1).expect(200)).body.items.map((c: { id: string }) => c.id);
  const schoolStatus = (id: string, body: object) => h.http().post(`/api/v1/tekun/applications/${id}/school-status`).set('Authorization', clerk1).send(body);
  const payroll = async (month: string, on: string) => {
    h.clock.set(on);
    return (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month }).expect(201)).body.lines as Array<{ caseId: string }>;
  };

  it('admits a minor to their 18th birthday month, whatever is said about school, with a re-check due that day', async () => {
    // Staying in school is no longer declared at admission.
    const childHousehold = await household(child);
    const declared = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send({ ...application(childHousehold, child), inSchool: true }).expect(400);
    expect(declared.body.errors.map((e: { field: string }) => e.field)).toContain('inSchool');
    const applied = await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(childHousehold, child)).expect(201);
    expect(applied.body).toMatchObject({ coveredUntil: '2026-09', schoolRecheckDueOn: '2026-09-10' });
    caseId = applied.body.id;
    await h.http().post(`/api/v1/tekun/applications/${caseId}/approve`).set('Authorization', clerk2).expect(200);
    elderCase = (await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk1).send(application(await household(elder), elder)).expect(201)).body.id;
    await h.http().post(`/api/v1/tekun/applications/${elderCase}/approve`).set('Authorization', clerk2).expect(200);
    expect(await dueList()).toEqual([]);
  });

  it('lists the case on the 18th birthday and refuses bad or misplaced school statuses', async () => {
    expect(await dueList('2026-09-09')).toEqual([]);
    expect(await dueList('2026-09-10')).toEqual([caseId]);
    h.clock.set('2026-09-12');
    expect(await dueList()).toEqual([caseId]);
    const bad = await schoolStatus(caseId, { inSchool: 'yes' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('inSchool');
    const notDue = await schoolStatus(elderCase, { inSchool: true }).expect(409);
    expect(notDue.body.code).toBe('TEKUN.NO_SCHOOL_RECHECK_DUE');
  });

  it('in school at 18: covered one more school year, re-checked again at 19', async () => {
    const checked = await schoolStatus(caseId, { inSchool: true, note: 'enrolled at a vocational school' }).expect(200);
    expect(checked.body).toMatchObject({ status: 'APPROVED', coveredUntil: '2027-09', schoolRecheckDueOn: '2027-09-10' });
    expect(await dueList()).toEqual([]);
    const october = await payroll('2026-10', '2026-10-20');
    expect(october.some((l) => l.caseId === caseId)).toBe(true);
  });

  it('not in school at 19: coverage ends with the birthday month and the case stops', async () => {
    h.clock.set('2027-09-15');
    expect(await dueList()).toEqual([caseId]);
    const checked = await schoolStatus(caseId, { inSchool: false }).expect(200);
    expect(checked.body).toMatchObject({ status: 'STOPPED', coveredUntil: '2027-09', stopFromMonth: '2027-10', schoolRecheckDueOn: null });
    expect(await rowCount(h.dataSource, 'enrollment', 'case_id = $1 AND stop_from_month IS NULL', [caseId])).toBe(0);
    expect((await payroll('2027-09', '2027-09-20')).some((l) => l.caseId === caseId)).toBe(true);
    expect((await payroll('2027-10', '2027-10-20')).some((l) => l.caseId === caseId)).toBe(false);
    expect(await dueList()).toEqual([]);
  });
});

import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

// Roles (libs/common/src/auth/roles.ts) and the division tree (DOMAIN §9): a write outside the
// caller's division is 403 AUTH.OUTSIDE_DIVISION and changes nothing.
describe('roles and division scope of social-assistance', () => {
  let h: Harness;
  const chaoyang = { clerk: bearer(['operator'], 'cy-clerk', '110105'), approver: bearer(['approver'], 'cy-approver', '110105'), auditor: bearer(['auditor'], 'cy-auditor', '110105') };
  const township = bearer(['operator'], 'bl-clerk', '110105001');
  const fengtai = { clerk: bearer(['operator'], 'ft-clerk', '110106'), approver: bearer(['approver'], 'ft-approver', '110106') };
  const member = (id: string) => ({ residentId: id, name: '刘某', relation: 'APPLICANT', incomes: [], categories: [] });
  const counts = async () => ({
    households: await rowCount(h.dataSource, 'household', 'true', []),
    cases: await rowCount(h.dataSource, 'assistance_case', 'true', []),
    enrollments: await rowCount(h.dataSource, 'enrollment', 'true', []),
    payrolls: await rowCount(h.dataSource, 'payroll', 'true', []),
    relief: await rowCount(h.dataSource, 'temporary_relief', 'true', []),
    audit: await rowCount(h.dataSource, 'audit_log', 'true', []),
    outbox: await rowCount(h.dataSource, 'outbox', 'true', []),
  });

  beforeAll(async () => {
    h = await startHarness('sa_access', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.temporary-relief.max-months-of-standard', value: 3, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses writes outside the caller’s division with 403 AUTH.OUTSIDE_DIVISION, storing and emitting nothing', async () => {
    const household = (token: string, regionCode: string, id: string) =>
      h.http().post('/api/v1/households').set('Authorization', token).send({ area: 'URBAN', regionCode, financialAssetsFen: 0, members: [member(id)] });
    const inChaoyang = (await household(chaoyang.clerk, '110105001001', residentId('110105', '19600101', 1)).expect(201)).body.id as string;
    const applied = (await h.http().post('/api/v1/dibao/applications').set('Authorization', chaoyang.clerk).send({ householdId: inChaoyang }).expect(201)).body.id as string;
    const before = await counts();

    const outside = await household(fengtai.clerk, '110105001', residentId('110105', '19600202', 2)).expect(403);
    expect(outside.headers['content-type']).toContain('application/problem+json');
    expect(outside.body).toMatchObject({ code: 'AUTH.OUTSIDE_DIVISION', errors: [{ field: 'regionCode' }] });
    expect((await household(township, '110105002', residentId('110105', '19600303', 3)).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post('/api/v1/dibao/applications').set('Authorization', fengtai.clerk).send({ householdId: inChaoyang }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/public-notice`).set('Authorization', fengtai.clerk).send({ investigation: '入户调查属实' }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/approve`).set('Authorization', fengtai.approver).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/reject`).set('Authorization', fengtai.approver).send({ reason: 'x' }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const income = { residentId: residentId('110105', '19600101', 1), incomes: [{ source: 'WAGES', monthlyFen: 1 }], throughWork: false };
    expect((await h.http().post(`/api/v1/households/${inChaoyang}/income-changes`).set('Authorization', fengtai.clerk).send(income).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    const relief = { residentId: residentId('110106', '19700101', 4), area: 'URBAN', regionCode: '110105001', reliefType: 'EMERGENCY', amountFen: 1000, reason: '火灾' };
    expect((await h.http().post('/api/v1/temporary-relief').set('Authorization', fengtai.clerk).send(relief).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().post('/api/v1/vagrant-cases').set('Authorization', fengtai.clerk).send({ regionCode: '110105', name: '无名氏' }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    // A payroll pays every household of the service: a district approver elsewhere may not run it.
    expect((await h.http().post('/api/v1/payrolls').set('Authorization', fengtai.approver).send({ month: '2024-07' }).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');

    expect(await counts()).toEqual(before);
    expect((await h.http().get(`/api/v1/dibao/applications/${applied}`).set('Authorization', chaoyang.clerk).expect(200)).body.status).toBe('APPLIED');
    // Reads follow the division too.
    expect((await h.http().get(`/api/v1/households/${inChaoyang}`).set('Authorization', fengtai.clerk).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect((await h.http().get(`/api/v1/households/${inChaoyang}`).set('Authorization', township).expect(200)).body.regionCode).toBe('110105001001');
  });

  it('lets recorders record, deciders decide, and the auditor read but not write', async () => {
    const before = await counts();
    const body = { area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: [member(residentId('110105', '19600404', 5))] };
    expect((await h.http().post('/api/v1/households').set('Authorization', chaoyang.auditor).send(body).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await h.http().post('/api/v1/payrolls').set('Authorization', chaoyang.clerk).send({ month: '2024-07' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect(await counts()).toEqual(before);

    const householdId = (await h.http().post('/api/v1/households').set('Authorization', chaoyang.clerk).send(body).expect(201)).body.id as string;
    const applied = (await h.http().post('/api/v1/dibao/applications').set('Authorization', chaoyang.clerk).send({ householdId }).expect(201)).body.id as string;
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/public-notice`).set('Authorization', chaoyang.auditor).send({ investigation: '入户调查属实' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    await startPublicNotice(h, applied, chaoyang.clerk);
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/approve`).set('Authorization', chaoyang.clerk).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied}/approve`).set('Authorization', chaoyang.auditor).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    await h.http().post(`/api/v1/dibao/applications/${applied}/approve`).set('Authorization', chaoyang.approver).expect(200);
    expect((await h.http().get(`/api/v1/dibao/applications/${applied}`).set('Authorization', chaoyang.auditor).expect(200)).body.status).toBe('APPROVED');
    await h.http().get(`/api/v1/households/${householdId}`).set('Authorization', chaoyang.auditor).expect(200);
    await h.http().get('/api/v1/work-lists/reviews-due').set('Authorization', chaoyang.auditor).expect(200);
  });
});

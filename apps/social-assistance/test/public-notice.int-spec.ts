// DOMAIN §1: a 低保 case is investigated and publicly noticed (公示) before the decision, and the
// decision judges eligibility and amount with the standard of the first month to be paid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';

const PERIOD = 'social-assistance.dibao.public-notice-period';
const HOLIDAYS = 'social-assistance.public-holidays';

describe('低保 investigation and public notice, judged with the first month to be paid', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const villager = bearer(['reviewer'], 'reviewer-9');
  const approver = bearer(['approver'], 'clerk-2');
  const sameClerkAsApprover = bearer(['approver'], 'clerk-1');
  const runner = bearer(['approver'], 'approver-1');
  const admin = bearer(['admin'], 'root');
  // 730 yuan a month: above June's 728, below July's 735.
  const person = residentId('110105', '19700101', 41);
  let caseId = '';

  beforeAll(async () => {
    h = await startHarness('sa_public_notice', '2024-06-17');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 72800, effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-07-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    // 7 calendar days until August, 7 working days from September: the kind of days is dated too.
    await h.policy.add({ key: PERIOD, value: { days: 7, dayKind: 'CALENDAR' }, effectiveFrom: '2024-01-01', effectiveTo: '2024-08-31' });
    await h.policy.add({ key: PERIOD, value: { days: 7, dayKind: 'WORKING' }, effectiveFrom: '2024-09-01' });
    // The State Council's calendar as seeded for the city.
    const seeds = JSON.parse(readFileSync(join(__dirname, '../../../seeds/reference/policy-parameters.json'), 'utf8')) as Record<string, Array<{ key: string; value: unknown; effectiveFrom: string; effectiveTo?: string }>>;
    for (const row of seeds['social-assistance'].filter((r) => r.key === HOLIDAYS)) await h.policy.add(row);
  });

  afterAll(async () => {
    await h?.close();
  });

  async function household(id: string, incomeFen: number): Promise<string> {
    const member = { residentId: id, name: '孙某', relation: 'APPLICANT', incomes: [{ source: 'WAGES', monthlyFen: incomeFen }], categories: [] };
    return (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'URBAN', regionCode: '110105001', financialAssetsFen: 0, members: [member] }).expect(201)).body.id;
  }

  it('refuses approval without the notice, and a notice without the investigation, storing nothing', async () => {
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: await household(person, 73000) }).expect(201);
    caseId = applied.body.id;
    expect(applied.body).toMatchObject({ status: 'APPLIED', noticeStartedOn: null, noticeEndsOn: null });
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', approver).expect(409)).body.code).toBe('DIBAO.INVALID_TRANSITION');
    const bad = await h.http().post(`/api/v1/dibao/applications/${caseId}/public-notice`).set('Authorization', clerk).send({ investigation: '' }).expect(400);
    expect(bad.body.errors[0].field).toBe('investigation');
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/objections`).set('Authorization', villager).send({ objection: '收入不实' }).expect(409)).body.code).toBe('DIBAO.NOT_IN_PUBLIC_NOTICE');
    expect((await h.http().get(`/api/v1/dibao/applications/${caseId}`).set('Authorization', clerk).expect(200)).body.status).toBe('APPLIED');
    expect(await rowCount(h.dataSource, 'public_notice_objection', 'true', [])).toBe(0);
  });

  it('starts the 7-day notice with the investigation; approval before its end is 409 with the day it ends', async () => {
    const started = await h.http().post(`/api/v1/dibao/applications/${caseId}/public-notice`).set('Authorization', clerk).send({ investigation: '入户调查：独居，工资收入 730 元/月，核对无车辆房产' }).expect(200);
    expect(started.body).toMatchObject({ status: 'IN_PUBLIC_NOTICE', investigation: '入户调查：独居，工资收入 730 元/月，核对无车辆房产', investigatedBy: 'clerk-1', noticeStartedOn: '2024-06-17', noticeEndsOn: '2024-06-24' });
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/public-notice`).set('Authorization', clerk).send({ investigation: 'again' }).expect(409)).body.code).toBe('DIBAO.INVALID_TRANSITION');
    for (const day of ['2024-06-20', '2024-06-24']) {
      h.clock.set(day);
      const early = await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', approver).expect(409);
      expect(early.body).toMatchObject({ code: 'DIBAO.PUBLIC_NOTICE_NOT_ENDED', noticeEndsOn: '2024-06-24' });
    }
    expect((await h.http().get(`/api/v1/dibao/applications/${caseId}`).set('Authorization', clerk).expect(200)).body.status).toBe('IN_PUBLIC_NOTICE');
  });

  it('records an objection with who and what; approval waits until it is resolved', async () => {
    h.clock.set('2024-06-21');
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/objections`).set('Authorization', villager).send({ objection: ' ' }).expect(400)).body.errors[0].field).toBe('objection');
    const raised = await h.http().post(`/api/v1/dibao/applications/${caseId}/objections`).set('Authorization', villager).send({ objection: '邻居反映其另有摊位收入' }).expect(201);
    expect(raised.body).toMatchObject({ caseId, raisedBy: 'reviewer-9', raisedOn: '2024-06-21', objection: '邻居反映其另有摊位收入', resolvedOn: null });

    h.clock.set('2024-06-28');
    const blocked = await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', approver).expect(409);
    expect(blocked.body).toMatchObject({ code: 'DIBAO.OBJECTIONS_UNRESOLVED', unresolvedObjections: 1 });
    const resolved = await h.http().post(`/api/v1/dibao/applications/${caseId}/objections/${raised.body.id}/resolve`).set('Authorization', clerk).send({ resolution: '复核：摊位已于 2023 年注销' }).expect(200);
    expect(resolved.body).toMatchObject({ resolvedBy: 'clerk-1', resolvedOn: '2024-06-28', resolution: '复核：摊位已于 2023 年注销' });
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/objections/${raised.body.id}/resolve`).set('Authorization', clerk).send({ resolution: 'again' }).expect(409)).body.code).toBe('DIBAO.OBJECTION_ALREADY_RESOLVED');
    const listed = await h.http().get(`/api/v1/dibao/applications/${caseId}/objections`).set('Authorization', approver).expect(200);
    expect(listed.body).toEqual({ items: [resolved.body], total: 1, page: 1, pageSize: 20 });
  });

  it('approves on 2024-06-28 an income of 730 yuan under July\'s 735 (not June\'s 728), by another person, and pays 5 yuan from July', async () => {
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', sameClerkAsApprover).expect(403)).body.code).toBe('DIBAO.SAME_PERSON_APPROVAL');
    const approved = await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', approver).expect(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedOn: '2024-06-28', decidedBy: 'clerk-2', startMonth: '2024-07' });
    expect((await h.http().post(`/api/v1/dibao/applications/${caseId}/objections`).set('Authorization', villager).send({ objection: 'late' }).expect(409)).body.code).toBe('DIBAO.NOT_IN_PUBLIC_NOTICE');
    h.clock.set('2024-07-20');
    const july = await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-07' }).expect(201);
    expect(july.body.lines).toEqual([expect.objectContaining({ caseId, kind: 'REGULAR', amountFen: 73500 - 73000 })]);
  });

  it('refuses at approval a household eligible today but not in the first month to be paid', async () => {
    // A new figure for August that the income of 730 yuan no longer sits below.
    await h.http().post('/api/v1/policy-parameters/end-open-period').set('Authorization', admin).send({ key: 'social-assistance.dibao.standard.urban-fen-per-month', lastDay: '2024-07-31' }).expect(200);
    await h.http().post('/api/v1/policy-parameters').set('Authorization', admin).send({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73000, effectiveFrom: '2024-08-01' }).expect(201);
    h.clock.set('2024-07-01');
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: await household(residentId('110105', '19700101', 42), 73000) }).expect(201);
    expect(applied.body.assessment).toMatchObject({ month: '2024-07', eligible: true });
    await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/public-notice`).set('Authorization', clerk).send({ investigation: '入户调查属实' }).expect(200);
    h.clock.set('2024-07-15');
    const refused = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(422);
    expect(refused.body).toMatchObject({ code: 'DIBAO.NOT_ELIGIBLE', reason: 'INCOME_NOT_BELOW_STANDARD', month: '2024-08', detail: expect.stringContaining('2024-08') });
  });

  it('counts working days over the National Day holiday when the parameter says so', async () => {
    h.clock.set('2024-09-25');
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: await household(residentId('110105', '19700101', 43), 10000) }).expect(201);
    const started = await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/public-notice`).set('Authorization', clerk).send({ investigation: '入户调查属实' }).expect(200);
    // 09-26, 09-27, the make-up Sunday 09-29, 09-30, then after the holiday 10-08, 10-09, 10-10.
    expect(started.body).toMatchObject({ noticeStartedOn: '2024-09-25', noticeEndsOn: '2024-10-10' });
    h.clock.set('2024-10-10');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(409)).body.noticeEndsOn).toBe('2024-10-10');
    h.clock.set('2024-10-11');
    expect((await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200)).body).toMatchObject({ status: 'APPROVED', startMonth: '2024-11' });
  });
});

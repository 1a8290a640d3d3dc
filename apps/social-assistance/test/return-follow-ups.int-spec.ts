import { residentId } from '../../../test/support/resident-ids';
import { bearer, rowCount, startHarness, type Harness } from './harness';

// 回归稳固: after a vagrant case ends with the return home, the returnee's situation is assessed
// within N days; an at-risk or unreachable returnee is followed up until settled or until a
// supervisor closes the follow-up.
describe('post-return assessment of vagrant relief (回归稳固)', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const supervisor = bearer(['reviewer'], 'lead-1');
  const otherCounty = bearer(['operator'], 'clerk-9', '110108');
  const cases = (path: string, body: object) => h.http().post(`/api/v1/vagrant-cases${path}`).set('Authorization', clerk).send(body);
  const assess = (caseId: string, body: object, who = clerk) => h.http().post(`/api/v1/return-follow-ups/${caseId}/assessments`).set('Authorization', who).send(body);
  const dueList = async (query = '', who = clerk) => (await h.http().get(`/api/v1/return-follow-ups${query}`).set('Authorization', who).expect(200)).body;
  const visit = { assessedOn: '2024-08-20', method: 'HOME_VISIT', situation: 'AT_RISK', needs: ['DIBAO', 'MEDICAL'], note: '与兄长同住，暂无稳定收入' };

  /** A case admitted and ended today with the given outcome. */
  async function endedCase(name: string, outcome: 'RETURNED_HOME' | 'LEFT', known: { residentId?: string } = {}): Promise<string> {
    const admitted = (await cases('', { regionCode: '110105', name, ...known }).expect(201)).body;
    await cases(`/${admitted.id}/close`, { outcome }).expect(200);
    return admitted.id;
  }

  beforeAll(async () => {
    h = await startHarness('sa_return_follow_ups', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.vagrant.stay-limit-days', value: 10, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.adult-age', value: 18, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.return-assessment-due-days', value: 30, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: 73500, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.temporary-relief.max-months-of-standard', value: 3, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('lists a return home as due, refuses an at-risk result without a follow-up, follows up until settled', async () => {
    const returned = await endedCase('王某', 'RETURNED_HOME');
    const left = await endedCase('赵某', 'LEFT');

    // A page past the end still counts what the list holds.
    expect(await dueList('?page=2&pageSize=1')).toMatchObject({ total: 1, page: 2, items: [] });
    const due = await dueList();
    expect(due).toMatchObject({ total: 1, page: 1, items: [{ vagrantCaseId: returned, returnedOn: '2024-07-15', status: 'ASSESSMENT_DUE', dueOn: '2024-08-14', overdue: false, assessments: [] }] });
    expect((await dueList('?overdue=true')).total).toBe(0);
    h.clock.set('2024-08-20');
    expect((await dueList('?overdue=true')).items.map((i: { vagrantCaseId: string }) => i.vagrantCaseId)).toEqual([returned]);

    // Another county's caseworker neither sees nor records it.
    expect((await dueList('', otherCounty)).total).toBe(0);
    expect((await assess(returned, { ...visit, followUpOn: '2024-09-10' }, otherCounty).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    await h.http().get(`/api/v1/return-follow-ups/${returned}`).set('Authorization', otherCounty).expect(403);

    expect((await assess(returned, visit).expect(422)).body).toMatchObject({ code: 'RETURN_FOLLOW_UP.FOLLOW_UP_REQUIRED', errors: [expect.objectContaining({ field: 'followUpOn' })] });
    expect((await assess(returned, { ...visit, assessedOn: '2024-07-14', followUpOn: '2024-09-10' }).expect(422)).body).toMatchObject({ code: 'RETURN_FOLLOW_UP.BEFORE_RETURN', errors: [expect.objectContaining({ field: 'assessedOn' })] });
    expect((await assess(returned, { ...visit, assessedOn: '2024-08-21', followUpOn: '2024-09-10' }).expect(422)).body.code).toBe('RETURN_FOLLOW_UP.IN_FUTURE');
    expect((await assess(returned, { ...visit, method: 'LETTER', followUpOn: '2024-09-10' }).expect(400)).body.errors[0].field).toBe('method');
    expect((await assess(left, { ...visit, followUpOn: '2024-09-10' }).expect(409)).body.code).toBe('RETURN_FOLLOW_UP.NOT_RETURNED_HOME');
    expect(await rowCount(h.dataSource, 'return_assessment', 'true', [])).toBe(0);

    const atRisk = (await assess(returned, { ...visit, followUpOn: '2024-09-10' }).expect(201)).body;
    expect(atRisk).toMatchObject({ status: 'FOLLOW_UP_DUE', dueOn: '2024-09-10', overdue: false, assessments: [{ sequence: 1, situation: 'AT_RISK', needs: ['DIBAO', 'MEDICAL'], referrals: ['DIBAO'], followUpOn: '2024-09-10', assessedBy: 'clerk-1' }] });
    expect((await dueList()).items).toMatchObject([{ vagrantCaseId: returned, status: 'FOLLOW_UP_DUE', dueOn: '2024-09-10' }]);

    h.clock.set('2024-09-12');
    expect((await dueList('?overdue=true')).total).toBe(1);
    expect((await assess(returned, { ...visit, assessedOn: '2024-08-19', situation: 'SETTLED', needs: [] }).expect(422)).body.code).toBe('RETURN_FOLLOW_UP.BEFORE_PREVIOUS');
    const settled = (await assess(returned, { assessedOn: '2024-09-12', method: 'PHONE', situation: 'SETTLED', needs: [] }).expect(201)).body;
    expect(settled).toMatchObject({ status: 'ENDED', dueOn: null, overdue: false });
    expect(settled.assessments.map((a: { sequence: number; situation: string }) => [a.sequence, a.situation])).toEqual([
      [1, 'AT_RISK'],
      [2, 'SETTLED'],
    ]);
    expect((await dueList()).total).toBe(0);
    expect((await assess(returned, { assessedOn: '2024-09-12', method: 'PHONE', situation: 'SETTLED', needs: [] }).expect(409)).body.code).toBe('RETURN_FOLLOW_UP.NOTHING_DUE');
    expect(await rowCount(h.dataSource, 'audit_log', `action = 'return-follow-up.assessed' AND entity_id = $1`, [returned])).toBe(2);
  });

  it('lets a supervisor, not the caseworker, close a follow-up with a reason', async () => {
    const unreachable = await endedCase('孙某', 'RETURNED_HOME');
    await assess(unreachable, { assessedOn: '2024-09-12', method: 'VILLAGE_COMMITTEE', situation: 'UNREACHABLE', needs: [], followUpOn: '2024-10-12' }).expect(201);
    const close = (who: string, body: object) => h.http().post(`/api/v1/return-follow-ups/${unreachable}/close`).set('Authorization', who).send(body);
    await close(clerk, { reason: '已迁往外省' }).expect(403);
    expect((await close(supervisor, { reason: '  ' }).expect(400)).body.errors[0].field).toBe('reason');
    const closed = (await close(supervisor, { reason: '已迁往外省，当地救助站接续跟进' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'CLOSED', dueOn: null, closure: { closedOn: '2024-09-12', closedBy: 'lead-1' } });
    expect((await dueList()).total).toBe(0);
    expect((await assess(unreachable, { assessedOn: '2024-09-12', method: 'PHONE', situation: 'SETTLED', needs: [] }).expect(409)).body.code).toBe('RETURN_FOLLOW_UP.CLOSED');
    expect(await rowCount(h.dataSource, 'audit_log', `action = 'return-follow-up.closed'`, [])).toBe(1);
  });

  it('records the referral of a relief need and links a grant made to the returnee, not to someone else', async () => {
    const returnee = residentId('110105', '19800101', 11);
    const caseId = await endedCase('周某', 'RETURNED_HOME', { residentId: returnee });
    const grant = async (person: string) => (await h.http().post('/api/v1/temporary-relief').set('Authorization', clerk).send({ residentId: person, area: 'URBAN', regionCode: '110105', reliefType: 'EMERGENCY', amountFen: 50000, reason: '返乡后生活困难' }).expect(201)).body.id;
    const theirs = await grant(returnee);
    const someoneElses = await grant(residentId('110105', '19750505', 13));
    const leftAgain = { assessedOn: '2024-09-12', method: 'PHONE', situation: 'LEFT_AGAIN', needs: ['TEMPORARY_RELIEF', 'DIBAO'] };
    expect((await assess(caseId, { ...leftAgain, needs: ['DIBAO'], temporaryReliefId: theirs }).expect(422)).body).toMatchObject({ code: 'RETURN_FOLLOW_UP.RELIEF_WITHOUT_NEED', errors: [expect.objectContaining({ field: 'temporaryReliefId' })] });
    expect((await assess(caseId, { ...leftAgain, temporaryReliefId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }).expect(422)).body.code).toBe('RETURN_FOLLOW_UP.RELIEF_NOT_FOUND');
    expect((await assess(caseId, { ...leftAgain, temporaryReliefId: someoneElses }).expect(422)).body.code).toBe('RETURN_FOLLOW_UP.RELIEF_OF_ANOTHER_PERSON');
    expect(await rowCount(h.dataSource, 'return_assessment', 'vagrant_case_id = $1', [caseId])).toBe(0);
    const linked = (await assess(caseId, { ...leftAgain, temporaryReliefId: theirs }).expect(201)).body;
    // Left again without a follow-up date: nothing more is owed for this return.
    expect(linked).toMatchObject({ status: 'ENDED', assessments: [{ situation: 'LEFT_AGAIN', referrals: ['DIBAO', 'TEMPORARY_RELIEF'], temporaryReliefId: theirs }] });
  });

  it('counts the year’s returnees assessed by their latest situation, and the follow-ups, in the annual report', async () => {
    const report = (await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', clerk).expect(200)).body;
    expect(report.vagrantRelief.returnFollowUps).toEqual({ returneesAssessed: 3, settled: 1, atRisk: 0, leftAgain: 1, unreachable: 1, followUps: 1 });
    const neighbour = (await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', otherCounty).expect(200)).body;
    expect(neighbour.vagrantRelief.returnFollowUps).toEqual({ returneesAssessed: 0, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: 0 });
    const before = (await h.http().get('/api/v1/reports/annual?year=2023').set('Authorization', clerk).expect(200)).body;
    expect(before.vagrantRelief.returnFollowUps.returneesAssessed).toBe(0);
  });
});

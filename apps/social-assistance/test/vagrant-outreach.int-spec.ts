import { bearer, rowCount, startHarness, type Harness } from './harness';

// 流浪乞讨 24-hour hotline and street patrols: each call and patrol is logged with who, where and
// the outcome; a person brought in is logged with the vagrant case opened for them.
describe('vagrant relief hotline and street patrol log', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const otherCounty = bearer(['operator'], 'clerk-9', '110108');
  const log = (body: object, who = clerk) => h.http().post('/api/v1/vagrant-outreach').set('Authorization', who).send(body);
  const patrol = { kind: 'STREET_PATROL', regionCode: '110105', occurredAt: '2024-07-14T22:30:00+08:00', location: '东三环北路天桥下', patrolMembers: ['王某', '李某'], personDescription: '男性，约60岁，衣着单薄', outcome: 'DECLINED_HELP' };
  const call = { kind: 'HOTLINE_CALL', regionCode: '110105', occurredAt: '2024-07-15T08:10:00+08:00', location: '朝阳公园南门', callerName: '张某', callerPhone: '13800001234', personDescription: '老人在长椅上过夜', outcome: 'ADVICE_GIVEN' };

  beforeAll(async () => {
    h = await startHarness('sa_vagrant_outreach', '2024-07-15T09:00:00+08:00');
    await h.policy.add({ key: 'social-assistance.vagrant.stay-limit-days', value: 10, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.adult-age', value: 18, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses entries that do not hold together, storing nothing', async () => {
    expect((await log({ ...call, occurredAt: '2024-07-15T09:00:01+08:00' }).expect(422)).body).toMatchObject({ code: 'OUTREACH.IN_FUTURE', errors: [expect.objectContaining({ field: 'occurredAt' })] });
    expect((await log({ ...call, occurredAt: '2024-07-15T08:10:00' }).expect(400)).body.errors[0].field).toBe('occurredAt');
    expect((await log({ ...patrol, patrolMembers: [] }).expect(422)).body.code).toBe('OUTREACH.PATROL_WITHOUT_MEMBERS');
    expect((await log({ ...call, patrolMembers: ['王某'] }).expect(422)).body.code).toBe('OUTREACH.MEMBERS_ONLY_ON_PATROL');
    expect((await log({ ...patrol, outcome: 'ADMITTED' }).expect(422)).body).toMatchObject({ code: 'OUTREACH.CASE_REQUIRED', errors: [expect.objectContaining({ field: 'vagrantCaseId' })] });
    expect((await log({ ...patrol, outcome: 'ADMITTED', vagrantCaseId: '0b6c4a52-5a1b-4c8e-9d57-1d2f7f3d9a01' }).expect(422)).body.code).toBe('OUTREACH.CASE_NOT_FOUND');
    expect((await log(patrol, otherCounty).expect(403)).body.code).toBe('AUTH.OUTSIDE_DIVISION');
    expect(await rowCount(h.dataSource, 'vagrant_outreach', 'true', [])).toBe(0);
  });

  it('logs calls and patrols, one leading to an admission, and lists them by division, the latest first', async () => {
    const declined = (await log(patrol).expect(201)).body;
    expect(declined).toMatchObject({ kind: 'STREET_PATROL', patrolMembers: ['王某', '李某'], outcome: 'DECLINED_HELP', vagrantCaseId: null, recordedBy: 'clerk-1' });
    const answered = (await log(call).expect(201)).body;
    // The caller's name and phone are personal data: masked as every response masks them.
    expect(answered).toMatchObject({ kind: 'HOTLINE_CALL', callerPhone: '138****1234', patrolMembers: [] });
    expect(answered.callerName).not.toBe('张某');

    const admittedCase = (await h.http().post('/api/v1/vagrant-cases').set('Authorization', clerk).send({ regionCode: '110105', name: '无名氏' }).expect(201)).body;
    const broughtIn = (await log({ ...patrol, occurredAt: '2024-07-15T06:00:00+08:00', outcome: 'ADMITTED', vagrantCaseId: admittedCase.id }).expect(201)).body;
    expect(broughtIn).toMatchObject({ outcome: 'ADMITTED', vagrantCaseId: admittedCase.id });

    const page = (await h.http().get('/api/v1/vagrant-outreach?pageSize=2').set('Authorization', clerk).expect(200)).body;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([answered.id, broughtIn.id]);
    const patrols = (await h.http().get('/api/v1/vagrant-outreach?kind=STREET_PATROL&from=2024-07-15&to=2024-07-15').set('Authorization', clerk).expect(200)).body;
    expect(patrols.items.map((i: { id: string }) => i.id)).toEqual([broughtIn.id]);
    expect((await h.http().get('/api/v1/vagrant-outreach').set('Authorization', otherCounty).expect(200)).body.total).toBe(0);
    await h.http().get(`/api/v1/vagrant-outreach/${declined.id}`).set('Authorization', otherCounty).expect(403);
    expect(await rowCount(h.dataSource, 'audit_log', `action = 'vagrant-outreach.logged'`, [])).toBe(3);
  });

  it('counts calls and patrols of the year in the annual report', async () => {
    const report = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', clerk).expect(200);
    expect(report.body.vagrantRelief).toEqual({ cases: 1, hotlineCalls: 1, streetPatrols: 2, returnFollowUps: { returneesAssessed: 0, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: 0 } });
    // Every call, patrol and case was the county's (110105): the neighbouring county counts none.
    const neighbour = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', otherCounty).expect(200);
    expect(neighbour.body.vagrantRelief).toMatchObject({ cases: 0, hotlineCalls: 0, streetPatrols: 0 });
  });
});

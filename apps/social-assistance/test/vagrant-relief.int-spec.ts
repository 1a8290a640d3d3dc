import { residentId } from '../../../test/support/resident-ids';
import { bearer, startHarness, type Harness } from './harness';

describe('vagrant relief cases (流浪乞讨救助)', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');

  beforeAll(async () => {
    h = await startHarness('sa_vagrant', '2024-07-15');
    await h.policy.add({ key: 'social-assistance.vagrant.stay-limit-days', value: 10, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.vagrant.adult-age', value: 18, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  const post = (path: string, body: object) => h.http().post(`/api/v1/vagrant-cases${path}`).set('Authorization', clerk).send(path === '' ? { regionCode: '110105', ...body } : body);
  const overdueIds = async () => (await h.http().get('/api/v1/work-lists/overdue-vagrant-stays').set('Authorization', clerk).expect(200)).body.items.map((c: { id: string }) => c.id);

  it('admits for 10 days, lists overdue stays, records extensions and family search, hands minors over and closes once', async () => {
    expect((await post('', { name: '' }).expect(400)).body.code).toBe('VALIDATION.FAILED');
    const adult = (await post('', { name: '无名氏' }).expect(201)).body;
    expect(adult).toMatchObject({ minor: false, admittedOn: '2024-07-15', stayUntil: '2024-07-24', status: 'IN_CARE', overdue: false });
    const child = (await post('', { name: '小明', residentId: residentId('110105', '20120505', 91) }).expect(201)).body;
    expect(child.minor).toBe(true);

    h.clock.set('2024-07-25');
    expect((await overdueIds()).sort()).toEqual([adult.id, child.id].sort());
    const extended = (await post(`/${adult.id}/extensions`, { days: 5, reason: 'awaiting hospital discharge' }).expect(200)).body;
    expect(extended).toMatchObject({ stayUntil: '2024-07-29', overdue: false, extensions: [{ from: '2024-07-24', until: '2024-07-29', reason: 'awaiting hospital discharge', by: 'clerk-1' }] });
    expect(await overdueIds()).toEqual([child.id]);

    expect((await post(`/${child.id}/close`, { outcome: 'RETURNED_HOME' }).expect(422)).body.code).toBe('VAGRANT.MINOR_MUST_BE_HANDED_OVER');
    expect((await h.http().get(`/api/v1/vagrant-cases/${child.id}`).set('Authorization', clerk).expect(200)).body.status).toBe('IN_CARE');
    expect((await post(`/${child.id}/close`, { outcome: 'HANDED_OVER' }).expect(200)).body).toMatchObject({ status: 'CLOSED', outcome: 'HANDED_OVER', closedOn: '2024-07-25' });

    await post(`/${adult.id}/family-search`, { found: true, note: 'family found in Hebei' }).expect(200);
    expect((await post(`/${adult.id}/close`, { outcome: 'HANDED_OVER' }).expect(422)).body.code).toBe('VAGRANT.ONLY_MINORS_ARE_HANDED_OVER');
    const closed = (await post(`/${adult.id}/close`, { outcome: 'RETURNED_HOME' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RETURNED_HOME', familySearch: [{ on: '2024-07-25', found: true, note: 'family found in Hebei', by: 'clerk-1' }] });
    expect((await post(`/${adult.id}/extensions`, { days: 1, reason: 'x' }).expect(409)).body.code).toBe('VAGRANT.CLOSED');
    expect(await overdueIds()).toEqual([]);
    const report = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', clerk).expect(200);
    expect(report.body.vagrantRelief).toEqual({ cases: 2, hotlineCalls: 0, streetPatrols: 0, returnFollowUps: { returneesAssessed: 0, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: 0 } });
    // The station's cases are the county's (110105): the neighbouring county counts none.
    expect((await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-9', '110108')).expect(200)).body.vagrantRelief.cases).toBe(0);
  });
  it('lets a minor go home with a parent or guardian found by 寻亲, and only then', async () => {
    h.clock.set('2024-08-01');
    const child = (await post('', { name: '小红', residentId: residentId('110105', '20130606', 92) }).expect(201)).body;
    await post(`/${child.id}/family-search`, { found: true, note: 'an uncle called, no guardian yet' }).expect(200);
    expect((await post(`/${child.id}/close`, { outcome: 'RETURNED_HOME' }).expect(422)).body.code).toBe('VAGRANT.MINOR_MUST_BE_HANDED_OVER');
    const bad = await post(`/${child.id}/family-search`, { found: false, note: 'x', guardian: { name: '李某', relation: 'PARENT' } }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('guardian');
    const badRelation = await post(`/${child.id}/family-search`, { found: true, note: 'x', guardian: { name: '李某', relation: 'NEIGHBOUR' } }).expect(400);
    expect(badRelation.body.errors.map((e: { field: string }) => e.field)).toContain('guardian.relation');
    await post(`/${child.id}/family-search`, { found: true, note: 'mother found in Hebei through the public-security database', guardian: { name: '李某', relation: 'PARENT' } }).expect(200);
    expect((await post(`/${child.id}/close`, { outcome: 'LEFT' }).expect(422)).body.code).toBe('VAGRANT.MINOR_MUST_BE_HANDED_OVER');
    const closed = (await post(`/${child.id}/close`, { outcome: 'RETURNED_HOME' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'RETURNED_HOME', closedOn: '2024-08-01' });
    expect(closed.familySearch).toHaveLength(2);
    expect(closed.familySearch[1]).toMatchObject({ found: true, guardian: { relation: 'PARENT' } });
  });
});

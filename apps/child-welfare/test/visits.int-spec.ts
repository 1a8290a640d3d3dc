import { residentId } from '../../../test/support/resident-ids';
import { ChildWelfareTestKit, DIRECTOR, OTHER_DIRECTOR, OTHER_SUPERVISOR, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_visits', '2024-07-01');

async function register(seq: number, riskTier: string): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR).send({
    residentId: residentId('110105', '20150310', seq), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [], riskTier, riskReason: 'initial rating',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const workList = async () => (await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', SUPERVISOR).expect(200)).body.items as Array<{ childId: string; nextVisitDue: string }>;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('visits and the overdue work list', () => {
  it('shows an overdue visit once the clock passes the due date, and a visit clears it', async () => {
    const red = await register(1, 'RED'); // due 2024-07-08
    const orange = await register(2, 'ORANGE'); // due 2024-07-31

    kit.clock.set('2024-07-08');
    expect(await workList()).toEqual([]);
    kit.clock.set('2024-07-09');
    expect((await workList()).map((c) => c.childId)).toEqual([red]);
    kit.clock.set('2024-08-01');
    expect((await workList()).map((c) => [c.childId, c.nextVisitDue])).toEqual([[red, '2024-07-08'], [orange, '2024-07-31']]);

    const visit = await kit.http().post(`/api/v1/children/${red}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-30', notes: '家中情况稳定' });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ riskTier: 'RED', nextVisitDue: '2024-08-06' });
    expect((await workList()).map((c) => c.childId)).toEqual([orange]);
  });

  it('a visit may re-rate the tier, which sets the next due date', async () => {
    kit.clock.set('2024-08-01');
    const id = await register(3, 'RED');
    const res = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-01', notes: '父亲返乡', riskTier: 'GREEN', riskReason: 'father back home' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ riskTier: 'GREEN', nextVisitDue: '2024-10-30', tierAfter: 'GREEN' });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.risk-tier-changed'`, [id])).toBe(2);
  });

  it('refuses a visit in the future, a re-rating without a reason, and another township\'s work list', async () => {
    kit.clock.set('2024-08-01');
    const id = await register(4, 'GREEN');
    const future = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-02', notes: 'x' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('VISIT.IN_FUTURE');
    const noReason = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-01', notes: 'x', riskTier: 'RED' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('VALIDATION.FAILED');
    expect(await kit.count('SELECT count(*) AS n FROM visit WHERE child_id = $1', [id])).toBe(0);
    const other = await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', OTHER_SUPERVISOR);
    expect(other.status).toBe(403);
    const director = await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', DIRECTOR);
    expect(director.status).toBe(403);
  });

  it('pages the overdue work list on the server, most overdue first, with the total', async () => {
    kit.clock.set('2024-07-01');
    for (let seq = 10; seq < 13; seq++) await register(seq, 'RED');
    kit.clock.set('2025-01-01');
    const all = (await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}&pageSize=100`).set('Authorization', SUPERVISOR).expect(200)).body;
    const second = (await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}&page=2&pageSize=2`).set('Authorization', SUPERVISOR).expect(200)).body;
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    expect(second.items.map((c: { childId: string }) => c.childId)).toEqual(all.items.slice(2, 4).map((c: { childId: string }) => c.childId));
    const bad = await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}&pageSize=1000`).set('Authorization', SUPERVISOR);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
  });
});

describe('a child\'s visits and history', () => {
  it('lists the visits the latest first, and the tier and category changes with who made them', async () => {
    kit.clock.set('2024-09-01');
    const id = await register(20, 'ORANGE');
    const visit = (visitedOn: string, extra: object = {}) => kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn, notes: `走访 ${visitedOn}`, ...extra }).expect(201);
    await visit('2024-08-20');
    await visit('2024-08-30', { riskTier: 'RED', riskReason: '母亲外出失联' });
    await visit('2024-08-25');
    // Registered with no parent (an orphan); then both parents are found, one severely disabled and one in prison.
    const guardians = [
      { relation: 'FATHER', name: '王建国', residentId: residentId('110105', '19850101', 21), severelyDisabled: true },
      { relation: 'MOTHER', name: '李秀兰', residentId: residentId('110105', '19870101', 22), jailedSince: '2024-01-15' },
    ];
    await kit.http().put(`/api/v1/children/${id}/guardians`).set('Authorization', DIRECTOR).send({ guardians }).expect(200);

    const visits = (await kit.http().get(`/api/v1/children/${id}/visits?pageSize=2`).set('Authorization', SUPERVISOR).expect(200)).body;
    expect(visits).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(visits.items.map((v: { visitedOn: string; tierAfter: string }) => [v.visitedOn, v.tierAfter])).toEqual([['2024-08-30', 'RED'], ['2024-08-25', 'RED']]);
    expect(visits.items[0]).toMatchObject({ visitor: 'director-1', notes: '走访 2024-08-30' });

    const history = (await kit.http().get(`/api/v1/children/${id}/history`).set('Authorization', DIRECTOR).expect(200)).body;
    const entries = history.items.map((e: { kind: string; categoriesBefore: string[] | null; categoriesAfter: string[] | null; tierBefore: string | null; tierAfter: string | null; reason: string | null }) =>
      e.kind === 'TIER' ? ['TIER', e.tierBefore, e.tierAfter, e.reason] : ['CATEGORIES', e.categoriesBefore, e.categoriesAfter]);
    expect(entries.slice(0, 2)).toEqual([
      ['CATEGORIES', ['ORPHAN'], ['DE_FACTO_UNSUPPORTED']],
      ['TIER', 'ORANGE', 'RED', '母亲外出失联'],
    ]);
    // Registration's two entries share one instant (one transaction): either order.
    expect(entries.slice(2)).toEqual(expect.arrayContaining([['TIER', null, 'ORANGE', 'initial rating'], ['CATEGORIES', null, ['ORPHAN']]]));
    expect(history.total).toBe(4);
  });

  it('refuses another village\'s director and a page beyond the bounds, storing nothing', async () => {
    kit.clock.set('2024-09-01');
    const id = await register(21, 'GREEN');
    const other = await kit.http().get(`/api/v1/children/${id}/visits`).set('Authorization', OTHER_DIRECTOR);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await kit.http().get(`/api/v1/children/${id}/history`).set('Authorization', OTHER_DIRECTOR)).body.code).toBe('CHILD.OUT_OF_DIVISION');
    const bad = await kit.http().get(`/api/v1/children/${id}/history?page=0`).set('Authorization', DIRECTOR);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
  });
});

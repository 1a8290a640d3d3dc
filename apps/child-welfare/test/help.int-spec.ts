import { residentId } from '../../../test/support/resident-ids';
import { AUDITOR, ChildWelfareTestKit, DIRECTOR, OPERATOR, OTHER_DIRECTOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_help', '2024-07-15');
let seq = 0;

async function registerChild(): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
    .send({ residentId: residentId('110105', '20150310', ++seq), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [] });
  expect(res.status).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('help needs (帮扶需求)', () => {
  it('raises a need and tracks it to closed', async () => {
    const id = await registerChild();
    const raised = await kit.http().post(`/api/v1/children/${id}/help-needs`).set('Authorization', DIRECTOR).send({ kind: 'EDUCATION', description: 'school supplies', raisedOn: '2024-07-10' });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ childId: id, kind: 'EDUCATION', status: 'OPEN', raisedBy: 'director-1' });
    const early = await kit.http().post(`/api/v1/children/${id}/help-needs/${raised.body.id}/close`).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-09', resolution: 'done' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('HELP.DATE_TOO_EARLY');
    const closed = await kit.http().post(`/api/v1/children/${id}/help-needs/${raised.body.id}/close`).set('Authorization', OPERATOR).send({ closedOn: '2024-07-15', resolution: 'delivered by the township' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ status: 'CLOSED', closedOn: '2024-07-15' });
    const twice = await kit.http().post(`/api/v1/children/${id}/help-needs/${raised.body.id}/close`).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-15', resolution: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('HELP.ALREADY_CLOSED');
    const list = (await kit.http().get(`/api/v1/children/${id}/help-needs`).set('Authorization', AUDITOR).expect(200)).body;
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items).toEqual([expect.objectContaining({ id: raised.body.id, status: 'CLOSED', resolution: 'delivered by the township' })]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'help-need.%'`, [id])).toBe(2);
  });

  it('refuses bad input, future dates, other villages and the auditor, storing nothing', async () => {
    const id = await registerChild();
    const bad = await kit.http().post(`/api/v1/children/${id}/help-needs`).set('Authorization', DIRECTOR).send({ kind: 'MONEY', description: '', raisedOn: '2024-7-1' });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['description', 'kind', 'raisedOn']);
    const future = await kit.http().post(`/api/v1/children/${id}/help-needs`).set('Authorization', DIRECTOR).send({ kind: 'HEALTH', description: 'x', raisedOn: '2024-07-16' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('HELP.DATE_IN_FUTURE');
    expect((await kit.http().post(`/api/v1/children/${id}/help-needs`).set('Authorization', OTHER_DIRECTOR).send({ kind: 'HEALTH', description: 'x', raisedOn: '2024-07-15' })).status).toBe(403);
    expect((await kit.http().post(`/api/v1/children/${id}/help-needs`).set('Authorization', AUDITOR).send({ kind: 'HEALTH', description: 'x', raisedOn: '2024-07-15' })).status).toBe(403);
    expect(await kit.count('SELECT count(*) AS n FROM help_need WHERE child_id = $1', [id])).toBe(0);
  });
});

describe('cadre pairing (结对帮扶)', () => {
  const cadre = { cadreId: 'cadre-0042', cadreName: '张明亮', cadrePhone: '13812341234', startedOn: '2024-07-01' };

  it('pairs one cadre at a time, records the cadre\'s visits within the pairing, masks the cadre', async () => {
    const id = await registerChild();
    const pairing = await kit.http().post(`/api/v1/children/${id}/pairings`).set('Authorization', DIRECTOR).send(cadre);
    expect(pairing.status).toBe(201);
    expect(pairing.body).toMatchObject({ cadreId: 'cadre-0042', cadreName: '张*亮', cadrePhone: '138****1234', endedOn: null });
    const second = await kit.http().post(`/api/v1/children/${id}/pairings`).set('Authorization', DIRECTOR).send({ ...cadre, cadreId: 'cadre-7' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('PAIRING.ALREADY_ACTIVE');

    const visit = await kit.http().post(`/api/v1/children/${id}/pairings/${pairing.body.id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-10', notes: 'homework help', round: 2 });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ visitedOn: '2024-07-10', round: 2 });
    const badRound = await kit.http().post(`/api/v1/children/${id}/pairings/${pairing.body.id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-10', notes: 'x', round: 0 });
    expect(badRound.status).toBe(400);
    expect(badRound.body.errors.map((e: { field: string }) => e.field)).toEqual(['round']);
    const before = await kit.http().post(`/api/v1/children/${id}/pairings/${pairing.body.id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-06-30', notes: 'x' });
    expect(before.status).toBe(422);
    expect(before.body.code).toBe('PAIRING.VISIT_OUTSIDE_PAIRING');

    const ended = await kit.http().post(`/api/v1/children/${id}/pairings/${pairing.body.id}/end`).set('Authorization', DIRECTOR).send({ endedOn: '2024-07-12' });
    expect(ended.status).toBe(201);
    const after = await kit.http().post(`/api/v1/children/${id}/pairings/${pairing.body.id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-13', notes: 'x' });
    expect(after.body.code).toBe('PAIRING.VISIT_OUTSIDE_PAIRING');
    expect((await kit.http().post(`/api/v1/children/${id}/pairings`).set('Authorization', DIRECTOR).send({ ...cadre, cadreId: 'cadre-7', startedOn: '2024-07-13' })).status).toBe(201);

    const list = (await kit.http().get(`/api/v1/children/${id}/pairings`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(list.total).toBe(2);
    expect(list.items.map((p: { cadreId: string; visits: unknown[] }) => [p.cadreId, p.visits.length])).toEqual([['cadre-0042', 1], ['cadre-7', 0]]);
    expect(list.items[0].visits[0]).toMatchObject({ visitedOn: '2024-07-10', round: 2 });
    const secondPage = (await kit.http().get(`/api/v1/children/${id}/pairings?page=2&pageSize=1`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(secondPage).toMatchObject({ total: 2, items: [{ cadreId: 'cadre-7', visits: [] }] });
    expect(await kit.count('SELECT count(*) AS n FROM cadre_visit WHERE child_id = $1', [id])).toBe(1);
  });

  it('refuses a malformed pairing and stores nothing', async () => {
    const id = await registerChild();
    const bad = await kit.http().post(`/api/v1/children/${id}/pairings`).set('Authorization', DIRECTOR).send({ ...cadre, cadrePhone: '12345', startedOn: 'yesterday' });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['cadrePhone', 'startedOn']);
    expect(await kit.count('SELECT count(*) AS n FROM cadre_pairing WHERE child_id = $1', [id])).toBe(0);
  });
});

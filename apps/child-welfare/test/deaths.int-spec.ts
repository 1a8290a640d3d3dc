import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { ChildWelfareTestKit, death, DIRECTOR, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_deaths', '2024-07-15');
let events: Awaited<ReturnType<ChildWelfareTestKit['listen']>>;
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

async function register(guardians: Array<Record<string, unknown>>, childId = next('20150310')): Promise<string> {
  const res = await kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: childId, name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function die(id: string, on: string): Promise<void> {
  await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(id, on), id));
}

const read = async (id: string) => (await kit.http().get(`/api/v1/children/${id}`).set('Authorization', DIRECTOR).expect(200)).body;
const eventsFor = (type: string, childId: string) => events.received(type).filter((e) => e.data.childId === childId);

beforeAll(async () => {
  await kit.start();
  events = await kit.listen();
});
afterAll(async () => {
  await events?.close();
  await kit.stop();
});

describe('reacting to a death', () => {
  it.each([
    ['father first', false],
    ['mother first', true],
  ])('the death of both parents (%s) makes the child an orphan, opens reassessments and raises the tier once', async (_order, motherFirst) => {
    const father = next('19850307');
    const mother = next('19870101');
    const id = await register([
      { residentId: father, name: '王建国', relation: 'FATHER' },
      { residentId: mother, name: '李秀兰', relation: 'MOTHER' },
    ]);
    const deaths: Array<[string, string]> = [[father, '2024-07-01'], [mother, '2024-07-10']];
    if (motherFirst) deaths.reverse();
    await die(...deaths[0]);
    expect((await read(id)).categories).toEqual(['IN_DIFFICULTY']);
    await die(...deaths[1]);

    const child = await read(id);
    expect(child).toMatchObject({ categories: ['ORPHAN'], riskTier: 'ORANGE', nextVisitDue: '2024-08-14', status: 'ACTIVE' });
    expect(child.guardians.map((g: { deceasedOn: string }) => g.deceasedOn).sort()).toEqual(['2024-07-01', '2024-07-10']);
    expect(await kit.count(`SELECT count(*) AS n FROM reassessment WHERE child_id = $1 AND cause = 'GUARDIAN_DECEASED'`, [id])).toBe(2);
    await waitFor('events out', () => eventsFor('child-welfare.reassessment.opened.v1', id).length === 2);
    // Registered GREEN (the first rating), then ORANGE once; the second death leaves ORANGE as is.
    await waitFor('tier events', () => eventsFor('child-welfare.risk-tier.changed.v1', id).length === 2);
    expect(eventsFor('child-welfare.risk-tier.changed.v1', id).map((e) => [e.data.from, e.data.to])).toEqual([[undefined, 'GREEN'], ['GREEN', 'ORANGE']]);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.guardian-deceased'`, [id])).toBe(2);
  });

  it('the death of one parent while the other has been jailed 6 months makes the child de facto unsupported', async () => {
    const father = next('19850307');
    const id = await register([
      { residentId: father, name: '王建国', relation: 'FATHER' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', jailedSince: '2024-01-15' },
    ]);
    await die(father, '2024-07-12');
    expect(await read(id)).toMatchObject({ categories: ['DE_FACTO_UNSUPPORTED'], riskTier: 'ORANGE' });
  });

  it('jailed 6 months minus a day: in difficulty only; a RED child stays RED', async () => {
    const father = next('19850307');
    const res = await kit.http().post('/api/v1/children').set('Authorization', SUPERVISOR).send({
      residentId: next('20150310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', riskTier: 'RED', riskReason: 'no carer at night',
      guardians: [
        { residentId: father, name: '王建国', relation: 'FATHER' },
        { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', jailedSince: '2024-01-16' },
      ],
    }).expect(201);
    await die(father, '2024-07-12');
    expect(await read(res.body.id)).toMatchObject({ categories: ['IN_DIFFICULTY'], riskTier: 'RED', riskReason: 'no carer at night' });
    await waitFor('reassessment event', () => eventsFor('child-welfare.reassessment.opened.v1', res.body.id).length === 1);
    expect(eventsFor('child-welfare.risk-tier.changed.v1', res.body.id).map((e) => e.data.to)).toEqual(['RED']);
  });

  it('closes the case of a registered child who died', async () => {
    const childResidentId = next('20150310');
    const id = await register([], childResidentId);
    await die(childResidentId, '2024-07-14');
    const child = await read(id);
    expect(child).toMatchObject({ status: 'CLOSED', closedOn: '2024-07-14', closedReason: 'DECEASED', categories: [] });
    // A closed case leaves the work list even when its visit would be long overdue.
    kit.clock.set('2024-12-01');
    const list = (await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', SUPERVISOR).expect(200)).body.items as Array<{ childId: string }>;
    kit.clock.set('2024-07-15');
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((c) => c.childId)).not.toContain(id);
    const later = await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-07-15', notes: 'x' });
    expect(later.status).toBe(409);
    expect(later.body.code).toBe('CHILD.CASE_CLOSED');
  });

  it('a reassessment opened by a death is closed by staff with findings, once', async () => {
    const father = next('19850307');
    const id = await register([{ residentId: father, name: '王建国', relation: 'FATHER' }, { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER' }]);
    await die(father, '2024-07-12');
    const page = (await kit.http().get(`/api/v1/children/${id}/reassessments`).set('Authorization', DIRECTOR).expect(200)).body;
    expect(page.total).toBe(1);
    const list = page.items;
    expect(list).toEqual([expect.objectContaining({ cause: 'GUARDIAN_DECEASED', status: 'OPEN', openedOn: '2024-07-15', closedOn: null })]);
    const url = `/api/v1/children/${id}/reassessments/${list[0].id}/close`;
    const bad = await kit.http().post(url).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-14', findings: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('REASSESSMENT.DATE_TOO_EARLY');
    const missing = await kit.http().post(url).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-15' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('findings');
    const closed = await kit.http().post(url).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-15', findings: 'mother cares for him; in difficulty' });
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ status: 'CLOSED', closedOn: '2024-07-15', closedBy: 'director-1' });
    const again = await kit.http().post(url).set('Authorization', DIRECTOR).send({ closedOn: '2024-07-15', findings: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REASSESSMENT.ALREADY_CLOSED');
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'reassessment.closed'`, [id])).toBe(1);
  });
});

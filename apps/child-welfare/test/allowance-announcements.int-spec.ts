// DOMAIN §5 no double payment with 低保/特困: child-welfare announces each start and stop of a
// child's allowance once, through its outbox, for social-assistance to stop paying the child.
import type { EventTap } from '../../../test/support/service-under-test';
import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, ChildWelfareTestKit, death, DIRECTOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_allowance_announcements', '2024-07-15');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);
let events: EventTap;

async function register(guardians: Array<Record<string, unknown>>): Promise<{ id: string; residentId: string }> {
  const childResidentId = next('20150310');
  const res = await kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: childResidentId, name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, residentId: childResidentId };
}

async function die(id: string, on: string): Promise<void> {
  await kit.consumed(await kit.publish('civil-registration.death.registered.v1', death(id, on), id));
}

/** The payloads the child's outbox holds for a key, in commit order. */
async function announced(childId: string, key: string): Promise<Array<Record<string, unknown>>> {
  const { rows } = await kit.db.query<{ data: Record<string, unknown> }>(
    `SELECT envelope->'data' AS data FROM outbox WHERE routing_key = $1 AND envelope->>'subject' = $2 ORDER BY seq`,
    [key, childId],
  );
  return rows.map((r) => r.data);
}

async function receivedFor(childId: string, type: string, count: number) {
  for (let i = 0; i < 100 && events.received(type).filter((e) => e.data.childId === childId).length < count; i++) await new Promise((r) => setTimeout(r, 50));
  return events.received(type).filter((e) => e.data.childId === childId);
}

beforeAll(async () => {
  await kit.start();
  events = await kit.listen('child-welfare.allowance.#');
});
afterAll(async () => {
  await events?.close();
  await kit.stop();
});
beforeEach(() => kit.clock.set('2024-07-15'));

describe('child allowance announcements', () => {
  it('a child becoming an orphan publishes child-welfare.allowance.started.v1 once, even when the death comes again', async () => {
    const father = next('19850307');
    const mother = next('19870101');
    const child = await register([
      { residentId: father, name: '王建国', relation: 'FATHER' },
      { residentId: mother, name: '李秀兰', relation: 'MOTHER' },
    ]);
    await die(father, '2024-07-01');
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([]);
    await die(mother, '2024-07-10');
    await die(mother, '2024-07-10'); // the same death reported again under a new event id

    const started = { childId: child.id, residentId: child.residentId, category: 'ORPHAN', careForm: 'DISPERSED', fromMonth: '2024-08' };
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([started]);
    expect((await receivedFor(child.id, 'child-welfare.allowance.started.v1', 1)).map((e) => e.data)).toEqual([started]);
    expect(await announced(child.id, 'child-welfare.allowance.stopped.v1')).toEqual([]);
  });

  it('a child registered as an orphan starts from the month after registration; its death stops it from the month after, once', async () => {
    const child = await register([
      { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2024-01-01' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2024-02-01' },
    ]);
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([expect.objectContaining({ category: 'ORPHAN', fromMonth: '2024-08' })]);
    kit.clock.set('2024-09-10');
    await die(child.residentId, '2024-09-05');
    await die(child.residentId, '2024-09-05');
    expect(await announced(child.id, 'child-welfare.allowance.stopped.v1')).toEqual([
      { childId: child.id, residentId: child.residentId, category: 'ORPHAN', careForm: 'DISPERSED', reason: 'DECEASED', stopFromMonth: '2024-10' },
    ]);
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toHaveLength(1);
  });

  it('a parent regaining capacity stops the allowance from the month after the change', async () => {
    const father = { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2023-01-01' };
    const mother = { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER' };
    const child = await register([father, { ...mother, jailedSince: '2023-06-01' }]);
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([expect.objectContaining({ category: 'DE_FACTO_UNSUPPORTED', fromMonth: '2024-08' })]);
    kit.clock.set('2024-09-12');
    const res = await kit.http().put(`/api/v1/children/${child.id}/guardians`).set('Authorization', DIRECTOR).send({ guardians: [father, mother] });
    expect(res.status).toBe(200);
    expect(await announced(child.id, 'child-welfare.allowance.stopped.v1')).toEqual([expect.objectContaining({ reason: 'NOT_IN_CATEGORY', stopFromMonth: '2024-10' })]);
  });
});

describe('announcements the calendar brings', () => {
  it('a parent missing 6 months: the payroll run announces the start nobody recorded, once', async () => {
    const child = await register([
      { residentId: next('19850307'), name: '王建国', relation: 'FATHER', deceasedOn: '2023-01-01' },
      { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', missingSince: '2024-03-20' },
    ]);
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([]);
    kit.clock.set('2024-10-02');
    for (const month of ['2024-10', '2024-10']) {
      expect((await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month })).status).toBe(200);
    }
    // Known parents out of contact make a de facto unsupported child, not an orphan (DOMAIN §5).
    expect(await announced(child.id, 'child-welfare.allowance.started.v1')).toEqual([expect.objectContaining({ category: 'DE_FACTO_UNSUPPORTED', fromMonth: '2024-10' })]);
  });
});

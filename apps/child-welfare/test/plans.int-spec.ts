// 一人一策: a child's plan agreed by the village director, revised as a new version with the
// history kept; refusals (in the future, a measure due before the plan, the same measure twice,
// malformed input, another village, a closed case) store nothing.
import { residentId } from '../../../test/support/resident-ids';
import { ChildWelfareTestKit, DIRECTOR, OTHER_DIRECTOR, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_plans', '2024-08-01');

async function register(seq: number): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR).send({
    residentId: residentId('110105', '20150310', seq), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [], riskTier: 'ORANGE', riskReason: 'initial rating',
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const tutoring = { area: 'EDUCATION', action: '联系学校安排课后辅导', responsible: '村儿童主任', dueOn: '2024-09-01' };
const checkup = { area: 'HEALTH', action: '陪同到乡镇卫生院体检', responsible: '祖母', dueOn: null };
const agree = (childId: string, body: object, token = DIRECTOR) => kit.http().post(`/api/v1/children/${childId}/plans`).set('Authorization', token).send(body);
const stored = (childId: string) => kit.count('SELECT count(*) AS n FROM child_plan WHERE child_id = $1', [childId]);

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('一人一策', () => {
  it('agrees a plan, revises it as version 2, and lists the versions the one in force first', async () => {
    const id = await register(1);
    const first = await agree(id, { agreedOn: '2024-07-20', measures: [tutoring], notes: ' 与祖母共同商定 ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ childId: id, version: 1, agreedOn: '2024-07-20', measures: [tutoring], notes: '与祖母共同商定', recordedBy: 'director-1' });
    const second = await agree(id, { agreedOn: '2024-08-01', measures: [{ ...tutoring, dueOn: '2024-08-15' }, checkup] });
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);

    const versions = (await kit.http().get(`/api/v1/children/${id}/plans`).set('Authorization', SUPERVISOR).expect(200)).body;
    expect(versions).toMatchObject({ total: 2, page: 1 });
    expect(versions.items.map((p: { version: number; measures: unknown[] }) => [p.version, p.measures.length])).toEqual([[2, 2], [1, 1]]);
    expect(versions.items[0].measures[1]).toEqual(checkup);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.plan-agreed'`, [id])).toBe(2);
  });

  it('refuses a plan in the future, a measure due before it and one listed twice, with the field, storing nothing', async () => {
    const id = await register(2);
    const future = await agree(id, { agreedOn: '2024-08-02', measures: [tutoring] });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'PLAN.AGREED_IN_FUTURE', errors: [expect.objectContaining({ field: 'agreedOn' })] });
    const early = await agree(id, { agreedOn: '2024-08-01', measures: [{ ...tutoring, dueOn: '2024-07-31' }, tutoring] });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('PLAN.DUE_BEFORE_AGREED');
    expect(early.body.errors.map((e: { field: string }) => e.field)).toEqual(['measures.0.dueOn', 'measures.1.action']);
    const malformed = await agree(id, { agreedOn: '2024-8-1', measures: [{ area: 'FOOD', action: '', responsible: '祖母' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION.FAILED');
    expect((await agree(id, { agreedOn: '2024-08-01', measures: [] })).status).toBe(400);
    expect(await stored(id)).toBe(0);
  });

  it('refuses another village’s director both ways and a closed case', async () => {
    const id = await register(3);
    const other = await agree(id, { agreedOn: '2024-08-01', measures: [tutoring] }, OTHER_DIRECTOR);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await kit.http().get(`/api/v1/children/${id}/plans`).set('Authorization', OTHER_DIRECTOR)).status).toBe(403);
    await kit.db.query(`UPDATE child SET status = 'CLOSED', closed_on = '2024-08-01', closed_reason = 'DECEASED' WHERE id = $1`, [id]);
    expect((await agree(id, { agreedOn: '2024-08-01', measures: [tutoring] })).body.code).toBe('CHILD.CASE_CLOSED');
    expect(await stored(id)).toBe(0);
  });
});

import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, bearer, ChildWelfareTestKit, DIRECTOR, OPERATOR, OTHER_APPROVER, OTHER_DIRECTOR, OTHER_SUPERVISOR, OTHER_VILLAGE, SUPERVISOR, TOWNSHIP, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_children', '2024-07-15');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

function guardian(relation: string, id: string, situation: Record<string, unknown> = {}) {
  return { residentId: id, name: relation === 'FATHER' ? '王建国' : '李秀兰', relation, ...situation };
}

async function register(guardians: unknown[], extra: Record<string, unknown> = {}, token = DIRECTOR) {
  return kit.http()
    .post('/api/v1/children')
    .set('Authorization', token)
    .send({ residentId: next('20150310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians, ...extra });
}

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('children', () => {
  it('registers a child with derived categories, masked identities, and reads it back', async () => {
    const father = next('19850307');
    const res = await register([guardian('FATHER', father, { awayForWork: true }), guardian('MOTHER', next('19870101'), { awayForWork: true })]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ villageCode: VILLAGE, townshipCode: TOWNSHIP, categories: ['RURAL_LEFT_BEHIND'], riskTier: 'GREEN', status: 'ACTIVE', nextVisitDue: '2024-10-13' });
    expect(res.body.residentId).toMatch(/^110\*{11}\w{4}$/);
    expect(res.body.name).toBe('王*花');
    expect(res.body.guardians[0].residentId).not.toBe(father);

    const read = await kit.http().get(`/api/v1/children/${res.body.id}`).set('Authorization', SUPERVISOR).expect(200);
    expect(read.body.categories).toEqual(['RURAL_LEFT_BEHIND']);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.registered'`, [res.body.id])).toBe(1);
  });

  it('re-derives the categories when the guardians change', async () => {
    const father = next('19850307');
    const mother = next('19870101');
    const { body } = await register([guardian('FATHER', father), guardian('MOTHER', mother)]);
    expect(body.categories).toEqual([]);
    const res = await kit.http()
      .put(`/api/v1/children/${body.id}/guardians`)
      .set('Authorization', DIRECTOR)
      .send({ guardians: [guardian('FATHER', father, { severelyDisabled: true }), guardian('MOTHER', mother, { jailedSince: '2024-01-15' })] })
      .expect(200);
    expect(res.body.categories).toEqual(['DE_FACTO_UNSUPPORTED']);
  });

  it('refuses invalid input with a code and stores nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM child');
    const bad = await register([guardian('UNCLE', next('19850307'))], { villageCode: '110105' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['villageCode']));
    const twoFathers = await register([guardian('FATHER', next('19850307')), guardian('FATHER', next('19860307'))]);
    expect(twoFathers.status).toBe(422);
    expect(twoFathers.body.code).toBe('CHILD.INVALID_GUARDIANS');
    const future = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
      .send({ residentId: residentId('110105', '20250101', 1), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [] });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('CHILD.INVALID_RESIDENT_ID');
    expect(await kit.count('SELECT count(*) AS n FROM child')).toBe(before);
  });

  it('limits a director to their village and a supervisor to their township', async () => {
    const { body } = await register([guardian('FATHER', next('19850307')), guardian('MOTHER', next('19870101'))]);
    for (const token of [OTHER_DIRECTOR, OTHER_SUPERVISOR]) {
      const read = await kit.http().get(`/api/v1/children/${body.id}`).set('Authorization', token);
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('CHILD.OUT_OF_DIVISION');
      const write = await kit.http().post(`/api/v1/children/${body.id}/visits`).set('Authorization', token).send({ visitedOn: '2024-07-15', notes: 'visit' });
      expect(write.status).toBe(403);
    }
    const elsewhere = await register([], { villageCode: OTHER_VILLAGE });
    expect(elsewhere.status).toBe(403);
    const forged = await kit.http().get(`/api/v1/children/${body.id}`).set('Authorization', `${DIRECTOR}x`);
    expect(forged.status).toBe(401);
    expect(await kit.count('SELECT count(*) AS n FROM visit WHERE child_id = $1', [body.id])).toBe(0);
  });

  it('lets county staff in the shared role vocabulary work within their division; an auditor only reads', async () => {
    const created = await register([guardian('FATHER', next('19850307'))], {}, OPERATOR);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const token of [APPROVER, AUDITOR, OPERATOR, DIRECTOR, SUPERVISOR]) {
      const read = await kit.http().get(`/api/v1/children/${id}`).set('Authorization', token);
      expect(read.status).toBe(200);
    }
    const visit = { visitedOn: '2024-07-15', notes: 'county visit' };
    expect((await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', APPROVER).send(visit)).status).toBe(201);
    expect((await kit.http().post(`/api/v1/children/${id}/visits`).set('Authorization', AUDITOR).send(visit)).status).toBe(403);
    expect((await register([], {}, AUDITOR)).status).toBe(403);
    const outside = await kit.http().get(`/api/v1/children/${id}`).set('Authorization', OTHER_APPROVER);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CHILD.OUT_OF_DIVISION');
    expect((await kit.http().get(`/api/v1/children/${id}`).set('Authorization', bearer(['official'], '110105'))).status).toBe(403);
    // The county approver sees the township's work list; another county's does not.
    expect((await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', APPROVER)).status).toBe(200);
    expect((await kit.http().get(`/api/v1/visits/overdue?township=${TOWNSHIP}`).set('Authorization', OTHER_APPROVER)).status).toBe(403);
    expect(await kit.count('SELECT count(*) AS n FROM visit WHERE child_id = $1', [id])).toBe(1);
  });
});

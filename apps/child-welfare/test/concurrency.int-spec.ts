// Optimistic concurrency on the child's updates: GET answers the version as ETag, and
// guardians, situations and care form honour If-Match against the real database.
import { residentId } from '../../../test/support/resident-ids';
import { ChildWelfareTestKit, DIRECTOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_concurrency', '2024-07-15');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);
const guardian = (relation: string, id: string, situation: Record<string, unknown> = {}) => ({ residentId: id, name: relation === 'FATHER' ? '王建国' : '李秀兰', relation, ...situation });

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

async function registered(): Promise<{ id: string; father: string; mother: string }> {
  const father = next('19850307');
  const mother = next('19870101');
  const res = await kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: next('20150310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians: [guardian('FATHER', father), guardian('MOTHER', mother)] })
    .expect(201);
  expect(res.headers.location).toBe(`/api/v1/children/${res.body.id}`);
  return { id: res.body.id, father, mother };
}

const rowOf = async (id: string) => (await kit.db.query<{ version: number; guardians: unknown; situations: unknown; care_form: string }>('SELECT version, guardians, situations, care_form FROM child WHERE id = $1', [id])).rows[0];

describe.each([
  ['guardians', (c: { father: string; mother: string }) => ({ guardians: [guardian('FATHER', c.father, { severelyDisabled: true }), guardian('MOTHER', c.mother)] })],
  ['situations', () => ({ situations: ['SERIOUSLY_ILL'] })],
  ['care-form', () => ({ careForm: 'CENTRAL' })],
])('PUT %s with If-Match', (route, body) => {
  const put = (id: string) => kit.http().put(route === 'care-form' ? `/api/v1/children/${id}/care-form` : `/api/v1/children/${id}/${route}`).set('Authorization', DIRECTOR);

  it('refuses a stale ETag with 412 PRECONDITION.FAILED and stores nothing', async () => {
    const child = await registered();
    const read = await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200);
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
    // Someone else changes the child after it was read.
    await kit.http().put(`/api/v1/children/${child.id}/situations`).set('Authorization', DIRECTOR).send({ situations: ['DISABLED'] }).expect(200);
    const before = await rowOf(child.id);

    const res = await put(child.id).set('If-Match', etag).send(body(child));
    expect(res.status).toBe(412);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'PRECONDITION.FAILED', currentVersion: before.version });
    expect(await rowOf(child.id)).toEqual(before);
  });

  it('applies a current ETag and answers the new one', async () => {
    const child = await registered();
    const read = await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200);
    const res = await put(child.id).set('If-Match', read.headers.etag as string).send(body(child));
    expect(res.status).toBe(200);
    const after = await rowOf(child.id);
    expect(after.version).toBeGreaterThan(Number(JSON.parse(read.headers.etag as string)));
    expect(res.headers.etag).toBe(`"${after.version}"`);
    const again = await kit.http().get(`/api/v1/children/${child.id}`).set('Authorization', DIRECTOR).expect(200);
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it('keeps today’s behaviour without If-Match', async () => {
    const child = await registered();
    await put(child.id).send(body(child)).expect(200);
  });
});

it('refuses an If-Match that is no entity tag with 400', async () => {
  const child = await registered();
  const res = await kit.http().put(`/api/v1/children/${child.id}/situations`).set('Authorization', DIRECTOR).set('If-Match', 'yesterday').send({ situations: [] });
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('PRECONDITION.INVALID_IF_MATCH');
});

import { residentId } from '../../../test/support/resident-ids';
import { SPECIAL_DIFFICULTY_POLICY_KEY } from '../src/categories/rules/special-difficulty.rule';
import { AUDITOR, bearer, ChildWelfareTestKit, COUNTY, DIRECTOR, SPECIAL_DIFFICULTY_CRITERIA, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

// 特殊困难儿童 per the city's criteria, a dated policy parameter (DOMAIN §5 [P]).
const kit = new ChildWelfareTestKit('child_welfare_special_difficulty', '2024-07-15');
const ADMIN = bearer(['admin'], COUNTY, 'admin-1');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);
const parents = () => [
  { residentId: next('19850307'), name: '王建国', relation: 'FATHER' },
  { residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER' },
];

function register(extra: Record<string, unknown> = {}, guardians: unknown[] = parents()) {
  return kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: next('20150310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians, ...extra });
}
const setSituations = (id: string, situations: unknown, token = DIRECTOR) => kit.http().put(`/api/v1/children/${id}/situations`).set('Authorization', token).send({ situations });
const read = async (id: string) => (await kit.http().get(`/api/v1/children/${id}`).set('Authorization', SUPERVISOR).expect(200)).body;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});
beforeEach(() => kit.clock.set('2024-07-15'));

describe('特殊困难儿童 (special difficulty)', () => {
  it('a severely disabled child with both parents at home is in the category from registration', async () => {
    const res = await register({ situations: ['SEVERELY_DISABLED'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ situations: ['SEVERELY_DISABLED'], categories: ['SPECIAL_DIFFICULTY'] });
    expect((await read(res.body.id)).categories).toEqual(['SPECIAL_DIFFICULTY']);
  });

  it('re-derives when the situation is recorded: a disabled child of a 低保 household', async () => {
    const { body } = await register({ situations: ['DISABLED'] });
    expect(body.categories).toEqual([]);
    const res = await setSituations(body.id, ['DIBAO_HOUSEHOLD', 'DISABLED']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ situations: ['DIBAO_HOUSEHOLD', 'DISABLED'], categories: ['SPECIAL_DIFFICULTY'] });
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'child.situations-updated'`, [body.id])).toBe(1);
    expect((await setSituations(body.id, [])).body.categories).toEqual([]);
  });

  it('reads the parents too: a 特困 household with a seriously ill mother', async () => {
    const [father, mother] = parents();
    const res = await register({ situations: ['TEKUN_HOUSEHOLD'] }, [father, { ...mother, seriouslyIll: true }]);
    expect(res.status).toBe(201);
    expect(res.body.categories).toEqual(['SPECIAL_DIFFICULTY', 'IN_DIFFICULTY']);
  });

  it('refuses unknown or derived situations, duplicates and readers, and stores nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM child');
    for (const situations of [['ORPHANED'], ['PARENT_SERIOUSLY_ILL'], ['DISABLED', 'DISABLED'], 'DISABLED']) {
      const res = await register({ situations });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION.FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('situations');
    }
    expect(await kit.count('SELECT count(*) AS n FROM child')).toBe(before);
    const { body } = await register({ situations: ['DISABLED'] });
    expect((await setSituations(body.id, ['BANKRUPT'])).status).toBe(400);
    expect((await setSituations(body.id, ['SEVERELY_DISABLED'], AUDITOR)).status).toBe(403);
    expect((await read(body.id)).situations).toEqual(['DISABLED']);
  });

  it('counts the category in the annual statistics', async () => {
    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', SUPERVISOR).expect(200)).body;
    expect(report.children.byCategory.SPECIAL_DIFFICULTY).toBeGreaterThanOrEqual(2);
  });

  it('follows the criteria in force: a wider list from August takes in a disabled child of a borderline household', async () => {
    const { body } = await register({ situations: ['DISABLED', 'BORDERLINE_HOUSEHOLD'] });
    expect(body.categories).toEqual([]);
    const ended = await kit.http().post('/api/v1/policy-parameters/end-open-period').set('Authorization', ADMIN).send({ key: SPECIAL_DIFFICULTY_POLICY_KEY, lastDay: '2024-07-31' });
    expect(ended.status).toBe(200);
    const wider = { criteria: [...SPECIAL_DIFFICULTY_CRITERIA.criteria, { code: 'BORDERLINE_HOUSEHOLD_DISABLED', label: '低保边缘家庭的残疾儿童', allOf: [['BORDERLINE_HOUSEHOLD'], ['DISABLED']] }] };
    expect((await kit.http().post('/api/v1/policy-parameters').set('Authorization', ADMIN).send({ key: SPECIAL_DIFFICULTY_POLICY_KEY, value: wider, effectiveFrom: '2024-08-01' })).status).toBe(201);
    expect((await read(body.id)).categories).toEqual([]);
    kit.clock.set('2024-08-01');
    expect((await read(body.id)).categories).toEqual(['SPECIAL_DIFFICULTY']);
  });
});

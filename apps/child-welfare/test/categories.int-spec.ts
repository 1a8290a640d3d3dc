import { residentId } from '../../../test/support/resident-ids';
import { ChildWelfareTestKit, DIRECTOR, VILLAGE } from './child-welfare-test-kit';

// DOMAIN §5 categories as the director records the parents' situation.
const kit = new ChildWelfareTestKit('child_welfare_categories', '2024-07-15');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

const father = (situation: Record<string, unknown> = {}) => ({ residentId: next('19850307'), name: '王建国', relation: 'FATHER', ...situation });
const mother = (situation: Record<string, unknown> = {}) => ({ residentId: next('19870101'), name: '李秀兰', relation: 'MOTHER', ...situation });

function register(guardians: unknown[]) {
  return kit.http()
    .post('/api/v1/children')
    .set('Authorization', DIRECTOR)
    .send({ residentId: next('20150310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians });
}

const allowance = async (id: string) => (await kit.http().get(`/api/v1/children/${id}/allowance`).set('Authorization', DIRECTOR).expect(200)).body;

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});
beforeEach(() => kit.clock.set('2024-07-15'));

describe('a parent serving a custodial sentence', () => {
  it('counts from the first day of custody when the sentence is at least 6 months, and the sentence is recorded', async () => {
    const res = await register([father({ deceasedOn: '2024-03-01' }), mother({ jailedSince: '2024-07-01', sentenceMonths: 24 })]);
    expect(res.status).toBe(201);
    expect(res.body.categories).toEqual(['DE_FACTO_UNSUPPORTED']);
    expect(res.body.guardians[1]).toMatchObject({ jailedSince: '2024-07-01', sentenceMonths: 24 });
    const read = await kit.http().get(`/api/v1/children/${res.body.id}`).set('Authorization', DIRECTOR).expect(200);
    expect(read.body.guardians[1].sentenceMonths).toBe(24);
    expect(await allowance(res.body.id)).toMatchObject({ category: 'DE_FACTO_UNSUPPORTED', qualifyingSince: '2024-07-01', fromMonth: '2024-08' });
    const stored = await kit.db.query<{ guardians: Array<{ sentenceMonths: number | null }> }>('SELECT guardians FROM child WHERE id = $1', [res.body.id]);
    expect(stored.rows[0].guardians.map((g) => g.sentenceMonths)).toEqual([null, 24]);
  });

  it('does not count a sentence under 6 months, however long served', async () => {
    const res = await register([father({ deceasedOn: '2024-03-01' }), mother({ jailedSince: '2024-02-01', sentenceMonths: 5 })]);
    expect(res.status).toBe(201);
    expect(res.body.categories).toEqual(['IN_DIFFICULTY']);
  });

  it('re-derives when the sentence is recorded later', async () => {
    const dad = father({ deceasedOn: '2024-03-01' });
    const mum = mother({ jailedSince: '2024-06-20' });
    const { body } = await register([dad, mum]);
    expect(body.categories).toEqual(['IN_DIFFICULTY']);
    const res = await kit.http().put(`/api/v1/children/${body.id}/guardians`).set('Authorization', DIRECTOR).send({ guardians: [dad, { ...mum, sentenceMonths: 6 }] });
    expect(res.status).toBe(200);
    expect(res.body.categories).toEqual(['DE_FACTO_UNSUPPORTED']);
  });

  it('refuses a sentence without custody, or of a length out of range, and stores nothing', async () => {
    const before = await kit.count('SELECT count(*) AS n FROM child');
    for (const [situation, field] of [
      [{ sentenceMonths: 12 }, 'guardians.1.jailedSince'],
      [{ jailedSince: '2024-07-01', sentenceMonths: 0 }, 'guardians.1.sentenceMonths'],
      [{ jailedSince: '2024-07-01', sentenceMonths: 6.5 }, 'guardians.1.sentenceMonths'],
      [{ jailedSince: '2024-07-01', sentenceMonths: '12' }, 'guardians.1.sentenceMonths'],
    ] as const) {
      const res = await register([father(), mother(situation)]);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION.FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await kit.count('SELECT count(*) AS n FROM child')).toBe(before);
  });
});

describe('known parents out of contact (失联)', () => {
  it('one dead and the other out of contact 6 months: de facto unsupported, not an orphan', async () => {
    const res = await register([father({ deceasedOn: '2023-01-01' }), mother({ missingSince: '2024-01-10' })]);
    expect(res.status).toBe(201);
    expect(res.body.categories).toEqual(['DE_FACTO_UNSUPPORTED']);
    expect(await allowance(res.body.id)).toMatchObject({ category: 'DE_FACTO_UNSUPPORTED', qualifyingSince: '2024-07-10' });
  });

  it('both out of contact 6 months: de facto unsupported', async () => {
    const res = await register([father({ missingSince: '2023-03-01' }), mother({ missingSince: '2024-01-10' })]);
    expect(res.body.categories).toEqual(['DE_FACTO_UNSUPPORTED']);
  });

  it('parents dead, or unknown and not found: an orphan', async () => {
    expect((await register([father({ deceasedOn: '2023-01-01' }), mother({ deceasedOn: '2024-01-10' })])).body.categories).toEqual(['ORPHAN']);
    expect((await register([mother({ deceasedOn: '2024-01-10' })])).body.categories).toEqual(['ORPHAN']);
  });
});

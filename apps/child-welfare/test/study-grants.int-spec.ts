import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, ChildWelfareTestKit, DIRECTOR, OTHER_DIRECTOR, STUDY_GRANT_FEN, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

// Study grants (福彩圆梦, the de facto unsupported children's grant) and student aid (DOMAIN §5).
const kit = new ChildWelfareTestKit('child_welfare_study_grants', '2024-09-20');
let seq = 0;
const next = (birth: string) => residentId('110105', birth, ++seq);

async function register(guardians: unknown[]): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
    .send({ residentId: next('20120310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians });
  expect(res.status).toBe(201);
  return res.body.id;
}
const orphan = () => register([
  { residentId: next('19800101'), name: '王建国', relation: 'FATHER', deceasedOn: '2023-01-05' },
  { residentId: next('19820101'), name: '李秀兰', relation: 'MOTHER', deceasedOn: '2023-03-01' },
]);
const deFacto = () => register([
  { residentId: next('19800101'), name: '王建国', relation: 'FATHER', deceasedOn: '2023-01-05' },
  { residentId: next('19820101'), name: '李秀兰', relation: 'MOTHER', severelyDisabled: true },
]);
const grant = (childId: string, body: Record<string, unknown>, token = DIRECTOR) =>
  kit.http().post(`/api/v1/children/${childId}/study-grants`).set('Authorization', token).send({ kind: 'FUCAI_YUANMENG', term: '2024-AUTUMN', grantedOn: '2024-09-10', school: '朝阳区实验小学', ...body });
const aid = (childId: string, body: Record<string, unknown>, token = DIRECTOR) =>
  kit.http().post(`/api/v1/children/${childId}/student-aid`).set('Authorization', token).send({ stage: 'COMPULSORY', term: '2024-SPRING', amountFen: 62500, paidOn: '2024-04-15', paidThrough: '区教育委员会', ...body });

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('study grants', () => {
  it('grants 福彩圆梦 to an orphan and the study grant to a de facto unsupported child, once per term, at the amount in force', async () => {
    const [o, d] = [await orphan(), await deFacto()];
    const first = await grant(o, {});
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ childId: o, kind: 'FUCAI_YUANMENG', kindLabel: '福彩圆梦助学（在校孤儿）', term: '2024-AUTUMN', termLabel: '2024年秋季学期', amountFen: STUDY_GRANT_FEN.FUCAI_YUANMENG, villageCode: VILLAGE });
    expect((await grant(d, { kind: 'DE_FACTO_STUDY' }, SUPERVISOR)).body.amountFen).toBe(STUDY_GRANT_FEN.DE_FACTO_STUDY);
    expect((await grant(o, { term: '2024-SPRING', grantedOn: '2024-03-01' })).status).toBe(201);

    const second = await grant(o, { grantedOn: '2024-09-15' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'STUDY_GRANT.ALREADY_GRANTED', errors: [expect.objectContaining({ field: 'term' })] });
    expect(await kit.count('SELECT count(*) AS n FROM study_grant WHERE child_id = $1', [o])).toBe(2);
    expect(await kit.count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'study-grant.granted'`, [o])).toBe(2);

    const page = (await kit.http().get('/api/v1/study-grants?term=2024-AUTUMN&page=1&pageSize=1').set('Authorization', AUDITOR).expect(200)).body;
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('refuses a child outside the category on the grant day, another village, bad input and a future day, storing nothing', async () => {
    const o = await orphan();
    const d = await deFacto();
    const wrongKind = await grant(o, { kind: 'DE_FACTO_STUDY' });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body).toMatchObject({ code: 'STUDY_GRANT.NOT_ELIGIBLE', errors: [expect.objectContaining({ field: 'kind' })] });
    // The mother's death on 2023-03-01 made the child an orphan: not before.
    const tooEarly = await grant(o, { term: '2023-SPRING', grantedOn: '2023-02-15' });
    expect(tooEarly.body.code).toBe('STUDY_GRANT.NOT_ELIGIBLE');
    expect((await grant(d, {})).body.code).toBe('STUDY_GRANT.NOT_ELIGIBLE');
    const outside = await grant(o, {}, OTHER_DIRECTOR);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('CHILD.OUT_OF_DIVISION');
    const bad = await grant(o, { kind: 'BURSARY', term: '2024-SUMMER', school: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'school', 'term']);
    const future = await grant(o, { grantedOn: '2024-09-21' });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'STUDY_GRANT.DATE_IN_FUTURE', errors: [expect.objectContaining({ field: 'grantedOn' })] });
    expect(await kit.count('SELECT count(*) AS n FROM study_grant WHERE child_id = ANY($1)', [[o, d]])).toBe(0);
  });
});

describe('student aid paid through the education authorities', () => {
  it('records aid by stage once per child and term, and the annual statistics count it with the grants', async () => {
    const o = await orphan();
    const recorded = await aid(o, {});
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ stage: 'COMPULSORY', stageLabel: '义务教育', termLabel: '2024年春季学期', amountFen: 62500 });
    const again = await aid(o, { stage: 'SENIOR_HIGH' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('STUDENT_AID.ALREADY_RECORDED');
    expect((await aid(o, { stage: 'SENIOR_HIGH', term: '2024-AUTUMN', amountFen: 100000, paidOn: '2024-09-18' })).status).toBe(201);
    const bad = await aid(o, { stage: 'UNIVERSITY', amountFen: 12.5, term: '2024-AUTUMN' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amountFen', 'stage']);
    expect(await kit.count('SELECT count(*) AS n FROM student_aid WHERE child_id = $1', [o])).toBe(2);

    const report = (await kit.http().get('/api/v1/reports/annual?year=2024').set('Authorization', APPROVER).expect(200)).body;
    expect(report.studentAid).toEqual({
      personTimes: 2,
      amountFen: 162500,
      byStage: { PRESCHOOL: { personTimes: 0, amountFen: 0 }, COMPULSORY: { personTimes: 1, amountFen: 62500 }, SENIOR_HIGH: { personTimes: 1, amountFen: 100000 }, VOCATIONAL: { personTimes: 0, amountFen: 0 } },
      byTerm: { SPRING: { personTimes: 1, amountFen: 62500 }, AUTUMN: { personTimes: 1, amountFen: 100000 } },
    });
    // The first test's three grants: two 福彩圆梦 and one de facto.
    expect(report.studyGrants).toEqual({
      grants: 3,
      amountFen: 2 * STUDY_GRANT_FEN.FUCAI_YUANMENG + STUDY_GRANT_FEN.DE_FACTO_STUDY,
      byKind: { FUCAI_YUANMENG: { grants: 2, amountFen: 2 * STUDY_GRANT_FEN.FUCAI_YUANMENG }, DE_FACTO_STUDY: { grants: 1, amountFen: STUDY_GRANT_FEN.DE_FACTO_STUDY } },
    });
    const outside = (await kit.http().get('/api/v1/student-aid').set('Authorization', OTHER_DIRECTOR).expect(200)).body;
    expect(outside.total).toBe(0);
  });
});

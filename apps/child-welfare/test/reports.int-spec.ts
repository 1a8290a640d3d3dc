import { residentId } from '../../../test/support/resident-ids';
import { APPROVER, AUDITOR, CENTRAL_FEN, ChildWelfareTestKit, DIRECTOR, DISPERSED_FEN, DISPERSED_FEN_BEFORE, OPERATOR, OTHER_APPROVER, OTHER_SUPERVISOR, SUPERVISOR, VILLAGE } from './child-welfare-test-kit';

const kit = new ChildWelfareTestKit('child_welfare_reports', '2024-05-10');
let seq = 0;
const id = (birth: string, sex: 'M' | 'F' = 'F') => {
  seq += 1;
  if ((seq % 2 === 1) !== (sex === 'M')) seq += 1;
  return residentId('110105', birth, seq);
};

async function register(guardians: unknown[], riskTier = 'GREEN'): Promise<string> {
  const res = await kit.http().post('/api/v1/children').set('Authorization', DIRECTOR)
    .send({ residentId: id('20180310'), name: '王小花', villageCode: VILLAGE, carerName: '王奶奶', carerRelation: 'GRANDMOTHER', guardians, riskTier, ...(riskTier !== 'GREEN' ? { riskReason: 'alone at night' } : {}) });
  expect(res.status).toBe(201);
  return res.body.id;
}

const dead = (relation: string, on: string) => ({ residentId: id('19850101', relation === 'FATHER' ? 'M' : 'F'), name: '王建国', relation, deceasedOn: on });
const away = (relation: string) => ({ residentId: id('19850101', relation === 'FATHER' ? 'M' : 'F'), name: '王建国', relation, awayForWork: true });
const annual = (year: string | number, token = APPROVER) => kit.http().get(`/api/v1/reports/annual?year=${year}`).set('Authorization', token);

beforeAll(async () => {
  await kit.start();
});
afterAll(async () => {
  await kit.stop();
});

describe('annual statistics', () => {
  it('counts children per category and tier, allowance totals, visits, help needs, pairings and adoptions', async () => {
    const orphan = await register([dead('FATHER', '2023-01-01'), dead('MOTHER', '2023-02-01')], 'RED');
    const adopted = await register([dead('FATHER', '2023-01-01'), dead('MOTHER', '2023-02-01')]);
    await register([away('FATHER'), away('MOTHER')]);
    await register([dead('FATHER', '2023-01-01'), { residentId: id('19850101'), name: '李秀兰', relation: 'MOTHER' }], 'ORANGE');

    // Allowance: June and July for two orphans, then the adoption on 2024-07-20 stops the second from August.
    kit.clock.set('2024-07-20');
    for (const month of ['2024-06', '2024-07']) await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month }).expect(200);
    const adopter = id('19800101', 'F');
    const assessment = await kit.http().post(`/api/v1/children/${adopted}/adoption-assessments`).set('Authorization', OPERATOR).send({ adopterResidentIds: [adopter], assessedOn: '2024-07-01', outcome: 'SUITABLE', notes: 'ok' }).expect(201);
    await kit.http().post(`/api/v1/children/${adopted}/adoption`).set('Authorization', OPERATOR)
      .send({ registeredOn: '2024-07-20', assessmentId: assessment.body.id, adopters: [{ residentId: adopter, name: '赵丽华', married: false, ableToRaise: true, disqualifyingIllness: false, criminalRecord: false }], existingChildren: 0, relativesChild: false })
      .expect(201);
    kit.clock.set('2024-08-02');
    await kit.http().post('/api/v1/payrolls').set('Authorization', APPROVER).send({ month: '2024-08' }).expect(200);

    await kit.http().post(`/api/v1/children/${orphan}/visits`).set('Authorization', DIRECTOR).send({ visitedOn: '2024-08-01', notes: 'ok' }).expect(201);
    const need = await kit.http().post(`/api/v1/children/${orphan}/help-needs`).set('Authorization', DIRECTOR).send({ kind: 'HEALTH', description: 'glasses', raisedOn: '2024-08-01' }).expect(201);
    await kit.http().post(`/api/v1/children/${orphan}/help-needs/${need.body.id}/close`).set('Authorization', DIRECTOR).send({ closedOn: '2024-08-02', resolution: 'bought' }).expect(201);
    await kit.http().post(`/api/v1/children/${orphan}/help-needs`).set('Authorization', DIRECTOR).send({ kind: 'EDUCATION', description: 'books', raisedOn: '2024-08-02' }).expect(201);
    const pairing = await kit.http().post(`/api/v1/children/${orphan}/pairings`).set('Authorization', DIRECTOR).send({ cadreId: 'cadre-1', cadreName: '张明亮', cadrePhone: '13812341234', startedOn: '2024-08-01' }).expect(201);
    // Two visits of the first round and one of the second; a visit outside any round is no round.
    for (const [visitedOn, round] of [['2024-08-01', 1], ['2024-08-02', 1], ['2024-08-02', 2], ['2024-08-02', undefined]] as const) {
      await kit.http().post(`/api/v1/children/${orphan}/pairings/${pairing.body.id}/visits`).set('Authorization', DIRECTOR).send({ visitedOn, notes: 'ok', round }).expect(201);
    }

    kit.clock.set('2025-01-10');
    const res = await annual(2024);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      year: 2024,
      scope: '110105',
      asOf: '2024-12-31',
      children: {
        inLedger: 4,
        byCategory: { ORPHAN: 1, DE_FACTO_UNSUPPORTED: 0, IN_DIFFICULTY: 1, RURAL_LEFT_BEHIND: 1 },
        byTier: { RED: 1, ORANGE: 1, GREEN: 2 },
      },
      allowances: { lines: 5, overlappingLines: 0 },
      visits: { done: 1, byCadres: 4 },
      helpNeeds: { raised: 2, closed: 1 },
      pairings: { childrenPaired: 1, cadres: 1, visitRounds: 2 },
      adoptions: 1,
    });
    // June at the old standard (1340), July and August at 1350.
    expect(res.body.allowances.totalFen).toBe(2 * 134000 + 3 * DISPERSED_FEN);
    // The standards the year paid by, with their dates: 1340 → 1350 from July for dispersed care.
    expect(res.body.standards).toEqual([
      {
        standard: 'CHILD_ALLOWANCE_DISPERSED',
        unit: 'FEN_PER_MONTH',
        periods: [
          { effectiveFrom: '2020-01-01', effectiveTo: '2024-06-30', amountFen: DISPERSED_FEN_BEFORE },
          { effectiveFrom: '2024-07-01', effectiveTo: null, amountFen: DISPERSED_FEN },
        ],
      },
      { standard: 'CHILD_ALLOWANCE_CENTRAL', unit: 'FEN_PER_MONTH', periods: [{ effectiveFrom: '2020-01-01', effectiveTo: null, amountFen: CENTRAL_FEN }] },
    ]);
    // Every child's visit fell due in 2024 (GREEN 90 days, RED 7 after the visit): all four overdue on 2024-12-31.
    expect(res.body.visits.overdue).toBe(4);

    // The same figures for the supervisor of the township; nothing for another county or township.
    expect((await annual(2024, SUPERVISOR)).body.adoptions).toBe(1);
    expect((await annual(2024, AUDITOR)).body.children.inLedger).toBe(4);
    // Another county counts nothing of this one's, but the standards are the city's.
    expect((await annual(2024, OTHER_APPROVER)).body).toMatchObject({ children: { inLedger: 0 }, adoptions: 0, pairings: { visitRounds: 0 }, allowances: { totalFen: 0 }, standards: res.body.standards });
    expect((await annual(2024, OTHER_SUPERVISOR)).body.children.inLedger).toBe(0);
    const before = (await annual(2023)).body;
    expect(before.children.inLedger).toBe(0);
    expect(before.standards[0].periods).toEqual([{ effectiveFrom: '2020-01-01', effectiveTo: '2024-06-30', amountFen: DISPERSED_FEN_BEFORE }]);
  });

  it('refuses a bad or future year and a village director', async () => {
    kit.clock.set('2025-01-10');
    const bad = await annual('twenty');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION.FAILED');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('year');
    const future = await annual(2026);
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('REPORT.YEAR_IN_FUTURE');
    expect((await annual(2024, DIRECTOR)).status).toBe(403);
  });
});

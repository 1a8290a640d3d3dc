import fc from 'fast-check';
import { residentId } from '../../../test/support/resident-ids';
import { waitFor } from '../../../test/support/wait-for';
import { YearMonth } from '@app/common/time/year-month';
import { categoriesInMonth, type AgeCategoryRule } from '../src/dibao/rules/age-categories.rule';
import { dibaoBenefitFen, monthlyStandard, type AddOnTable, type Area } from '../src/dibao/rules/dibao-benefit.rule';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

/** A payroll run asked as a job (Prefer: respond-async): 202 at once, then the job as it ended. */
async function runAsJob(h: Harness, token: string, month: string) {
  const accepted = await h.http().post('/api/v1/payrolls').set('Authorization', token).set('Prefer', 'respond-async').send({ month }).expect(202);
  return waitFor('payroll job', async () => {
    const read = await h.http().get(accepted.headers.location).set('Authorization', token).expect(200);
    return read.body.status === 'RUNNING' ? undefined : read.body;
  });
}

// The payroll computes its lines in SQL (payroll-lines.sql.ts); these tests hold it to the pure
// rules in TypeScript over generated households, and check its refusals and paging.
const ADD_ONS: AddOnTable = { ELDERLY: { percent: 10 }, SEVERELY_DISABLED: { percent: 15 }, MINOR: { fixedFen: 5000 }, SERIOUSLY_ILL: { fixedFen: 9000 }, SINGLE_PARENT: { percent: 10 } };
const STANDARD: Record<Area, number> = { URBAN: 73500, RURAL: 643100 };
// Recorded categories; ELDERLY and MINOR follow from the birth dates, chosen around the August 2024 boundaries.
const CATEGORIES = ['SEVERELY_DISABLED', 'SERIOUSLY_ILL', 'SINGLE_PARENT'];
const BIRTHS = ['19450505', '19640715', '19640815', '19640229', '19700101', '20060720', '20060820', '20100505'];
const AGE_RULE: AgeCategoryRule = { elderlyFromAge: 60, minorUnderAge: 18, changesFrom: 'MONTH_AFTER_BIRTHDAY' };

describe('payroll lines computed in the database', () => {
  let h: Harness;
  const clerk = bearer(['operator'], 'clerk-1');
  const approver = bearer(['approver'], 'approver-1');
  const runner = bearer(['approver'], 'approver-2');
  const expected = new Map<string, { amountFen: number; members: number }>();
  let tekunCase = '';

  beforeAll(async () => {
    h = await startHarness('sa_payroll_sql', '2024-07-20');
    await h.policy.add({ key: 'social-assistance.dibao.standard.urban-fen-per-month', value: STANDARD.URBAN, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.standard.rural-fen-per-year', value: STANDARD.RURAL, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.classified-addons', value: ADD_ONS, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.age-categories', value: AGE_RULE, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
    await h.policy.add({ key: 'social-assistance.tekun.age-limits', value: { elderlyFrom: 60, minorUnder: 16 }, effectiveFrom: '2024-01-01' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('records generated households and approves the eligible ones', async () => {
    const households = fc.sample(
      fc.record({
        area: fc.constantFrom<Area>('URBAN', 'RURAL'),
        members: fc.array(fc.record({ income: fc.integer({ min: 0, max: 80_000 }), categories: fc.subarray(CATEGORIES, { maxLength: 3 }), birth: fc.constantFrom(...BIRTHS) }), { minLength: 1, maxLength: 4 }),
      }),
      { numRuns: 30, seed: 20241128 },
    );
    let n = 0;
    for (const household of households) {
      const members = household.members.map((m) => ({ residentId: residentId('110105', m.birth, ++n), name: '郑某', relation: 'OTHER', incomes: m.income ? [{ source: 'WAGES', monthlyFen: m.income }] : [], categories: m.categories }));
      const created = await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: household.area, regionCode: '110105001', financialAssetsFen: 0, members }).expect(201);
      const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk).send({ householdId: created.body.id }).expect(201);
      if (!applied.body.assessment.eligible) continue;
      await startPublicNotice(h, applied.body.id, clerk);
      await h.http().post(`/api/v1/dibao/applications/${applied.body.id}/approve`).set('Authorization', approver).expect(200);
      const facts = household.members.map((m, i) => ({ monthlyIncomeFen: m.income, categories: categoriesInMonth(m.categories, members[i].residentId, YearMonth.parse('2024-08'), AGE_RULE) }));
      expected.set(applied.body.id, { amountFen: dibaoBenefitFen(facts, monthlyStandard(household.area, STANDARD[household.area]), ADD_ONS), members: facts.length });
    }
    expect(expected.size).toBeGreaterThan(10);

    const elder = residentId('110105', '19450505', 999);
    const householdId = (await h.http().post('/api/v1/households').set('Authorization', clerk).send({ area: 'RURAL', regionCode: '110105001', financialAssetsFen: 0, members: [{ residentId: elder, name: '郑某', relation: 'APPLICANT', incomes: [], categories: [] }] }).expect(201)).body.id;
    tekunCase = (await h.http().post('/api/v1/tekun/applications').set('Authorization', clerk).send({ householdId, residentId: elder, careForm: 'DISPERSED', unableActivities: 5, hasAbleSupporter: false }).expect(201)).body.id;
    await h.http().post(`/api/v1/tekun/applications/${tekunCase}/approve`).set('Authorization', approver).expect(200);
  });

  it('refuses the whole payroll with 503 when a case needs a figure not in force, storing nothing', async () => {
    h.clock.set('2024-08-20');
    const refused = await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-08' }).expect(503);
    expect(refused.body.code).toBe('POLICY.NOT_IN_FORCE');
    expect(await rowCount(h.dataSource, 'payroll', 'true', [])).toBe(0);
    expect(await rowCount(h.dataSource, 'payment_line', 'true', [])).toBe(0);
    // As a job, the run ends FAILED with the same problem, and nothing is stored either.
    expect(await runAsJob(h, runner, '2024-08')).toMatchObject({ status: 'FAILED', result: null, problem: { status: 503, code: 'POLICY.NOT_IN_FORCE' } });
    expect(await rowCount(h.dataSource, 'payroll', 'true', [])).toBe(0);
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.dispersed-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.basic-standard.central-fen-per-month', value: 95600, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.tekun.care-standard-fen-per-month', value: { FULL_SELF_CARE: 10000, PARTIAL_CARE: 30000, FULL_CARE: 60000 }, effectiveFrom: '2024-01-01' });
  });

  it('pays every case what the pure rules compute, with totals per program, a page at a time', async () => {
    const run = await h.http().post('/api/v1/payrolls').set('Authorization', runner).send({ month: '2024-08' }).expect(201);
    const lines: Array<{ caseId: string; program: string; amountFen: number; members: number }> = run.body.lines;
    const dibao = lines.filter((l) => l.program === 'DIBAO');
    expect(Object.fromEntries(dibao.map((l) => [l.caseId, { amountFen: l.amountFen, members: l.members }]))).toEqual(
      Object.fromEntries([...expected].filter(([, e]) => e.amountFen > 0)),
    );
    // Rural 特困: the one 城乡 dispersed standard, 956 yuan (not 1.3 × the rural 低保 standard, 697), plus full care.
    expect(lines.find((l) => l.caseId === tekunCase)).toMatchObject({ program: 'TEKUN', amountFen: 95600 + 60000, members: 1 });
    expect(run.body.totals).toEqual({
      DIBAO: { amountFen: dibao.reduce((s, l) => s + l.amountFen, 0), lineCount: dibao.length },
      TEKUN: { amountFen: 155600, lineCount: 1 },
    });
    expect(run.body).toMatchObject({ lineCount: lines.length, linesOffset: 0 });

    const page = async (offset: number, limit: number) => (await h.http().get(`/api/v1/payrolls?month=2024-08&offset=${offset}&limit=${limit}`).set('Authorization', clerk).expect(200)).body;
    const [first, second] = [await page(0, 5), await page(5, 5)];
    expect([...first.lines, ...second.lines]).toEqual(lines.slice(0, 10));
    expect(second.linesOffset).toBe(5);
    expect((await h.http().get('/api/v1/payrolls?month=2024-08&limit=10001').set('Authorization', clerk).expect(400)).body.errors[0].field).toBe('limit');
    // The month is closed: run again as a job, it answers what a wait would (200, the same payroll, nothing added).
    expect(await runAsJob(h, runner, '2024-08')).toMatchObject({ status: 'SUCCEEDED', resultStatus: 200, result: { lineCount: lines.length }, resultLocation: '/api/v1/payrolls/2024-08/summary' });
  });
});

import { residentId } from '../../../test/support/resident-ids';
import { PayrollJob } from '../src/payroll/payroll.job';
import { bearer, rowCount, startHarness, type Harness } from './harness';
import { NO_NOTICE_DAYS, startPublicNotice } from './public-notice-step';

const URBAN = 'social-assistance.dibao.standard.urban-fen-per-month';

describe('a raised 低保 standard: arrears for months already paid and households newly eligible', () => {
  let h: Harness;
  const clerk1 = bearer(['operator'], 'clerk-1');
  // The county approver who decides cases and runs the payroll; clerk-1 records.
  const clerk2 = bearer(['approver'], 'clerk-2');
  const payrollRunner = bearer(['approver'], 'approver-1');
  const admin = bearer(['admin'], 'root');
  let caseId = '';
  let between = '';

  beforeAll(async () => {
    h = await startHarness('sa_standards', '2024-06-10');
    await h.policy.add({ key: URBAN, value: 72800, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.asset-limit-months', value: 24, effectiveFrom: '2024-01-01' });
    await h.policy.add({ key: 'social-assistance.dibao.review-interval-months', value: { STABLE: 12, OTHER: 6 }, effectiveFrom: '2024-01-01' });
    await h.policy.add(NO_NOTICE_DAYS);
  });

  afterAll(async () => {
    await h?.close();
  });

  async function household(members: Array<[string, number]>): Promise<string> {
    const res = await h
      .http()
      .post('/api/v1/households')
      .set('Authorization', clerk1)
      .send({ area: 'URBAN', regionCode: '110105', financialAssetsFen: 0, members: members.map(([id, fen]) => ({ residentId: id, name: '孙某', relation: 'OTHER', incomes: fen ? [{ source: 'WAGES', monthlyFen: fen }] : [], categories: [] })) })
      .expect(201);
    return res.body.id as string;
  }

  async function payroll(month: string, on: string) {
    h.clock.set(on);
    return (await h.http().post('/api/v1/payrolls').set('Authorization', payrollRunner).send({ month }).expect(201)).body;
  }

  it('pays July–September at 728 before the raise is known', async () => {
    const householdId = await household([[residentId('110105', '19600101', 81), 10000], [residentId('110105', '19620202', 82), 0], [residentId('110105', '19900303', 83), 5000]]);
    between = await household([[residentId('110105', '19700404', 84), 73000]]);
    const applied = await h.http().post('/api/v1/dibao/applications').set('Authorization', clerk1).send({ householdId }).expect(201);
    caseId = applied.body.id;
    await startPublicNotice(h, caseId, clerk1);
    await h.http().post(`/api/v1/dibao/applications/${caseId}/approve`).set('Authorization', clerk2).expect(200);
    for (const [month, on] of [['2024-07', '2024-07-20'], ['2024-08', '2024-08-20'], ['2024-09', '2024-09-20']]) {
      const run = await payroll(month, on);
      expect(run.lines).toEqual([expect.objectContaining({ caseId, kind: 'REGULAR', amountFen: 3 * 72800 - 15000 })]);
    }
  });

  it('after 735 is added from 2024-07-01: 3 months × 7 yuan × 3 members of arrears, the household between 728 and 735 listed, a rerun adds nothing', async () => {
    await h.policy.endOpenPeriod(URBAN, '2024-06-30');
    await h.policy.add({ key: URBAN, value: 73500, effectiveFrom: '2024-07-01' });
    await h.http().post('/api/v1/dibao/recomputations').set('Authorization', clerk1).send({ fromMonth: '2024-07' }).expect(403);
    expect((await h.http().post('/api/v1/dibao/recomputations').set('Authorization', admin).send({ fromMonth: '2024-7' }).expect(400)).body.code).toBe('VALIDATION.FAILED');

    const first = await h.http().post('/api/v1/dibao/recomputations').set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200);
    expect(first.body.arrears).toEqual(['2024-07', '2024-08', '2024-09'].map((month) => ({ caseId, month, amountFen: 700 * 3 })));
    expect(first.body.newlyEligibleHouseholds).toEqual([between]);
    const again = await h.http().post('/api/v1/dibao/recomputations').set('Authorization', admin).send({ fromMonth: '2024-07' }).expect(200);
    expect(again.body.arrears).toEqual([]);
    expect(await rowCount(h.dataSource, 'payment_line', `kind = 'ARREARS'`, [])).toBe(3);
  });

  it('the next payroll pays the arrears lines with the month they belong to, and the new rate', async () => {
    const october = await payroll('2024-10', '2024-10-20');
    expect(october.lines).toEqual([
      expect.objectContaining({ caseId, kind: 'REGULAR', month: '2024-10', amountFen: 3 * 73500 - 15000 }),
      ...['2024-07', '2024-08', '2024-09'].map((month) => expect.objectContaining({ caseId, kind: 'ARREARS', month, amountFen: 2100 })),
    ]);
    expect(october.totals.DIBAO).toEqual({ amountFen: 3 * 73500 - 15000 + 6300, lineCount: 4 });
    expect(await rowCount(h.dataSource, 'payment_line', 'payroll_id IS NULL', [])).toBe(0);
  });

  it('the scheduled job closes the current month once, under the Redis lock', async () => {
    h.clock.set('2024-11-01');
    const job = h.running.app.get(PayrollJob);
    expect(await job.run()).toEqual({ ran: true, created: true, month: '2024-11' });
    expect(await job.run()).toEqual({ ran: true, created: false, month: '2024-11' });
    const rows: Array<{ run_by: string }> = await h.dataSource.query(`SELECT run_by FROM payroll WHERE month = '2024-11'`);
    expect(rows).toEqual([{ run_by: 'system:social-assistance' }]);
    expect(await rowCount(h.dataSource, 'payment_line', `month = '2024-11' AND case_id = $1`, [caseId])).toBe(1);
  });

  it('sums the year in the annual report', async () => {
    const report = await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', clerk1).expect(200);
    expect(report.body).toEqual({
      year: 2024,
      // The standards of the year with their dates; only the urban one is set in this file.
      standards: [
        {
          standard: 'DIBAO_URBAN',
          unit: 'FEN_PER_MONTH',
          periods: [
            { effectiveFrom: '2024-01-01', effectiveTo: '2024-06-30', amountFen: 72800 },
            { effectiveFrom: '2024-07-01', effectiveTo: null, amountFen: 73500 },
          ],
        },
        { standard: 'DIBAO_RURAL', unit: 'FEN_PER_YEAR', periods: [] },
        { standard: 'TEKUN_DISPERSED', unit: 'FEN_PER_MONTH', periods: [] },
        { standard: 'TEKUN_CENTRAL', unit: 'FEN_PER_MONTH', periods: [] },
      ],
      DIBAO: { newHouseholds: 1, newPersons: 3, stoppedHouseholds: 0, stoppedPersons: 0, paidFen: 3 * (3 * 72800 - 15000) + 2 * (3 * 73500 - 15000) + 6300, arrearsLines: 3, arrearsFen: 6300 },
      TEKUN: { newHouseholds: 0, newPersons: 0, stoppedHouseholds: 0, stoppedPersons: 0, paidFen: 0, arrearsLines: 0, arrearsFen: 0 },
      temporaryRelief: { grants: 0, amountFen: 0 },
      vagrantRelief: { cases: 0, hotlineCalls: 0, streetPatrols: 0, returnFollowUps: { returneesAssessed: 0, settled: 0, atRisk: 0, leftAgain: 0, unreachable: 0, followUps: 0 } },
      cashPlusServices: { tekunPersons: 0, elderPersons: 0, householdVisits: 0, amountFen: 0 },
    });
    // The households are the county's (110105): the city counts them too, the neighbouring county not.
    const annual = async (division: string) => (await h.http().get('/api/v1/reports/annual?year=2024').set('Authorization', bearer(['auditor'], 'auditor-1', division)).expect(200)).body;
    expect(await annual('110000')).toEqual(report.body);
    const neighbour = await annual('110108');
    expect(neighbour.DIBAO).toEqual({ newHouseholds: 0, newPersons: 0, stoppedHouseholds: 0, stoppedPersons: 0, paidFen: 0, arrearsLines: 0, arrearsFen: 0 });
    // The standards are the city's: a county's report states the same ones.
    expect(neighbour.standards).toEqual(report.body.standards);
    expect((await h.http().get('/api/v1/reports/annual?year=20x4').set('Authorization', clerk1).expect(400)).body.code).toBe('VALIDATION.FAILED');
    const empty = await h.http().get('/api/v1/reports/annual?year=2023').set('Authorization', clerk1).expect(200);
    expect(empty.body.DIBAO.paidFen).toBe(0);
    // No urban standard was in force in 2023; 2025 has only the raised one.
    expect(empty.body.standards[0]).toEqual({ standard: 'DIBAO_URBAN', unit: 'FEN_PER_MONTH', periods: [] });
    const next = await h.http().get('/api/v1/reports/annual?year=2025').set('Authorization', clerk1).expect(200);
    expect(next.body.standards[0].periods).toEqual([{ effectiveFrom: '2024-07-01', effectiveTo: null, amountFen: 73500 }]);
  });
});
